package io.streamwise.sdk.testkit.tests;

import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.sdk.testkit.ConversionModelConformanceTest;

/** The conformance kit on a shipped algorithm. */
class LeveragingBagConformanceTest
		extends ConversionModelConformanceTest<io.streamwise.moa.MoaLearnerFactories.LeveragingBagSettings> {

	@Override
	protected ConversionModelFactory<io.streamwise.moa.MoaLearnerFactories.LeveragingBagSettings> factory() {
		return new io.streamwise.moa.MoaLearnerFactories.LeveragingBag();
	}
}
