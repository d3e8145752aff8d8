package io.streamwise.examples.recommender;

import org.osgi.service.component.annotations.Component;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;

/** Registers {@link RecentlyPopular} under the stable id {@value #ID}. */
@Component(service = RecommenderFactory.class)
public final class RecentlyPopularFactory implements RecommenderFactory<RecentlyPopularSettings> {

	public static final String ID = "example.recently-popular";

	@Override
	public AlgorithmInfo info() {
		return new AlgorithmInfo(ID, "Recently popular (example plugin)",
				"Ranks items by clicks, carts and weighted purchases in the last days of training.", "",
				AlgorithmKind.RECOMMENDER);
	}

	@Override
	public Class<RecentlyPopularSettings> settingsType() {
		return RecentlyPopularSettings.class;
	}

	@Override
	public Recommender create(RecentlyPopularSettings settings) {
		return new RecentlyPopular(settings);
	}
}
