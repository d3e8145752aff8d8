package io.streamwise.core.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventType;
import io.streamwise.api.data.FeatureSchema;
import io.streamwise.api.data.FeatureTable;
import io.streamwise.api.progress.ProgressMonitor;

/**
 * Turns an event log into one row per viewer-in-stream session for conversion models, predicted at a fixed,
 * label-independent <em>prediction point</em>: {@code observationMinutes} after the session's first event.
 * <ul>
 * <li>Features use only events before the prediction point (and, for the viewer's history, events before the
 * session started), the same window for buyers and non-buyers.</li>
 * <li>Rows are the sessions still undecided at the prediction point: a session with a purchase before it is left out
 * (its outcome is already observed), whatever happens later; every other session is a row, also one whose viewer
 * has left by then.</li>
 * <li>The label is "bought something in this stream at or after the prediction point".</li>
 * </ul>
 * So no feature and no choice of rows depends on anything after the prediction point (docs/features.md). Rows are
 * ordered by session start; a row's time is the session's last event, when its label is known, and temporal protocols
 * split on it.
 */
public final class SessionFeatures {

	/**
	 * Default of {@value io.streamwise.core.experiment.ProtocolOptions#OBSERVATION_MINUTES}. On the simulator's default market two thirds of the sessions
	 * last at least 10 minutes and most purchases come later (docs/features.md gives the figures).
	 */
	public static final int DEFAULT_OBSERVATION_MINUTES = 10;

	public static final FeatureSchema SCHEMA = new FeatureSchema("sessions",
			List.of("watch_events", "likes", "comments", "clicks", "carts", "distinct_items_clicked",
					"minutes_present", "prior_sessions", "prior_purchases", "prior_spend_log", "hour_of_day")
					.stream().map(FeatureSchema.Feature::numeric).toList());

	private SessionFeatures() {
	}

	/**
	 * The rows and where they come from.
	 *
	 * @param table            the feature rows, labels and times
	 * @param viewers          each row's viewer (index in the log's viewer dictionary)
	 * @param streams          each row's stream
	 * @param predictionPoints each row's prediction point (epoch seconds): its features use only earlier events
	 * @param sessions         how many sessions the log has
	 * @param decidedEarly     how many of them were left out because they had a purchase before the prediction point
	 */
	public record Sessions(FeatureTable table, int[] viewers, int[] streams, long[] predictionPoints, int sessions,
			int decidedEarly) {
	}

	/** One session's accumulators. */
	private static final class Session {
		final int viewer, stream;
		final long start, predictionPoint;
		long end;
		long lastObserved;
		boolean purchasedBefore, purchasedAfter;
		final double[] counts = new double[5];
		final Set<Integer> clicked = new HashSet<>();

		Session(int viewer, int stream, long start, long predictionPoint) {
			this.viewer = viewer;
			this.stream = stream;
			this.start = start;
			this.predictionPoint = predictionPoint;
			this.end = start;
			this.lastObserved = start;
		}
	}

	/** The rows at the default prediction point. */
	public static FeatureTable extract(EventLog log, ProgressMonitor monitor) {
		return extract(log, DEFAULT_OBSERVATION_MINUTES, monitor);
	}

	public static FeatureTable extract(EventLog log, int observationMinutes, ProgressMonitor monitor) {
		return sessions(log, observationMinutes, monitor).table();
	}

	/** The protocol option's value, checked. */
	public static int observationMinutes(String value) {
		try {
			int minutes = Integer.parseInt(value.trim());
			if (minutes >= 1) {
				return minutes;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException(
				"protocol option " + io.streamwise.core.experiment.ProtocolOptions.OBSERVATION_MINUTES + ": '" + value
						+ "' is not a whole number of minutes >= 1");
	}

	/**
	 * @param observationMinutes minutes from a session's first event to its prediction point, at least 1
	 * @throws IllegalArgumentException when the log has no stream sessions (a plain interaction file)
	 */
	public static Sessions sessions(EventLog log, int observationMinutes, ProgressMonitor monitor) {
		if (observationMinutes < 1) {
			throw new IllegalArgumentException("observationMinutes must be at least 1, was " + observationMinutes);
		}
		long window = observationMinutes * 60L;
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
				s = new Session(viewer, stream, t, t + window);
				open.put(key, s);
				sessions.add(s);
			}
			s.end = Math.max(s.end, t);
			EventType type = log.type(r);
			if (type == EventType.PURCHASE) {
				purchasesByViewer.computeIfAbsent(viewer, v -> new ArrayList<>())
						.add(new long[] { t, Double.doubleToLongBits(Float.isNaN(log.value(r)) ? 0 : log.value(r)) });
			}
			if (t >= s.predictionPoint) {
				s.purchasedAfter |= type == EventType.PURCHASE; // the label; nothing else from here on is used
				continue;
			}
			if (type == EventType.PURCHASE) {
				s.purchasedBefore = true;
				continue;
			}
			s.lastObserved = Math.max(s.lastObserved, t);
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
				// joins, leaves, refunds and ratings are not counted
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
		List<double[]> rows = new ArrayList<>(n);
		boolean[] labels = new boolean[n];
		long[] times = new long[n], points = new long[n];
		int[] viewers = new int[n], streams = new int[n];
		int kept = 0;
		for (Session s : sessions) {
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
			if (s.purchasedBefore) {
				continue; // decided before the prediction point: nothing left to predict
			}
			double[] row = Arrays.copyOf(s.counts, SCHEMA.size());
			row[5] = s.clicked.size();
			row[6] = (s.lastObserved - s.start) / 60.0;
			row[7] = prior;
			row[8] = cursor;
			row[9] = Math.log1p(spend);
			row[10] = Math.floorMod(s.start, 86_400L) / 3600;
			rows.add(row);
			labels[kept] = s.purchasedAfter;
			times[kept] = s.end;
			points[kept] = s.predictionPoint;
			viewers[kept] = s.viewer;
			streams[kept] = s.stream;
			kept++;
		}
		FeatureTable table = new FeatureTable(SCHEMA, rows.toArray(double[][]::new), Arrays.copyOf(labels, kept),
				Arrays.copyOf(times, kept));
		return new Sessions(table, Arrays.copyOf(viewers, kept), Arrays.copyOf(streams, kept),
				Arrays.copyOf(points, kept), n, n - kept);
	}
}
