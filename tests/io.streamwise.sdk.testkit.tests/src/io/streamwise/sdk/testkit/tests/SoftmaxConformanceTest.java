package io.streamwise.sdk.testkit.tests;

import java.util.List;

import io.streamwise.api.algorithm.PolicyFactory;
import io.streamwise.bandits.policies.SoftmaxFactory;
import io.streamwise.sdk.testkit.PolicyConformanceTest;

/** The conformance kit on a shipped policy. */
class SoftmaxConformanceTest extends PolicyConformanceTest<SoftmaxFactory.SoftmaxSettings> {

	@Override
	protected PolicyFactory<SoftmaxFactory.SoftmaxSettings> factory() {
		return new SoftmaxFactory();
	}

	@Override
	protected List<SoftmaxFactory.SoftmaxSettings> settingsVariants() {
		return List.of(new SoftmaxFactory.SoftmaxSettings(1e-6), new SoftmaxFactory.SoftmaxSettings(10));
	}
}
