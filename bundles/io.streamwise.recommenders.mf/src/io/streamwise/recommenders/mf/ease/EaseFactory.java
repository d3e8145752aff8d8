package io.streamwise.recommenders.mf.ease;

import org.osgi.service.component.annotations.Component;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;

/** Registers {@link Ease} under the stable id {@value #ID}. */
@Component(service = RecommenderFactory.class)
public final class EaseFactory implements RecommenderFactory<EaseSettings> {

	public static final String ID = "ease";

	private static final AlgorithmInfo INFO = new AlgorithmInfo(ID, "EASE",
			"A linear item-item model with zero diagonal, fitted in closed form by inverting the regularised item Gram matrix; dense in the number of items.",
			"Steck: Embarrassingly Shallow Autoencoders for Sparse Data. WWW 2019.", AlgorithmKind.RECOMMENDER);

	@Override
	public AlgorithmInfo info() {
		return INFO;
	}

	@Override
	public Class<EaseSettings> settingsType() {
		return EaseSettings.class;
	}

	@Override
	public Recommender create(EaseSettings settings) {
		return new Ease(settings);
	}
}
