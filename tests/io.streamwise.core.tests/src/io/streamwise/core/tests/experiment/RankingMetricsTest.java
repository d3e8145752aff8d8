package io.streamwise.core.tests.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.core.experiment.Metric;
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

	@Test
	void rankAucCountsTiesAsHalf() {
		// candidates 0..3 (item 4 is not one); relevant {1, 3}; pairs (1,0) lost, (1,2) tie ½, (3,0) and (3,2) lost
		float[] scores = { 0.9f, 0.5f, 0.5f, 0.1f, 0.7f };
		assertEquals(0.5 / 4, RankingMetrics.rankAuc(scores, new int[] { 0, 1, 2, 3 }, Set.of(1, 3)::contains), 1e-12);
		assertEquals(Double.NaN, RankingMetrics.rankAuc(scores, new int[] { 1, 3 }, Set.of(1, 3)::contains));
	}

	@Test
	void popularityNoveltyAndDiversity() {
		int[] viewersPerItem = { 3, 0, 1 };
		// U = 3: share of item 0 = 4/4 -> 0 bits, item 1 = 1/4 -> 2 bits; mean 1
		assertEquals(1.0, RankingMetrics.novelty(new int[] { 0, 1 }, 2, viewersPerItem, 3), 1e-12);
		assertEquals(0.0, RankingMetrics.novelty(new int[] { 0, 1 }, 1, viewersPerItem, 3), 1e-12);
		assertEquals(1.5, RankingMetrics.averagePopularity(new int[] { 0, 1 }, 5, viewersPerItem), 1e-12);
		assertEquals(0.0, RankingMetrics.averagePopularity(new int[0], 5, viewersPerItem), 1e-12);
		List<Set<String>> f = List.of(Set.of("category:a", "tag:x"), Set.of("category:a", "tag:y"), Set.of());
		// J(0,1) = 1/3 -> 2/3; J(0,2) = J(1,2) = 0 -> 1; mean (2/3 + 1 + 1) / 3 = 8/9
		assertEquals(8 / 9.0, RankingMetrics.intraListDiversity(new int[] { 0, 1, 2 }, 3, f), 1e-12);
		assertEquals(2 / 3.0, RankingMetrics.intraListDiversity(new int[] { 0, 1, 2 }, 2, f), 1e-12);
		assertEquals(0.0, RankingMetrics.intraListDiversity(new int[] { 0 }, 3, f), 1e-12);
	}

	@Test
	void revenueAndGmvSumTheAmountsOfHits() {
		// hits 7 (rank 2) and 3 (rank 5); price = 10 · item
		assertEquals(100.0, RankingMetrics.amountOfHits(LIST, 5, REL, i -> 10.0 * i), 1e-12);
		assertEquals(70.0, RankingMetrics.amountOfHits(LIST, 3, REL, i -> 10.0 * i), 1e-12);
		assertEquals(70.0, RankingMetrics.amountOfHits(LIST, 5, REL, i -> i == 3 ? Double.NaN : 10.0 * i), 1e-12);
	}

	@Test
	void coverageAndGiniOverAllLists() {
		List<int[]> lists = List.of(new int[] { 0, 1 }, new int[] { 1, 2 });
		assertEquals(3 / 5.0, RankingMetrics.coverage(lists, 2, 5), 1e-12);
		assertEquals(2 / 5.0, RankingMetrics.coverage(lists, 1, 5), 1e-12);
		// exposure over 4 items sorted [0, 1, 1, 2]: (-3·0 - 1·1 + 1·1 + 3·2) / (4 · 4) = 0.375
		assertEquals(0.375, RankingMetrics.gini(lists, 2, 4), 1e-12);
		assertEquals(0.0, RankingMetrics.gini(List.of(new int[] { 0 }, new int[] { 1 }), 1, 2), 1e-12);
		assertEquals(0.5, RankingMetrics.gini(List.of(new int[] { 0 }, new int[] { 0 }), 1, 2), 1e-12);
	}

	@Test
	void metricNamesParse() {
		assertEquals("rankauc", Metric.parse("RankAUC").toString());
		assertEquals(AlgorithmKind.RECOMMENDER, Metric.parse("rankauc").kind());
		assertEquals(AlgorithmKind.CONVERSION, Metric.parse("auc").kind());
		assertTrue(Metric.parse("coverage@20").aggregate());
		assertFalse(Metric.parse("gini@10").higherIsBetter());
		assertThrows(IllegalArgumentException.class, () -> Metric.parse("rankauc@10"));
		assertThrows(IllegalArgumentException.class, () -> Metric.parse("gmv"));
		assertThrows(IllegalArgumentException.class, () -> Metric.parse("serendipity@10"));
	}
}
