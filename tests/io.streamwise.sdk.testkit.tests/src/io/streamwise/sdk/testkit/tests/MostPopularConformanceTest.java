package io.streamwise.sdk.testkit.tests;

import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.sdk.testkit.RecommenderConformanceTest;

/** The conformance kit on a shipped algorithm. */
class MostPopularConformanceTest
		extends RecommenderConformanceTest<io.streamwise.algorithms.popularity.MostPopularSettings> {

	@Override
	protected RecommenderFactory<io.streamwise.algorithms.popularity.MostPopularSettings> factory() {
		return new io.streamwise.algorithms.popularity.MostPopularFactory();
	}
}
