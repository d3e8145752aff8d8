// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.tests.abtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.streamwise.core.abtest.AbDesign;
import io.streamwise.core.abtest.AbUnits;

/** Sample size, power and MDE against R's documented examples and hand computation. */
class AbDesignTest {

	private static AbDesign.Inputs proportions(double p1, double p2, double[] shares, double power, double rho,
			double m, double icc) {
		return new AbDesign.Inputs(true, p1, 0, p2 - p1, false, shares, 0, 0.05, power, true, rho, m, icc, 0);
	}

	/**
	 * R's documentation of power.prop.test (package stats) gives {@code power.prop.test(p1 = .50, p2 = .75, power =
	 * .90)} as n = 76.7 per group: the same pooled-null, unpooled-alternative formula, equal groups.
	 */
	@Test
	void proportionsMatchRsPowerPropTestExample() {
		AbDesign.Plan plan = AbDesign.plan(proportions(0.5, 0.75, new double[] { 0.5, 0.5 }, 0.9, 0, 1, 0));
		// per group 76.707 -> 77 each, 154 in all
		assertEquals(77, plan.unitsPerArm()[0]);
		assertEquals(77, plan.unitsPerArm()[1]);
		assertEquals(0.9, AbDesign.power(proportions(0.5, 0.75, new double[] { 0.5, 0.5 }, 0.9, 0, 1, 0),
				2 * 76.70692845), 1e-6);
	}

	/**
	 * Means, normal approximation: n per group = 2 (z_0.975 + z_0.8)² σ² / δ² = 2 × 2.8016² × 4 = 62.79 for δ/σ =
	 * 0.5 (hand computed; Lehr's rule of thumb 16/Δ² gives 64).
	 */
	@Test
	void meansByHand() {
		AbDesign.Inputs in = new AbDesign.Inputs(false, 10, 4, 2, false, new double[] { 0.5, 0.5 }, 0, 0.05, 0.8,
				true, 0, 1, 0, 0);
		AbDesign.Plan plan = AbDesign.plan(in);
		assertEquals(63, plan.unitsPerArm()[0]);
		assertEquals(126, plan.totalUnits());
		assertEquals(2.0, AbDesign.minimumDetectableEffect(in, 2 * 62.79103787), 1e-6);
	}

	/**
	 * Unequal split 30/70, p 0.10 → 0.12: N = [z_a √(p̄q̄(1/w_A + 1/w_B)) + z_b √(p₁q₁/w_A + p₂q₂/w_B)]² / δ² with p̄
	 * = 0.114 gives N = 9258.2 (computed by hand), so 2778 and 6481 units.
	 */
	@Test
	void unequalSplitByHand() {
		AbDesign.Plan plan = AbDesign.plan(proportions(0.10, 0.12, new double[] { 0.3, 0.7 }, 0.8, 0, 1, 0));
		assertEquals(2778, plan.unitsPerArm()[0]);
		assertEquals(6481, plan.unitsPerArm()[1]);
	}

	/** Three arms with a family-wise correction test each treatment at α / 2; CUPED and clusters scale N. */
	@Test
	void armsCupedAndClustersScaleTheSampleSize() {
		double[] two = { 0.5, 0.5 };
		double base = AbDesign.plan(proportions(0.1, 0.12, two, 0.8, 0, 1, 0)).totalUnits();
		AbDesign.Plan three = AbDesign.plan(proportions(0.1, 0.12, new double[] { 0.4, 0.3, 0.3 }, 0.8, 0, 1, 0));
		assertEquals(0.025, three.comparisonAlpha(), 1e-15);
		// rho = 0.6: variance x 0.64; m = 41, ICC = 0.01: design effect 1.4
		AbDesign.Plan cuped = AbDesign.plan(proportions(0.1, 0.12, two, 0.8, 0.6, 1, 0));
		AbDesign.Plan clustered = AbDesign.plan(proportions(0.1, 0.12, two, 0.8, 0, 41, 0.01));
		assertEquals(0.64, cuped.cupedFactor(), 1e-12);
		assertEquals(1.4, clustered.designEffect(), 1e-12);
		assertEquals(0.64 * base, cuped.totalUnits(), 2.5);
		assertEquals(1.4 * base, clustered.totalUnits(), 2.5);
		assertEquals(clustered.totalUnits() / 41.0, clustered.clusters(), 1e-9);
	}

	@Test
	void durationFromDailyTraffic() {
		AbDesign.Inputs in = new AbDesign.Inputs(true, 0.5, 0, 0.25, false, new double[] { 0.5, 0.5 }, 0, 0.05, 0.9,
				true, 0, 1, 0, 20);
		assertEquals(8, AbDesign.plan(in).days()); // 154 units at 20 a day
	}

	@Test
	void mdeInvertsThePlan() {
		AbDesign.Inputs in = new AbDesign.Inputs(true, 0.05, 0, 0.1, true, new double[] { 0.5, 0.5 }, 0, 0.05, 0.8,
				true, 0, 1, 0, 0);
		double n = 2 * 31_234.0;
		double mde = AbDesign.minimumDetectableEffect(in, n);
		AbDesign.Inputs at = new AbDesign.Inputs(true, 0.05, 0, mde, true, new double[] { 0.5, 0.5 }, 0, 0.05, 0.8,
				true, 0, 1, 0, 0);
		assertEquals(0.8, AbDesign.power(at, n), 1e-9);
	}

	/** ICC by one-way ANOVA on a planted layout, computed by hand; the covariate is an exact linear function. */
	@Test
	void iccAndCorrelationFromALog() {
		// cluster 0: 1,2,3 (mean 2); cluster 1: 3,4,5 (mean 4); grand mean 3
		// SSB = 3·1 + 3·1 = 6, MSB = 6; SSW = 2 + 2 = 4, MSW = 1; m0 = 3 -> (6 - 1) / (6 + 2) = 0.625
		AbUnits u = AbUnits.of(List.of("A"), new int[6], new double[] { 1, 2, 3, 3, 4, 5 },
				new double[] { 2, 4, 6, 6, 8, 10 }, new int[] { 0, 0, 0, 1, 1, 1 }, null, false);
		AbDesign.ClusterEstimate e = AbDesign.estimateIcc(u);
		assertEquals(0.625, e.icc(), 1e-12);
		assertEquals(3.0, e.meanSize(), 1e-12);
		assertEquals(1.0, AbDesign.estimateCorrelation(u), 1e-12);
	}

	@Test
	void badInputsAreRefused() {
		assertThrows(IllegalArgumentException.class,
				() -> AbDesign.plan(proportions(0.1, 0.1, new double[] { 0.5, 0.5 }, 0.8, 0, 1, 0)));
		assertThrows(IllegalArgumentException.class,
				() -> AbDesign.plan(proportions(0.9, 1.1, new double[] { 0.5, 0.5 }, 0.8, 0, 1, 0)));
	}
}
