// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.abtest;

import java.util.ArrayList;
import java.util.List;

import io.streamwise.model.abtest.AnalysisMethod;
import io.streamwise.model.abtest.Correction;

/**
 * Analyses the units of a test: per metric the arms' sizes and means, the sample-ratio check, every applicable test
 * of each treatment against the control, the Bayesian comparison for conversion, and the chosen method's p-values
 * adjusted across arms and metrics. No verdict is given for a comparison whose arms are below the minimum sample or
 * when the sample ratio is off.
 */
public final class AbAnalysis {

	/** Exact unconditional tests cost O(n²) per nuisance point: run Boschloo's only on tables this small or smaller. */
	public static final long BOSCHLOO_MAX_UNITS = 2_000;
	/** Posterior draws for the credible interval of the lift. */
	public static final int POSTERIOR_DRAWS = 100_000;

	public record Arm(String name, long units, double plannedShare, double mean, double sum) {
	}

	/** One treatment against the control on one metric. */
	public record Comparison(String metric, String arm, List<AbStatistics.Estimate> estimates,
			AbStatistics.Bayes bayes, double cupedVarianceReduction, String primaryMethod, double primaryP,
			double adjustedP, String verdict) {
	}

	/**
	 * One metric's arms and comparisons.
	 *
	 * @param guardrail a guardrail metric of the test (higher is better for every metric kind: a significant
	 *                  decrease breaches it), analysed and adjusted with the others
	 */
	public record MetricResult(String metric, boolean binary, List<Arm> arms, List<Comparison> comparisons,
			boolean guardrail) {

		/** The metric's name with "(guardrail)" after it for a guardrail, as tables show it. */
		public String label() {
			return guardrail ? metric + " (guardrail)" : metric;
		}
	}

	/** Verdicts of a guardrail that did not decrease significantly, and one that did. */
	public static final String GUARDRAIL_HELD = "guardrail held: no significant decrease",
			GUARDRAIL_BREACHED = "guardrail breached: significant decrease";

	public record Result(String test, double alpha, Correction correction, AbStatistics.Srm srm, String control,
			List<MetricResult> metrics, List<String> warnings) {
	}

	private AbAnalysis() {
	}

	/**
	 * @param metrics per metric its name and units (the same units and arms for every metric)
	 * @param seed    seed of the posterior draws
	 */
	public static Result analyse(AbTestSpec spec, List<String> metricNames, List<AbUnits> metrics, long seed)
			throws AbInputException {
		return analyse(spec, metricNames, metrics, java.util.Set.of(), seed);
	}

