package io.streamwise.core.tests.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.streamwise.api.data.Availability;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.experiment.LoadedDataset;
import io.streamwise.core.experiment.Splits;
import io.streamwise.core.experiment.Splits.Split;

/** Leakage and partition properties of the protocols on small simulated data, and exact hold-outs on a tiny log. */
class ProtocolsTest {

	static LoadedDataset simulated;

	@BeforeAll
	static void simulate() throws Exception {
		simulated = DatasetLoader.load(new DatasetSpec(DatasetKind.SIMULATOR, null, null, Map.of("preset", "small")),
				Path.of("."), 3, ProgressMonitor.NULL);
	}

	static IntPredicate purchases(EventLog log) {
		return r -> log.item(r) >= 0 && log.type(r) == EventType.PURCHASE;
	}

	static List<Split> split(EventLog log, ProtocolKind kind, int folds, Map<String, String> options,
			Availability availability) {
		return Splits.split(log, new ProtocolSpec(kind, 0.8, folds, options), 11, purchases(log), availability, null);
	}

	static long max(EventLog log, int[] rows) {
		return Arrays.stream(rows).mapToLong(log::timestamp).max().orElse(Long.MIN_VALUE);
	}

	static long min(EventLog log, int[] rows) {
		return Arrays.stream(rows).mapToLong(log::timestamp).min().orElse(Long.MAX_VALUE);
	}

	/**
	 * Viewer a: purchases at 10, 20, 30, 40 (a click on i4 at 35 in the stream of that last purchase) and a watch at 50;
	 * b: one purchase; c: purchase 10, click and purchase 30. Each instant is its own stream, except a's click at 35,
	 * which belongs to the stream of 40.
	 */
	static EventLog tinyLog() {
		EventLogBuilder b = new EventLogBuilder();
		b.add("a", "s10", "i1", EventType.PURCHASE, 10, 1f);
		b.add("c", "s10", "i1", EventType.PURCHASE, 10, 1f);
		b.add("a", "s20", "i2", EventType.PURCHASE, 20, 1f);
		b.add("b", "s25", "i2", EventType.PURCHASE, 25, 1f);
		b.add("a", "s30", "i3", EventType.PURCHASE, 30, 1f);
		b.add("c", "s30", "i4", EventType.CLICK, 30, Float.NaN);
		b.add("c", "s30", "i4", EventType.PURCHASE, 30, 1f);
		b.add("a", "s40", "i4", EventType.CLICK, 35, Float.NaN);
		b.add("a", "s40", "i4", EventType.PURCHASE, 40, 1f);
		b.add("a", "s50", null, EventType.WATCH, 50, Float.NaN);
		return b.build();
	}

	@Test
	void leaveLastOutHoldsOutExactlyTheLastN() {
		EventLog log = tinyLog();
		Split one = split(log, ProtocolKind.LEAVE_LAST_OUT, 1, Map.of(), null).get(0);
		// test: a's purchase at 40 and c's at 30; b has a single purchase and stays in training
		assertEquals(List.of("c@30", "a@40"), describe(log, one.test()));
		// training: a before its session of the purchase at 40 (10, 20, 30: the click at 35 in that session would give
		// i4 away), b's purchase, c before 30 (10); c's click at 30 and a's watch at 50 drop
		assertEquals(List.of("a@10", "c@10", "a@20", "b@25", "a@30"), describe(log, one.train()));

		Split two = split(log, ProtocolKind.LEAVE_LAST_OUT, 1, Map.of("n", "2"), null).get(0);
		assertEquals(List.of("a@30", "a@40"), describe(log, two.test())); // only a has 3 or more purchases
		assertEquals(List.of("a@10", "c@10", "a@20", "b@25", "c@30", "c@30"), describe(log, two.train()));
		assertThrows(IllegalArgumentException.class,
				() -> split(log, ProtocolKind.LEAVE_LAST_OUT, 1, Map.of("n", "9"), null));
		assertThrows(IllegalArgumentException.class,
				() -> split(log, ProtocolKind.LEAVE_LAST_OUT, 1, Map.of("n", "zero"), null));
	}

	static List<String> describe(EventLog log, int[] rows) {
		return Arrays.stream(rows).mapToObj(r -> log.viewers().id(log.viewer(r)) + "@" + log.timestamp(r)).toList();
	}

	@Test
	void leaveLastOutOnSimulatedDataNeverTrainsOnAViewersFuture() {
		EventLog log = simulated.dataset().log();
		Split s = split(log, ProtocolKind.LEAVE_LAST_OUT, 1, Map.of(), null).get(0);
		long[] firstTest = new long[log.viewers().size()];
		Arrays.fill(firstTest, Long.MAX_VALUE);
		int[] held = new int[log.viewers().size()];
		for (int r : s.test()) {
			assertTrue(purchases(log).test(r));
			firstTest[log.viewer(r)] = Math.min(firstTest[log.viewer(r)], log.timestamp(r));
			held[log.viewer(r)]++;
		}
		assertTrue(Arrays.stream(held).allMatch(h -> h <= 1));
		for (int r : s.train()) {
			assertTrue(log.timestamp(r) < firstTest[log.viewer(r)], "a viewer's training event after their test event");
		}
		assertTrue(s.test().length > 10);
	}

