package io.streamwise.core.tests.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.api.data.FeatureTable;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.features.SessionFeatures;
import io.streamwise.core.features.SessionFeatures.Sessions;

/** Conversion rows are predicted at a fixed point; nothing after it reaches a feature or the choice of rows. */
class SessionFeaturesTest {

	static final long T0 = 1_772_395_200L; // 2026-03-01T20:00:00Z
	static final int MINUTES = 10;

	/**
	 * Viewers a and b behave alike for the first ten minutes (join, click x, watch); after the prediction point a
	 * carts, likes twice and buys, b leaves. Viewer c buys in minute 3, before the prediction point.
	 */
	static EventLog planted() {
		EventLogBuilder b = new EventLogBuilder();
		for (String v : new String[] { "a", "b" }) {
			b.add(v, "s1", null, EventType.JOIN, T0, Float.NaN);
			b.add(v, "s1", "x", EventType.CLICK, T0 + 120, Float.NaN);
			b.add(v, "s1", null, EventType.WATCH, T0 + 300, Float.NaN);
		}
		b.add("a", "s1", "x", EventType.CART, T0 + 12 * 60, Float.NaN);
		b.add("a", "s1", null, EventType.LIKE, T0 + 13 * 60, Float.NaN);
		b.add("a", "s1", null, EventType.LIKE, T0 + 14 * 60, Float.NaN);
		b.add("a", "s1", "x", EventType.PURCHASE, T0 + 15 * 60, 20f);
		b.add("a", "s1", null, EventType.WATCH, T0 + 30 * 60, Float.NaN);
		b.add("b", "s1", null, EventType.LEAVE, T0 + 11 * 60, Float.NaN);
		b.add("c", "s1", null, EventType.JOIN, T0, Float.NaN);
		b.add("c", "s1", "x", EventType.CART, T0 + 60, Float.NaN);
		b.add("c", "s1", "x", EventType.PURCHASE, T0 + 180, 20f);
		b.add("c", "s1", null, EventType.WATCH, T0 + 20 * 60, Float.NaN);
		return b.build();
	}

	@Test
	void eventsAfterThePredictionPointChangeTheLabelButNoFeature() {
		EventLog log = planted();
		Sessions s = SessionFeatures.sessions(log, MINUTES, ProgressMonitor.NULL);
		FeatureTable t = s.table();
		assertEquals(2, t.size(), "a and b; c bought before the prediction point");
		assertEquals(3, s.sessions());
		assertEquals(1, s.decidedEarly());
		assertEquals("a", log.viewers().id(s.viewers()[0]));
		assertEquals("b", log.viewers().id(s.viewers()[1]));
		assertArrayEquals(t.rows()[0], t.rows()[1], "a and b differ only after the prediction point");
		assertTrue(t.labels()[0]);
		assertFalse(t.labels()[1]);
		// hand-computed: 1 watch, 0 likes, 0 comments, 1 click, 0 carts, 1 item, last event at minute 5, no history,
		// hour 20 UTC
		assertArrayEquals(new double[] { 1, 0, 0, 1, 0, 1, 5, 0, 0, 0, 20 }, t.rows()[0]);
		assertEquals(T0 + 600, s.predictionPoints()[0]);
		assertEquals(T0 + 30 * 60, t.times()[0], "a row's time is its session's last event, when the label is known");
	}

	@Test
	void aLongerObservationWindowSeesMore() {
		Sessions s = SessionFeatures.sessions(planted(), 16, ProgressMonitor.NULL);
		// a's purchase (minute 15) is now before the prediction point: a is decided early too
		assertEquals(1, s.table().size());
		assertEquals(2, s.decidedEarly());
		assertEquals(1, s.table().rows()[0][0], "b: one watch");
		assertEquals(11, s.table().rows()[0][6], 1e-12, "b was present until leaving in minute 11");
		assertThrows(IllegalArgumentException.class, () -> SessionFeatures.observationMinutes("0"));
		assertThrows(IllegalArgumentException.class, () -> SessionFeatures.observationMinutes("ten"));
		assertEquals(30, SessionFeatures.observationMinutes(" 30 "));
	}

	/**
	 * On a simulated market, cut the log at a time T (events at T and later removed): every session whose prediction point is at or before T gets the
	 * same row from the cut log as from the whole log, and the same rows are chosen, although labels differ.
	 */
	@Test
	void noFeatureDependsOnEventsAfterThePredictionPoint() throws Exception {
		EventLog log = DatasetLoader.load(new DatasetSpec(DatasetKind.SIMULATOR, null, null, Map.of("preset", "small")),
				Path.of("."), 3, ProgressMonitor.NULL).dataset().log();
		Sessions whole = SessionFeatures.sessions(log, SessionFeatures.DEFAULT_OBSERVATION_MINUTES,
				ProgressMonitor.NULL);
		// cut at the prediction point of a buyer half-way through: a stream is running, and that buyer's purchase
		// (at or after the point) is cut off
		int buyer = whole.table().size() / 2;
		while (!whole.table().labels()[buyer]) {
			buyer++;
		}
		long cut = whole.predictionPoints()[buyer];
		EventLog past = log.filter(r -> log.timestamp(r) < cut);
		Sessions truncated = SessionFeatures.sessions(past, SessionFeatures.DEFAULT_OBSERVATION_MINUTES,
				ProgressMonitor.NULL);
		Map<String, Integer> wholeRows = rowsDecidedBy(whole, log, cut), pastRows = rowsDecidedBy(truncated, past, cut);
		assertEquals(wholeRows.keySet(), pastRows.keySet(), "the rows chosen");
		assertTrue(wholeRows.size() > 200, wholeRows.size() + " rows");
		int labelsChanged = 0;
		for (var e : wholeRows.entrySet()) {
			int w = e.getValue(), p = pastRows.get(e.getKey());
			assertArrayEquals(whole.table().rows()[w], truncated.table().rows()[p], e.getKey());
			labelsChanged += whole.table().labels()[w] != truncated.table().labels()[p] ? 1 : 0;
		}
		assertTrue(labelsChanged > 0, "the cut removes purchases after some prediction points");
	}

	/** Row index by "viewer@stream" of the rows whose prediction point is at or before the cut. */
	private static Map<String, Integer> rowsDecidedBy(Sessions s, EventLog log, long cut) {
		Map<String, Integer> out = new HashMap<>();
		for (int i = 0; i < s.table().size(); i++) {
			if (s.predictionPoints()[i] <= cut) {
				out.put(log.viewers().id(s.viewers()[i]) + "@" + log.streams().id(s.streams()[i]), i);
			}
		}
		return out;
	}
}
