package io.streamwise.sdk.testkit.tests;

import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.sdk.testkit.RecommenderConformanceTest;

/** The conformance kit on a shipped algorithm. */
class BprConformanceTest extends RecommenderConformanceTest<io.streamwise.recommenders.mf.bpr.BprSettings> {

	@Override
	protected RecommenderFactory<io.streamwise.recommenders.mf.bpr.BprSettings> factory() {
		return new io.streamwise.recommenders.mf.bpr.BprFactory();
	}

	/** The keys of the first release: regUser has been regViewer since format 1.1. */
	@Override
	protected java.util.Set<String> publishedSettingKeys() {
		return java.util.Set.of("events", "factors", "epochs", "learningRate", "regUser", "regPositive", "regNegative",
				"itemBias", "regBias", "initStd", "blocks", "threads");
	}

	/** It makes random choices from the seed: checked under two seeds, and the seed must matter. */
	@Override
	protected boolean usesRandomness() {
		return true;
	}
}
