package io.streamwise.recommenders.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.streamwise.api.data.Dataset;
import io.streamwise.api.feedback.EventWeights;
import io.streamwise.api.feedback.InteractionMatrix;
import io.streamwise.api.feedback.Weighting;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.recommenders.internal.NearestNeighbours;
import io.streamwise.recommenders.internal.SparseMatrix;

/**
 * Counting each pair once into dense accumulators and counting row by row give the same neighbours and the same float
 * similarities, bit for bit, on one thread and on two, for rows of items and rows of viewers.
 */
class NearestNeighboursTest {

	/** Weights that are not powers of two, so that every dot product rounds. */
	private static final String WEIGHTED = "purchase:2.9,cart:1.3,click:0.7,watch:0.45";
	/** Every value 1: the pair counting keeps no count array then. */
	private static final String UNIT = "purchase,cart,click,watch";

	@Test
	void pairCountingMatchesRowByRowCountingWithWeights() {
		assertPairCountingMatchesRowByRowCounting(WEIGHTED);
	}

	@Test
	void pairCountingMatchesRowByRowCountingWithUnitValues() {
		assertPairCountingMatchesRowByRowCounting(UNIT);
	}

	private static void assertPairCountingMatchesRowByRowCounting(String events) {
		Dataset data = Fixtures.random(23, 700, 400, 25_000);
		InteractionMatrix m = InteractionMatrix.of(data.log(), EventWeights.parse(events), Weighting.BINARY,
				ProgressMonitor.NULL);
		SparseMatrix byItem = SparseMatrix.byItem(m), byViewer = SparseMatrix.byViewer(m);
		for (double alpha : new double[] { 0.5, 0.2 }) {
			for (int k : new int[] { 7, 1000 }) {
				SparseMatrix items = NearestNeighbours.topK(byItem, byViewer, alpha, 4, k, 1, ProgressMonitor.NULL,
						"items", false);
				SparseMatrix viewers = NearestNeighbours.topK(byViewer, byItem, alpha, 0, k, 1,
						ProgressMonitor.NULL, "viewers", false);
				assertTrue(items.entries() > items.rows(), "the fixture must give neighbours");
				for (boolean symmetric : new boolean[] { true, false }) {
					for (int threads : new int[] { 1, 2 }) {
						String what = "alpha " + alpha + ", k " + k + ", symmetric " + symmetric + ", threads "
								+ threads;
						assertSame(items, NearestNeighbours.topK(byItem, byViewer, alpha, 4, k, threads,
								ProgressMonitor.NULL, "items", symmetric), "items, " + what);
						assertSame(viewers, NearestNeighbours.topK(byViewer, byItem, alpha, 0, k, threads,
								ProgressMonitor.NULL, "viewers", symmetric), "viewers, " + what);
					}
				}
			}
		}
	}

	/**
	 * A search big enough to run on several threads (above {@link NearestNeighbours#MIN_PARALLEL_WORK}) through the
	 * method the recommenders call, for 3,000 rows of viewers (counted row by row) and 500 rows of items (counted
	 * pair by pair): the same neighbours and similarities, bit for bit, on 1, 2, 3 and all threads.
	 */
	@Test
	void aSearchWorthSeveralThreadsGivesTheSameResultOnAnyNumberOfThem() {
		Dataset data = Fixtures.random(41, 3000, 500, 400_000);
		InteractionMatrix m = InteractionMatrix.of(data.log(), EventWeights.parse(WEIGHTED), Weighting.BINARY,
				ProgressMonitor.NULL);
		SparseMatrix byItem = SparseMatrix.byItem(m), byViewer = SparseMatrix.byViewer(m);
		long itemWork = 0, viewerWork = 0;
		for (int v = 0; v < byViewer.rows(); v++) {
			itemWork += (long) byViewer.rowLength(v) * byViewer.rowLength(v);
		}
		for (int i = 0; i < byItem.rows(); i++) {
			viewerWork += (long) byItem.rowLength(i) * byItem.rowLength(i);
		}
		assertTrue(itemWork > NearestNeighbours.MIN_PARALLEL_WORK && viewerWork > NearestNeighbours.MIN_PARALLEL_WORK,
				"the fixture must be worth two threads: " + itemWork + ", " + viewerWork);
		assertTrue(
				byItem.rows() <= NearestNeighbours.DENSE_MAX_ROWS && byViewer.rows() > NearestNeighbours.DENSE_MAX_ROWS,
				"both ways of counting");
		SparseMatrix items = NearestNeighbours.topK(byItem, byViewer, 0.5, 10, 50, 1, ProgressMonitor.NULL, "items");
		SparseMatrix viewers = NearestNeighbours.topK(byViewer, byItem, 0.5, 10, 50, 1, ProgressMonitor.NULL,
				"viewers");
		assertTrue(items.entries() > 20 * items.rows() && viewers.entries() > 20 * viewers.rows(),
				"the fixture must give neighbours");
		for (int threads : new int[] { 2, 3, 0 }) {
			assertSame(items, NearestNeighbours.topK(byItem, byViewer, 0.5, 10, 50, threads, ProgressMonitor.NULL,
					"items"), "items, threads " + threads);
			assertSame(viewers, NearestNeighbours.topK(byViewer, byItem, 0.5, 10, 50, threads, ProgressMonitor.NULL,
					"viewers"), "viewers, threads " + threads);
		}
	}

	private static void assertSame(SparseMatrix expected, SparseMatrix actual, String what) {
		assertEquals(expected.rows(), actual.rows(), what);
		assertArrayEquals(expected.start(), actual.start(), what);
		assertArrayEquals(expected.index(), actual.index(), what);
		assertArrayEquals(expected.value(), actual.value(), what); // bit for bit
	}
}
