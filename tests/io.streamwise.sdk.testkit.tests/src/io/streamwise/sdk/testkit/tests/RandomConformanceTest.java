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

	/** It makes random choices from the seed: checked under two seeds, and the seed must matter. */
	@Override
	protected boolean usesRandomness() {
		return true;
	}
}
