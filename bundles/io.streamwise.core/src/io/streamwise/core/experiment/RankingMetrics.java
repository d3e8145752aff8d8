package io.streamwise.core.experiment;

import java.util.function.IntPredicate;

/**
 * Ranking metrics of one list for one viewer with binary relevance. The exact definitions are in docs/metrics.md;
 * each is a pure function so that it can be checked against hand-computed fixtures.
 */
public final class RankingMetrics {

	private RankingMetrics() {
	}

	/**
	 * The value of a metric for a ranked list.
	 *
	 * @param metric    name without cut-off: precision, recall, ndcg, map, mrr, hit
	 * @param ranked    item indices, best first; only the first k are read
	 * @param k         the cut-off
	 * @param relevant  whether an item is relevant
	 * @param nRelevant how many items are relevant (at least 1)
	 */
	public static double value(String metric, int[] ranked, int k, IntPredicate relevant, int nRelevant) {
		if (nRelevant < 1) {
			throw new IllegalArgumentException("a viewer without relevant items cannot be evaluated");
		}
		int n = Math.min(k, ranked.length);
		return switch (metric) {
		case "precision" -> hits(ranked, n, relevant) / (double) k;
		case "recall" -> hits(ranked, n, relevant) / (double) nRelevant;
		case "hit" -> hits(ranked, n, relevant) > 0 ? 1 : 0;
		case "mrr" -> {
			for (int i = 0; i < n; i++) {
				if (relevant.test(ranked[i])) {
					yield 1.0 / (i + 1);
				}
			}
			yield 0;
		}
		case "ndcg" -> {
			double dcg = 0;
			for (int i = 0; i < n; i++) {
				if (relevant.test(ranked[i])) {
					dcg += 1 / log2(i + 2);
				}
			}
			double idcg = 0;
			for (int i = 0; i < Math.min(nRelevant, k); i++) {
				idcg += 1 / log2(i + 2);
			}
			yield dcg / idcg;
		}
		case "map" -> {
			double sum = 0;
			int hits = 0;
			for (int i = 0; i < n; i++) {
				if (relevant.test(ranked[i])) {
					hits++;
					sum += hits / (double) (i + 1);
				}
			}
			yield sum / Math.min(nRelevant, k);
		}
		default -> throw new IllegalArgumentException("unknown ranking metric " + metric);
		};
	}

	private static int hits(int[] ranked, int n, IntPredicate relevant) {
		int h = 0;
		for (int i = 0; i < n; i++) {
			if (relevant.test(ranked[i])) {
				h++;
			}
		}
		return h;
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}
}
