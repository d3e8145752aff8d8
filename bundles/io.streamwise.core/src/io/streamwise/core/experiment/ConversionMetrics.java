package io.streamwise.core.experiment;

import java.util.Arrays;

/** Metrics of probability predictions against binary outcomes. Definitions: docs/metrics.md. */
public final class ConversionMetrics {

	/** Log loss clips probabilities to [EPS, 1-EPS] so that one confident mistake gives a large, finite loss. */
	public static final double EPS = 1e-15;

	private ConversionMetrics() {
	}

	/** Per-row loss values (log loss, Brier score, accuracy at 0.5): the mean is the metric. */
	public static double[] perRow(String metric, double[] p, boolean[] y) {
		double[] out = new double[p.length];
		for (int i = 0; i < p.length; i++) {
			double yi = y[i] ? 1 : 0;
			out[i] = switch (metric) {
			case "logloss" -> {
				double q = Math.min(1 - EPS, Math.max(EPS, p[i]));
				yield -(yi * Math.log(q) + (1 - yi) * Math.log(1 - q));
			}
			case "brier" -> (p[i] - yi) * (p[i] - yi);
			case "accuracy" -> (p[i] >= 0.5) == y[i] ? 1 : 0;
			default -> throw new IllegalArgumentException(metric + " is not a per-row metric");
			};
		}
		return out;
	}

	/**
	 * Area under the ROC curve: the probability that a random positive scores above a random negative, ties counting
	 * one half (Mann-Whitney U / (n+ n-)). NaN when either class is absent.
	 */
	public static double auc(double[] p, boolean[] y) {
		int n = p.length;
		Integer[] order = new Integer[n];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
		double rankSumPos = 0;
		long pos = 0;
		int i = 0;
		while (i < n) {
			int j = i;
			while (j + 1 < n && p[order[j + 1]] == p[order[i]]) {
				j++;
			}
			double midRank = (i + j) / 2.0 + 1; // average 1-based rank of the tie group
			for (int t = i; t <= j; t++) {
				if (y[order[t]]) {
					rankSumPos += midRank;
					pos++;
				}
			}
			i = j + 1;
		}
		long neg = n - pos;
		if (pos == 0 || neg == 0) {
			return Double.NaN;
		}
		return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
	}

	/** Standard error of an AUC by Hanley and McNeil (1982), for its confidence interval. */
	public static double aucStandardError(double auc, long positives, long negatives) {
		double q1 = auc / (2 - auc);
		double q2 = 2 * auc * auc / (1 + auc);
		double var = (auc * (1 - auc) + (positives - 1) * (q1 - auc * auc) + (negatives - 1) * (q2 - auc * auc))
				/ ((double) positives * negatives);
		return Math.sqrt(Math.max(0, var));
	}
}
