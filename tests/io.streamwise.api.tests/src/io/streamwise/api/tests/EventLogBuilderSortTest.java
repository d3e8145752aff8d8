package io.streamwise.api.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;

/**
 * Issue 19, item 5: {@link EventLogBuilder#build()} sorts row numbers on int arrays (a counting sort for dense
 * seconds, a radix sort for sparse ones) and keeps times as int offsets until one lies too far from the first. Each
 * path is checked against a plain reference: a stable sort of the rows by time, keeping the first of each exact
 * duplicate. A sort that is not stable, a radix pass that is skipped or misplaced, or times that lose bits when
 * widened all change the rows, the kept input rows or the timestamps.
 */
class EventLogBuilderSortTest {

	/** Builds n events with times from the supplier (and few viewers, items and values, for duplicates) and checks. */
	private static void agreesWithReference(int n, LongSupplier times, SplittableRandom random) {
		String[] viewers = new String[n];
		int[] items = new int[n];
		long[] time = new long[n];
		float[] values = new float[n];
		EventLogBuilder b = new EventLogBuilder();
		for (int r = 0; r < n; r++) {
			viewers[r] = "v" + random.nextInt(4);
			items[r] = random.nextInt(3);
			time[r] = times.getAsLong();
			values[r] = random.nextInt(2);
			b.add(viewers[r], null, "i" + items[r], EventType.CLICK, time[r], values[r]);
		}
		EventLog log = b.build();
		Integer[] order = new Integer[n];
		Arrays.setAll(order, r -> r);
		Arrays.sort(order, Comparator.comparingLong(r -> time[r])); // stable: equal times keep the input order
		Set<String> seen = new HashSet<>();
		List<Integer> kept = new ArrayList<>();
		for (int r : order) {
			if (seen.add(viewers[r] + "/" + items[r] + "/" + time[r] + "/" + values[r])) {
				kept.add(r);
			}
		}
		assertEquals(kept.size(), log.size());
		assertEquals(n - kept.size(), b.duplicatesRemoved());
		int[] expectedRows = kept.stream().mapToInt(Integer::intValue).toArray();
		assertArrayEquals(expectedRows, b.inputRows());
		long[] expectedTimes = new long[expectedRows.length], actualTimes = new long[expectedRows.length];
		String[] expectedEvents = new String[expectedRows.length], actualEvents = new String[expectedRows.length];
		for (int k = 0; k < expectedRows.length; k++) {
			int r = expectedRows[k];
			expectedTimes[k] = time[r];
			actualTimes[k] = log.timestamp(k);
			expectedEvents[k] = viewers[r] + "/i" + items[r] + "/" + values[r];
			actualEvents[k] = log.viewers().id(log.viewer(k)) + "/" + log.items().id(log.item(k)) + "/" + log.value(k);
		}
		assertArrayEquals(expectedTimes, actualTimes);
		assertArrayEquals(expectedEvents, actualEvents);
	}

	/** Picks each time from a pool, so that many rows share a time (ties, and duplicates among them). */
	private static LongSupplier pool(SplittableRandom random, int size, LongSupplier draw) {
		long[] pool = new long[size];
		for (int i = 0; i < size; i++) {
			pool[i] = draw.getAsLong();
		}
		return () -> pool[random.nextInt(size)];
	}

	@Test
	void denseSecondsAreCountedStably() {
		SplittableRandom random = new SplittableRandom(1);
		// 80,000 events over 20,000 seconds: the counting sort, about four events a second, over two chunks
		agreesWithReference(80_000, () -> 1_767_225_600L + random.nextInt(20_000), random);
	}

	@Test
	void sparseSecondsAreRadixSortedStably() {
		SplittableRandom random = new SplittableRandom(2);
		// 80,000 events over two billion seconds (all within 2^31 of each other: int offsets), ties from a pool
		agreesWithReference(80_000, pool(random, 30_000, () -> 1_000_000_000L + random.nextLong(2_000_000_000L)),
				random);
	}

