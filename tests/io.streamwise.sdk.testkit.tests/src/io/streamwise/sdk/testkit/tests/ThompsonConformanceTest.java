package io.streamwise.sdk.testkit.tests;

import java.util.List;

import io.streamwise.api.algorithm.PolicyFactory;
import io.streamwise.bandits.policies.ThompsonFactory;
import io.streamwise.sdk.testkit.PolicyConformanceTest;

/** The conformance kit on a shipped policy. */
class ThompsonConformanceTest extends PolicyConformanceTest<ThompsonFactory.ThompsonSettings> {

	@Override
	protected PolicyFactory<ThompsonFactory.ThompsonSettings> factory() {
		return new ThompsonFactory();
	}

	@Override
	protected List<ThompsonFactory.ThompsonSettings> settingsVariants() {
		return List.of(new ThompsonFactory.ThompsonSettings(0.5, 5, 1),
				new ThompsonFactory.ThompsonSettings(1, 1, 300));
	}

	@Override
	protected boolean usesRandomness() {
		return true;
	}
}
