package io.streamwise.sdk.testkit.tests;

import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.sdk.testkit.ConversionModelConformanceTest;

/** The conformance kit on a shipped algorithm. */
class NaiveBayesConformanceTest extends ConversionModelConformanceTest<io.streamwise.moa.NaiveBayesFactory.NoSettings> {

	@Override
	protected ConversionModelFactory<io.streamwise.moa.NaiveBayesFactory.NoSettings> factory() {
		return new io.streamwise.moa.NaiveBayesFactory();
	}
}
