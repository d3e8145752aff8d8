package io.streamwise.sdk.testkit.tests;

import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.sdk.testkit.RecommenderConformanceTest;

/** The conformance kit on a shipped algorithm. */
class ItemKnnConformanceTest extends RecommenderConformanceTest<io.streamwise.recommenders.knn.ItemKnnSettings> {

	@Override
	protected RecommenderFactory<io.streamwise.recommenders.knn.ItemKnnSettings> factory() {
		return new io.streamwise.recommenders.knn.ItemKnnFactory();
	}
}
