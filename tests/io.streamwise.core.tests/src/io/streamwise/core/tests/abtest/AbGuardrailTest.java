// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.tests.abtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.abtest.AbAnalysis;
import io.streamwise.core.abtest.AbCounts;
import io.streamwise.core.abtest.AbInputException;
import io.streamwise.core.abtest.AbStatistics;
import io.streamwise.core.abtest.AbTestSpec;
import io.streamwise.core.abtest.AbUnits;
import io.streamwise.model.abtest.ABTest;
import io.streamwise.model.abtest.ABTestFactory;
import io.streamwise.model.abtest.AnalysisMethod;
import io.streamwise.model.abtest.Correction;
import io.streamwise.model.abtest.Metric;
import io.streamwise.model.abtest.MetricKind;
import io.streamwise.model.abtest.Variant;

/** Guardrail metrics are analysed beside the primary metric, adjusted with it, and a decrease is a breach. */
class AbGuardrailTest {

	private static final List<String> ARMS = List.of("control", "b");

	/**
	 * 200 units per arm, 40 buyers in each (no effect on conversion); buyers pay 10 in the control and {@code price}
	 * in b, so revenue per viewer falls from 2 to price / 5.
	 */
	private static AbAnalysis.Result analyse(double price, Correction correction, Set<String> guardrails)
			throws Exception {
		int n = 400;
		int[] arm = new int[n];
		double[] conversion = new double[n], revenue = new double[n];
		for (int i = 0; i < n; i++) {
			arm[i] = i / 200;
			boolean bought = i % 200 < 40;
			conversion[i] = bought ? 1 : 0;
			revenue[i] = bought ? arm[i] == 0 ? 10 : price : 0;
		}
		AbTestSpec spec = AbTestSpec.forData(ARMS, "control", 0.05, AnalysisMethod.WELCH, correction, 0.1, 100);
		return AbAnalysis.analyse(spec, List.of("conversion", "revenue"),
				List.of(AbUnits.of(ARMS, arm, conversion, null, null, null, true),
						AbUnits.of(ARMS, arm, revenue, null, null, null, false)),
				guardrails, 1);
	}

