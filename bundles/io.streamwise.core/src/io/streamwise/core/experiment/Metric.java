package io.streamwise.core.experiment;

import java.util.Locale;

import io.streamwise.api.algorithm.AlgorithmKind;

/**
 * A metric name as written in experiment files: a ranking metric with a list length ({@code ndcg@10}) or a
 * conversion metric ({@code auc}). Definitions: docs/metrics.md.
 *
 * @param kind which algorithms it applies to
 * @param name the metric without the cut-off, lower case
 * @param k    the list length for ranking metrics, 0 otherwise
 */
public record Metric(AlgorithmKind kind, String name, int k) {

	public static final java.util.List<String> RANKING = java.util.List.of("precision", "recall", "ndcg", "map", "mrr",
			"hit");
	public static final java.util.List<String> CONVERSION = java.util.List.of("auc", "logloss", "brier", "accuracy");

	public static Metric parse(String text) {
		String t = text.trim().toLowerCase(Locale.ROOT);
		int at = t.indexOf('@');
		if (at >= 0) {
			String name = t.substring(0, at);
			if (name.equals("hitrate")) {
				name = "hit";
			}
			if (!RANKING.contains(name)) {
				throw new IllegalArgumentException("unknown ranking metric '" + text + "'; known: " + RANKING + " with @K");
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
		if (CONVERSION.contains(t)) {
			return new Metric(AlgorithmKind.CONVERSION, t, 0);
		}
		if (RANKING.contains(t)) {
			throw new IllegalArgumentException("ranking metric '" + text + "' needs a list length, e.g. " + t + "@10");
		}
		throw new IllegalArgumentException("unknown metric '" + text + "'; ranking: " + RANKING
				+ " (with @K), conversion: " + CONVERSION);
	}

	/** Whether larger values are better (false for log loss and Brier score). */
	public boolean higherIsBetter() {
		return !name.equals("logloss") && !name.equals("brier");
	}

	@Override
	public String toString() {
		return k > 0 ? name + "@" + k : name;
	}
}
