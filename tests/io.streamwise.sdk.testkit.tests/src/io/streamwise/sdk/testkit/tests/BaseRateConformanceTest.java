package io.streamwise.sdk.testkit.tests;

import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.sdk.testkit.ConversionModelConformanceTest;

/** The conformance kit on a shipped algorithm. */
class BaseRateConformanceTest
		extends ConversionModelConformanceTest<io.streamwise.algorithms.baseline.BaseRateFactory.NoSettings> {

	@Override
	protected ConversionModelFactory<io.streamwise.algorithms.baseline.BaseRateFactory.NoSettings> factory() {
		return new io.streamwise.algorithms.baseline.BaseRateFactory();
	}
}
