// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.abtest;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.FisherExactTest;
import org.apache.commons.statistics.inference.TTest;
import org.apache.commons.statistics.inference.UnconditionedExactTest;

/**
 * The tests of an A/B analysis, each comparing a treatment B with the control A. Distributions and exact tests are
 * Commons Statistics'; what is here is the algebra of each estimator. Every interval is two-sided at 1 − α.
 */
public final class AbStatistics {

	private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

	/** SRM p-values below this are flagged (the usual threshold: Fabijan et al. 2019). */
	public static final double SRM_THRESHOLD = 0.001;

	/**
	 * One comparison's result: the estimate of B − A (or of the relative lift B / A − 1 for relative methods), its
	 * standard error, the test statistic and two-sided p-value, and the interval.
	 */
	public record Estimate(String method, double estimate, double standardError, double statistic, double pValue,
			double low, double high) {
	}

	/** Summary of one arm's values of a metric. */
	public record Summary(long n, double mean, double variance) {
		public static Summary of(double[] values) {
			long n = values.length;
			double mean = Arrays.stream(values).sum() / n;
			double ss = 0;
			for (double v : values) {
				ss += (v - mean) * (v - mean);
			}
			return new Summary(n, mean, n > 1 ? ss / (n - 1) : 0);
		}

		/**
		 * From an arm's count, sum and sum of squares, as summary counts give them: variance (Σy² − (Σy)²/n) / (n − 1),
		 * floored at 0 against rounding. The analysis computes every moment-based test this way from a log too, so
		 * that a log and its summary counts give the same numbers.
		 */
		public static Summary ofMoments(long n, double sum, double sumOfSquares) {
			double mean = sum / n;
			return new Summary(n, mean, n > 1 ? Math.max(0, (sumOfSquares - sum * mean) / (n - 1)) : 0);
		}
	}

	private AbStatistics() {
	}

	private static double zQuantile(double alpha) {
		return STANDARD_NORMAL.inverseSurvivalProbability(alpha / 2);
	}

