package io.streamwise.core.tests.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.experiment.Splits;
import io.streamwise.core.experiment.Splits.Split;

/** k-fold over feature rows (conversion models): the folds' test parts partition the rows, drawn by the seed. */
class ConversionKFoldTest {

	private static List<Split> folds(int n, int k, long seed) {
		return Splits.split(new long[n], new ProtocolSpec(ProtocolKind.KFOLD, 0.8, k, Map.of()), seed);
	}

	@Test
	void testPartsPartitionTheRowsAndTrainingIsTheRest() {
		List<Split> folds = folds(103, 4, 9);
		assertEquals(4, folds.size());
		int[] seen = new int[103];
		for (Split f : folds) {
			assertTrue(f.test().length == 25 || f.test().length == 26, "fold size " + f.test().length);
			assertEquals(103, f.train().length + f.test().length);
			for (int r : f.test()) {
				seen[r]++;
				assertTrue(Arrays.binarySearch(f.train(), r) < 0, "row " + r + " in training and test");
			}
			int[] sortedTrain = f.train().clone();
			Arrays.sort(sortedTrain);
			assertArrayEquals(sortedTrain, f.train(), "parts keep row order");
		}
		for (int r = 0; r < seen.length; r++) {
			assertEquals(1, seen[r], "row " + r + " tested " + seen[r] + " times");
		}
	}

	@Test
	void theSeedDecidesTheFolds() {
		assertArrayEquals(folds(50, 5, 1).get(2).test(), folds(50, 5, 1).get(2).test());
		assertFalse(Arrays.equals(folds(50, 5, 1).get(2).test(), folds(50, 5, 2).get(2).test()));
		// not the rows in order: a shuffle, not blocks
		assertFalse(Arrays.equals(new int[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, folds(50, 5, 1).get(0).test()));
	}

	@Test
	void tooFewFoldsOrRowsAreErrors() {
		IllegalArgumentException one = assertThrows(IllegalArgumentException.class, () -> folds(10, 1, 1));
		assertTrue(one.getMessage().contains("at least 2 folds"), one.getMessage());
		IllegalArgumentException few = assertThrows(IllegalArgumentException.class, () -> folds(3, 5, 1));
		assertTrue(few.getMessage().contains("only 3 unit(s)"), few.getMessage());
	}
}
