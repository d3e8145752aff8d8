// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.tests.abtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.apache.commons.math3.special.Beta;
import org.junit.jupiter.api.Test;

import io.streamwise.core.abtest.AbStatistics;
import io.streamwise.core.abtest.AbStatistics.Estimate;
import io.streamwise.core.abtest.AbStatistics.Summary;

/** The analysis tests against published worked examples, closed forms and hand computation. */
class AbStatisticsTest {

	/**
	 * 200/1000 against 250/1000, by hand: pooled p = 0.225, SE = √(0.225·0.775·0.002) = 0.0186748, z = 2.677398;
	 * unpooled SE = √(0.16/1000 + 0.1875/1000) = 0.0186414, z = 2.682209.
	 */
	@Test
	void twoProportionZByHand() {
		Estimate pooled = AbStatistics.twoProportionZ(200, 1000, 250, 1000, true, 0.05);
		Estimate unpooled = AbStatistics.twoProportionZ(200, 1000, 250, 1000, false, 0.05);
		assertEquals(0.05, pooled.estimate(), 1e-15);
		assertEquals(2.677398, pooled.statistic(), 1e-6);
		assertEquals(2.682209, unpooled.statistic(), 1e-6);
		assertEquals(0.0186414, unpooled.standardError(), 1e-7);
		assertEquals(0.05 - 1.959964 * 0.0186414, unpooled.low(), 1e-6);
		assertEquals(0.0074196, pooled.pValue(), 1e-7); // 2 (1 − Φ(2.677398)) from a normal table
	}

	/** Fisher's lady tasting tea (Fisher 1935, The Design of Experiments, ch. II): table 3 1 / 1 3, p = 0.4857. */
	@Test
	void fisherLadyTastingTea() {
		assertEquals(0.485714, AbStatistics.fisher(3, 4, 1, 4, 0.05).pValue(), 1e-6);
	}

	/**
	 * Boschloo's test on the table of SciPy's boschloo_exact documentation ([[74, 31], [43, 32]]: one-sided p =
	 * 0.0355); the two-sided value 0.07113 was cross-checked with SciPy 1.17.
	 */
	@Test
	void boschlooOnScipysExample() {
		// rows of the table are the outcomes; here arms are A = (74 of 117), B = (31 of 63)
		Estimate e = AbStatistics.boschloo(74, 117, 31, 63, 0.05);
		assertEquals(0.07113, e.pValue(), 5e-4);
	}

	/**
	 * Welch's t test, the first example of Wikipedia's "Welch's t-test" article: t = −2.46, ν = 24.99, p = 0.021.
	 */
	@Test
	void welchOnWikipediasExample() {
		double[] a1 = { 27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4 };
		double[] a2 = { 27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4 };
		Estimate e = AbStatistics.welch(Summary.of(a2), Summary.of(a1), 0.05);
		assertEquals(-2.4554, e.statistic(), 1e-4);
		assertEquals(0.021378, e.pValue(), 1e-5);
		assertTrue(e.low() < e.estimate() && e.estimate() < e.high());
	}

	/**
	 * Delta method by hand: A mean 10, variance 16, n 400; B mean 11, variance 25, n 400. Lift 0.1; Var = 25/400/100
	 * + 121·16/400/10⁴ = 0.000625 + 0.000484 = 0.001109, SE = 0.0333017.
	 */
	@Test
	void relativeLiftByTheDeltaMethod() {
		Estimate e = AbStatistics.relativeLift(new Summary(400, 10, 16), new Summary(400, 11, 25), 0.05);
		assertEquals(0.1, e.estimate(), 1e-12);
		assertEquals(Math.sqrt(0.001109), e.standardError(), 1e-12);
	}

	/** CUPED on a planted layout: y = 2x in A, 2x + 0.5 in B with the same x: the adjustment removes all noise. */
	@Test
	void cupedRemovesWhatTheCovariateExplains() {
		SplittableRandom rng = new SplittableRandom(3);
		double[] x = new double[500], yA = new double[500], yB = new double[500];
		for (int i = 0; i < x.length; i++) {
			x[i] = rng.nextDouble() * 10;
			yA[i] = 2 * x[i];
			yB[i] = 2 * x[i] + 0.5;
		}
		AbStatistics.Cuped c = AbStatistics.cuped(yA, x, yB, x, 0.05);
		assertEquals(2.0, c.theta(), 1e-12);
		assertEquals(0.5, c.estimate().estimate(), 1e-12);
		assertTrue(c.estimate().standardError() < 1e-9);
		Estimate welch = AbStatistics.welch(Summary.of(yA), Summary.of(yB), 0.05);
		assertTrue(welch.standardError() > 0.3, "without CUPED the noise of x stays: " + welch.standardError());
	}