	@Test
	void timesFarFromTheFirstWidenTheColumnAndSortTheSame() {
		SplittableRandom random = new SplittableRandom(3);
		// within 2^32 seconds of each other, but more than 2^31 from the first: the builder widens to long times
		long[] first = { 0 };
		agreesWithReference(80_000, () -> first[0]++ == 0 ? 0 : 4_000_000_000L - random.nextLong(1_000_000L),
				random);
		// and a span beyond 2^32 seconds: the log keeps epoch seconds, sorted by their ranks
		agreesWithReference(80_000, pool(random, 40_000, () -> random.nextLong(-(1L << 40), 1L << 40)), random);
	}

	@Test
	void extremeAndOrderedTimes() {
		SplittableRandom random = new SplittableRandom(4);
		long[] extremes = { Long.MAX_VALUE, Long.MIN_VALUE, 0, -1, Long.MAX_VALUE, Integer.MAX_VALUE,
				Integer.MIN_VALUE, Long.MIN_VALUE + 1 };
		int[] at = { 0 };
		agreesWithReference(extremes.length * 50, () -> extremes[at[0]++ % extremes.length], random);
		// rows already in time order (with ties) take the shortcut; the result must be the same
		long[] next = { 100 };
		agreesWithReference(80_000, () -> next[0] += random.nextInt(2), random);
	}

	/** Ids from an alphabet of one- to four-byte characters and NUL, with long shared prefixes. */
	private static String randomId(SplittableRandom random) {
		String[] alphabet = { "a", "b", "\0", "é", "\uFF5E", "\uD83D\uDE00", "prefix-8", "Z" };
		StringBuilder sb = new StringBuilder();
		for (int k = random.nextInt(1, 6); k > 0; k--) {
			sb.append(alphabet[random.nextInt(alphabet.length)]);
		}
		return sb.toString();
	}

	@Test
	void idsAreOrderedByTheirUtf8BytesEvenWhenPrefixesAreShared() {
		SplittableRandom random = new SplittableRandom(5);
		EventLogBuilder b = EventLogBuilder.canonical();
		Set<String> ids = new HashSet<>();
		for (int k = 0; k < 4_000; k++) {
			String viewer = randomId(random), item = randomId(random);
			ids.add(viewer);
			b.add(viewer, null, item, EventType.CLICK, k, 1f);
		}
		EventLog log = b.build();
		String[] expected = ids.toArray(String[]::new);
		// UTF-8 byte order, which differs from String order: U+FF5E sorts before the emoji's surrogates there
		Arrays.sort(expected, (x, y) -> Arrays.compareUnsigned(x.getBytes(StandardCharsets.UTF_8),
				y.getBytes(StandardCharsets.UTF_8)));
		assertArrayEquals(expected, log.viewers().toArray());
		assertTrue(Arrays.asList(expected).indexOf("\uFF5E") < Arrays.asList(expected).indexOf("\uD83D\uDE00"));
		for (int r = 0; r < log.size(); r++) {
			assertTrue(ids.contains(log.viewers().id(log.viewer(r))));
		}
	}

	@Test
	void orderKeysWithSharedPrefixesOrderTheViewers() {
		SplittableRandom random = new SplittableRandom(6);
		EventLogBuilder b = EventLogBuilder.canonical();
		List<String> keys = new ArrayList<>(new HashSet<>(random.ints(3_000, 0, 1_000_000)
				.mapToObj(i -> "raw-viewer-" + i).toList()));
		for (int k = 0; k < keys.size(); k++) {
			b.add(b.viewer("pseudonym-" + k, keys.get(k)), -1, -1, EventType.JOIN, k, Float.NaN);
		}
		b.build();
		String[] sorted = keys.toArray(String[]::new);
		Arrays.sort(sorted); // ASCII: String order is UTF-8 byte order
		for (int k = 0; k < keys.size(); k++) {
			assertEquals(Arrays.binarySearch(sorted, keys.get(k)), b.viewerInLog(k), keys.get(k));
		}
	}
}
