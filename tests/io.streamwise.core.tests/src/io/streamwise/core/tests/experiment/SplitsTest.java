package io.streamwise.core.tests.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.experiment.Splits;
import io.streamwise.core.experiment.Splits.Split;

class SplitsTest {

	private static long[] shuffledTimes(int n, long seed) {
		SplittableRandom r = new SplittableRandom(seed);
		return r.longs(n, 0, n / 3).toArray(); // many ties
	}

	@Test
	void temporalSplitNeverTrainsOnTheFuture() {
		long[] times = shuffledTimes(5000, 3);
		Split s = Splits.split(times, new ProtocolSpec(ProtocolKind.TEMPORAL, 0.8, 1, Map.of()), 1).get(0);
		long lastTrain = Arrays.stream(s.train()).mapToLong(i -> times[i]).max().orElseThrow();
		long firstTest = Arrays.stream(s.test()).mapToLong(i -> times[i]).min().orElseThrow();
		assertTrue(lastTrain < firstTest, lastTrain + " must precede " + firstTest);
		assertEquals(times.length, s.train().length + s.test().length);
		double share = s.train().length / (double) times.length;
		assertTrue(share > 0.75 && share <= 0.8, "train share " + share);
	}

	@Test
	void randomSplitIsAPartitionDeterminedBySeed() {
		long[] times = new long[1000];
		ProtocolSpec p = new ProtocolSpec(ProtocolKind.RANDOM, 0.7, 3, Map.of());
		List<Split> a = Splits.split(times, p, 42);
		List<Split> b = Splits.split(times, p, 42);
		List<Split> c = Splits.split(times, p, 43);
		assertEquals(3, a.size());
		for (int f = 0; f < 3; f++) {
			assertArrayEquals(a.get(f).train(), b.get(f).train());
			assertEquals(700, a.get(f).train().length);
			int[] all = IntStream.concat(Arrays.stream(a.get(f).train()), Arrays.stream(a.get(f).test())).sorted()
					.toArray();
			assertArrayEquals(IntStream.range(0, 1000).toArray(), all);
		}
		assertNotEquals(Arrays.toString(a.get(0).train()), Arrays.toString(a.get(1).train()), "folds differ");
		assertNotEquals(Arrays.toString(a.get(0).train()), Arrays.toString(c.get(0).train()), "seeds differ");
	}

	@Test
	void clearErrorsForImpossibleSplits() {
		assertThrows(IllegalArgumentException.class,
				() -> Splits.split(new long[10], new ProtocolSpec(ProtocolKind.TEMPORAL, 0.8, 2, Map.of()), 1));
		// every unit at one instant: nothing lies strictly before the cut
		assertThrows(IllegalArgumentException.class,
				() -> Splits.split(new long[10], new ProtocolSpec(ProtocolKind.TEMPORAL, 0.8, 1, Map.of()), 1));
		assertThrows(IllegalArgumentException.class,
				() -> Splits.split(new long[1], new ProtocolSpec(ProtocolKind.RANDOM, 0.8, 1, Map.of()), 1));
		assertThrows(IllegalArgumentException.class, () -> new ProtocolSpec(ProtocolKind.RANDOM, 1.0, 1, Map.of()));
	}
}
