package io.streamwise.core.significance;

/**
 * One row of a significance report, flat so that it fits both results.json and significance.csv.
 *
 * @param test       {@code paired-t}, {@code wilcoxon}, {@code friedman}, {@code friedman-rank} (one row per
 *                   algorithm, statistic = mean rank) or {@code friedman-posthoc}
 * @param metric     the metric compared
 * @param a          first algorithm label (empty for {@code friedman})
 * @param b          second algorithm label (empty for {@code friedman} and {@code friedman-rank})
 * @param n          pairs (paired tests) or blocks (Friedman)
 * @param difference mean of a - b over the pairs (paired tests), mean rank of a - mean rank of b (post-hoc), NaN
 *                   otherwise
 * @param statistic  t, W+, χ², mean rank or z
 * @param p          two-sided p-value (NaN for {@code friedman-rank})
 * @param pHolm      Holm-adjusted over the pairs of algorithms of this metric and test (NaN where it does not apply)
 * @param effectName {@code cohen-d}, {@code rank-biserial}, or {@code nemenyi-cd}, empty otherwise
 * @param effect     the effect size or the Nemenyi critical difference at α = 0.05
 */
public record TestResult(String test, String metric, String a, String b, int n, double difference, double statistic,
		double p,
		double pHolm, String effectName, double effect) {
}
