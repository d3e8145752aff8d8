// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.abtest;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Sample size, power and minimum detectable effect of an A/B test with any number of arms and any traffic split, for
 * a proportion (conversion rate) or a mean (revenue) with a known standard deviation.
 *
 * <p>Each treatment is compared with the control by a two-sided test at level α / (k − 1) when a family-wise
 * correction is chosen (Bonferroni's bound, which Holm's procedure never needs more than), at α otherwise. Variance
 * is multiplied by the CUPED factor 1 − ρ² (Deng et al. 2013) and, when streams are randomised, by the design effect
 * 1 + (m − 1)·ICC (Donner and Klar 2000, section 5.2). For proportions the null variance is the pooled one, the
 * alternative's the unpooled one: the formula of Fleiss, Levin and Paik (2003, eq. 4.14, without continuity
 * correction), which R's {@code power.prop.test} also uses.
 */
public final class AbDesign {

	private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

	/** What the design needs. */
	public record Inputs(boolean proportion, double baseline, double standardDeviation, double effect,
			boolean relativeEffect, double[] shares, int controlIndex, double alpha, double power,
			boolean familyWiseCorrection, double covariateCorrelation, double clusterSize,
			double intraclassCorrelation, double dailyTraffic) {

		/** The treatment's expected value under the alternative. */
		public double treatmentValue() {
			return relativeEffect ? baseline * (1 + effect) : baseline + effect;
		}

		/** Variance multiplier of CUPED: 1 − ρ². */
		public double cupedFactor() {
			return 1 - covariateCorrelation * covariateCorrelation;
		}

		/** Design effect of randomising clusters of m viewers: 1 + (m − 1)·ICC. */
		public double designEffect() {
			return 1 + (Math.max(clusterSize, 1) - 1) * intraclassCorrelation;
		}

		public int comparisons() {
			return shares.length - 1;
		}

		/** The level of each comparison. */
		public double comparisonAlpha() {
			return familyWiseCorrection && comparisons() > 1 ? alpha / comparisons() : alpha;
		}
	}

	/** The plan: viewers per arm and in all, streams when clustered, and days at the daily traffic. */
	public record Plan(double comparisonAlpha, double varianceFactor, double designEffect, double cupedFactor,
			long[] unitsPerArm, long totalUnits, double clusters, double days, double treatmentValue) {
	}

	private AbDesign() {
	}

	static double z(double p) {
		return STANDARD_NORMAL.inverseCumulativeProbability(p);
	}

	/**
	 * Total units (all arms) that give each treatment-control comparison the asked power: the largest over the
	 * comparisons, rounded up so every arm's share is a whole number of units or more.
	 */
	public static Plan plan(Inputs in) {
		validate(in);
		double total = 0;
		for (int i = 0; i < in.shares().length; i++) {
			if (i != in.controlIndex()) {
				total = Math.max(total, totalFor(in, i));
			}
		}
		long[] perArm = new long[in.shares().length];
		long sum = 0;
		for (int i = 0; i < perArm.length; i++) {
			perArm[i] = (long) Math.ceil(total * in.shares()[i] - 1e-9);
			sum += perArm[i];
		}
		double clusters = in.clusterSize() > 1 ? sum / in.clusterSize() : sum;
		double days = in.dailyTraffic() > 0 ? Math.ceil(clusters / in.dailyTraffic() - 1e-9) : Double.NaN;
		return new Plan(in.comparisonAlpha(), in.cupedFactor() * in.designEffect(), in.designEffect(),
				in.cupedFactor(), perArm, sum, clusters, days, in.treatmentValue());
	}

	/** The unrounded total sample size for comparing arm {@code arm} with the control. */
	static double totalFor(Inputs in, int arm) {
		double wa = in.shares()[in.controlIndex()], wb = in.shares()[arm];
		double za = z(1 - in.comparisonAlpha() / 2), zb = z(in.power());
		double factor = in.cupedFactor() * in.designEffect();
		double p1 = in.baseline(), p2 = in.treatmentValue(), delta = p2 - p1;
		if (in.proportion()) {
			double pbar = (wa * p1 + wb * p2) / (wa + wb);
			double null0 = Math.sqrt(factor * pbar * (1 - pbar) * (1 / wa + 1 / wb));
			double alt = Math.sqrt(factor * (p1 * (1 - p1) / wa + p2 * (1 - p2) / wb));
			double root = za * null0 + zb * alt;
			return root * root / (delta * delta);
		}
		double sd = in.standardDeviation();
		double root = za + zb;
		return root * root * factor * sd * sd * (1 / wa + 1 / wb) / (delta * delta);
	}

	/** Power of each comparison with {@code totalUnits} units in all (the smallest over comparisons). */
	public static double power(Inputs in, double totalUnits) {
		validate(in);
		double power = 1;
		for (int i = 0; i < in.shares().length; i++) {
			if (i != in.controlIndex()) {
				power = Math.min(power, powerFor(in, i, totalUnits, in.treatmentValue()));
			}
		}
		return power;
	}

	static double powerFor(Inputs in, int arm, double total, double p2) {
		double na = total * in.shares()[in.controlIndex()], nb = total * in.shares()[arm];
		double za = z(1 - in.comparisonAlpha() / 2);
		double factor = in.cupedFactor() * in.designEffect();
		double p1 = in.baseline(), delta = Math.abs(p2 - p1);
		if (in.proportion()) {
			double pbar = (na * p1 + nb * p2) / (na + nb);
			double se0 = Math.sqrt(factor * pbar * (1 - pbar) * (1 / na + 1 / nb));
			double se1 = Math.sqrt(factor * (p1 * (1 - p1) / na + p2 * (1 - p2) / nb));
			return STANDARD_NORMAL.cumulativeProbability((delta - za * se0) / se1);
		}
		double se = Math.sqrt(factor * in.standardDeviation() * in.standardDeviation() * (1 / na + 1 / nb));
		return STANDARD_NORMAL.cumulativeProbability(delta / se - za);
	}

