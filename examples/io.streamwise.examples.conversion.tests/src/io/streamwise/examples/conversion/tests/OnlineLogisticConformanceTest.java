package io.streamwise.examples.conversion.tests;

import java.util.List;

import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.examples.conversion.OnlineLogisticFactory;
import io.streamwise.examples.conversion.OnlineLogisticSettings;
import io.streamwise.sdk.testkit.ConversionModelConformanceTest;

/** The example plugin passes the conformance kit, with its defaults and the extremes of its settings. */
class OnlineLogisticConformanceTest extends ConversionModelConformanceTest<OnlineLogisticSettings> {

	@Override
	protected ConversionModelFactory<OnlineLogisticSettings> factory() {
		return new OnlineLogisticFactory();
	}

	@Override
	protected List<OnlineLogisticSettings> settingsVariants() {
		return List.of(new OnlineLogisticSettings(1, 0), new OnlineLogisticSettings(1e-6, 0.1));
	}
}
