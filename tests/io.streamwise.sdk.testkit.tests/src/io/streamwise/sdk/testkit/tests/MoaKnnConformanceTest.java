package io.streamwise.sdk.testkit.tests;

import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.sdk.testkit.ConversionModelConformanceTest;

/** The conformance kit on a shipped algorithm. */
class MoaKnnConformanceTest extends ConversionModelConformanceTest<io.streamwise.moa.MoaLearnerFactories.KnnSettings> {

	@Override
	protected ConversionModelFactory<io.streamwise.moa.MoaLearnerFactories.KnnSettings> factory() {
		return new io.streamwise.moa.MoaLearnerFactories.Knn();
	}
}
