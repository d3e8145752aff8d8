package io.streamwise.sdk.testkit.tests;

import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.sdk.testkit.ConversionModelConformanceTest;

/** The conformance kit on a shipped algorithm. */
class HoeffdingTreeConformanceTest
		extends ConversionModelConformanceTest<io.streamwise.moa.MoaLearnerFactories.TreeSettings> {

	@Override
	protected ConversionModelFactory<io.streamwise.moa.MoaLearnerFactories.TreeSettings> factory() {
		return new io.streamwise.moa.MoaLearnerFactories.HoeffdingTree();
	}
}