	/**
	 * The smallest effect (on the inputs' scale, relative or absolute, as an increase) each comparison detects with
	 * the inputs' power at {@code totalUnits} units in all.
	 */
	public static double minimumDetectableEffect(Inputs in, double totalUnits) {
		validate(in);
		double worst = 0;
		for (int i = 0; i < in.shares().length; i++) {
			if (i == in.controlIndex()) {
				continue;
			}
			int arm = i;
			double p1 = in.baseline();
			double upper = in.proportion() ? 1 - 1e-12 : p1 + 1e6 * Math.max(in.standardDeviation(), 1e-12);
			double p2;
			if (powerFor(in, arm, totalUnits, upper) < in.power()) {
				p2 = Double.NaN; // not detectable at any effect
			} else {
				p2 = new BrentSolver(1e-12, 1e-12).solve(1000,
						x -> powerFor(in, arm, totalUnits, x) - in.power(), p1 + 1e-12, upper);
			}
			double effect = in.relativeEffect() ? p2 / p1 - 1 : p2 - p1;
			worst = Double.isNaN(effect) ? Double.NaN : Math.max(worst, effect);
		}
		return worst;
	}

	/** Designs for a list of total sizes, for a power curve. */
	public static List<double[]> powerCurve(Inputs in, double[] totals) {
		List<double[]> rows = new ArrayList<>();
		for (double n : totals) {
			rows.add(new double[] { n, power(in, n) });
		}
		return rows;
	}

	/**
	 * Pearson's correlation ρ between the metric and the pre-period covariate over all units of a log: what CUPED's
	 * variance factor 1 − ρ² is planned with.
	 */
	public static double estimateCorrelation(AbUnits units) {
		if (units.covariate == null) {
			throw new IllegalArgumentException("the log has no pre-period column");
		}
		return new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(units.metric,
				units.covariate);
	}

	/** Mean cluster size m and the intra-class correlation of the metric by one-way ANOVA. */
	public record ClusterEstimate(int clusters, double meanSize, double icc) {
	}

	/**
	 * The ANOVA estimator of the intra-class correlation (Donner and Klar 2000, eq. 2.5): (MSB − MSW) / (MSB + (m₀ −
	 * 1)·MSW) with m₀ = (N − Σ n_c² / N) / (G − 1), truncated at 0.
	 */
	public static ClusterEstimate estimateIcc(AbUnits units) {
		if (units.cluster == null) {
			throw new IllegalArgumentException("the log has no cluster column");
		}
		java.util.Map<Integer, double[]> byCluster = new java.util.TreeMap<>(); // n, sum
		double total = 0;
		for (int i = 0; i < units.size(); i++) {
			double[] c = byCluster.computeIfAbsent(units.cluster[i], k -> new double[2]);
			c[0]++;
			c[1] += units.metric[i];
			total += units.metric[i];
		}
		int g = byCluster.size();
		double n = units.size(), grand = total / n;
		if (g < 2 || n <= g) {
			throw new IllegalArgumentException("the ICC needs at least two clusters and more units than clusters");
		}
		double ssb = 0, sumSquares = 0;
		for (double[] c : byCluster.values()) {
			double mean = c[1] / c[0];
			ssb += c[0] * (mean - grand) * (mean - grand);
			sumSquares += c[0] * c[0];
		}
		double ssw = 0;
		for (int i = 0; i < units.size(); i++) {
			double[] c = byCluster.get(units.cluster[i]);
			double d = units.metric[i] - c[1] / c[0];
			ssw += d * d;
		}
		double msb = ssb / (g - 1), msw = ssw / (n - g);
		double m0 = (n - sumSquares / n) / (g - 1);
		double icc = (msb - msw) / (msb + (m0 - 1) * msw);
		return new ClusterEstimate(g, n / g, Double.isFinite(icc) ? Math.max(0, icc) : 0);
	}

	private static void validate(Inputs in) {
		if (!(in.alpha() > 0 && in.alpha() < 1)) {
			throw new IllegalArgumentException("alpha must lie in (0, 1), got " + in.alpha());
		}
		if (!(in.power() > 0 && in.power() < 1)) {
			throw new IllegalArgumentException("power must lie in (0, 1), got " + in.power());
		}
		if (in.shares().length < 2) {
			throw new IllegalArgumentException("a test needs at least two arms");
		}
		if (in.proportion() && !(in.baseline() > 0 && in.baseline() < 1)) {
			throw new IllegalArgumentException("the baseline rate must lie in (0, 1), got " + in.baseline());
		}
		if (in.proportion() && !(in.treatmentValue() > 0 && in.treatmentValue() < 1)) {
			throw new IllegalArgumentException(
					"the baseline with the effect must stay a rate in (0, 1), got " + in.treatmentValue());
		}
		if (!in.proportion() && !(in.standardDeviation() > 0)) {
			throw new IllegalArgumentException("a mean needs a standard deviation above 0");
		}
		if (in.treatmentValue() == in.baseline()) {
			throw new IllegalArgumentException("the minimum detectable effect must not be 0");
		}
		if (!(Math.abs(in.covariateCorrelation()) < 1)) {
			throw new IllegalArgumentException("the covariate's correlation must lie in (-1, 1)");
		}
		if (!(in.intraclassCorrelation() >= 0 && in.intraclassCorrelation() < 1)) {
			throw new IllegalArgumentException("the intra-class correlation must lie in [0, 1)");
		}
	}
}
