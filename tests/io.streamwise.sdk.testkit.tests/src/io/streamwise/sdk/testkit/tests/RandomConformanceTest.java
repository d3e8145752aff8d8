package io.streamwise.sdk.testkit.tests;

import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.sdk.testkit.RecommenderConformanceTest;

/** The conformance kit on a shipped algorithm. */
class RandomConformanceTest
		extends RecommenderConformanceTest<io.streamwise.algorithms.baseline.RandomRecommenderFactory.NoSettings> {

	@Override
	protected RecommenderFactory<io.streamwise.algorithms.baseline.RandomRecommenderFactory.NoSettings> factory() {
		return new io.streamwise.algorithms.baseline.RandomRecommenderFactory();
	}
}