	/**
	 * Revenue halves (buyers pay 5 instead of 10): Welch t = −1 / √((3200/199 + 800/199) / 200) = −3.1543 on 292.6
	 * degrees of freedom, p ≈ 0.0018; Bonferroni over the two comparisons (conversion and the guardrail) doubles each
	 * p-value, so conversion's p of 1 stays 1 and the guardrail's is still below 0.05: breached, with a warning.
	 */
	@Test
	void aSignificantDecreaseBreachesTheGuardrailAndItCountsInTheCorrection() throws Exception {
		AbAnalysis.Result r = analyse(5, Correction.BONFERRONI, Set.of("revenue"));
		AbAnalysis.MetricResult conversion = r.metrics().get(0), revenue = r.metrics().get(1);
		assertFalse(conversion.guardrail());
		assertTrue(revenue.guardrail());
		assertEquals("revenue (guardrail)", revenue.label());
		AbAnalysis.Comparison c = revenue.comparisons().get(0);
		assertEquals("welch", c.primaryMethod());
		assertEquals(-3.1543, c.estimates().stream().filter(e -> e.method().equals("welch")).findFirst()
				.orElseThrow().statistic(), 1e-4);
		assertEquals(2 * c.primaryP(), c.adjustedP(), 1e-15);
		assertEquals(AbAnalysis.GUARDRAIL_BREACHED, c.verdict());
		assertEquals("not significant", conversion.comparisons().get(0).verdict());
		assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("guardrail revenue breached by b")),
				r.warnings().toString());
	}

	/** Without the guardrail flag the same numbers are a plain decrease; a guardrail that rose is held. */
	@Test
	void aGuardrailThatDidNotFallIsHeld() throws Exception {
		assertEquals("significant decrease",
				analyse(5, Correction.BONFERRONI, Set.of()).metrics().get(1).comparisons().get(0).verdict());
		assertEquals(AbAnalysis.GUARDRAIL_HELD,
				analyse(10.5, Correction.HOLM, Set.of("revenue")).metrics().get(1).comparisons().get(0).verdict());
		AbAnalysis.Result up = analyse(20, Correction.HOLM, Set.of("revenue"));
		assertEquals("significant increase", up.metrics().get(1).comparisons().get(0).verdict());
		assertTrue(up.warnings().isEmpty(), up.warnings().toString());
	}

	/**
	 * The same arms as summary counts (40 buyers of 200 per arm, paying 10 in the control and {@code price} in b), with
	 * revenue a guardrail whose non-inferiority margin is {@code margin}, the test read from an in-memory document.
	 */
	private static AbAnalysis.Result withMargin(double price, double margin) throws Exception {
		ABTestFactory f = ABTestFactory.eINSTANCE;
		ABTest test = f.createABTest();
		test.setName("margin");
		test.setAnalysisMethod(AnalysisMethod.WELCH);
		for (String name : ARMS) {
			Variant v = f.createVariant();
			v.setName(name);
			v.setControl(name.equals("control"));
			test.getVariants().add(v);
		}
		Metric primary = f.createMetric();
		primary.setName("conversion");
		primary.setBaseline(0.2);
		test.setPrimaryMetric(primary);
		Metric guardrail = f.createMetric();
		guardrail.setName("revenue");
		guardrail.setKind(MetricKind.REVENUE_PER_VIEWER);
		guardrail.setColumn("revenue");
		guardrail.setNonInferiorityMargin(margin);
		test.getGuardrailMetrics().add(guardrail);
		AbTestSpec spec = AbTestSpec.of(test, null);
		// the primary metric first, as the command passes them
		Map<String, AbCounts.Moments[]> moments = new LinkedHashMap<>();
		moments.put("conversion",
				new AbCounts.Moments[] { new AbCounts.Moments(200, 40, 40), new AbCounts.Moments(200, 40, 40) });
		moments.put("revenue", new AbCounts.Moments[] { new AbCounts.Moments(200, 400, 4000),
				new AbCounts.Moments(200, 40 * price, 40 * price * price) });
		return AbAnalysis.analyse(spec, AbCounts.of(ARMS, moments), Set.of("revenue"), 1, ProgressMonitor.NULL);
	}

	private static AbStatistics.Estimate nonInferiority(AbAnalysis.Comparison c) {
		return c.estimates().stream().filter(e -> e.method().equals(AbStatistics.NON_INFERIORITY)).findFirst()
				.orElseThrow();
	}

	/**
	 * Buyers in b pay 9: revenue per viewer 1.8 against 2, difference −0.2 with Welch error √((3200/199 + 2592/199) /
	 * 200) = 0.381481 on 393.66 degrees of freedom; the one-sided 95 % lower bound is −0.2 − t(0.95; 393.66) · 0.381481
	 * = −0.828960. A margin of 1 is cleared (non-inferiority t = 0.8 / 0.381481 = 2.0971, one-sided p = 0.018311); a
	 * margin of 0.5 is not, so the guardrail is breached although the decrease is far from significant (two-sided p =
	 * 0.60), which without a margin holds it.
	 */
	@Test
	void aGuardrailWithAMarginHoldsOnlyWhenItsOneSidedBoundClearsTheMargin() throws Exception {
		AbAnalysis.Result wide = withMargin(9, 1.0);
		AbAnalysis.Comparison held = wide.metrics().get(1).comparisons().get(0);
		AbStatistics.Estimate ni = nonInferiority(held);
		assertEquals(-0.2, ni.estimate(), 1e-12);
		assertEquals(0.38148084904874946, ni.standardError(), 1e-12);
		assertEquals(0.8 / 0.38148084904874946, ni.statistic(), 1e-9);
		assertEquals(0.01831147380646783, ni.pValue(), 1e-9);
		assertEquals(-0.8289602786634551, ni.low(), 1e-9);
		assertTrue(held.verdict().startsWith(AbAnalysis.GUARDRAIL_NON_INFERIOR), held.verdict());
		assertTrue(wide.warnings().isEmpty(), wide.warnings().toString());
		// decided on its own one-sided test, outside the correction: conversion alone is adjusted (Holm over one)
		assertTrue(Double.isNaN(held.adjustedP()));
		AbAnalysis.Comparison conversion = wide.metrics().get(0).comparisons().get(0);
		assertEquals(conversion.primaryP(), conversion.adjustedP(), 0);

		AbAnalysis.Result narrow = withMargin(9, 0.5);
		AbAnalysis.Comparison breached = narrow.metrics().get(1).comparisons().get(0);
		assertEquals(-0.8289602786634551, nonInferiority(breached).low(), 1e-9);
		assertTrue(breached.verdict().startsWith(AbAnalysis.GUARDRAIL_NOT_NON_INFERIOR), breached.verdict());
		assertTrue(narrow.warnings().stream().anyMatch(w -> w.startsWith("guardrail revenue breached by b")),
				narrow.warnings().toString());
		assertEquals(AbAnalysis.GUARDRAIL_HELD, withMargin(9, 0).metrics().get(1).comparisons().get(0).verdict());
	}

	/**
	 * Buyers in b pay 5: a significant decrease of 1 (t = −3.154, p = 0.0018) that breaches a guardrail without a
	 * margin, but stays within a margin of 2: lower bound −1 − t(0.95; 292.65) · 0.317021 = −1.523110 > −2,
	 * non-inferiority p = 0.000888.
	 */
	@Test
	void aSignificantDecreaseWithinTheMarginHoldsTheGuardrail() throws Exception {
		AbAnalysis.Comparison c = withMargin(5, 2.0).metrics().get(1).comparisons().get(0);
		assertEquals(-1.5231096074632755, nonInferiority(c).low(), 1e-9);
		assertEquals(0.0008879102491358154, nonInferiority(c).pValue(), 1e-9);
		assertTrue(c.verdict().startsWith(AbAnalysis.GUARDRAIL_NON_INFERIOR), c.verdict());
		assertEquals(AbAnalysis.GUARDRAIL_BREACHED, withMargin(5, 0).metrics().get(1).comparisons().get(0).verdict());
	}

	@Test
	void aNegativeMarginIsBadInput() {
		AbInputException e = assertThrows(AbInputException.class, () -> withMargin(9, -0.1));
		assertTrue(e.getMessage().contains("field 'nonInferiorityMargin'"), e.getMessage());
	}
}
