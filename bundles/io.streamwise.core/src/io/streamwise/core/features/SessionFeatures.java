package io.streamwise.core.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventType;
import io.streamwise.api.data.FeatureSchema;
import io.streamwise.api.data.FeatureTable;
import io.streamwise.api.progress.ProgressMonitor;

/**
 * Turns an event log into one row per viewer-in-stream session with the label "bought something in this stream".
 * Features use only what is known before the session's first purchase (documented in docs/features.md), so that the
 * label does not leak into them. Rows are ordered by session start; a row's time is the session's last event, when its
 * label is known.
 */
public final class SessionFeatures {

	public static final FeatureSchema SCHEMA = new FeatureSchema("sessions",
			List.of("watch_events", "likes", "comments", "clicks", "carts", "distinct_items_clicked",
					"minutes_present", "prior_sessions", "prior_purchases", "prior_spend_log", "hour_of_day")
					.stream().map(FeatureSchema.Feature::numeric).toList());

	private SessionFeatures() {
	}

	/** One session's accumulators. */
	private static final class Session {
		final int viewer;
		final long start;
		long end;
		long lastBeforePurchase;
		boolean purchased;
		final double[] counts = new double[5];
		final java.util.Set<Integer> clicked = new java.util.HashSet<>();

		Session(int viewer, long start) {
			this.viewer = viewer;
			this.start = start;
			this.end = start;
			this.lastBeforePurchase = start;
		}
	}

	/**
	 * @throws IllegalArgumentException when the log has no stream sessions (a plain interaction file)
	 */
	public static FeatureTable extract(EventLog log, ProgressMonitor monitor) {
		Map<Long, Session> open = new HashMap<>();
		List<Session> sessions = new ArrayList<>();
		Map<Integer, List<long[]>> purchasesByViewer = new HashMap<>(); // {time, value bits}
		monitor.begin("extracting session features", log.size());
		for (int r = 0; r < log.size(); r++) {
			if ((r & 0xFFFF) == 0) {
				monitor.checkCancelled();
				monitor.worked(Math.min(0x10000, log.size() - r));
			}
			int stream = log.stream(r);
			if (stream < 0) {
				continue;
			}
			int viewer = log.viewer(r);
			long t = log.timestamp(r);
			long key = ((long) viewer << 32) | stream;
			Session s = open.get(key);
			if (s == null) {
				s = new Session(viewer, t);
				open.put(key, s);
				sessions.add(s);
			}
			s.end = Math.max(s.end, t);
			EventType type = log.type(r);
			if (type == EventType.PURCHASE) {
				purchasesByViewer.computeIfAbsent(viewer, v -> new ArrayList<>())
						.add(new long[] { t, Double.doubleToLongBits(Float.isNaN(log.value(r)) ? 0 : log.value(r)) });
				s.purchased = true;
				continue;
			}
			if (s.purchased) {
				continue; // behaviour after the first purchase would leak the label
			}
			s.lastBeforePurchase = t;
			switch (type) {
			case WATCH -> s.counts[0]++;
			case LIKE -> s.counts[1]++;
			case COMMENT -> s.counts[2]++;
			case CLICK -> {
				s.counts[3]++;
				if (log.item(r) >= 0) {
					s.clicked.add(log.item(r));
				}
			}
			case CART -> s.counts[4]++;
			default -> {
				// joins, leaves, refunds and ratings carry no pre-purchase signal here
			}
			}
		}
		if (sessions.isEmpty()) {
			throw new IllegalArgumentException(
					"the data has no stream sessions (no event names a stream): conversion models need them");
		}
		// history: per viewer, sessions in start order and purchases in time order (the log is time-ordered)
		Map<Integer, Integer> sessionsSeen = new HashMap<>();
		Map<Integer, Integer> purchaseCursor = new HashMap<>();
		Map<Integer, Double> spendSoFar = new HashMap<>();
		int n = sessions.size();
		double[][] rows = new double[n][];
		boolean[] labels = new boolean[n];
		long[] times = new long[n];
		for (int i = 0; i < n; i++) {
			Session s = sessions.get(i);
			List<long[]> purchases = purchasesByViewer.getOrDefault(s.viewer, List.of());
			int cursor = purchaseCursor.getOrDefault(s.viewer, 0);
			double spend = spendSoFar.getOrDefault(s.viewer, 0.0);
			while (cursor < purchases.size() && purchases.get(cursor)[0] < s.start) {
				spend += Double.longBitsToDouble(purchases.get(cursor)[1]);
				cursor++;
			}
			purchaseCursor.put(s.viewer, cursor);
			spendSoFar.put(s.viewer, spend);
			int prior = sessionsSeen.merge(s.viewer, 1, Integer::sum) - 1;
			double[] row = Arrays.copyOf(s.counts, SCHEMA.size());
			row[5] = s.clicked.size();
			row[6] = (s.lastBeforePurchase - s.start) / 60.0;
			row[7] = prior;
			row[8] = cursor;
			row[9] = Math.log1p(spend);
			row[10] = Math.floorMod(s.start, 86_400L) / 3600;
			rows[i] = row;
			labels[i] = s.purchased;
			times[i] = s.end;
		}
		return new FeatureTable(SCHEMA, rows, labels, times);
	}
}
