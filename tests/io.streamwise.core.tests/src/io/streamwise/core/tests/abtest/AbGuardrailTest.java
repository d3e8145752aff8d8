// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.tests.abtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.streamwise.core.abtest.AbAnalysis;
import io.streamwise.core.abtest.AbTestSpec;
import io.streamwise.core.abtest.AbUnits;
import io.streamwise.model.abtest.AnalysisMethod;
import io.streamwise.model.abtest.Correction;

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
}
