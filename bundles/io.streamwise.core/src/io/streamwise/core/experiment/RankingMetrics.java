package io.streamwise.core.experiment;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;

/**
 * Ranking metrics of one list for one viewer with binary relevance, and of all lists of a fold (coverage, Gini). The exact definitions are in docs/metrics.md;
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

	/**
	 * The ranking AUC of one viewer: the probability that a relevant candidate scores above a non-relevant one, ties
	 * counting one half. NaN when the candidates hold no relevant or no non-relevant item.
	 *
	 * @param scores     the recommender's scores of every item
	 * @param candidates the candidate item indices
	 */
	public static double rankAuc(float[] scores, int[] candidates, IntPredicate relevant) {
		double[] p = new double[candidates.length];
		boolean[] y = new boolean[candidates.length];
		for (int c = 0; c < candidates.length; c++) {
			p[c] = scores[candidates[c]];
			y[c] = relevant.test(candidates[c]);
		}
		return ConversionMetrics.auc(p, y);
	}

	/**
	 * Mean self-information of the first k items, −log2 of each item's popularity share (c + 1) / (U + 1), where c
	 * counts the training viewers with an event on the item and U all training viewers; 0 for an empty list.
	 */
	public static double novelty(int[] ranked, int k, int[] viewersPerItem, int trainViewers) {
		int n = Math.min(k, ranked.length);
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum -= log2((viewersPerItem[ranked[i]] + 1.0) / (trainViewers + 1.0));
		}
		return n == 0 ? 0 : sum / n;
	}

	/** Mean number of training viewers with an event on each of the first k items; 0 for an empty list. */
	public static double averagePopularity(int[] ranked, int k, int[] viewersPerItem) {
		int n = Math.min(k, ranked.length);
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += viewersPerItem[ranked[i]];
		}
		return n == 0 ? 0 : sum / n;
	}

	/**
	 * Intra-list diversity: the mean over pairs of the first k items of 1 − Jaccard similarity of their feature sets;
	 * two empty sets count as identical. 0 for lists of fewer than two items.
	 */
	public static double intraListDiversity(int[] ranked, int k, List<Set<String>> features) {
		int n = Math.min(k, ranked.length);
		if (n < 2) {
			return 0;
		}
		double sum = 0;
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				sum += 1 - jaccard(features.get(ranked[i]), features.get(ranked[j]));
			}
		}
		return sum / (n * (n - 1) / 2.0);
	}

	static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 1;
		}
		int common = 0;
		for (String x : a) {
			common += b.contains(x) ? 1 : 0;
		}
		return common / (double) (a.size() + b.size() - common);
	}

	/**
	 * The sum, over the first k items that are relevant, of an amount per item: the catalog price (revenue@K) or what
	 * the viewer paid in test (gmv@K). NaN amounts count as 0.
	 */
	public static double amountOfHits(int[] ranked, int k, IntPredicate relevant, IntToDoubleFunction amount) {
		int n = Math.min(k, ranked.length);
		double sum = 0;
		for (int i = 0; i < n; i++) {
			if (relevant.test(ranked[i])) {
				double a = amount.applyAsDouble(ranked[i]);
				sum += Double.isNaN(a) ? 0 : a;
			}
		}
		return sum;
	}

	/** Share of the catalog's items that appear in the first k places of any list. */
	public static double coverage(List<int[]> lists, int k, int items) {
		BitSet shown = new BitSet(items);
		for (int[] list : lists) {
			for (int i = 0; i < Math.min(k, list.length); i++) {
				shown.set(list[i]);
			}
		}
		return items == 0 ? Double.NaN : shown.cardinality() / (double) items;
	}

	/**
	 * Gini index of the items' exposure: with x_1 ≤ ... ≤ x_n the number of lists whose first k places hold each
	 * catalog item (n items, zeros included), G = Σ (2i − n − 1) x_i / (n Σ x_i); 0 when every item is shown equally
	 * often, (n − 1) / n when one item takes every place. NaN when nothing was shown.
	 */
	public static double gini(List<int[]> lists, int k, int items) {
		long[] exposure = new long[items];
		long total = 0;
		for (int[] list : lists) {
			for (int i = 0; i < Math.min(k, list.length); i++) {
				exposure[list[i]]++;
				total++;
			}
		}
		if (total == 0) {
			return Double.NaN;
		}
		Arrays.sort(exposure);
		double sum = 0;
		for (int i = 0; i < items; i++) {
			sum += (2.0 * (i + 1) - items - 1) * exposure[i];
		}
		return sum / ((double) items * total);
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
