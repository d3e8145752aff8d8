package io.streamwise.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;

/**
 * Builds of 65,536 events or more remove duplicates in two halves at once (split between runs of equal times) and copy
 * the columns in halves; ids are interned in a table of their own. Checked against expectations computed here from the
 * rows themselves.
 */
class EventLogBuilderLargeBuildTest {

	private record Row(String viewer, String item, EventType type, long time, float value) {
		String key() {
			return viewer + "|" + item + "|" + type + "|" + time + "|" + Float.floatToIntBits(value);
		}
	}

	/**
	 * 100,000 rows over 1,000 seconds (runs of about 100 equal times, so the long-run path), a third of them repeated,
	 * and a run of 300 rows, half duplicates, planted at the time that falls in the middle of the sorted rows.
	 */
	private static List<Row> rowsWithDuplicates() {
		Random r = new Random(5);
		EventType[] types = { EventType.CLICK, EventType.CART, EventType.WATCH };
		List<Row> rows = new ArrayList<>();
		while (rows.size() < 100_000) {
			Row x = new Row("v" + r.nextInt(300), "i" + r.nextInt(40), types[r.nextInt(types.length)],
					1_800_000_000L + (r.nextInt(1_000) == 500 ? 499 : r.nextInt(1_000)), r.nextInt(3));
			rows.add(x);
			if (r.nextInt(3) == 0) {
				rows.add(r.nextInt(2) == 0 ? x : rows.get(r.nextInt(rows.size())));
			}
		}
		for (int k = 0; k < 150; k++) { // the middle: times 1_800_000_499 and 500 meet near row 50,000
			Row x = new Row("mid" + k % 40, "i1", EventType.CLICK, 1_800_000_500L, k % 3);
			rows.add(x);
			rows.add(x);
		}
		return rows;
	}

	private static EventLog build(EventLogBuilder b, List<Row> rows) {
		for (Row x : rows) {
			b.add(x.viewer(), null, x.item(), x.type(), x.time(), x.value());
		}
		return b.build();
	}

	private static String key(EventLog log, int k) {
		return log.viewers().id(log.viewer(k)) + "|" + log.items().id(log.item(k)) + "|" + log.type(k) + "|"
				+ log.timestamp(k) + "|" + Float.floatToIntBits(log.value(k));
	}

	@Test
	void aPlainBuilderKeepsTheFirstOfEachDuplicateInStableTimeOrder() {
		List<Row> rows = rowsWithDuplicates();
		// expected: rows stably sorted by time, each event kept where it first occurs
		List<Row> byTime = new ArrayList<>(rows);
		byTime.sort(Comparator.comparingLong(Row::time));
		LinkedHashSet<String> expected = new LinkedHashSet<>();
		for (Row x : byTime) {
			expected.add(x.key());
		}
		EventLogBuilder b = new EventLogBuilder();
		EventLog log = build(b, rows);
		assertEquals(rows.size() - expected.size(), b.duplicatesRemoved());
		List<String> actual = new ArrayList<>();
		for (int k = 0; k < log.size(); k++) {
			actual.add(key(log, k));
		}
		assertEquals(new ArrayList<>(expected), actual);
		// the rows the log's rows came from: the first of each event
		Map<String, Integer> firstRow = new HashMap<>();
		for (int k = 0; k < rows.size(); k++) {
			firstRow.putIfAbsent(rows.get(k).key(), k);
		}
		int[] from = b.inputRows();
		for (int k = 0; k < log.size(); k++) {
			assertEquals(firstRow.get(actual.get(k)), from[k], "input row of row " + k);
		}
	}

	@Test
	void aCanonicalBuilderKeepsEachEventOnceInItsOrder() {
		buildCanonicalAndCheck(rowsWithDuplicates());
	}

	/**
	 * Builds the rows canonically and checks that each event is kept once, that equal times are ordered by viewer,
	 * then item, and that the duplicates are counted; returns the log.
	 */
	private static EventLog buildCanonicalAndCheck(List<Row> rows) {
		TreeSet<String> distinct = new TreeSet<>();
		rows.forEach(x -> distinct.add(x.key()));
		EventLogBuilder b = EventLogBuilder.canonical();
		EventLog log = build(b, rows);
		assertEquals(rows.size() - distinct.size(), b.duplicatesRemoved());
		TreeSet<String> seen = new TreeSet<>();
		for (int k = 0; k < log.size(); k++) {
			assertEquals(true, seen.add(key(log, k)), "row " + k + " is a duplicate");
			if (k > 0) {
				long dt = log.timestamp(k) - log.timestamp(k - 1);
				boolean tieInOrder = dt == 0 && (log.viewer(k - 1) < log.viewer(k)
						|| log.viewer(k - 1) == log.viewer(k) && log.item(k - 1) <= log.item(k));
				assertEquals(true, dt > 0 || tieInOrder, "row " + k + " out of order");
			}
		}
		assertEquals(distinct, seen);
		return log;
	}

	/**
	 * Runs of 2 to 16 equal times (the short-run path), each drawing its rows from a few events so that several
	 * duplicates of several events stand apart in the input: each event is kept once, in the canonical order, and the
	 * same log comes from the rows in reverse.
	 */
	@Test
	void aCanonicalBuilderRemovesDuplicatesInShortRunsWhereverTheyStand() {
		Random r = new Random(11);
		List<Row> rows = new ArrayList<>();
		for (long t = 1_800_000_000L; rows.size() < 80_000; t++) {
			int runLength = 2 + r.nextInt(15);
			for (int k = 0; k < runLength; k++) {
				rows.add(new Row("v" + r.nextInt(3), "i" + r.nextInt(2), EventType.CLICK, t, r.nextInt(2)));
			}
		}
		EventLog log = buildCanonicalAndCheck(rows);
		List<Row> reversed = new ArrayList<>(rows);
		Collections.reverse(reversed);
		CanonicalEventLogTest.assertSameLog(log, build(EventLogBuilder.canonical(), reversed));
	}

	/** "Aa" and "BB" have the same String hash, so these 4,096 ids all share one: each must stay its own. */
	@Test
	void idsWithEqualStringHashesGetTheirOwnIndices() {
		List<String> ids = new ArrayList<>();
		for (int m = 0; m < 4_096; m++) {
			StringBuilder s = new StringBuilder();
			for (int bit = 0; bit < 12; bit++) {
				s.append((m >> bit & 1) == 0 ? "Aa" : "BB");
			}
			ids.add(s.toString());
		}
		assertEquals(ids.get(0).hashCode(), ids.get(4_095).hashCode());
		EventLogBuilder b = EventLogBuilder.canonical();
		for (int k = ids.size() - 1; k >= 0; k--) { // registered in reverse, so the canonical sort moves them
			assertEquals(ids.size() - 1 - k, b.viewer(ids.get(k)));
		}
		for (int k = 0; k < ids.size(); k++) {
			assertEquals(ids.size() - 1 - k, b.viewer(ids.get(k)), "interned again: the same index");
			b.add(b.viewer(ids.get(k)), -1, -1, EventType.CLICK, 1_800_000_000L + k, Float.NaN);
		}
		EventLog log = b.build();
		assertEquals(ids.size(), log.viewers().size());
		for (String id : ids) {
			// after build() the builder's indices still name the same ids, translated into the log's
			assertEquals(log.viewers().indexOf(id), b.viewerInLog(b.viewer(id)), id);
		}
		assertNotEquals(log.viewers().id(0), log.viewers().id(1));
	}
}
