package io.streamwise.sdk.testkit.tests;

import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.sdk.testkit.RecommenderConformanceTest;

/** The conformance kit on a shipped algorithm. */
class IalsConformanceTest extends RecommenderConformanceTest<io.streamwise.recommenders.mf.als.IalsSettings> {

	@Override
	protected RecommenderFactory<io.streamwise.recommenders.mf.als.IalsSettings> factory() {
		return new io.streamwise.recommenders.mf.als.IalsFactory();
	}
}
