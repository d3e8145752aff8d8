package io.streamwise.sdk.testkit.tests;

import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.sdk.testkit.ConversionModelConformanceTest;

/** The conformance kit on a shipped algorithm. */
class EfdtConformanceTest extends ConversionModelConformanceTest<io.streamwise.moa.MoaLearnerFactories.EfdtSettings> {

	@Override
	protected ConversionModelFactory<io.streamwise.moa.MoaLearnerFactories.EfdtSettings> factory() {
		return new io.streamwise.moa.MoaLearnerFactories.Efdt();
	}
}
