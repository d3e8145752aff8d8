package io.streamwise.sdk.testkit.tests;

import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.sdk.testkit.RecommenderConformanceTest;

/** The conformance kit on a shipped algorithm. */
class TfIdfConformanceTest extends RecommenderConformanceTest<io.streamwise.recommenders.content.TfIdfSettings> {

	@Override
	protected RecommenderFactory<io.streamwise.recommenders.content.TfIdfSettings> factory() {
		return new io.streamwise.recommenders.content.TfIdfFactory();
	}
}
