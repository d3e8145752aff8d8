// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.abtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.streamwise.api.progress.ProgressMonitor;
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

	/** Verdicts of a guardrail without a margin that did not decrease significantly, and one that did. */
	public static final String GUARDRAIL_HELD = "guardrail held: no significant decrease",
			GUARDRAIL_BREACHED = "guardrail breached: significant decrease";
	/**
	 * Verdicts of a guardrail with a non-inferiority margin: shown not to be worse by the margin or more, and not
	 * (the verdict goes on with the bound and the margin).
	 */
	public static final String GUARDRAIL_NON_INFERIOR = "guardrail held: non-inferior",
			GUARDRAIL_NOT_NON_INFERIOR = "guardrail breached: not shown non-inferior";

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
	 *                   significant decrease reported as a breach; a guardrail with a non-inferiority margin in the
	 *                   test is instead tested one-sided against it (see {@link #analyse(AbTestSpec, AbCounts,
	 *                   java.util.Collection, long, ProgressMonitor)})
	 */
	public static Result analyse(AbTestSpec spec, List<String> metricNames, List<AbUnits> metrics,
			java.util.Collection<String> guardrails, long seed) throws AbInputException {
		return analyse(spec, metricNames, metrics, guardrails, seed, ProgressMonitor.NULL);
	}

	/** The same, asking {@code monitor} for cancellation between the steps (each test of each arm and metric). */
	public static Result analyse(AbTestSpec spec, List<String> metricNames, List<AbUnits> metrics,
			java.util.Collection<String> guardrails, long seed, ProgressMonitor monitor) throws AbInputException {
		AbUnits first = metrics.get(0);
		for (String dataName : first.arms) {
			if (!spec.arms().contains(dataName)) {
				throw new AbInputException(null, 0, "variant",
						"the data assign units to " + dataName + ", which is not a variant of the test " + spec.arms());
			}
		}
		// the moment-based tests see the log only through each arm's count, sum and sum of squares, as they see
		// summary counts: a log and its counts give the same numbers
		Map<String, AbCounts.Moments[]> moments = new LinkedHashMap<>();
		for (int m = 0; m < metrics.size(); m++) {
			monitor.checkCancelled();
			AbUnits u = metrics.get(m);
			AbCounts.Moments[] perArm = new AbCounts.Moments[u.arms.size()];
			for (int a = 0; a < perArm.length; a++) {
				perArm[a] = AbCounts.Moments.of(u.metricOf(a));
			}
			moments.put(metricNames.get(m), perArm);
		}
		return analyse(spec, AbCounts.of(first.arms, moments), metrics, guardrails, seed, monitor);
	}

	/**
	 * Analyses summary counts: every test that needs only each arm's count, sum and sum of squares, with the same
	 * results a log of the same units gives.
	 *
	 * @param guardrails the metrics of {@code counts} that are guardrails. One with a non-inferiority margin δ in the
	 *                   test holds when a one-sided test at α shows B − A > −δ (the one-sided bound of the primary
	 *                   method's absolute counterpart above −δ) and is breached otherwise; it is left out of the
	 *                   correction, since the decision needs every guardrail to hold (an intersection–union test,
	 *                   Berger 1982, which keeps α without adjustment). One without a margin is breached by a
	 *                   significant decrease, adjusted with the others.
	 */
	public static Result analyse(AbTestSpec spec, AbCounts counts, java.util.Collection<String> guardrails, long seed,
			ProgressMonitor monitor) throws AbInputException {
		return analyse(spec, counts, null, guardrails, seed, monitor);
	}

	/** @param units the units of each metric of {@code counts}, in its order, or null for summary counts only */
	private static Result analyse(AbTestSpec spec, AbCounts counts, List<AbUnits> units,
			java.util.Collection<String> guardrails, long seed, ProgressMonitor monitor) throws AbInputException {
		int k = spec.arms().size();
		int[] dataArm = new int[k]; // spec arm -> data arm
		for (int a = 0; a < k; a++) {
			dataArm[a] = counts.arms.indexOf(spec.arms().get(a));
		}
		for (String dataName : counts.arms) {
			if (!spec.arms().contains(dataName)) {
				throw new AbInputException(null, 0, "variant",
						"the data assign units to " + dataName + ", which is not a variant of the test " + spec.arms());
			}
		}
		List<String> metricNames = List.copyOf(counts.metrics.keySet());
		AbCounts.Moments[] firstMoments = counts.metrics.get(metricNames.get(0));
		long[] sizes = new long[k];
		long total = 0;
		List<String> warnings = new ArrayList<>();
		for (int a = 0; a < k; a++) {
			sizes[a] = dataArm[a] < 0 ? 0 : firstMoments[dataArm[a]].units();
			if (sizes[a] == 0) {
				throw new AbInputException(null, 0, "variant", "variant " + spec.arms().get(a) + " has no units");
			}
			total += sizes[a];
		}
		AbStatistics.Srm srm = AbStatistics.sampleRatioMismatch(sizes, spec.shares());
		if (srm.mismatch()) {
			warnings.add(String.format(java.util.Locale.ROOT,
					"sample ratio mismatch: chi-squared %.2f, p = %.2g < %.3f; the assignment is broken, no verdict is"
							+ " given",
					srm.statistic(), srm.pValue(), AbStatistics.SRM_THRESHOLD));
		}
		monitor.begin("analysing", (long) metricNames.size() * (k - 1));
		List<MetricResult> results = new ArrayList<>();
		for (int m = 0; m < metricNames.size(); m++) {
			String name = metricNames.get(m);
			AbCounts.Moments[] mo = counts.metrics.get(name);
			AbUnits u = units == null ? null : units.get(m);
			boolean binary = u != null ? u.binary : AbCounts.binary(name);
			boolean guardrail = guardrails.contains(name);
			double margin = guardrail ? spec.margin(name) : 0;
			List<Arm> arms = new ArrayList<>();
			for (int a = 0; a < k; a++) {
				AbCounts.Moments x = mo[dataArm[a]];
				arms.add(new Arm(spec.arms().get(a), x.units(), spec.shares()[a], x.sum() / x.units(), x.sum()));
			}
			List<Comparison> comparisons = new ArrayList<>();
			for (int a = 0; a < k; a++) {
				if (a != spec.control()) {
					monitor.checkCancelled();
					comparisons.add(compare(spec, name, binary, total, mo[dataArm[spec.control()]], mo[dataArm[a]], u,
							dataArm[spec.control()], dataArm[a], spec.arms().get(a), seed + 31L * m + a, margin));
					monitor.worked(1);
				}
			}
			results.add(new MetricResult(name, binary, arms, comparisons, guardrail));
		}
		// adjust the primary method's p-values across every arm and metric; guardrails with a margin are decided
		// on their own one-sided tests, outside the family
		List<Comparison> all = new ArrayList<>();
		results.forEach(r -> r.comparisons().stream().filter(c -> nonInferiority(c) == null).forEach(all::add));
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
				AbStatistics.Estimate ni = nonInferiority(c);
				double adj = ni == null ? adjusted[index++] : Double.NaN;
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
				} else if (ni != null) {
					double margin = spec.margin(r.metric());
					boolean held = ni.low() > -margin;
					verdict = String.format(java.util.Locale.ROOT, "%s: one-sided %s lower bound %.4g %s -%.4g",
							held ? GUARDRAIL_NON_INFERIOR : GUARDRAIL_NOT_NON_INFERIOR, percent(1 - spec.alpha()),
							ni.low(), held ? ">" : "<=", margin);
					if (!held) {
						warnings.add(String.format(java.util.Locale.ROOT,
								"guardrail %s breached by %s: a decrease of %.4g or more is not ruled out (one-sided"
										+ " lower bound %.4g, non-inferiority p = %.3g)",
								r.metric(), c.arm(), margin, ni.low(), ni.pValue()));
					}
				} else if (adj <= spec.alpha()) {
					// the Bayesian comparison is no estimate of the list: its direction is where P(B > A) leans
					double estimate = c.primaryMethod().equals("bayesian") ? c.bayes().probabilityBBeatsA() - 0.5
							: c.estimates().stream().filter(e -> e.method().equals(c.primaryMethod())).findFirst()
									.orElseThrow().estimate();
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

	private static String percent(double share) {
		String s = String.format(java.util.Locale.ROOT, "%.2f", 100 * share).replaceAll("0+$", "").replaceAll("\\.$",
				"");
		return s + "%";
	}

	/** A comparison's non-inferiority test, or null when its metric has no margin. */
	static AbStatistics.Estimate nonInferiority(Comparison c) {
		return c.estimates().stream().filter(e -> e.method().equals(AbStatistics.NON_INFERIORITY)).findFirst()
				.orElse(null);
	}

	private static double minConversions(MetricResult r, int control, String arm) {
		double c = r.arms().get(control).sum();
		double t = r.arms().stream().filter(x -> x.name().equals(arm)).findFirst().orElseThrow().sum();
		return Math.min(c, t);
	}

	/**
	 * @param total all units of the test (every arm), which decides whether an exact unconditional test is run
	 * @param u     the metric's units for the unit-level methods (CUPED, cluster-robust), or null from counts
	 * @param margin the non-inferiority margin of a guardrail, 0 for none
	 */
	static Comparison compare(AbTestSpec spec, String metric, boolean binary, long total, AbCounts.Moments ma,
			AbCounts.Moments mb, AbUnits u, int ca, int ta, String armName, long seed, double margin) {
		double alpha = spec.alpha();
		AbStatistics.Summary sa = ma.summary(), sb = mb.summary();
		List<AbStatistics.Estimate> estimates = new ArrayList<>();
		AbStatistics.Bayes bayes = null;
		AbStatistics.Estimate unpooled = null;
		if (binary) {
			long xa = Math.round(ma.sum()), xb = Math.round(mb.sum());
			unpooled = AbStatistics.twoProportionZ(xa, sa.n(), xb, sb.n(), false, alpha);
			estimates.add(AbStatistics.twoProportionZ(xa, sa.n(), xb, sb.n(), true, alpha));
			estimates.add(unpooled);
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
		boolean covariate = u != null && u.covariate != null, clustered = u != null && u.cluster != null;
		AbStatistics.Estimate nonInferiority = null;
		AbStatistics.Cuped cuped = null;
		if (covariate) {
			cuped = AbStatistics.cuped(u.metricOf(ca), u.covariateOf(ca), u.metricOf(ta), u.covariateOf(ta), alpha);
			estimates.add(cuped.estimate());
			reduction = cuped.varianceReduction();
		}
		if (clustered) {
			estimates.add(AbStatistics.clusterRobust(u.metricOf(ca), u.clusterOf(ca), u.metricOf(ta), u.clusterOf(ta),
					alpha));
		}
		String primary = primaryMethod(spec, binary, clustered, covariate, total);
		if (margin > 0) {
			// the primary method's test of the difference B − A, one-sided against −margin
			if (clustered) {
				AbStatistics.ClusterVariance a = AbStatistics.clusterVariance(u.metricOf(ca), u.clusterOf(ca));
				AbStatistics.ClusterVariance b = AbStatistics.clusterVariance(u.metricOf(ta), u.clusterOf(ta));
				nonInferiority = AbStatistics.nonInferiorityT(b.mean() - a.mean(),
						Math.sqrt(a.variance() + b.variance()), AbStatistics.bellMcCaffreyDf(a, b), margin, alpha);
			} else if (covariate) {
				nonInferiority = AbStatistics.nonInferiorityWelch(cuped.adjustedA(), cuped.adjustedB(), margin, alpha);
			} else if (binary && !primary.startsWith("welch")) {
				nonInferiority = AbStatistics.nonInferiorityNormal(unpooled.estimate(), unpooled.standardError(),
						margin, alpha);
			} else {
				nonInferiority = AbStatistics.nonInferiorityWelch(sa, sb, margin, alpha);
			}
			estimates.add(nonInferiority);
		}
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
	static String primaryMethod(AbTestSpec spec, boolean binary, boolean clustered, boolean covariate, long total) {
		AnalysisMethod m = spec.method();
		if (clustered) {
			return "cluster-robust";
		}
		if (covariate) {
			return "cuped";
		}
		if (!binary) {
			return m == AnalysisMethod.WELCH_RELATIVE ? "welch-relative" : "welch";
		}
		return switch (m) {
		case ZPOOLED -> "z-pooled";
		case ZUNPOOLED -> "z-unpooled";
		case FISHER -> "fisher";
		case BOSCHLOO -> total <= BOSCHLOO_MAX_UNITS ? "boschloo" : "fisher";
		case WELCH -> "welch";
		case WELCH_RELATIVE -> "welch-relative";
		case BAYESIAN -> "bayesian";
		};
	}
}
