package io.streamwise.sdk.testkit.tests;

import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.sdk.testkit.RecommenderConformanceTest;

/** The conformance kit on a shipped algorithm. */
class UserKnnConformanceTest extends RecommenderConformanceTest<io.streamwise.recommenders.knn.UserKnnSettings> {

	@Override
	protected RecommenderFactory<io.streamwise.recommenders.knn.UserKnnSettings> factory() {
		return new io.streamwise.recommenders.knn.UserKnnFactory();
	}
}
