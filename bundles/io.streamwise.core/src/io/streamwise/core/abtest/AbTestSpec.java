// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.abtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.streamwise.model.abtest.ABTest;
import io.streamwise.model.abtest.AnalysisMethod;
import io.streamwise.model.abtest.Correction;
import io.streamwise.model.abtest.EffectScale;
import io.streamwise.model.abtest.Metric;
import io.streamwise.model.abtest.MetricKind;
import io.streamwise.model.abtest.MonitoringKind;
import io.streamwise.model.abtest.RandomisationUnit;
import io.streamwise.model.abtest.SequentialMethod;
import io.streamwise.model.abtest.Variant;

/**
 * An A/B test checked and reduced to what design and analysis need. Built from an {@code .abtest} document by
 * {@link #of(ABTest, Path)}, which names the file, the line of the offending element and the field for every problem
 * (shares not summing to 1, no or two controls, a variant without a name, α outside (0, 1), ...).
 */
public record AbTestSpec(String name, List<String> arms, double[] shares, int control, boolean clusteredByStream,
		MetricKind metricKind, double baseline, double standardDeviation, double effect, boolean relativeEffect,
		double alpha, double power, Correction correction, AnalysisMethod method, String covariate,
		double covariateCorrelation, double clusterSize, double intraclassCorrelation, double dailyTraffic,
		double priorAlpha, double priorBeta, int minimumUnitsPerArm, boolean sequential, List<Double> lookDays,
		double mixtureVariance, List<String> guardrails, SequentialMethod sequentialMethod,
		List<Double> guardrailMargins) {

	/** Shares may miss 1 by this much (rounding in a hand-written file). */
	public static final double SHARE_TOLERANCE = 1e-6;

	/**
	 * The non-inferiority margin of a guardrail (in the metric's units; the guardrail elements'
	 * {@code nonInferiorityMargin}), 0 when it has none or the metric is not a guardrail.
	 */
	public double margin(String guardrail) {
		int i = guardrails.indexOf(guardrail);
		return i < 0 || guardrailMargins == null || i >= guardrailMargins.size() ? 0 : guardrailMargins.get(i);
	}

	/** The design's inputs. */
	public AbDesign.Inputs designInputs() {
		return new AbDesign.Inputs(metricKind == MetricKind.CONVERSION_RATE, baseline, standardDeviation, effect,
				relativeEffect, shares, control, alpha, power,
				correction == Correction.HOLM || correction == Correction.BONFERRONI, covariateCorrelation,
				clusteredByStream ? clusterSize : 1, clusteredByStream ? intraclassCorrelation : 0, dailyTraffic);
	}

	/** The mixture variance of the sequential test: the file's, or the square of the absolute MDE. */
	public double tau2() {
		if (mixtureVariance > 0) {
			return mixtureVariance;
		}
		double absolute = relativeEffect ? effect * baseline : effect;
		return absolute * absolute > 0 ? absolute * absolute : 1e-4;
	}

	public static AbTestSpec of(ABTest test, Path file) throws AbInputException {
		List<String> lines = lines(file);
		List<Variant> variants = test.getVariants();
		if (variants.size() < 2) {
			throw new AbInputException(file, line(lines, "<abtest:ABTest", 0), "variants",
					"a test needs at least two variants, found " + variants.size());
		}
		List<String> names = new ArrayList<>();
		double[] shares = new double[variants.size()];
		int control = -1;
		Set<String> seen = new HashSet<>();
		double sum = 0;
		for (int i = 0; i < variants.size(); i++) {
			Variant v = variants.get(i);
			long at = line(lines, "<variants", i);
			if (v.getName() == null || v.getName().isBlank()) {
				throw new AbInputException(file, at, "name", "variant " + (i + 1) + " has no name");
			}
			if (!seen.add(v.getName())) {
				throw new AbInputException(file, at, "name", "two variants are named " + v.getName());
			}
			if (!(v.getTrafficShare() > 0 && v.getTrafficShare() < 1)) {
				throw new AbInputException(file, at, "trafficShare",
						"variant " + v.getName() + "'s share must lie in (0, 1), got " + v.getTrafficShare());
			}
			if (v.isControl()) {
				if (control >= 0) {
					throw new AbInputException(file, at, "control",
							"two controls: " + names.get(control) + " and " + v.getName());
				}
				control = i;
			}
			names.add(v.getName());
			shares[i] = v.getTrafficShare();
			sum += shares[i];
		}
		if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
			throw new AbInputException(file, line(lines, "<variants", 0), "trafficShare",
					"the variants' traffic shares sum to " + sum + ", not 1");
		}
		if (control < 0) {
			throw new AbInputException(file, line(lines, "<variants", 0), "control",
					"no variant is the control (control=\"true\")");
		}
		long root = line(lines, "<abtest:ABTest", 0);
		if (!(test.getAlpha() > 0 && test.getAlpha() < 1)) {
			throw new AbInputException(file, root, "alpha", "must lie in (0, 1), got " + test.getAlpha());
		}
		if (!(test.getPower() > 0 && test.getPower() < 1)) {
			throw new AbInputException(file, root, "power", "must lie in (0, 1), got " + test.getPower());
		}
		if (test.getMinimumDetectableEffect() == 0) {
			throw new AbInputException(file, root, "minimumDetectableEffect", "must not be 0");
		}
		if (!(Math.abs(test.getCovariateCorrelation()) < 1)) {
			throw new AbInputException(file, root, "covariateCorrelation", "must lie in (-1, 1)");
		}
		if (!(test.getIntraclassCorrelation() >= 0 && test.getIntraclassCorrelation() < 1)) {
			throw new AbInputException(file, root, "intraclassCorrelation", "must lie in [0, 1)");
		}
		if (!(test.getPriorAlpha() > 0 && test.getPriorBeta() > 0)) {
			throw new AbInputException(file, root, "priorAlpha", "the Beta prior's parameters must be above 0");
		}
		Metric primary = test.getPrimaryMetric();
		if (primary == null) {
			throw new AbInputException(file, root, "primaryMetric", "the test has no primary metric");
		}
		long metricLine = line(lines, "<primaryMetric", 0);
		if (primary.getKind() == MetricKind.CONVERSION_RATE
				&& !(primary.getBaseline() > 0 && primary.getBaseline() < 1)) {
			throw new AbInputException(file, metricLine, "baseline",
					"a conversion rate's baseline must lie in (0, 1), got " + primary.getBaseline());
		}
		if (primary.getKind() != MetricKind.CONVERSION_RATE && !(primary.getStandardDeviation() > 0)) {
			throw new AbInputException(file, metricLine, "standardDeviation",
					"a mean metric needs a standard deviation above 0");
		}
		boolean sequential = test.getMonitoring() != null
				&& test.getMonitoring().getKind() == MonitoringKind.SEQUENTIAL;
		List<Double> looks = test.getMonitoring() == null ? List.of()
				: List.copyOf(test.getMonitoring().getLookTimes());
		double tau2 = test.getMonitoring() == null ? 0 : test.getMonitoring().getMixtureVariance();
		// a guardrail without a column is derived from the purchase events, as the primary metric is
		List<String> guardrails = test.getGuardrailMetrics().stream()
				.map(m -> m.getColumn() != null && !m.getColumn().isBlank() ? m.getColumn()
						: m.getKind() == MetricKind.CONVERSION_RATE ? "conversion" : "revenue")
				.toList();
		List<Double> margins = new ArrayList<>();
		for (int i = 0; i < test.getGuardrailMetrics().size(); i++) {
			double margin = test.getGuardrailMetrics().get(i).getNonInferiorityMargin();
			if (!(margin >= 0) || Double.isInfinite(margin)) {
				throw new AbInputException(file, line(lines, "<guardrailMetrics", i), "nonInferiorityMargin",
						"a guardrail's margin is the decrease tolerated: 0 (none) or above, got " + margin);
			}
			margins.add(margin);
		}
		String covariate = test.getCovariate() == null || test.getCovariate().isBlank() ? null : test.getCovariate();
		return new AbTestSpec(test.getName() == null ? test.getId() : test.getName(), names, shares, control,
				test.getUnit() == RandomisationUnit.STREAM, primary.getKind(), primary.getBaseline(),
				primary.getStandardDeviation(), test.getMinimumDetectableEffect(),
				test.getEffectScale() == EffectScale.RELATIVE, test.getAlpha(), test.getPower(), test.getCorrection(),
				test.getAnalysisMethod(), covariate, test.getCovariateCorrelation(), test.getClusterSize(),
				test.getIntraclassCorrelation(), test.getDailyTraffic(), test.getPriorAlpha(), test.getPriorBeta(),
				test.getMinimumUnitsPerArm(), sequential, looks, tau2, guardrails,
				test.getMonitoring() == null ? SequentialMethod.MSPRT : test.getMonitoring().getSequentialMethod(),
				List.copyOf(margins));
	}

	/**
	 * A test for data without a test file: the data's arms with equal planned shares, the arm named "control" (or
	 * the first one seen) as control, and the given level and method.
	 */
	public static AbTestSpec forData(List<String> arms, String control, double alpha, AnalysisMethod method,
			Correction correction, double effect, int minimumUnitsPerArm) {
		double[] shares = new double[arms.size()];
		java.util.Arrays.fill(shares, 1.0 / arms.size());
		int c = control != null ? arms.indexOf(control) : arms.indexOf("control");
		return new AbTestSpec("ad hoc", arms, shares, Math.max(c, 0), false, MetricKind.CONVERSION_RATE, 0, 0, effect,
				false, alpha, 0.8, correction, method, null, 0, 1, 0, 0, 1, 1, minimumUnitsPerArm, false, List.of(),
				0, List.of(), SequentialMethod.MSPRT, List.of());
	}

	private static List<String> lines(Path file) {
		try {
			return file == null ? List.of() : Files.readAllLines(file);
		} catch (IOException e) {
			return List.of();
		}
	}

	/** The 1-based line of the {@code index}-th line holding {@code tag}, or 0 when not found. */
	private static long line(List<String> lines, String tag, int index) {
		int seen = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(tag) && seen++ == index) {
				return i + 1;
			}
		}
		return 0;
	}
}
