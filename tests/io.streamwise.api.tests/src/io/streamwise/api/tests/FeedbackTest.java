package io.streamwise.api.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.SettingsException;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.api.feedback.EventWeights;
import io.streamwise.api.feedback.InteractionMatrix;
import io.streamwise.api.feedback.Weighting;
import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;

class FeedbackTest {

	/**
	 * A random log with many repeated viewer-item pairs, types of several weights and events without an item, against
	 * the definition written out with maps: per viewer its items ascending, each valued by the largest weight of its
	 * events (BINARY), their sum taken in ascending order of weight (COUNT) or log1p of that sum (LOG_COUNT).
	 */
	@Test
	void everyWeightingEqualsItsDefinitionOnARandomLog() {
		SplittableRandom r = new SplittableRandom(19);
		EventType[] types = { EventType.CLICK, EventType.CART, EventType.PURCHASE, EventType.WATCH, EventType.LIKE };
		EventLogBuilder b = new EventLogBuilder();
		for (int e = 0; e < 20_000; e++) {
			boolean noItem = r.nextInt(20) == 0;
			b.add("v" + r.nextInt(300), null, noItem ? null : "i" + (int) (150 * Math.pow(r.nextDouble(), 2)),
					types[r.nextInt(types.length)], e, 1f);
		}
		EventLog log = b.build();
		EventWeights weights = EventWeights.parse("click:0.7,cart:1.3,purchase:2.9,watch:0.45"); // like counts 0
		for (Weighting weighting : Weighting.values()) {
			List<TreeMap<Integer, List<Float>>> events = new ArrayList<>();
			for (int v = 0; v < log.viewers().size(); v++) {
				events.add(new TreeMap<>());
			}
			for (int row = 0; row < log.size(); row++) {
				float w = log.item(row) >= 0 ? weights.weight(log.typeCode(row)) : 0f;
				if (w > 0) {
					events.get(log.viewer(row)).computeIfAbsent(log.item(row), i -> new ArrayList<>()).add(w);
				}
			}
			InteractionMatrix m = InteractionMatrix.of(log, weights, weighting, ProgressMonitor.NULL);
			int entries = 0;
			for (int v = 0; v < log.viewers().size(); v++) {
				int p = m.viewerStart(v);
				for (var e : events.get(v).entrySet()) {
					List<Float> w = new ArrayList<>(e.getValue());
					w.sort(null);
					double sum = 0;
					for (float x : w) {
						sum += x;
					}
					float expected = switch (weighting) {
					case BINARY -> w.get(w.size() - 1);
					case COUNT -> (float) sum;
					case LOG_COUNT -> (float) Math.log1p(sum);
					};
					assertEquals(e.getKey(), m.viewerItems()[p], weighting + ", viewer " + v);
					assertEquals(expected, m.viewerValues()[p], weighting + ", viewer " + v + ", item " + e.getKey());
					assertEquals(expected, m.value(v, e.getKey()));
					p++;
					entries++;
				}
				assertEquals(m.viewerEnd(v), p, weighting + ", viewer " + v);
			}
			assertEquals(entries, m.entries());
			assertTrue(entries < 15_000, "the log must repeat pairs: " + entries);
		}
	}

	@Test
	void typesWithOptionalWeightsSpacesAndAnyCase() {
		EventWeights w = EventWeights.parse(" watch , CART : 2,purchase:3 ,click:0.5");
		assertEquals(1f, w.weight(EventType.WATCH));
		assertEquals(2f, w.weight(EventType.CART));
		assertEquals(3f, w.weight(EventType.PURCHASE));
		assertEquals(0.5f, w.weight(EventType.CLICK));
		assertEquals(0f, w.weight(EventType.LIKE));
		assertEquals(0f, w.weight(EventType.RATE.code()));
		assertEquals(Set.of(EventType.WATCH, EventType.CART, EventType.PURCHASE, EventType.CLICK), w.types());
		assertEquals("watch,cart:2,purchase:3,click:0.5", w.toString());
		assertEquals(w, EventWeights.parse(w.toString()));
		assertEquals(EventWeights.parse("click,cart"), EventWeights.parse("cart:1,click"));
		assertNotEquals(EventWeights.parse("click,cart"), EventWeights.parse("cart:2,click"));
	}

	@Test
	void everyGrammarErrorIsASettingsExceptionNamingTheSetting() {
		assertGrammarError("", "no event type given");
		assertGrammarError("  ", "no event type given");
		assertGrammarError("click,,cart", "entry 2 of 'click,,cart' is empty");
		assertGrammarError("click,", "entry 2 of 'click,' is empty");
		assertGrammarError(",click", "entry 1 of ',click' is empty");
		assertGrammarError("click, view", "'view' is not an event type; use one of [join, leave, watch");
		assertGrammarError(":3", "'' is not an event type");
		assertGrammarError("click,cart:2,click:3", "click is listed twice");
		assertGrammarError("purchase:0",
				"the weight of purchase must be a number greater than 0 and at most 1000000, was '0'");
		assertGrammarError("purchase:-1", "was '-1'");
		assertGrammarError("purchase:", "was ''");
		assertGrammarError("purchase:x", "was 'x'");
		assertGrammarError("purchase:NaN", "was 'NaN'");
		assertGrammarError("purchase:Infinity", "was 'Infinity'");
		assertGrammarError("purchase:3:4", "was '3:4'");
		assertGrammarError("purchase:1e9", "was '1e9'");
		assertGrammarError("purchase:0x10", "was '0x10'");
		assertEquals(1e6f, EventWeights.parse("purchase:1e6").weight(EventType.PURCHASE));
	}

