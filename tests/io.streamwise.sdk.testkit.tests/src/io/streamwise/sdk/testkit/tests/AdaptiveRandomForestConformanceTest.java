package io.streamwise.sdk.testkit.tests;

import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.sdk.testkit.ConversionModelConformanceTest;

/** The conformance kit on a shipped algorithm. */
class AdaptiveRandomForestConformanceTest
		extends ConversionModelConformanceTest<io.streamwise.moa.MoaLearnerFactories.ArfSettings> {

	@Override
	protected ConversionModelFactory<io.streamwise.moa.MoaLearnerFactories.ArfSettings> factory() {
		return new io.streamwise.moa.MoaLearnerFactories.AdaptiveRandomForest();
	}
}
