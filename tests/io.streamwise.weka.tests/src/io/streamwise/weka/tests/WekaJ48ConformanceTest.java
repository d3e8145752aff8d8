package io.streamwise.weka.tests;

import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.sdk.testkit.ConversionModelConformanceTest;
import io.streamwise.weka.WekaFactories;

/** The conformance kit on Weka's J48. */
class WekaJ48ConformanceTest extends ConversionModelConformanceTest<WekaFactories.J48Settings> {

	@Override
	protected ConversionModelFactory<WekaFactories.J48Settings> factory() {
		return new WekaFactories.J48();
	}

	@Override
	protected java.util.List<WekaFactories.J48Settings> settingsVariants() {
		return java.util.List.of(new WekaFactories.J48Settings(0.1, 5, true, true, 50));
	}
}
