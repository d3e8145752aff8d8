package io.streamwise.examples.recommender.tests;

import java.util.List;

import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.examples.recommender.RecentlyPopularFactory;
import io.streamwise.examples.recommender.RecentlyPopularSettings;
import io.streamwise.sdk.testkit.RecommenderConformanceTest;

/** The example plugin passes the conformance kit, with its defaults and two other settings. */
class RecentlyPopularConformanceTest extends RecommenderConformanceTest<RecentlyPopularSettings> {

	@Override
	protected RecommenderFactory<RecentlyPopularSettings> factory() {
		return new RecentlyPopularFactory();
	}

	@Override
	protected List<RecentlyPopularSettings> settingsVariants() {
		return List.of(new RecentlyPopularSettings(1, 0), new RecentlyPopularSettings(3650, 10));
	}
}
