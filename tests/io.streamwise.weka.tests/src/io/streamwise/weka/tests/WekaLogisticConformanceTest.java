package io.streamwise.weka.tests;

import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.sdk.testkit.ConversionModelConformanceTest;
import io.streamwise.weka.WekaFactories;

/** The conformance kit on Weka's Logistic. */
class WekaLogisticConformanceTest extends ConversionModelConformanceTest<WekaFactories.LogisticSettings> {

	@Override
	protected ConversionModelFactory<WekaFactories.LogisticSettings> factory() {
		return new WekaFactories.Logistic();
	}

	@Override
	protected java.util.List<WekaFactories.LogisticSettings> settingsVariants() {
		return java.util.List.of(new WekaFactories.LogisticSettings(1.0, 20, 1));
	}
}
