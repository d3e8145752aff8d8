package io.streamwise.sdk.testkit.tests;

import java.util.List;

import io.streamwise.api.algorithm.PolicyFactory;
import io.streamwise.bandits.policies.LinUcbFactory;
import io.streamwise.sdk.testkit.PolicyConformanceTest;

/** The conformance kit on a shipped policy. */
class LinUcbConformanceTest extends PolicyConformanceTest<LinUcbFactory.LinUcbSettings> {

	@Override
	protected PolicyFactory<LinUcbFactory.LinUcbSettings> factory() {
		return new LinUcbFactory();
	}

	@Override
	protected List<LinUcbFactory.LinUcbSettings> settingsVariants() {
		return List.of(new LinUcbFactory.LinUcbSettings(0, 1), new LinUcbFactory.LinUcbSettings(2, 0.01));
	}
}