	/**
	 * Cluster-robust errors by hand: A has clusters {1, 0} and {0, 0} (mean 0.25, residual sums 0.5 and −0.5, Var =
	 * 2 · 0.5 / 16 = 0.0625), B has {1, 1} and {0, 1} (mean 0.75, residual sums 0.5 and −0.5, Var 0.0625).
	 */
	@Test
	void clusterRobustByHand() {
		Estimate e = AbStatistics.clusterRobust(new double[] { 1, 0, 0, 0 }, new int[] { 0, 0, 1, 1 },
				new double[] { 1, 1, 0, 1 }, new int[] { 2, 2, 3, 3 }, 0.05);
		assertEquals(0.5, e.estimate(), 1e-15);
		assertEquals(Math.sqrt(0.125), e.standardError(), 1e-15);
		assertEquals(0.5 / Math.sqrt(0.125), e.statistic(), 1e-12);
	}

	/**
	 * CR2 and the Bell–McCaffrey degrees of freedom with clusters of unequal size, against the general matrix
	 * formulas (computed by hand in NumPy/SciPy: OLS of y on [1, B], A_g = (I − H_gg)^(−1/2) by a matrix square root,
	 * V = (XᵀX)⁻¹ Σ_g Xᵀ_g A_g e_g e_gᵀ A_g X_g (XᵀX)⁻¹, df = (tr M)² / tr M² with M the Gram matrix of the columns
	 * (I − H)ᵀ_g A_g X_g (XᵀX)⁻¹ (0, 1)ᵀ): A = {2}, {1, 3}, {0, 1, 5}; B = {4, 2}, {3}, {1, 6, 2, 5}. Difference
	 * 9/7 = 1.285714, CR2 variance 0.0462585034 (CR0 would give 0.0233236), df 3.2129277567 (CR1's G − 2 = 4),
	 * t = 5.977900, p = 0.0076888, 95 % interval [0.626200, 1.945228].
	 */
	@Test
	void clusterRobustWithUnequalClustersIsCr2WithBellMcCaffreyDegreesOfFreedom() {
		double[] yA = { 2, 1, 3, 0, 1, 5 }, yB = { 4, 2, 3, 1, 6, 2, 5 };
		int[] cA = { 0, 1, 1, 2, 2, 2 }, cB = { 3, 3, 4, 5, 5, 5, 5 };
		Estimate e = AbStatistics.clusterRobust(yA, cA, yB, cB, 0.05);
		assertEquals(1.2857142857, e.estimate(), 1e-9);
		assertEquals(0.0462585034, e.standardError() * e.standardError(), 1e-10);
		assertEquals(5.9779004774, e.statistic(), 1e-8);
		assertEquals(0.0076888263, e.pValue(), 1e-9);
		assertEquals(0.6262003949, e.low(), 1e-8);
		assertEquals(1.9452281765, e.high(), 1e-8);
		AbStatistics.ClusterVariance a = AbStatistics.clusterVariance(yA, cA), b = AbStatistics.clusterVariance(yB,
				cB);
		double trace = a.trace() + b.trace();
		assertEquals(3.2129277567, trace * trace / (a.traceOfSquare() + b.traceOfSquare()), 1e-9);
	}

	/**
	 * P(B > A) against Evan Miller's closed form ("Formulas for Bayesian A/B Testing", 2015) for integer α_B: Σ_{i=0}^{α_B
	 * − 1} B(α_A + i, β_A + β_B) / ((β_B + i) B(1 + i, β_B) B(α_A, β_A)).
	 */
	@Test
	void probabilityBBeatsAMatchesEvanMillersClosedForm() {
		int[][] cases = { { 21, 81, 31, 71 }, { 1, 1, 1, 1 }, { 5, 300, 9, 296 }, { 120, 2000, 100, 2020 } };
		for (int[] c : cases) {
			double closed = evanMiller(c[0], c[1], c[2], c[3]);
			assertEquals(closed, AbStatistics.probabilityGreater(c[2], c[3], c[0], c[1]), 1e-8,
					java.util.Arrays.toString(c));
		}
		assertEquals(0.5, evanMiller(1, 1, 1, 1), 1e-12);
	}

