package io.streamwise.recommenders.content;

import org.osgi.service.component.annotations.Component;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;

/** Registers {@link TfIdfRecommender} under the stable id {@value #ID}. */
@Component(service = RecommenderFactory.class)
public final class TfIdfFactory implements RecommenderFactory<TfIdfSettings> {

	public static final String ID = "content-tfidf";

	private static final AlgorithmInfo INFO = new AlgorithmInfo(ID, "Content-based (TF-IDF)",
			"Scores an item by the cosine between its TF-IDF vector of title, tag, category and kind words and the "
					+ "viewer's profile, the weighted sum of the vectors of the items it consumed; recommends new items too.",
			"Lops, de Gemmis, Semeraro: Content-based recommender systems: state of the art and trends. Recommender Systems Handbook, 2011. "
					+ "Pazzani, Billsus: Content-based recommendation systems. The Adaptive Web, 2007.",
			AlgorithmKind.RECOMMENDER);

	@Override
	public AlgorithmInfo info() {
		return INFO;
	}

	@Override
	public Class<TfIdfSettings> settingsType() {
		return TfIdfSettings.class;
	}

	@Override
	public Recommender create(TfIdfSettings settings) {
		return new TfIdfRecommender(settings);
	}
}
