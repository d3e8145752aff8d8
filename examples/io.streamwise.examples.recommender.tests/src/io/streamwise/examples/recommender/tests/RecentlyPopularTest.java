package io.streamwise.examples.recommender.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.examples.recommender.RecentlyPopularFactory;
import io.streamwise.examples.recommender.RecentlyPopularSettings;

class RecentlyPopularTest {

	static final long DAY = 86_400L, T0 = 1_772_400_000L;

	/** "old" sold five times thirty days ago; "new" was clicked twice and bought once yesterday and today. */
	static Dataset log() {
		EventLogBuilder b = new EventLogBuilder();
		for (int v = 0; v < 5; v++) {
			b.add("v" + v, null, "old", EventType.PURCHASE, T0 - 30 * DAY + v, 10f);
		}
		b.add("v0", null, "new", EventType.CLICK, T0 - DAY, Float.NaN);
		b.add("v1", null, "new", EventType.CLICK, T0 - DAY + 1, Float.NaN);
		b.add("v2", null, "new", EventType.PURCHASE, T0, 10f);
		b.item("never");
		return Dataset.of(b.build());
	}

	static float[] scores(RecentlyPopularSettings s) {
		Recommender r = new RecentlyPopularFactory().create(s);
		Dataset d = log();
		r.fit(d, TaskContext.of(1));
		float[] scores = new float[d.log().items().size()];
		r.score(0, scores);
		return scores;
	}

	@Test
	void onlyTheLastDaysCountAndPurchasesWeighMore() {
		// items in order of first appearance: old, new, never
		assertArrayEquals(new float[] { 0, 5, 0 }, scores(new RecentlyPopularSettings(7, 3)));
		assertArrayEquals(new float[] { 5 * 2, 2 + 2, 0 }, scores(new RecentlyPopularSettings(60, 2)));
	}
}