	private static double evanMiller(int alphaA, int betaA, int alphaB, int betaB) {
		double total = 0;
		for (int i = 0; i < alphaB; i++) {
			total += Math.exp(Beta.logBeta(alphaA + i, betaA + betaB) - Math.log(betaB + i)
					- Beta.logBeta(1 + i, betaB) - Beta.logBeta(alphaA, betaA));
		}
		return total;
	}

	/**
	 * Expected losses: E[(A − B)⁺] − E[(B − A)⁺] = E[A] − E[B] exactly, and each agrees with a Monte Carlo estimate
	 * from the posteriors.
	 */
	@Test
	void expectedLossesAreConsistent() {
		AbStatistics.Bayes b = AbStatistics.bayesian(20, 100, 30, 100, 1, 1, 0.95, 200_000, 7);
		double meanA = 21.0 / 102, meanB = 31.0 / 102;
		assertEquals(meanA - meanB, b.expectedLossB() - b.expectedLossA(), 1e-8);
		org.apache.commons.rng.UniformRandomProvider rng = new SplittableRandom(11)::nextLong;
		var sa = org.apache.commons.statistics.distribution.BetaDistribution.of(21, 81).createSampler(rng);
		var sb = org.apache.commons.statistics.distribution.BetaDistribution.of(31, 71).createSampler(rng);
		double loss = 0;
		int n = 400_000;
		for (int i = 0; i < n; i++) {
			loss += Math.max(sa.sample() - sb.sample(), 0);
		}
		assertEquals(loss / n, b.expectedLossB(), 2e-4);
		assertTrue(b.liftLow() < b.liftOfMeans() && b.liftOfMeans() < b.liftHigh());
	}

	/** SRM: 10,000 / 10,300 on 50/50 is χ² 4.43, p 0.035 (no flag); 10,000 / 10,500 is 12.20, p 0.00048 (flag). */
	@Test
	void sampleRatioMismatch() {
		AbStatistics.Srm fine = AbStatistics.sampleRatioMismatch(new long[] { 10_000, 10_300 },
				new double[] { .5, .5 });
		AbStatistics.Srm broken = AbStatistics.sampleRatioMismatch(new long[] { 10_000, 10_500 },
				new double[] { .5, .5 });
		assertEquals(4.433498, fine.statistic(), 1e-6);
		assertEquals(0.035240, fine.pValue(), 1e-6);
		assertFalse(fine.mismatch());
		assertEquals(0.000479146, broken.pValue(), 1e-9);
		assertTrue(broken.mismatch());
	}

	/**
	 * Benjamini and Hochberg (1995, JRSS B 57, section 4.1) worked example: of these 15 p-values their procedure at
	 * q = 0.05 rejects 4, the Bonferroni-type procedures 3 (Holm included: 0.0095 > 0.05/12).
	 */
	@Test
	void holmAndBenjaminiHochbergOnThePapersExample() {
		double[] p = { 0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262,
				0.5719, 0.6528, 0.7590, 1.000 };
		assertEquals(4, java.util.Arrays.stream(AbStatistics.benjaminiHochberg(p)).filter(v -> v <= 0.05).count());
		assertEquals(3, java.util.Arrays.stream(AbStatistics.holm(p)).filter(v -> v <= 0.05).count());
		// by hand: Holm's third is 13 x 0.0019 = 0.0247; BH's fourth is 0.0095 x 15 / 4 = 0.035625
		assertEquals(0.0247, AbStatistics.holm(p)[2], 1e-12);
		assertEquals(0.035625, AbStatistics.benjaminiHochberg(p)[3], 1e-12);
		assertArrayEquals(new double[] { 0.03, 0.03, 0.6 }, AbStatistics.holm(new double[] { 0.01, 0.015, 0.6 }),
				1e-12);
	}
}
