package io.streamwise.core.tests.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;

import io.streamwise.core.experiment.RankingMetrics;

/**
 * Hand-computed fixture: list [4, 7, 1, 9, 3], relevant {7, 3, 8} (3 relevant, 8 never ranked). Hits at ranks 2 and 5.
 */
class RankingMetricsTest {

	private static final int[] LIST = { 4, 7, 1, 9, 3 };
	private static final IntPredicate REL = Set.of(7, 3, 8)::contains;
	private static final double LOG2_3 = Math.log(3) / Math.log(2);
	private static final double LOG2_6 = Math.log(6) / Math.log(2);

	private static double v(String metric, int k) {
		return RankingMetrics.value(metric, LIST, k, REL, 3);
	}

	@Test
	void precisionAndRecall() {
		assertEquals(2 / 5.0, v("precision", 5), 1e-12);
		assertEquals(1 / 3.0, v("precision", 3), 1e-12); // one hit in the top 3
		assertEquals(2 / 10.0, v("precision", 10), 1e-12); // precision divides by K even past the list's end
		assertEquals(2 / 3.0, v("recall", 5), 1e-12);
		assertEquals(0.0, v("recall", 1), 1e-12);
	}

	@Test
	void ndcgUsesIdealOverMinOfRelevantAndK() {
		// DCG@5 = 1/log2(3) + 1/log2(6); IDCG@5 over min(3,5)=3 = 1 + 1/log2(3) + 1/2
		double expected = (1 / LOG2_3 + 1 / LOG2_6) / (1 + 1 / LOG2_3 + 0.5);
		assertEquals(expected, v("ndcg", 5), 1e-12);
		// NDCG@2: DCG = 1/log2(3); IDCG over min(3,2)=2 = 1 + 1/log2(3)
		assertEquals((1 / LOG2_3) / (1 + 1 / LOG2_3), v("ndcg", 2), 1e-12);
		assertEquals(0.0, v("ndcg", 1), 1e-12);
	}

	@Test
	void mapMrrAndHit() {
		// AP@5 = (P@2 + P@5) / min(3,5) = (1/2 + 2/5) / 3
		assertEquals((0.5 + 0.4) / 3, v("map", 5), 1e-12);
		assertEquals(0.5, v("mrr", 5), 1e-12);
		assertEquals(0.0, v("mrr", 1), 1e-12);
		assertEquals(1.0, v("hit", 2), 1e-12);
		assertEquals(0.0, v("hit", 1), 1e-12);
	}

	@Test
	void perfectListScoresOne() {
		int[] perfect = { 7, 3, 8, 1 };
		for (String m : new String[] { "ndcg", "map", "recall", "hit", "mrr" }) {
			assertEquals(1.0, RankingMetrics.value(m, perfect, 3, REL, 3), 1e-12, m);
		}
	}

	@Test
	void rejectsViewerWithoutRelevantItemsAndUnknownMetric() {
		assertThrows(IllegalArgumentException.class, () -> RankingMetrics.value("ndcg", LIST, 5, REL, 0));
		assertThrows(IllegalArgumentException.class, () -> RankingMetrics.value("dcg", LIST, 5, REL, 3));
	}
}