	/**
	 * @param guardrails the names among {@code metricNames} that are guardrails: analysed by the same methods, their
	 *                   p-values adjusted together with the primary metrics' across arms and metrics, and a
	 *                   significant decrease reported as a breach
	 */
	public static Result analyse(AbTestSpec spec, List<String> metricNames, List<AbUnits> metrics,
			java.util.Collection<String> guardrails, long seed) throws AbInputException {
		AbUnits first = metrics.get(0);
		int k = spec.arms().size();
		int[] dataArm = new int[k]; // spec arm -> data arm
		for (int a = 0; a < k; a++) {
			dataArm[a] = first.arms.indexOf(spec.arms().get(a));
		}
		for (String dataName : first.arms) {
			if (!spec.arms().contains(dataName)) {
				throw new AbInputException(null, 0, "variant",
						"the data assign units to " + dataName + ", which is not a variant of the test " + spec.arms());
			}
		}
		long[] counts = new long[k];
		List<String> warnings = new ArrayList<>();
		for (int a = 0; a < k; a++) {
			counts[a] = dataArm[a] < 0 ? 0 : first.count(dataArm[a]);
			if (counts[a] == 0) {
				throw new AbInputException(null, 0, "variant", "variant " + spec.arms().get(a) + " has no units");
			}
		}
		AbStatistics.Srm srm = AbStatistics.sampleRatioMismatch(counts, spec.shares());
		if (srm.mismatch()) {
			warnings.add(String.format(java.util.Locale.ROOT,
					"sample ratio mismatch: chi-squared %.2f, p = %.2g < %.3f; the assignment is broken, no verdict is"
							+ " given",
					srm.statistic(), srm.pValue(), AbStatistics.SRM_THRESHOLD));
		}
		List<MetricResult> results = new ArrayList<>();
		for (int m = 0; m < metrics.size(); m++) {
			AbUnits u = metrics.get(m);
			List<Arm> arms = new ArrayList<>();
			for (int a = 0; a < k; a++) {
				double[] v = u.metricOf(dataArm[a]);
				double sum = java.util.Arrays.stream(v).sum();
				arms.add(new Arm(spec.arms().get(a), v.length, spec.shares()[a], sum / v.length, sum));
			}
			List<Comparison> comparisons = new ArrayList<>();
			for (int a = 0; a < k; a++) {
				if (a != spec.control()) {
					comparisons.add(compare(spec, metricNames.get(m), u, dataArm[spec.control()], dataArm[a],
							spec.arms().get(a), seed + 31L * m + a));
				}
			}
			results.add(new MetricResult(metricNames.get(m), u.binary, arms, comparisons,
					guardrails.contains(metricNames.get(m))));
		}
		// adjust the primary method's p-values across every arm and metric
		List<Comparison> all = new ArrayList<>();
		results.forEach(r -> all.addAll(r.comparisons()));
		double[] p = all.stream().mapToDouble(Comparison::primaryP).toArray();
		double[] adjusted = switch (spec.correction()) {
		case HOLM -> AbStatistics.holm(p);
		case BENJAMINI_HOCHBERG -> AbStatistics.benjaminiHochberg(p);
		case BONFERRONI -> AbStatistics.bonferroni(p);
		case NONE -> p.clone();
		};
		List<MetricResult> out = new ArrayList<>();
		int index = 0;
		for (MetricResult r : results) {
			List<Comparison> cs = new ArrayList<>();
			for (Comparison c : r.comparisons()) {
				double adj = adjusted[index++];
				long control = r.arms().get(spec.control()).units();
				long treated = r.arms().stream().filter(x -> x.name().equals(c.arm())).findFirst().orElseThrow()
						.units();
				String verdict;
				if (srm.mismatch()) {
					verdict = "no verdict: sample ratio mismatch";
				} else if (Math.min(control, treated) < spec.minimumUnitsPerArm()) {
					verdict = "no verdict: fewer than " + spec.minimumUnitsPerArm() + " units in an arm";
				} else if (r.binary() && minConversions(r, spec.control(), c.arm()) < 10) {
					verdict = "no verdict: fewer than 10 conversions in an arm";
				} else if (adj <= spec.alpha()) {
					double estimate = c.estimates().stream().filter(e -> e.method().equals(c.primaryMethod()))
							.findFirst().orElseThrow().estimate();
					verdict = estimate > 0 ? "significant increase"
							: r.guardrail() ? GUARDRAIL_BREACHED : "significant decrease";
					if (r.guardrail() && estimate <= 0) {
						warnings.add(String.format(java.util.Locale.ROOT,
								"guardrail %s breached by %s: significant decrease (adjusted p = %.3g)", r.metric(),
								c.arm(), adj));
					}
				} else {
					verdict = r.guardrail() ? GUARDRAIL_HELD : "not significant";
				}
				cs.add(new Comparison(c.metric(), c.arm(), c.estimates(), c.bayes(), c.cupedVarianceReduction(),
						c.primaryMethod(), c.primaryP(), adj, verdict));
			}
			out.add(new MetricResult(r.metric(), r.binary(), r.arms(), cs, r.guardrail()));
		}
		return new Result(spec.name(), spec.alpha(), spec.correction(), srm, spec.arms().get(spec.control()), out,
				warnings);
	}

