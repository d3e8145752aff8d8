package io.streamwise.recommenders.mf.bpr;

import org.osgi.service.component.annotations.Component;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;

/** Registers {@link Bpr} under the stable id {@value #ID}. */
@Component(service = RecommenderFactory.class)
public final class BprFactory implements RecommenderFactory<BprSettings> {

	public static final String ID = "bpr";

	private static final AlgorithmInfo INFO = new AlgorithmInfo(ID, "BPR-MF",
			"Matrix factorisation trained with Bayesian Personalized Ranking: SGD on pairs of an interacted and a uniformly sampled other item.",
			"Rendle, Freudenthaler, Gantner, Schmidt-Thieme: BPR: Bayesian Personalized Ranking from Implicit Feedback. UAI 2009.",
			AlgorithmKind.RECOMMENDER);

	@Override
	public AlgorithmInfo info() {
		return INFO;
	}

	@Override
	public Class<BprSettings> settingsType() {
		return BprSettings.class;
	}

	@Override
	public Recommender create(BprSettings settings) {
		return new Bpr(settings);
	}
}
