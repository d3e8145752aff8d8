package io.streamwise.api.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;

/** A canonical builder gives one log whatever the order in which events arrive. */
class CanonicalEventLogTest {

	record Row(String viewer, String stream, String item, EventType type, long time, float value) {
	}

	/** Many ties: 300 events over 7 timestamps, ids that sort differently as text and as numbers, duplicates. */
	static List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		Random r = new Random(5);
		EventType[] types = { EventType.CLICK, EventType.CART, EventType.PURCHASE, EventType.RATE };
		for (int k = 0; k < 300; k++) {
			rows.add(new Row("v" + r.nextInt(40), r.nextBoolean() ? null : "s" + r.nextInt(3),
					r.nextInt(5) == 0 ? null : "item-" + r.nextInt(25), types[r.nextInt(types.length)],
					1_700_000_000L + r.nextInt(7), r.nextInt(3) == 0 ? Float.NaN : r.nextInt(4)));
		}
		rows.add(rows.get(17)); // an exact duplicate
		rows.add(new Row("v10", "s1", "item-3", EventType.CLICK, 1_700_000_001L, Float.NaN));
		rows.add(new Row("v2", "s1", "item-3", EventType.CLICK, 1_700_000_001L, Float.NaN));
		rows.add(new Row("ü-viewer", null, "é", EventType.PURCHASE, 1_700_000_003L, 1f)); // non-ASCII ids
		return rows;
	}

	static EventLog build(List<Row> rows) {
		EventLogBuilder b = EventLogBuilder.canonical();
		rows.forEach(x -> b.add(x.viewer(), x.stream(), x.item(), x.type(), x.time(), x.value()));
		EventLog log = b.build();
		assertEquals(true, b.duplicatesRemoved() >= 1, "the planted duplicate is removed");
		return log;
	}

	static void assertSameLog(EventLog a, EventLog b) {
		assertArrayEquals(a.viewers().toArray(), b.viewers().toArray());
		assertArrayEquals(a.items().toArray(), b.items().toArray());
		assertArrayEquals(a.streams().toArray(), b.streams().toArray());
		assertEquals(a.size(), b.size());
		for (int r = 0; r < a.size(); r++) {
			String at = "row " + r;
			assertEquals(a.viewer(r), b.viewer(r), at);
			assertEquals(a.item(r), b.item(r), at);
			assertEquals(a.stream(r), b.stream(r), at);
			assertEquals(a.type(r), b.type(r), at);
			assertEquals(a.timestamp(r), b.timestamp(r), at);
			assertEquals(Float.floatToIntBits(a.value(r)), Float.floatToIntBits(b.value(r)), at);
		}
	}

	@Test
	void permutedInputGivesTheIdenticalLog() {
		List<Row> rows = rows();
		EventLog original = build(rows);
		List<Row> reversed = new ArrayList<>(rows);
		Collections.reverse(reversed);
		assertSameLog(original, build(reversed));
		for (long seed = 1; seed <= 3; seed++) {
			List<Row> shuffled = new ArrayList<>(rows);
			Collections.shuffle(shuffled, new Random(seed));
			assertSameLog(original, build(shuffled));
		}
	}

	@Test
	void idsAreSortedByTheirUtf8BytesAndTiesByViewerThenItem() {
		EventLog log = build(rows());
		String[] viewers = log.viewers().toArray();
		for (int i = 1; i < viewers.length; i++) {
			assertEquals(-1, Integer.signum(java.util.Arrays.compareUnsigned(
					viewers[i - 1].getBytes(java.nio.charset.StandardCharsets.UTF_8),
					viewers[i].getBytes(java.nio.charset.StandardCharsets.UTF_8))),
					viewers[i - 1] + " < " + viewers[i]);
		}
		// text order, not number order
		assertEquals(true, log.viewers().indexOf("v10") < log.viewers().indexOf("v2"));
		assertEquals("ü-viewer", viewers[viewers.length - 1]); // non-ASCII bytes sort after ASCII
		for (int r = 1; r < log.size(); r++) {
			if (log.timestamp(r - 1) == log.timestamp(r)) {
				int c = Integer.compare(log.viewer(r - 1), log.viewer(r));
				c = c != 0 ? c : Integer.compare(log.item(r - 1), log.item(r));
				assertEquals(true, c <= 0, "row " + r + " is out of the viewer, item order");
			}
		}
	}

	@Test
	void orderKeysOrderViewersAndIndicesTranslateAfterBuild() {
		EventLogBuilder b = EventLogBuilder.canonical();
		// pseudonyms that sort against their raw ids: the raw ids decide the order
		int z = b.viewer("zz-pseudonym", "a-raw");
		int a = b.viewer("aa-pseudonym", "b-raw");
		int item = b.item("x");
		b.add(a, -1, item, EventType.PURCHASE, 10, 1f);
		b.add(z, -1, item, EventType.PURCHASE, 10, 1f);
		EventLog log = b.build();
		assertArrayEquals(new String[] { "zz-pseudonym", "aa-pseudonym" }, log.viewers().toArray());
		assertEquals(0, b.viewerInLog(z));
		assertEquals(1, b.viewerInLog(a));
		assertEquals(0, b.itemInLog(item));
		assertEquals(-1, b.itemInLog(-1));
		assertEquals(0, log.viewer(0)); // tie at time 10 broken by viewer index
		assertThrows(IllegalStateException.class, () -> EventLogBuilder.canonical().viewerInLog(0));
	}

	@Test
	void aPlainBuilderKeepsRegistrationOrder() {
		EventLogBuilder b = new EventLogBuilder();
		b.add("v2", null, "i2", EventType.PURCHASE, 5, 1f);
		b.add("v1", null, "i1", EventType.PURCHASE, 5, 1f);
		EventLog log = b.build();
		assertArrayEquals(new String[] { "v2", "v1" }, log.viewers().toArray());
		assertEquals("v2", log.viewers().id(log.viewer(0)));
	}

	/**
	 * From 65,536 events on, build() sorts the dictionaries on a second thread while it sorts by time: every event
	 * must still come out with its own ids, once, in the canonical order, whatever the input order.
	 */
	@Test
	void aLargeLogSortsItsDictionariesBesideTheTimeSortToTheSameEvents() {
		List<Row> rows = new ArrayList<>();
		Random r = new Random(11);
		EventType[] types = { EventType.CLICK, EventType.CART, EventType.PURCHASE, EventType.RATE };
		for (int k = 0; k < 80_000; k++) {
			// ids registered out of their text order; times sparse enough for the radix sort, with ties
			rows.add(new Row("v" + (4_999 - r.nextInt(5_000)), r.nextInt(4) == 0 ? null : "s" + r.nextInt(60),
					r.nextInt(9) == 0 ? null : "item-" + (700 - r.nextInt(700)), types[r.nextInt(types.length)],
					1_700_000_000L + r.nextInt(200_000), r.nextInt(3) == 0 ? Float.NaN : r.nextInt(5)));
		}
		rows.add(rows.get(123)); // an exact duplicate
		EventLog log = build(rows);
		List<String> expected = new ArrayList<>(new java.util.TreeSet<>(rows.stream().map(x -> x.viewer() + "|"
				+ x.stream() + "|" + x.item() + "|" + x.type() + "|" + x.time() + "|" + Float.floatToIntBits(x.value()))
				.toList()));
		List<String> actual = new ArrayList<>();
		for (int k = 0; k < log.size(); k++) {
			actual.add(log.viewers().id(log.viewer(k)) + "|"
					+ (log.stream(k) < 0 ? null : log.streams().id(log.stream(k))) + "|"
					+ (log.item(k) < 0 ? null : log.items().id(log.item(k))) + "|" + log.type(k) + "|"
					+ log.timestamp(k) + "|" + Float.floatToIntBits(log.value(k)));
			if (k > 0) {
				long dt = log.timestamp(k) - log.timestamp(k - 1);
				assertEquals(true, dt > 0 || dt == 0 && log.viewer(k - 1) <= log.viewer(k),
						"row " + k + " out of order");
			}
		}
		Collections.sort(actual);
		assertEquals(expected, actual);
		for (String[] ids : new String[][] { log.viewers().toArray(), log.items().toArray(),
				log.streams().toArray() }) {
			String[] sorted = ids.clone();
			java.util.Arrays.sort(sorted);
			assertArrayEquals(sorted, ids); // ASCII ids: text order is the UTF-8 bytes' order
		}
		List<Row> shuffled = new ArrayList<>(rows);
		Collections.shuffle(shuffled, new Random(3));
		assertSameLog(log, build(shuffled));
	}
}
