package io.streamwise.sdk.testkit.tests;

import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.sdk.testkit.RecommenderConformanceTest;

/** The conformance kit on a shipped algorithm. */
class EaseConformanceTest extends RecommenderConformanceTest<io.streamwise.recommenders.mf.ease.EaseSettings> {

	@Override
	protected RecommenderFactory<io.streamwise.recommenders.mf.ease.EaseSettings> factory() {
		return new io.streamwise.recommenders.mf.ease.EaseFactory();
	}
}
