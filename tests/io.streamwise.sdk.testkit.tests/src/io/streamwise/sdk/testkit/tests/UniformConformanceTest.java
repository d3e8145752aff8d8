package io.streamwise.sdk.testkit.tests;

import java.util.List;

import io.streamwise.api.algorithm.PolicyFactory;
import io.streamwise.bandits.policies.UniformPolicyFactory;
import io.streamwise.sdk.testkit.PolicyConformanceTest;

/** The conformance kit on a shipped policy. */
class UniformConformanceTest extends PolicyConformanceTest<UniformPolicyFactory.NoSettings> {

	@Override
	protected PolicyFactory<UniformPolicyFactory.NoSettings> factory() {
		return new UniformPolicyFactory();
	}

	@Override
	protected List<UniformPolicyFactory.NoSettings> settingsVariants() {
		return List.of();
	}
}