	private static double twoSidedNormalP(double z) {
		return 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z));
	}

	/**
	 * Two-proportion z test of pB − pA. The pooled variant tests with the pooled rate's standard error (the score
	 * test), the unpooled one with each arm's own (the Wald test); the interval always uses the unpooled error.
	 */
	public static Estimate twoProportionZ(long xA, long nA, long xB, long nB, boolean pooled, double alpha) {
		double pA = (double) xA / nA, pB = (double) xB / nB, diff = pB - pA;
		double seUnpooled = Math.sqrt(pA * (1 - pA) / nA + pB * (1 - pB) / nB);
		double p = (double) (xA + xB) / (nA + nB);
		double seTest = pooled ? Math.sqrt(p * (1 - p) * (1.0 / nA + 1.0 / nB)) : seUnpooled;
		double z = seTest > 0 ? diff / seTest : 0;
		double half = zQuantile(alpha) * seUnpooled;
		return new Estimate(pooled ? "z-pooled" : "z-unpooled", diff, seUnpooled, z,
				seTest > 0 ? twoSidedNormalP(z) : 1,
				diff - half, diff + half);
	}

	/** Fisher's exact test (two-sided) of the 2×2 table; the estimate and interval are the unpooled z's. */
	public static Estimate fisher(long xA, long nA, long xB, long nB, double alpha) {
		double p = FisherExactTest.withDefaults().test(table(xA, nA, xB, nB)).getPValue();
		Estimate z = twoProportionZ(xA, nA, xB, nB, false, alpha);
		return new Estimate("fisher", z.estimate(), z.standardError(), Double.NaN, p, z.low(), z.high());
	}

	/** Boschloo's exact unconditional test (two-sided); the estimate and interval are the unpooled z's. */
	public static Estimate boschloo(long xA, long nA, long xB, long nB, double alpha) {
		double p = UnconditionedExactTest.withDefaults().with(UnconditionedExactTest.Method.BOSCHLOO)
				.test(table(xA, nA, xB, nB)).getPValue();
		Estimate z = twoProportionZ(xA, nA, xB, nB, false, alpha);
		return new Estimate("boschloo", z.estimate(), z.standardError(), Double.NaN, p, z.low(), z.high());
	}

	private static int[][] table(long xA, long nA, long xB, long nB) {
		return new int[][] { { Math.toIntExact(xA), Math.toIntExact(nA - xA) },
				{ Math.toIntExact(xB), Math.toIntExact(nB - xB) } };
	}

	/** Welch's t test of mean B − mean A, with the Welch–Satterthwaite degrees of freedom. */
	public static Estimate welch(Summary a, Summary b, double alpha) {
		double diff = b.mean() - a.mean();
		double se = Math.sqrt(a.variance() / a.n() + b.variance() / b.n());
		if (!(se > 0)) {
			return new Estimate("welch", diff, 0, Double.NaN, diff == 0 ? 1 : 0, diff, diff);
		}
		TTest.Result r = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC)
				.with(AlternativeHypothesis.TWO_SIDED)
				.test(b.mean(), b.variance(), b.n(), a.mean(), a.variance(), a.n());
		double half = TDistribution.of(r.getDegreesOfFreedom()).inverseSurvivalProbability(alpha / 2) * se;
		return new Estimate("welch", diff, se, r.getStatistic(), r.getPValue(), diff - half, diff + half);
	}

	/**
	 * The relative lift mean B / mean A − 1 with its standard error by the delta method: Var(B̄/Ā) ≈ Var(B̄)/Ā² +
	 * B̄²·Var(Ā)/Ā⁴ (the arms independent); z test and normal interval (Kohavi, Tang and Xu 2020, ch. 18).
	 */
	public static Estimate relativeLift(Summary a, Summary b, double alpha) {
		double ma = a.mean(), mb = b.mean();
		double varA = a.variance() / a.n(), varB = b.variance() / b.n();
		double lift = mb / ma - 1;
		double se = Math.sqrt(varB / (ma * ma) + mb * mb * varA / (ma * ma * ma * ma));
		double z = lift / se;
		double half = zQuantile(alpha) * se;
		return new Estimate("welch-relative", lift, se, z, twoSidedNormalP(z), lift - half, lift + half);
	}

	/**
	 * CUPED (Deng, Xu, Kohavi and Walker 2013): Y − θ(X − X̄) with θ = cov(X, Y) / var(X) from both arms pooled, then
	 * Welch on the adjusted values. Returns the estimate and, in {@link Cuped#varianceReduction()}, the share of
	 * the metric's variance removed (ρ² in the pooled data).
	 */
	public static Cuped cuped(double[] yA, double[] xA, double[] yB, double[] xB, double alpha) {
		int n = yA.length + yB.length;
		double mx = (sum(xA) + sum(xB)) / n, my = (sum(yA) + sum(yB)) / n;
		double sxy = 0, sxx = 0, syy = 0;
		for (double[][] arm : new double[][][] { { yA, xA }, { yB, xB } }) {
			for (int i = 0; i < arm[0].length; i++) {
				double dx = arm[1][i] - mx, dy = arm[0][i] - my;
				sxy += dx * dy;
				sxx += dx * dx;
				syy += dy * dy;
			}
		}
		double theta = sxx > 0 ? sxy / sxx : 0;
		double[] adjA = adjust(yA, xA, theta, mx), adjB = adjust(yB, xB, theta, mx);
		Summary sa = Summary.of(adjA), sb = Summary.of(adjB);
		Estimate e = welch(sa, sb, alpha);
		double reduction = sxx > 0 && syy > 0 ? sxy * sxy / (sxx * syy) : 0;
		return new Cuped(new Estimate("cuped", e.estimate(), e.standardError(), e.statistic(), e.pValue(), e.low(),
				e.high()), theta, reduction, sa, sb);
	}

	/** CUPED's estimate, θ, the share of variance removed, and the arms' adjusted values summarised. */
	public record Cuped(Estimate estimate, double theta, double varianceReduction, Summary adjustedA,
			Summary adjustedB) {
	}

	/** The name of a non-inferiority test's row among a comparison's estimates. */
	public static final String NON_INFERIORITY = "non-inferiority";

	/**
	 * One-sided non-inferiority test of B against A with margin δ > 0: H₀ B − A ≤ −δ against H₁ B − A > −δ, on the
	 * normal reference (the unpooled z of two rates). The result's {@code low} is the one-sided 1 − α lower bound of
	 * B − A (its {@code high} is NaN: the interval is open above); B is non-inferior at level α exactly when the bound
	 * lies above −δ, which is when the one-sided p-value is at most α (Wellek 2010, ch. 1 and 6).
	 */
	public static Estimate nonInferiorityNormal(double diff, double se, double margin, double alpha) {
		return nonInferiority(diff, se, margin, alpha, STANDARD_NORMAL);
	}

	/** The same on Student's t with {@code df} degrees of freedom (Welch, CUPED, cluster-robust). */
	public static Estimate nonInferiorityT(double diff, double se, double df, double margin, double alpha) {
		return nonInferiority(diff, se, margin, alpha, TDistribution.of(df));
	}

	/** Welch's non-inferiority test: the t of (B̄ − Ā + δ) on the Welch–Satterthwaite degrees of freedom. */
	public static Estimate nonInferiorityWelch(Summary a, Summary b, double margin, double alpha) {
		double diff = b.mean() - a.mean(), se = Math.sqrt(a.variance() / a.n() + b.variance() / b.n());
		if (!(se > 0)) {
			return new Estimate(NON_INFERIORITY, diff, 0, Double.NaN, diff > -margin ? 0 : 1, diff, Double.NaN);
		}
		TTest.Result r = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC)
				.with(AlternativeHypothesis.GREATER_THAN).withMu(-margin)
				.test(b.mean(), b.variance(), b.n(), a.mean(), a.variance(), a.n());
		double bound = diff - TDistribution.of(r.getDegreesOfFreedom()).inverseSurvivalProbability(alpha) * se;
		return new Estimate(NON_INFERIORITY, diff, se, r.getStatistic(), r.getPValue(), bound, Double.NaN);
	}

	private static Estimate nonInferiority(double diff, double se, double margin, double alpha,
			ContinuousDistribution reference) {
		if (!(se > 0)) {
			return new Estimate(NON_INFERIORITY, diff, se, Double.NaN, diff > -margin ? 0 : 1, diff, Double.NaN);
		}
		double t = (diff + margin) / se;
		return new Estimate(NON_INFERIORITY, diff, se, t, reference.survivalProbability(t),
				diff - reference.inverseSurvivalProbability(alpha) * se, Double.NaN);
	}

	private static double[] adjust(double[] y, double[] x, double theta, double mx) {
		double[] out = new double[y.length];
		for (int i = 0; i < y.length; i++) {
			out[i] = y[i] - theta * (x[i] - mx);
		}
		return out;
	}

	private static double sum(double[] v) {
		double s = 0;
		for (double d : v) {
			s += d;
		}
		return s;
	}

	/**
	 * Difference of means with cluster-robust standard errors: units of one cluster (stream) may be correlated,
	 * clusters are independent. The variance is CR2, the bias-reduced linearisation of Bell and McCaffrey (2002), and
	 * the t reference has their Satterthwaite degrees of freedom (Imbens and Kolesár 2016; Cameron and Miller 2015,
	 * section VI.B), both worked out for a regression on an arm indicator, where they have closed forms (see
	 * {@link #clusterVariance}). With clusters of equal size this is CR1 with G_A + G_B − 2 degrees of freedom; with
	 * clusters of unequal size (streams: a few large, many small) the degrees of freedom fall towards the number of
	 * large clusters, which keeps the test at its level with few clusters where CR1 is liberal.
	 */
	public static Estimate clusterRobust(double[] yA, int[] clusterA, double[] yB, int[] clusterB, double alpha) {
		ClusterVariance a = clusterVariance(yA, clusterA), b = clusterVariance(yB, clusterB);
		return clusterEstimate("cluster-robust", b.mean() - a.mean(), a.variance() + b.variance(),
				bellMcCaffreyDf(a, b), alpha);
	}

	/** The Bell–McCaffrey degrees of freedom of the CR2 difference of two arms' means. */
	public static double bellMcCaffreyDf(ClusterVariance a, ClusterVariance b) {
		double trace = a.trace() + b.trace();
		return trace * trace / (a.traceOfSquare() + b.traceOfSquare());
	}

	/**
	 * The same with CR1 (G/(G − 1) Σ_c (Σ_{i∈c} (y_i − ȳ))² / n² per arm) and t on G_A + G_B − 2 degrees of freedom:
	 * the usual small-sample correction, liberal with few clusters of unequal size. Kept for the calibration bench,
	 * which shows the difference.
	 */
	public static Estimate clusterRobustCr1(double[] yA, int[] clusterA, double[] yB, int[] clusterB, double alpha) {
		ClusterVariance a = clusterVariance(yA, clusterA), b = clusterVariance(yB, clusterB);
		return clusterEstimate("cluster-robust-cr1", b.mean() - a.mean(), a.varianceCr1() + b.varianceCr1(),
				Math.max(1, a.clusters() + b.clusters() - 2), alpha);
	}

	private static Estimate clusterEstimate(String method, double diff, double variance, double df, double alpha) {
		double se = Math.sqrt(variance);
		if (!(se > 0) || !(df > 0)) { // no spread, or a single cluster in an arm: nothing to test
			double at = se == 0 ? diff : Double.NaN;
			return new Estimate(method, diff, se, 0, 1, at, at);
		}
		double t = diff / se;
		TDistribution dist = TDistribution.of(df);
		double half = dist.inverseSurvivalProbability(alpha / 2) * se;
		return new Estimate(method, diff, se, t, 2 * dist.survivalProbability(Math.abs(t)), diff - half, diff + half);
	}

	/**
	 * One arm's mean and the cluster-robust variance of its mean, with what the Bell–McCaffrey degrees of freedom
	 * need: {@code trace} and {@code traceOfSquare} of the matrix whose eigenvalues weigh the χ² terms of the variance
	 * estimator under a working model of independent errors (divided by σ²).
	 */
	public record ClusterVariance(double mean, double variance, double varianceCr1, int clusters, double trace,
			double traceOfSquare) {
	}

	/**
	 * An arm of n units in clusters of sizes n_g with residual sums S_g = Σ_{i∈g} (y_i − ȳ). The arm's rows of the
	 * regression's hat matrix are 1/n, so I − H_gg = I − J/n and its inverse square root maps the cluster's residuals
	 * to a sum scaled by (1 − n_g/n)^(−1/2): CR2 Var(ȳ) = Σ_g S_g² / (1 − n_g/n) / n². For the degrees of freedom,
	 * with c_g² = 1 / (n² (1 − n_g/n)), d_g = c_g² n_g and q_g = c_g n_g, the matrix is M = diag(d) − q qᵀ/n, so tr M =
	 * 1/n and tr M² = Σ d_g² − 2 Σ d_g q_g² / n + (Σ q_g²)² / n²; the degrees of freedom of both arms together are
	 * (tr M_A + tr M_B)² / (tr M_A² + tr M_B²). Checked against the general matrix formulas in the tests.
	 */
	public static ClusterVariance clusterVariance(double[] y, int[] cluster) {
		double n = y.length;
		double mean = sum(y) / n;
		java.util.Map<Integer, double[]> byCluster = new java.util.TreeMap<>(); // {residual sum, size}
		for (int i = 0; i < y.length; i++) {
			double[] c = byCluster.computeIfAbsent(cluster[i], k -> new double[2]);
			c[0] += y[i] - mean;
			c[1]++;
		}
		int g = byCluster.size();
		if (g < 2) {
			return new ClusterVariance(mean, Double.NaN, Double.NaN, g, Double.NaN, Double.NaN);
		}
		double cr1 = 0, cr2 = 0, dd = 0, dq = 0, qq = 0;
		for (double[] c : byCluster.values()) {
			double keep = 1 - c[1] / n;
			cr1 += c[0] * c[0];
			cr2 += c[0] * c[0] / keep;
			double c2 = 1 / (n * n * keep), d = c2 * c[1], q2 = c2 * c[1] * c[1];
			dd += d * d;
			dq += d * q2;
			qq += q2;
		}
		return new ClusterVariance(mean, cr2 / (n * n), (double) g / (g - 1) * cr1 / (n * n), g, 1 / n,
				dd - 2 * dq / n + qq * qq / (n * n));
	}

	/**
	 * Beta-binomial posterior comparison: Beta(α₀ + x, β₀ + n − x) per arm. P(B > A) by numerical integration of
	 * f_B(x)·F_A(x); the expected loss of choosing B, E[max(pA − pB, 0)] = E[pA]·P(A⁺ > B) − E[pB]·P(A > B⁺) with A⁺,
	 * B⁺ the posteriors with α + 1; the credible interval of the relative lift pB / pA − 1 from {@code draws}
	 * posterior draws seeded by {@code seed}.
	 */
	public static Bayes bayesian(long xA, long nA, long xB, long nB, double priorAlpha, double priorBeta,
			double credibility, int draws, long seed) {
		double aA = priorAlpha + xA, bA = priorBeta + nA - xA, aB = priorAlpha + xB, bB = priorBeta + nB - xB;
		double pBA = probabilityGreater(aB, bB, aA, bA);
		double meanA = aA / (aA + bA), meanB = aB / (aB + bB);
		double lossB = Math.max(0, meanA * probabilityGreater(aA + 1, bA, aB, bB)
				- meanB * probabilityGreater(aA, bA, aB + 1, bB));
		double lossA = Math.max(0, meanB * probabilityGreater(aB + 1, bB, aA, bA)
				- meanA * probabilityGreater(aB, bB, aA + 1, bA));
		UniformRandomProvider rng = new SplittableRandom(seed)::nextLong;
		ContinuousDistribution.Sampler sa = BetaDistribution.of(aA, bA).createSampler(rng);
		ContinuousDistribution.Sampler sb = BetaDistribution.of(aB, bB).createSampler(rng);
		double[] lift = new double[draws];
		for (int i = 0; i < draws; i++) {
			double pa = sa.sample(), pb = sb.sample();
			lift[i] = pb / pa - 1;
		}
		Arrays.sort(lift);
		double tail = (1 - credibility) / 2;
		return new Bayes(pBA, lossB, lossA, meanB / meanA - 1, quantile(lift, tail), quantile(lift, 1 - tail), aA,
				bA, aB, bB);
	}

	/** The Bayesian comparison's results and the posteriors' parameters. */
	public record Bayes(double probabilityBBeatsA, double expectedLossB, double expectedLossA, double liftOfMeans,
			double liftLow, double liftHigh, double alphaA, double betaA, double alphaB, double betaB) {
	}

	/** P(X > Y) for X ~ Beta(a1, b1), Y ~ Beta(a2, b2) independent: ∫ f_X(t) F_Y(t) dt. */
	public static double probabilityGreater(double a1, double b1, double a2, double b2) {
		BetaDistribution x = BetaDistribution.of(a1, b1), y = BetaDistribution.of(a2, b2);
		// integrate where X has its mass: its density is negligible outside these quantiles
		double lo = x.inverseCumulativeProbability(1e-12), hi = x.inverseSurvivalProbability(1e-12);
		int pieces = 64;
		double step = (hi - lo) / pieces, total = 0;
		IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(16, 1e-13, 1e-15);
		for (int i = 0; i < pieces; i++) {
			double from = lo + i * step, to = i == pieces - 1 ? hi : from + step;
			total += integrator.integrate(Integer.MAX_VALUE, t -> x.density(t) * y.cumulativeProbability(t), from, to);
		}
		return Math.min(1, Math.max(0, total));
	}

	static double quantile(double[] sorted, double q) {
		double pos = q * (sorted.length - 1);
		int i = (int) Math.floor(pos);
		int j = Math.min(i + 1, sorted.length - 1);
		return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
	}

	/** Sample-ratio-mismatch check: χ² goodness of fit of the arms' unit counts to the planned shares. */
	public record Srm(double statistic, double pValue, boolean mismatch) {
	}

	public static Srm sampleRatioMismatch(long[] counts, double[] shares) {
		long total = Arrays.stream(counts).sum();
		double[] expected = new double[counts.length];
		for (int i = 0; i < counts.length; i++) {
			expected[i] = shares[i] * total;
		}
		var r = ChiSquareTest.withDefaults().test(expected, counts);
		return new Srm(r.getStatistic(), r.getPValue(), r.getPValue() < SRM_THRESHOLD);
	}

	/** Holm's step-down adjusted p-values (family-wise error rate), in the input's order. */
	public static double[] holm(double[] p) {
		Integer[] order = order(p);
		int m = p.length;
		double[] adjusted = new double[m];
		double running = 0;
		for (int k = 0; k < m; k++) {
			running = Math.max(running, Math.min(1, (m - k) * p[order[k]]));
			adjusted[order[k]] = running;
		}
		return adjusted;
	}

	/** Benjamini–Hochberg adjusted p-values (false-discovery rate), in the input's order. */
	public static double[] benjaminiHochberg(double[] p) {
		Integer[] order = order(p);
		int m = p.length;
		double[] adjusted = new double[m];
		double running = 1;
		for (int k = m - 1; k >= 0; k--) {
			running = Math.min(running, Math.min(1, p[order[k]] * m / (k + 1)));
			adjusted[order[k]] = running;
		}
		return adjusted;
	}

	/** Bonferroni adjusted p-values. */
	public static double[] bonferroni(double[] p) {
		return Arrays.stream(p).map(v -> Math.min(1, v * p.length)).toArray();
	}

	private static Integer[] order(double[] p) {
		return IntStream.range(0, p.length).boxed().sorted(Comparator.comparingDouble(i -> p[i]))
				.toArray(Integer[]::new);
	}
}
