package io.streamwise.api.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;

class EventLogTest {

	@Test
	void sortsStablyByTimeAndKeepsEveryColumn() {
		EventLogBuilder b = new EventLogBuilder();
		b.add("v2", "s1", "i9", EventType.PURCHASE, 1_700_000_100L, 49.5f);
		b.add("v1", "s1", null, EventType.JOIN, 1_700_000_000L, Float.NaN);
		b.add("v3", null, "i9", EventType.CLICK, 1_700_000_100L, Float.NaN);
		EventLog log = b.build();

		assertEquals(3, log.size());
		assertEquals("v1", log.viewers().id(log.viewer(0)));
		assertEquals(-1, log.item(0));
		assertEquals(EventType.JOIN, log.type(0));
		assertEquals(1_700_000_000L, log.timestamp(0));
		assertTrue(Float.isNaN(log.value(0)));
		// equal timestamps keep input order: the purchase was added before the click
		assertEquals(EventType.PURCHASE, log.type(1));
		assertEquals("s1", log.streams().id(log.stream(1)));
		assertEquals(49.5f, log.value(1));
		assertEquals(-1, log.stream(2));
		assertEquals("i9", log.items().id(log.item(2)));
		assertEquals(0, b.duplicatesRemoved());
	}

	@Test
	void removesAndCountsExactDuplicatesOnly() {
		EventLogBuilder b = new EventLogBuilder();
		b.add("v", "s", "i", EventType.CART, 10, 5f);
		b.add("v", "s", "i", EventType.CART, 10, 5f); // exact duplicate
		b.add("v", "s", "i", EventType.CART, 10, 6f); // other value
		b.add("v", "s", "i", EventType.CART, 11, 5f); // other time
		b.add("v", "s", "i", EventType.PURCHASE, 10, 5f); // other type
		b.add("v", "s", "i", EventType.CART, 10, 5f); // duplicate again
		EventLog log = b.build();
		assertEquals(4, log.size());
		assertEquals(2, b.duplicatesRemoved());
	}

	/**
	 * A short run of equal times after a removed duplicate: the kept rows are moved down over the run while it is
	 * being checked, and once compared a row with the moved copies instead of the run's own rows, so B's duplicate was
	 * kept (4 events instead of 3).
	 */
	@Test
	void duplicatesAfterAnEarlierRemovedDuplicateAreStillFound() {
		EventLogBuilder b = new EventLogBuilder();
		b.add("a", null, "x", EventType.CLICK, 1, 1f);
		b.add("a", null, "x", EventType.CLICK, 1, 1f); // removed: the rows after it move down by one
		b.add("b", null, "x", EventType.CLICK, 2, 1f);
		b.add("c", null, "x", EventType.CLICK, 2, 1f);
		b.add("b", null, "x", EventType.CLICK, 2, 1f); // a duplicate of the row two before
		EventLog log = b.build();
		assertEquals(3, log.size());
		assertEquals(2, b.duplicatesRemoved());
		assertArrayEquals(new int[] { 0, 2, 3 }, b.inputRows());
		assertEquals("c", log.viewers().id(log.viewer(2)));
	}

	@Test
	void duplicatesAreFoundInLargeRunsOfEqualTimestamps() {
		EventLogBuilder b = new EventLogBuilder();
		for (int i = 0; i < 100; i++) {
			b.add("v" + (i % 40), "s", "i", EventType.WATCH, 77, 1f);
		}
		assertEquals(40, b.build().size());
		assertEquals(60, b.duplicatesRemoved());
	}

	/**
	 * Issue 19, item 5: the builder keeps its columns in chunks and removes duplicates without boxed keys. Against a
	 * plain reference (a stable sort by time, then a set of the events seen): events over several chunks, times out of
	 * order with long runs of equal times full of duplicates, and values that outgrow the compact coding half-way.
	 */
	@Test
	void chunkedBuilderAgreesWithAPlainSortAndSet() {
		for (boolean wideValues : new boolean[] { false, true }) {
			java.util.SplittableRandom random = new java.util.SplittableRandom(19);
			int n = 150_000;
			String[] viewers = new String[n];
			int[] items = new int[n], types = new int[n];
			long[] times = new long[n];
			float[] values = new float[n];
			EventLogBuilder b = new EventLogBuilder();
			for (int r = 0; r < n; r++) {
				viewers[r] = "v" + random.nextInt(8);
				items[r] = random.nextInt(2);
				types[r] = random.nextInt(2);
				times[r] = 1_000 + random.nextInt(2_000); // about 75 events per second: long runs, many duplicates
				values[r] = wideValues && r > n / 2 ? r : random.nextInt(2);
				b.add(viewers[r], null, "i" + items[r], types[r] == 0 ? EventType.CLICK : EventType.CART, times[r],
						values[r]);
			}
			EventLog log = b.build();
			Integer[] order = new Integer[n];
			java.util.Arrays.setAll(order, r -> r);
			java.util.Arrays.sort(order, java.util.Comparator.comparingLong(r -> times[r]));
			java.util.Set<String> seen = new java.util.HashSet<>();
			java.util.List<Integer> kept = new java.util.ArrayList<>();
			for (int r : order) {
				if (seen.add(viewers[r] + "/" + items[r] + "/" + types[r] + "/" + times[r] + "/" + values[r])) {
					kept.add(r);
				}
			}
			assertEquals(kept.size(), log.size());
			assertEquals(n - kept.size(), b.duplicatesRemoved());
			assertTrue(b.duplicatesRemoved() > 10_000, "the fixture must hold many duplicates");
			int[] inputRows = b.inputRows();
			for (int k = 0; k < kept.size(); k++) {
				int r = kept.get(k);
				assertEquals(r, inputRows[k]);
				assertEquals(viewers[r], log.viewers().id(log.viewer(k)));
				assertEquals("i" + items[r], log.items().id(log.item(k)));
				assertEquals(times[r], log.timestamp(k));
				assertEquals(values[r], log.value(k));
				assertEquals(-1, log.stream(k));
			}
		}
	}

