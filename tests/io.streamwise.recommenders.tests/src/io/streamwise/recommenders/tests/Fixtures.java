package io.streamwise.recommenders.tests;

import java.util.SplittableRandom;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.api.progress.ProgressMonitor;

/** Small logs with known structure. */
final class Fixtures {

	static final int A = 0, B = 1, C = 2, D = 3;

	private Fixtures() {
	}

	/**
	 * Four viewers and four items, one purchase per (viewer, item) pair:
	 *
	 * <pre>
	 *      A B C D
	 * u0   1 1 . .
	 * u1   1 1 1 .
	 * u2   . 1 1 .
	 * u3   . . 1 1
	 * </pre>
	 *
	 * Items A..D and viewers u0..u3 get indices 0..3. Viewers per item: |A| = 2, |B| = 3, |C| = 3, |D| = 1; shared
	 * viewers: AB 2, AC 1, BC 2, CD 1, AD = BD = 0.
	 */
	static Dataset fourByFour() {
		EventLogBuilder b = new EventLogBuilder();
		for (int v = 0; v < 4; v++) {
			b.viewer("u" + v);
		}
		for (String item : new String[] { "A", "B", "C", "D" }) {
			b.item(item);
		}
		String[][] bought = { { "A", "B" }, { "A", "B", "C" }, { "B", "C" }, { "C", "D" } };
		long t = 1;
		for (int v = 0; v < 4; v++) {
			for (String item : bought[v]) {
				b.add("u" + v, null, item, EventType.PURCHASE, t++, 10f);
			}
		}
		return Dataset.of(b.build());
	}

	/**
	 * Two clusters of 20 viewers each buying 6 of the 10 items of their own group (group 0: items g0-0..g0-9, group 1:
	 * g1-0..g1-9), plus a little cross-cluster noise: every fifth viewer clicks one random item of the other group.
	 */
	static EventLog twoClusters(long seed) {
		SplittableRandom r = new SplittableRandom(seed);
		EventLogBuilder b = new EventLogBuilder();
		for (int g = 0; g < 2; g++) {
			for (int i = 0; i < 10; i++) {
				b.item("g" + g + "-" + i);
			}
		}
		long t = 0;
		for (int v = 0; v < 40; v++) {
			int group = v % 2;
			int[] items = r.ints(0, 10).distinct().limit(6).toArray();
			for (int i : items) {
				b.add("v" + v, null, "g" + group + "-" + i, EventType.PURCHASE, t++, 1f);
			}
			if (v % 5 == 0) {
				b.add("v" + v, null, "g" + (1 - group) + "-" + r.nextInt(10), EventType.CLICK, t++, Float.NaN);
			}
		}
		return b.build();
	}

	/** Row indices, ascending, of the last purchase of every viewer that has one. */
	static int[] lastPurchaseOfEachViewer(EventLog log) {
		int[] last = new int[log.viewers().size()];
		java.util.Arrays.fill(last, -1);
		for (int r = 0; r < log.size(); r++) {
			if (log.type(r) == EventType.PURCHASE) {
				last[log.viewer(r)] = r;
			}
		}
		return java.util.Arrays.stream(last).filter(r -> r >= 0).sorted().toArray();
	}

	/** Cluster of an item of {@link #twoClusters}: 0 or 1. */
	static int group(EventLog log, int item) {
		return log.items().id(item).charAt(1) - '0';
	}

	/** A random log over many items and viewers, with mixed event types, for determinism checks. */
	static Dataset random(long seed, int viewers, int items, int events) {
		SplittableRandom r = new SplittableRandom(seed);
		EventLogBuilder b = new EventLogBuilder();
		EventType[] types = { EventType.CLICK, EventType.CART, EventType.PURCHASE, EventType.WATCH };
		for (int e = 0; e < events; e++) {
			// skewed items so that some are popular and pairs co-occur often
			int item = (int) (items * Math.pow(r.nextDouble(), 2));
			b.add("v" + r.nextInt(viewers), null, "i" + item, types[r.nextInt(types.length)], e, 1f);
		}
		return Dataset.of(b.build());
	}

	/** Scores of every viewer of the dictionary, one row per viewer. */
	static float[][] allScores(Recommender rec, EventLog log) {
		float[][] out = new float[log.viewers().size()][log.items().size()];
		for (int v = 0; v < out.length; v++) {
			rec.score(v, out[v]);
		}
		return out;
	}

	/** A monitor that reports cancellation from the start. */
	static TaskContext cancelled() {
		return new TaskContext(1, new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
				// nothing to report
			}

			@Override
			public void worked(long work) {
				// nothing to report
			}

			@Override
			public boolean isCancelled() {
				return true;
			}
		});
	}
}
