package io.streamwise.sdk.testkit.tests;

import java.util.List;

import io.streamwise.api.algorithm.PolicyFactory;
import io.streamwise.bandits.policies.EpsilonGreedyFactory;
import io.streamwise.sdk.testkit.PolicyConformanceTest;

/** The conformance kit on a shipped policy. */
class EpsilonGreedyConformanceTest extends PolicyConformanceTest<EpsilonGreedyFactory.EpsilonGreedySettings> {

	@Override
	protected PolicyFactory<EpsilonGreedyFactory.EpsilonGreedySettings> factory() {
		return new EpsilonGreedyFactory();
	}

	@Override
	protected List<EpsilonGreedyFactory.EpsilonGreedySettings> settingsVariants() {
		return List.of(new EpsilonGreedyFactory.EpsilonGreedySettings(0.3, 0.01),
				new EpsilonGreedyFactory.EpsilonGreedySettings(0, 0),
				new EpsilonGreedyFactory.EpsilonGreedySettings(1, 0));
	}
}
