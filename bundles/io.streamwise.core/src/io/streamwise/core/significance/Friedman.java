package io.streamwise.core.significance;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Friedman's test of k algorithms over N blocks (folds or datasets), with the Nemenyi critical difference and
 * pairwise post-hoc z tests (Holm-adjusted), as Demšar (2006) recommends for comparing recommenders over several
 * data sets. Rank 1 is the best algorithm of a block; ties share their average rank.
 */
public final class Friedman {

	/**
	 * Studentised range quantiles q(0.05; k, ∞) / √2 for k = 2..10 (Demšar 2006, table 5a): Commons Math has no
	 * studentised range distribution.
	 */
	private static final double[] NEMENYI_Q05 = { Double.NaN, Double.NaN, 1.960, 2.343, 2.569, 2.728, 2.850, 2.949,
			3.031, 3.102, 3.164 };

	/**
	 * @param blocks              N
	 * @param meanRanks           mean rank of each algorithm
	 * @param chiSquare           Friedman's χ² = 12N / (k(k+1)) Σ R_j² - 3N(k+1)
	 * @param p                   from the χ² distribution with k - 1 degrees of freedom
	 * @param criticalDifference  Nemenyi CD at α = 0.05, q √(k(k+1) / (6N)); NaN for k > 10
	 * @param postHocZ            (R_i - R_j) / √(k(k+1) / (6N)) for every pair i < j, row-major
	 * @param postHocP            two-sided normal p-values of those z
	 * @param postHocPHolm        Holm-adjusted over the k(k-1)/2 pairs
	 */
	public record Result(int blocks, double[] meanRanks, double chiSquare, double p, double criticalDifference,
			double[] postHocZ, double[] postHocP, double[] postHocPHolm) {
	}

	private Friedman() {
	}

	/**
	 * @param values         values[block][algorithm]
	 * @param higherIsBetter whether the largest value of a block gets rank 1
	 * @throws IllegalArgumentException for fewer than 3 algorithms or 2 blocks, or ragged or NaN values
	 */
	public static Result test(double[][] values, boolean higherIsBetter) {
		int n = values.length;
		if (n < 2) {
			throw new IllegalArgumentException("Friedman's test needs at least 2 blocks (folds), got " + n);
		}
		int k = values[0].length;
		if (k < 3) {
			throw new IllegalArgumentException("Friedman's test needs at least 3 algorithms, got " + k);
		}
		double[] rankSums = new double[k];
		NaturalRanking ranking = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
		for (double[] block : values) {
			if (block.length != k) {
				throw new IllegalArgumentException("every block needs " + k + " values");
			}
			double[] keyed = new double[k];
			for (int j = 0; j < k; j++) {
				if (Double.isNaN(block[j])) {
					throw new IllegalArgumentException("Friedman's test got a NaN value");
				}
				keyed[j] = higherIsBetter ? -block[j] : block[j];
			}
			double[] r = ranking.rank(keyed);
			for (int j = 0; j < k; j++) {
				rankSums[j] += r[j];
			}
		}
		double[] mean = new double[k];
		double sumSq = 0;
		for (int j = 0; j < k; j++) {
			mean[j] = rankSums[j] / n;
			sumSq += mean[j] * mean[j];
		}
		double chi = 12.0 * n / (k * (k + 1.0)) * sumSq - 3.0 * n * (k + 1);
		double p = 1 - new ChiSquaredDistribution(null, k - 1).cumulativeProbability(chi);
		double se = Math.sqrt(k * (k + 1.0) / (6.0 * n));
		double cd = k < NEMENYI_Q05.length ? NEMENYI_Q05[k] * se : Double.NaN;
		int pairs = k * (k - 1) / 2;
		double[] z = new double[pairs], pz = new double[pairs];
		NormalDistribution normal = new NormalDistribution(null, 0, 1);
		int at = 0;
		for (int i = 0; i < k; i++) {
			for (int j = i + 1; j < k; j++) {
				z[at] = (mean[i] - mean[j]) / se;
				pz[at] = 2 * normal.cumulativeProbability(-Math.abs(z[at]));
				at++;
			}
		}
		return new Result(n, mean, chi, Math.max(0, p), cd, z, pz, Holm.adjust(pz));
	}
}