	private static void assertGrammarError(String text, String expected) {
		SettingsException e = assertThrows(SettingsException.class, () -> EventWeights.parse("positives", text));
		assertEquals(Optional.of("positives"), e.key());
		assertTrue(e.getMessage().startsWith("setting 'positives': "), e.getMessage());
		assertTrue(e.getMessage().contains(expected), e.getMessage());
	}

	/**
	 * Viewer a: watch x, cart x, cart x, purchase y, click z (click does not count), like without item. Viewer b:
	 * purchase y. Viewer c: only a click. Items x, y, z; weights watch 1, cart 2, purchase 3.
	 */
	private static EventLog log() {
		EventLogBuilder b = new EventLogBuilder();
		for (String v : new String[] { "a", "b", "c" }) {
			b.viewer(v);
		}
		for (String i : new String[] { "x", "y", "z" }) {
			b.item(i);
		}
		long t = 1;
		b.add("a", null, "x", EventType.WATCH, t++, Float.NaN);
		b.add("a", null, "x", EventType.CART, t++, Float.NaN);
		b.add("b", null, "y", EventType.PURCHASE, t++, Float.NaN);
		b.add("a", null, "x", EventType.CART, t++, Float.NaN);
		b.add("a", null, "y", EventType.PURCHASE, t++, Float.NaN);
		b.add("a", null, "z", EventType.CLICK, t++, Float.NaN);
		b.add("a", null, null, EventType.LIKE, t++, Float.NaN);
		b.add("c", null, "z", EventType.CLICK, t++, Float.NaN);
		return b.build();
	}

	private static final EventWeights WEIGHTS = EventWeights.parse("watch,cart:2,purchase:3,like");

	@Test
	void entriesByWeighting() {
		EventLog log = log();
		int a = log.viewers().indexOf("a"), b = log.viewers().indexOf("b"), c = log.viewers().indexOf("c");
		int x = log.items().indexOf("x"), y = log.items().indexOf("y"), z = log.items().indexOf("z");
		InteractionMatrix binary = InteractionMatrix.of(log, WEIGHTS, Weighting.BINARY, ProgressMonitor.NULL);
		// the largest weight: watch 1 < cart 2 on x, purchase 3 on y
		assertEquals(2f, binary.value(a, x));
		assertEquals(3f, binary.value(a, y));
		assertEquals(0f, binary.value(a, z));
		assertEquals(3f, binary.value(b, y));
		assertFalse(binary.hasHistory(c));
		assertFalse(binary.hasHistory(-1));
		assertFalse(binary.hasHistory(3));
		assertEquals(3, binary.entries());
		InteractionMatrix count = InteractionMatrix.of(log, WEIGHTS, Weighting.COUNT, ProgressMonitor.NULL);
		assertEquals(1f + 2f + 2f, count.value(a, x));
		assertEquals(3f, count.value(a, y));
		InteractionMatrix logCount = InteractionMatrix.of(log, WEIGHTS, Weighting.LOG_COUNT, ProgressMonitor.NULL);
		assertEquals((float) Math.log(6), logCount.value(a, x));
		assertEquals((float) Math.log(4), logCount.value(a, y));
		// unweighted COUNT is the number of events
		InteractionMatrix events = InteractionMatrix.of(log, EventWeights.parse("watch,cart"), Weighting.COUNT,
				ProgressMonitor.NULL);
		assertEquals(3f, events.value(a, x));
	}

	@Test
	void heldByViewerAndByItemAscending() {
		EventLog log = log();
		InteractionMatrix m = InteractionMatrix.of(log, WEIGHTS, Weighting.BINARY, ProgressMonitor.NULL);
		int a = log.viewers().indexOf("a"), b = log.viewers().indexOf("b");
		int x = log.items().indexOf("x"), y = log.items().indexOf("y");
		assertEquals(3, m.viewers());
		assertEquals(3, m.items());
		int[] itemsOfA = java.util.Arrays.copyOfRange(m.viewerItems(), m.viewerStart(a), m.viewerEnd(a));
		assertArrayEquals(new int[] { Math.min(x, y), Math.max(x, y) }, itemsOfA);
		int[] viewersOfY = java.util.Arrays.copyOfRange(m.itemViewers(), m.itemStart(y), m.itemEnd(y));
		assertArrayEquals(new int[] { Math.min(a, b), Math.max(a, b) }, viewersOfY);
		assertEquals(m.itemViewers().length, m.entries());
		assertArrayEquals(new float[] { 1, 2, 0 }, reorder(m.popularity(), log, "x", "y", "z"));
		assertTrue(m.contains(b, y));
		assertFalse(m.contains(b, x));
		assertEquals(m, InteractionMatrix.of(log, EventWeights.parse("purchase:3,cart:2,watch"), Weighting.BINARY,
				ProgressMonitor.NULL));
		assertNotEquals(m, InteractionMatrix.of(log, WEIGHTS, Weighting.COUNT, ProgressMonitor.NULL));
	}

	private static float[] reorder(float[] byIndex, EventLog log, String... items) {
		float[] out = new float[items.length];
		for (int k = 0; k < items.length; k++) {
			out[k] = byIndex[log.items().indexOf(items[k])];
		}
		return out;
	}

	@Test
	void buildingChecksForCancellation() {
		AtomicInteger checks = new AtomicInteger();
		ProgressMonitor cancelled = ProgressMonitor.cancelledWhen(() -> checks.incrementAndGet() > 0);
		assertThrows(CancelledException.class, () -> InteractionMatrix.of(log(), WEIGHTS, Weighting.BINARY, cancelled));
		assertTrue(checks.get() > 0);
	}
}