	@Test
	void kfoldTestViewersPartitionTheViewersWithPurchases() {
		EventLog log = simulated.dataset().log();
		List<Split> folds = split(log, ProtocolKind.KFOLD, 5, Map.of(), null);
		assertEquals(5, folds.size());
		BitSet seen = new BitSet();
		int total = 0;
		for (Split f : folds) {
			int[] viewers = Splits.testViewers(log, f);
			total += viewers.length;
			for (int v : viewers) {
				assertFalse(seen.get(v), "viewer " + v + " is a test viewer of two folds");
				seen.set(v);
			}
			BitSet test = new BitSet();
			Arrays.stream(viewers).forEach(test::set);
			long[] firstTest = new long[log.viewers().size()];
			Arrays.fill(firstTest, Long.MAX_VALUE);
			Arrays.stream(f.test())
					.forEach(r -> firstTest[log.viewer(r)] = Math.min(firstTest[log.viewer(r)], log.timestamp(r)));
			for (int r : f.train()) {
				assertTrue(log.timestamp(r) < firstTest[log.viewer(r)]);
			}
		}
		BitSet buyers = new BitSet();
		IntStream.range(0, log.size()).filter(purchases(log)).forEach(r -> buyers.set(log.viewer(r)));
		assertEquals(buyers, seen);
		assertEquals(buyers.cardinality(), total);
		// the seed decides the folds
		assertArrayEquals(folds.get(2).test(), split(log, ProtocolKind.KFOLD, 5, Map.of(), null).get(2).test());
		assertThrows(IllegalArgumentException.class, () -> split(log, ProtocolKind.KFOLD, 1, Map.of(), null));
	}

	@Test
	void streamSessionNeverTrainsOnAFutureEvent() {
		EventLog log = simulated.dataset().log();
		Availability a = simulated.availability();
		assertNotNull(a);
		Split s = split(log, ProtocolKind.STREAM_SESSION, 1, Map.of(), a).get(0);
		assertTrue(max(log, s.train()) < min(log, s.test()), "last training event must precede the first test event");
		long firstTestStart = Arrays.stream(s.test()).mapToLong(r -> a.start(log.stream(r))).min().orElseThrow();
		for (int r : s.train()) {
			assertTrue(log.timestamp(r) < firstTestStart);
		}
		assertTrue(s.test().length > 0 && s.train().length > s.test().length);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> split(log, ProtocolKind.STREAM_SESSION, 1, Map.of(), null));
		assertTrue(e.getMessage().contains("showcases"), e.getMessage());
	}

	@Test
	void availabilityMatchesTheSimulatedShowcases() {
		EventLog log = simulated.dataset().log();
		Availability a = simulated.availability();
		assertEquals(log.streams().size(), a.streams());
		// every simulated purchase in a stream is of a showcased item, within the stream's time
		for (int r = 0; r < log.size(); r++) {
			if (log.type(r) == EventType.PURCHASE && log.stream(r) >= 0) {
				assertTrue(a.onSale(log.stream(r), log.item(r)), "purchase of an item not on sale, row " + r);
				assertTrue(log.timestamp(r) >= a.start(log.stream(r)));
			}
		}
	}

	@Test
	void randomSplitCarvesValidationFromTraining() {
		long[] times = new long[1000];
		List<Split> folds = Splits.split(times,
				new ProtocolSpec(ProtocolKind.RANDOM, 0.8, 2, Map.of("validation", "0.1")), 5);
		for (Split f : folds) {
			assertEquals(200, f.test().length);
			assertEquals(80, f.validation().length);
			assertEquals(720, f.train().length);
			int[] all = IntStream.concat(IntStream.concat(Arrays.stream(f.train()), Arrays.stream(f.validation())),
					Arrays.stream(f.test())).sorted().toArray();
			assertArrayEquals(IntStream.range(0, 1000).toArray(), all);
		}
		// the test part is the one without validation: carving does not move test units
		Split plain = Splits.split(times, new ProtocolSpec(ProtocolKind.RANDOM, 0.8, 2, Map.of()), 5).get(1);
		assertArrayEquals(plain.test(), folds.get(1).test());
		assertThrows(IllegalArgumentException.class, () -> Splits.split(times,
				new ProtocolSpec(ProtocolKind.RANDOM, 0.8, 1, Map.of("validation", "1.5")), 5));
	}

	@Test
	void givenSplitIsUsedAsIsAndRequired() {
		EventLog log = tinyLog();
		Split given = new Split(new int[] { 0, 1 }, new int[] { 2 });
		assertSame(given, Splits.split(log, new ProtocolSpec(ProtocolKind.GIVEN, 0.8, 1, Map.of()), 1, purchases(log),
				null, given).get(0));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Splits.split(log,
				new ProtocolSpec(ProtocolKind.GIVEN, 0.8, 1, Map.of()), 1, purchases(log), null, null));
		assertTrue(e.getMessage().contains("TRAIN_TEST"), e.getMessage());
	}
}
