package io.streamwise.core.significance;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Paired two-sided tests of two algorithms' per-unit values (a - b): Student's paired t-test with Cohen's d of the
 * differences, and the Wilcoxon signed-rank test with the matched-pairs rank-biserial correlation. Definitions:
 * docs/metrics.md, "Significance".
 */
public final class PairedTests {

	/**
	 * Up to this many non-zero differences without ties the Wilcoxon p-value is exact. The exact distribution is
	 * counted by dynamic programming in O(n * n(n+1)/2) (about 63,000 steps at 50); counts stay below 2^50, so they
	 * are exact in doubles.
	 */
	public static final int EXACT_LIMIT = 50;

	/**
	 * @param n             pairs
	 * @param meanDiff      mean of a - b
	 * @param t             the paired t statistic (0 when every difference is 0)
	 * @param tP            its two-sided p-value
	 * @param cohenD        mean difference over the differences' standard deviation (NaN when that is 0 and the
	 *                      mean is not)
	 * @param wPlus         sum of the ranks of |a - b| over positive differences (zeros dropped)
	 * @param nonZero       pairs with a non-zero difference
	 * @param wilcoxonP     two-sided p-value: exact (see {@link #exactP}) for at most {@value #EXACT_LIMIT} non-zero
	 *                      differences without ties, otherwise the normal approximation with tie correction and
	 *                      continuity correction
	 * @param rankBiserial  (W+ - W-) / (W+ + W-), in [-1, 1]; positive when a tends to be larger
	 */
	public record Paired(int n, double meanDiff, double t, double tP, double cohenD, double wPlus, int nonZero,
			double wilcoxonP, double rankBiserial) {
	}

	private PairedTests() {
	}

	/** @throws IllegalArgumentException when the arrays differ in length or hold fewer than 2 pairs */
	public static Paired compare(double[] a, double[] b) {
		if (a.length != b.length) {
			throw new IllegalArgumentException("paired tests need equally many values, got " + a.length + " and "
					+ b.length);
		}
		int n = a.length;
		if (n < 2) {
			throw new IllegalArgumentException("paired tests need at least 2 pairs, got " + n);
		}
		SummaryStatistics d = new SummaryStatistics();
		for (int i = 0; i < n; i++) {
			d.addValue(a[i] - b[i]);
		}
		double mean = d.getMean(), sd = d.getStandardDeviation();
		double t, tP, cohen;
		if (sd == 0) { // the t statistic is undefined: every difference is the same
			t = mean == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, mean);
			tP = mean == 0 ? 1 : 0;
			cohen = mean == 0 ? 0 : Double.NaN;
		} else {
			TTest test = new TTest();
			t = test.pairedT(a, b);
			tP = test.pairedTTest(a, b);
			cohen = mean / sd;
		}
		return wilcoxon(a, b, n, mean, t, tP, cohen);
	}

	private static Paired wilcoxon(double[] a, double[] b, int n, double mean, double t, double tP, double cohen) {
		// Wilcoxon's convention drops zero differences (Commons Math would rank them and count them as negative)
		int m = 0;
		for (int i = 0; i < n; i++) {
			m += a[i] != b[i] ? 1 : 0;
		}
		if (m == 0) {
			return new Paired(n, mean, t, tP, cohen, 0, 0, 1, 0);
		}
		double[] x = new double[m], y = new double[m], abs = new double[m];
		int j = 0;
		for (int i = 0; i < n; i++) {
			if (a[i] != b[i]) {
				x[j] = a[i];
				y[j] = b[i];
				abs[j] = Math.abs(a[i] - b[i]);
				j++;
			}
		}
		double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(abs);
		double wPlus = 0;
		for (int i = 0; i < m; i++) {
			if (x[i] > y[i]) {
				wPlus += ranks[i];
			}
		}
		double total = m * (m + 1.0) / 2;
		double wMinus = total - wPlus;
		double tieTerm = tieCorrection(abs);
		double p;
		if (m <= EXACT_LIMIT && tieTerm == 0) {
			p = exactP(wPlus, m);
		} else {
			// normal approximation in double arithmetic (Commons Math's overflows past 46,340 pairs and ignores ties)
			double mu = total / 2;
			double var = m * (m + 1.0) * (2.0 * m + 1) / 24 - tieTerm / 48;
			double z = var <= 0 ? 0 : Math.max(0, Math.abs(wPlus - mu) - 0.5) / Math.sqrt(var);
			p = 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(-z);
		}
		return new Paired(n, mean, t, tP, cohen, wPlus, m, Math.min(1, p), (wPlus - wMinus) / total);
	}

	/**
	 * The exact two-sided p-value of a signed-rank sum without ties: 2 min(P(W <= w), P(W >= w)), at most 1, where W
	 * is the sum of a random subset of the ranks 1..n (each rank positive with probability 1/2).
	 */
	public static double exactP(double wPlus, int n) {
		if (n < 1 || n > EXACT_LIMIT) {
			throw new IllegalArgumentException("exact Wilcoxon p-values for 1 to " + EXACT_LIMIT + " differences, not "
					+ n);
		}
		int max = n * (n + 1) / 2;
		// ways[s]: subsets of the ranks 1..k with sum s, built up one rank at a time
		double[] ways = new double[max + 1];
		ways[0] = 1;
		for (int k = 1; k <= n; k++) {
			for (int sum = k * (k + 1) / 2; sum >= k; sum--) {
				ways[sum] += ways[sum - k];
			}
		}
		int w = (int) Math.round(wPlus);
		double below = 0, above = 0;
		for (int sum = 0; sum <= max; sum++) {
			if (sum <= w) {
				below += ways[sum];
			}
			if (sum >= w) {
				above += ways[sum];
			}
		}
		return Math.min(1, 2 * Math.min(below, above) / Math.pow(2, n));
	}

	/** Σ (t³ - t) over groups of t equal values (0 without ties). */
	static double tieCorrection(double[] values) {
		double[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		double sum = 0;
		int i = 0;
		while (i < sorted.length) {
			int k = i;
			while (k + 1 < sorted.length && sorted[k + 1] == sorted[i]) {
				k++;
			}
			double size = k - i + 1;
			sum += size * size * size - size;
			i = k + 1;
		}
		return sum;
	}
}
