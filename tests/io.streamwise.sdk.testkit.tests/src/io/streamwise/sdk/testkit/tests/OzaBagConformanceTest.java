package io.streamwise.sdk.testkit.tests;

import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.sdk.testkit.ConversionModelConformanceTest;

/** The conformance kit on a shipped algorithm. */
class OzaBagConformanceTest
		extends ConversionModelConformanceTest<io.streamwise.moa.MoaLearnerFactories.EnsembleSettings> {

	@Override
	protected ConversionModelFactory<io.streamwise.moa.MoaLearnerFactories.EnsembleSettings> factory() {
		return new io.streamwise.moa.MoaLearnerFactories.OzaBag();
	}
}
