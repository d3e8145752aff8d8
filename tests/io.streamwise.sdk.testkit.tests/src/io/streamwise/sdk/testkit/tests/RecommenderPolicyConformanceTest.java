package io.streamwise.sdk.testkit.tests;

import java.util.List;

import io.streamwise.algorithms.popularity.MostPopularFactory;
import io.streamwise.api.algorithm.PolicyFactory;
import io.streamwise.bandits.policies.RecommenderPolicyFactory;
import io.streamwise.sdk.testkit.PolicyConformanceTest;

/** The conformance kit on the recommender adapter, with the most-popular recommender. */
class RecommenderPolicyConformanceTest
		extends PolicyConformanceTest<RecommenderPolicyFactory.RecommenderPolicySettings> {

	@Override
	protected PolicyFactory<RecommenderPolicyFactory.RecommenderPolicySettings> factory() {
		return new RecommenderPolicyFactory(List.of(new MostPopularFactory()));
	}

	@Override
	protected List<RecommenderPolicyFactory.RecommenderPolicySettings> settingsVariants() {
		return List.of(new RecommenderPolicyFactory.RecommenderPolicySettings("pop", 0.3, 50),
				new RecommenderPolicyFactory.RecommenderPolicySettings("pop", 0, 1));
	}
}
