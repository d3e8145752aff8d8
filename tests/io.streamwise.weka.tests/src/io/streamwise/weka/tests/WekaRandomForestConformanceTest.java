package io.streamwise.weka.tests;

import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.sdk.testkit.ConversionModelConformanceTest;
import io.streamwise.weka.WekaFactories;

/** The conformance kit on Weka's RandomForest. */
class WekaRandomForestConformanceTest extends ConversionModelConformanceTest<WekaFactories.RandomForestSettings> {

	@Override
	protected ConversionModelFactory<WekaFactories.RandomForestSettings> factory() {
		return new WekaFactories.RandomForest();
	}

	@Override
	protected java.util.List<WekaFactories.RandomForestSettings> settingsVariants() {
		return java.util.List.of(new WekaFactories.RandomForestSettings(10, 2, 4, 50, 1));
	}
}
