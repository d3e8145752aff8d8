package io.streamwise.sdk.testkit.tests;

import java.util.List;

import io.streamwise.api.algorithm.PolicyFactory;
import io.streamwise.bandits.policies.Ucb1Factory;
import io.streamwise.sdk.testkit.PolicyConformanceTest;

/** The conformance kit on a shipped policy. */
class Ucb1ConformanceTest extends PolicyConformanceTest<Ucb1Factory.Ucb1Settings> {

	@Override
	protected PolicyFactory<Ucb1Factory.Ucb1Settings> factory() {
		return new Ucb1Factory();
	}

	@Override
	protected List<Ucb1Factory.Ucb1Settings> settingsVariants() {
		return List.of(new Ucb1Factory.Ucb1Settings(0), new Ucb1Factory.Ucb1Settings(0.1));
	}
}
