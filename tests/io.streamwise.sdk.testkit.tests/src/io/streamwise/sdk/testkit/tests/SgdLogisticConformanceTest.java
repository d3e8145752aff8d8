package io.streamwise.sdk.testkit.tests;

import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.sdk.testkit.ConversionModelConformanceTest;

/** The conformance kit on a shipped algorithm. */
class SgdLogisticConformanceTest
		extends ConversionModelConformanceTest<io.streamwise.moa.MoaLearnerFactories.SgdSettings> {

	@Override
	protected ConversionModelFactory<io.streamwise.moa.MoaLearnerFactories.SgdSettings> factory() {
		return new io.streamwise.moa.MoaLearnerFactories.SgdLogistic();
	}
}
