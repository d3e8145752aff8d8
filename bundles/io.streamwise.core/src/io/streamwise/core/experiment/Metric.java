package io.streamwise.core.experiment;

import java.util.List;
import java.util.Locale;

import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.core.results.MetricVocabulary;

/**
 * A metric name as written in experiment files: a ranking metric with a list length ({@code ndcg@10}), the ranking
 * AUC ({@code rankauc}, over all candidates, so without a list length) or a conversion metric ({@code auc}).
 * Definitions: docs/metrics.md.
 *
 * @param kind which algorithms it applies to
 * @param name the metric without the cut-off, lower case
 * @param k    the list length for ranking metrics, 0 for {@code rankauc} and conversion metrics
 */
public record Metric(AlgorithmKind kind, String name, int k) {

	/** Ranking metrics with a value per evaluated viewer (or session). */
	public static final List<String> RANKING = List.of("precision", "recall", "ndcg", "map", "mrr", "hit", "novelty",
			"avgpop", "ild", "revenue", "gmv");
	/** Ranking metrics of all lists of a fold together: one value per fold, no per-viewer decomposition. */
	public static final List<String> AGGREGATE = List.of("coverage", "gini");
	/** The ranking AUC: named apart from the conversion {@code auc}, which ranks sessions rather than items. */
	public static final String RANK_AUC = "rankauc";
	public static final List<String> CONVERSION = List.of("auc", "logloss", "brier", "accuracy");

	public static Metric parse(String text) {
		String t = text.trim().toLowerCase(Locale.ROOT);
		int at = t.indexOf('@');
		if (at >= 0) {
			String name = t.substring(0, at);
			if (name.equals("hitrate")) {
				name = "hit";
			}
			if (name.equals(RANK_AUC)) {
				throw new IllegalArgumentException(
						"metric '" + text + "': rankauc ranks all candidates and takes no @K");
			}
			if (!RANKING.contains(name) && !AGGREGATE.contains(name)) {
				throw new IllegalArgumentException("unknown ranking metric '" + text + "'; known: " + RANKING + " and "
						+ AGGREGATE + " with @K, and " + RANK_AUC);
			}
			int k;
			try {
				k = Integer.parseInt(t.substring(at + 1));
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("metric '" + text + "': the list length after @ must be a number");
			}
			if (k < 1) {
				throw new IllegalArgumentException("metric '" + text + "': the list length must be at least 1");
			}
			return new Metric(AlgorithmKind.RECOMMENDER, name, k);
		}
		if (t.equals(RANK_AUC)) {
			return new Metric(AlgorithmKind.RECOMMENDER, RANK_AUC, 0);
		}
		if (CONVERSION.contains(t)) {
			return new Metric(AlgorithmKind.CONVERSION, t, 0);
		}
		if (RANKING.contains(t) || AGGREGATE.contains(t)) {
			throw new IllegalArgumentException("ranking metric '" + text + "' needs a list length, e.g. " + t + "@10");
		}
		throw new IllegalArgumentException("unknown metric '" + text + "'; ranking: " + RANKING + " and " + AGGREGATE
				+ " (with @K) and " + RANK_AUC + ", conversion: " + CONVERSION);
	}

	/** The smallest value the metric can take, as the metric vocabulary says (0 for every metric here). */
	public double lowerBound() {
		return MetricVocabulary.of(toString()).lowerBound();
	}

	/**
	 * The largest value the metric can take, as the metric vocabulary says: 1 for shares, rates and AUCs; unbounded
	 * for novelty, money and log loss.
	 */
	public double upperBound() {
		return MetricVocabulary.of(toString()).upperBound();
	}

	/**
	 * Whether larger values are better (false for log loss, Brier score, Gini index and average popularity), as the
	 * metric vocabulary says.
	 */
	public boolean higherIsBetter() {
		return MetricVocabulary.directionOf(toString()) == MetricVocabulary.Direction.HIGHER;
	}

	/** Whether the metric is one value per fold with no per-unit values (coverage, Gini, the conversion AUC). */
	public boolean aggregate() {
		return AGGREGATE.contains(name) || name.equals("auc");
	}

	@Override
	public String toString() {
		return k > 0 ? name + "@" + k : name;
	}
}