	@Test
	void manyDistinctValuesFallBackToWideColumn() {
		EventLogBuilder compact = new EventLogBuilder();
		EventLogBuilder wide = new EventLogBuilder();
		for (int i = 0; i < 70_000; i++) {
			compact.add("v", null, "i", EventType.RATE, i, i % 5);
			wide.add("v", null, "i", EventType.RATE, i, i * 0.25f);
		}
		EventLog c = compact.build();
		EventLog w = wide.build();
		assertEquals(3f, c.value(69_998));
		assertEquals(69_999 * 0.25f, w.value(69_999));
		assertTrue(c.columnBytes() < w.columnBytes(), "compact values must take less room");
		assertEquals(18L * 70_000 + 4 * 5, c.columnBytes());
	}

	@Test
	void selectAndPartitionShareDictionaries() {
		EventLogBuilder b = new EventLogBuilder();
		for (int i = 0; i < 30; i++) {
			b.add("v" + (i % 7), "s" + (i % 3), "i" + (i % 5), EventType.WATCH, i, Float.NaN);
		}
		EventLog log = b.build();
		EventLog sub = log.select(new int[] { 29, 3 });
		assertEquals(log.viewers(), sub.viewers());
		assertEquals(log.viewer(29), sub.viewer(0));
		assertEquals(log.timestamp(3), sub.timestamp(1));

		EventLog[] parts = log.partitionByViewer(3);
		int total = 0;
		for (int p = 0; p < parts.length; p++) {
			total += parts[p].size();
			for (int r = 0; r < parts[p].size(); r++) {
				assertEquals(p, parts[p].viewer(r) % 3);
			}
		}
		assertEquals(log.size(), total);
		EventLog[] byStream = log.partitionByStream(2);
		assertEquals(log.size(), byStream[0].size() + byStream[1].size());
	}

	@Test
	void countsByType() {
		EventLogBuilder b = new EventLogBuilder();
		b.add("a", null, "x", EventType.CLICK, 1, Float.NaN);
		b.add("a", null, "x", EventType.PURCHASE, 2, 3f);
		b.add("b", null, "x", EventType.PURCHASE, 2, 3f);
		long[] counts = b.build().countByType();
		assertEquals(1, counts[EventType.CLICK.code()]);
		assertEquals(2, counts[EventType.PURCHASE.code()]);
		assertEquals(0, counts[EventType.REFUND.code()]);
	}

	@Test
	void timestampSpansBeyondTheIntColumnKeepExactTimes() {
		// a span of 2^33 s no longer fits unsigned int offsets: the log keeps epoch seconds in a long column instead
		EventLogBuilder b = new EventLogBuilder();
		b.add("a", null, "x", EventType.CLICK, 1L << 33, 1f);
		b.add("b", null, "x", EventType.CLICK, -5, 2f);
		b.add("a", null, "x", EventType.CLICK, 1L << 33, 1f); // an exact duplicate
		b.add("c", null, "x", EventType.CLICK, 7, 3f);
		EventLog log = b.build();
		assertEquals(3, log.size());
		assertEquals(1, b.duplicatesRemoved());
		assertArrayEquals(new long[] { -5, 7, 1L << 33 }, new long[] { log.timestamp(0), log.timestamp(1),
				log.timestamp(2) });
		assertEquals("a", log.viewers().id(log.viewer(2)));
		assertEquals(3 * (4 * 3 + 8) + 3 * 2 + 3 * 4, log.columnBytes()); // 8-byte times, 2-byte value codes
		EventLog picked = log.select(new int[] { 2, 0 });
		assertArrayEquals(new long[] { 1L << 33, -5 }, new long[] { picked.timestamp(0), picked.timestamp(1) });
	}

	@Test
	void builderIsSingleUse() {
		EventLogBuilder b = new EventLogBuilder();
		b.build();
		assertThrows(IllegalStateException.class, () -> b.add("a", null, null, EventType.JOIN, 0, 0f));
		assertThrows(IllegalArgumentException.class, () -> new EventLogBuilder().add(5, -1, -1, EventType.JOIN, 0, 0));
	}

	@Test
	void eventTypeCodesAreStable() {
		assertArrayEquals(new int[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 },
				java.util.Arrays.stream(EventType.values()).mapToInt(EventType::code).toArray());
		assertEquals(EventType.REFUND, EventType.parse(" Refund "));
		assertEquals(null, EventType.parse("buy"));
	}

	@Test
	void inputRowsTellWhereEachRowCameFrom() {
		EventLogBuilder b = new EventLogBuilder();
		b.add("a", null, "x", EventType.CLICK, 5, 1f); // 0
		b.add("a", null, "x", EventType.CLICK, 3, 1f); // 1
		b.add("a", null, "x", EventType.CLICK, 5, 1f); // 2: duplicate of 0
		b.add("b", null, "x", EventType.CLICK, 4, 1f); // 3
		assertThrows(IllegalStateException.class, b::inputRows);
		b.build();
		assertArrayEquals(new int[] { 1, 3, 0 }, b.inputRows());
	}

	@Test
	void eventTypeListsParseAndNameTheBadPart() {
		assertEquals(java.util.EnumSet.of(EventType.PURCHASE, EventType.CART),
				EventType.parseList(" purchase, CART,,"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> EventType.parseList("click,buy"));
		assertTrue(e.getMessage().contains("'buy'"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> EventType.parseList(" , "));
	}
}