	private static double minConversions(MetricResult r, int control, String arm) {
		double c = r.arms().get(control).sum();
		double t = r.arms().stream().filter(x -> x.name().equals(arm)).findFirst().orElseThrow().sum();
		return Math.min(c, t);
	}

	static Comparison compare(AbTestSpec spec, String metric, AbUnits u, int ca, int ta, String armName,
			long seed) {
		double alpha = spec.alpha();
		double[] ya = u.metricOf(ca), yb = u.metricOf(ta);
		AbStatistics.Summary sa = AbStatistics.Summary.of(ya), sb = AbStatistics.Summary.of(yb);
		List<AbStatistics.Estimate> estimates = new ArrayList<>();
		AbStatistics.Bayes bayes = null;
		if (u.binary) {
			long xa = Math.round(sa.mean() * sa.n()), xb = Math.round(sb.mean() * sb.n());
			estimates.add(AbStatistics.twoProportionZ(xa, sa.n(), xb, sb.n(), true, alpha));
			estimates.add(AbStatistics.twoProportionZ(xa, sa.n(), xb, sb.n(), false, alpha));
			estimates.add(AbStatistics.fisher(xa, sa.n(), xb, sb.n(), alpha));
			if (sa.n() + sb.n() <= BOSCHLOO_MAX_UNITS) {
				estimates.add(AbStatistics.boschloo(xa, sa.n(), xb, sb.n(), alpha));
			}
			bayes = AbStatistics.bayesian(xa, sa.n(), xb, sb.n(), spec.priorAlpha(), spec.priorBeta(), 1 - alpha,
					POSTERIOR_DRAWS, seed);
		}
		estimates.add(AbStatistics.welch(sa, sb, alpha));
		if (sa.mean() != 0) {
			estimates.add(AbStatistics.relativeLift(sa, sb, alpha));
		}
		double reduction = Double.NaN;
		if (u.covariate != null) {
			AbStatistics.Cuped c = AbStatistics.cuped(ya, u.covariateOf(ca), yb, u.covariateOf(ta), alpha);
			estimates.add(c.estimate());
			reduction = c.varianceReduction();
		}
		if (u.cluster != null) {
			estimates.add(AbStatistics.clusterRobust(ya, u.clusterOf(ca), yb, u.clusterOf(ta), alpha));
		}
		String primary = primaryMethod(spec, u);
		double p = estimates.stream().filter(e -> e.method().equals(primary)).findFirst()
				.map(AbStatistics.Estimate::pValue).orElse(Double.NaN);
		if (primary.equals("bayesian") && bayes != null) {
			// a two-sided "p" for the adjustment: twice the posterior probability of the less likely direction
			p = Math.min(1, 2 * Math.min(bayes.probabilityBBeatsA(), 1 - bayes.probabilityBBeatsA()));
		}
		return new Comparison(metric, armName, estimates, bayes, reduction, primary, p, p, "");
	}

	/**
	 * The method that decides: the test's, made to fit the data (clustered data use cluster-robust errors unless the
	 * test names another method, CUPED when a covariate is given, z tests and exact tests only for conversion).
	 */
	static String primaryMethod(AbTestSpec spec, AbUnits u) {
		AnalysisMethod m = spec.method();
		if (u.cluster != null) {
			return "cluster-robust";
		}
		if (u.covariate != null) {
			return "cuped";
		}
		if (!u.binary) {
			return m == AnalysisMethod.WELCH_RELATIVE ? "welch-relative" : "welch";
		}
		return switch (m) {
		case ZPOOLED -> "z-pooled";
		case ZUNPOOLED -> "z-unpooled";
		case FISHER -> "fisher";
		case BOSCHLOO -> u.size() <= BOSCHLOO_MAX_UNITS ? "boschloo" : "fisher";
		case WELCH -> "welch";
		case WELCH_RELATIVE -> "welch-relative";
		case BAYESIAN -> "bayesian";
		};
	}
}
