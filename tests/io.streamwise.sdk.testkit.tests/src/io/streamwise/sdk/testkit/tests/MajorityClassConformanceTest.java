package io.streamwise.sdk.testkit.tests;

import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.sdk.testkit.ConversionModelConformanceTest;

/** The conformance kit on a shipped algorithm. */
class MajorityClassConformanceTest
		extends ConversionModelConformanceTest<io.streamwise.moa.MoaLearnerFactories.NoSettings> {

	@Override
	protected ConversionModelFactory<io.streamwise.moa.MoaLearnerFactories.NoSettings> factory() {
		return new io.streamwise.moa.MoaLearnerFactories.MajorityClass();
	}
}
