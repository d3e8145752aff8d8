package io.streamwise.algorithms.popularity;

import org.osgi.service.component.annotations.Component;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;

/** Registers {@link MostPopular} under the stable id {@value #ID}. */
@Component(service = RecommenderFactory.class)
public final class MostPopularFactory implements RecommenderFactory<MostPopularSettings> {

	public static final String ID = "pop";

	private static final AlgorithmInfo INFO = new AlgorithmInfo(ID, "Most popular",
			"Ranks items by how many viewers interacted with them in training; the same list for every viewer.",
			"Cremonesi, Koren, Turrin: Performance of recommender algorithms on top-N recommendation tasks. RecSys 2010.",
			AlgorithmKind.RECOMMENDER);

	@Override
	public AlgorithmInfo info() {
		return INFO;
	}

	@Override
	public Class<MostPopularSettings> settingsType() {
		return MostPopularSettings.class;
	}

	@Override
	public Recommender create(MostPopularSettings settings) {
		return new MostPopular(settings);
	}
}
