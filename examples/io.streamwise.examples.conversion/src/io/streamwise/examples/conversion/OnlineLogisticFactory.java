package io.streamwise.examples.conversion;

import org.osgi.service.component.annotations.Component;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.ConversionModelFactory;

/** Registers {@link OnlineLogistic} under the stable id {@value #ID}. */
@Component(service = ConversionModelFactory.class)
public final class OnlineLogisticFactory implements ConversionModelFactory<OnlineLogisticSettings> {

	public static final String ID = "example.online-logistic";

	@Override
	public AlgorithmInfo info() {
		return new AlgorithmInfo(ID, "Online logistic regression (example plugin)",
				"Logistic regression learned row by row with stochastic gradient descent.", "",
				AlgorithmKind.CONVERSION);
	}

	@Override
	public Class<OnlineLogisticSettings> settingsType() {
		return OnlineLogisticSettings.class;
	}

	@Override
	public ConversionModel create(OnlineLogisticSettings settings) {
		return new OnlineLogistic(settings);
	}
}
