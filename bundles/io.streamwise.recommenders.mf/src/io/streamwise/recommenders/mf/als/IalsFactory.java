package io.streamwise.recommenders.mf.als;

import org.osgi.service.component.annotations.Component;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;

/** Registers {@link Ials} under the stable id {@value #ID}. */
@Component(service = RecommenderFactory.class)
public final class IalsFactory implements RecommenderFactory<IalsSettings> {

	public static final String ID = "ials";

	private static final AlgorithmInfo INFO = new AlgorithmInfo(ID, "iALS (WRMF)",
			"Weighted matrix factorisation of implicit feedback with confidence 1 + alpha*r, fitted by alternating least squares over all viewer-item pairs.",
			"Hu, Koren, Volinsky: Collaborative Filtering for Implicit Feedback Datasets. ICDM 2008.",
			AlgorithmKind.RECOMMENDER);

	@Override
	public AlgorithmInfo info() {
		return INFO;
	}

	@Override
	public Class<IalsSettings> settingsType() {
		return IalsSettings.class;
	}

	@Override
	public Recommender create(IalsSettings settings) {
		return new Ials(settings);
	}
}
