// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.tests.abtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

import io.streamwise.core.abtest.MixtureSprt;
import io.streamwise.core.abtest.SequentialTest;

/** The mixture SPRT by hand, and its always-valid property by simulation. */
class MixtureSprtTest {

	/**
	 * V = 1, τ² = 1: at θ̂ = 0, Λ = √(1/2) < 1 so p stays 1; at θ̂ = 3, ln Λ = ½ ln ½ + 9/4 = 1.903426, p = e^−1.903426
	 * = 0.149057; half-width of the sequence √(2 (2 ln 20 + ln 2)) = 3.6663 at α = 0.05.
	 */
	@Test
	void likelihoodRatioAndIntervalByHand() {
		MixtureSprt test = new MixtureSprt(1, 0.05);
		SequentialTest.Look first = test.look(1, 10, 10, 0, 1);
		assertEquals(1, first.pValue(), 0);
		SequentialTest.Look second = test.look(2, 20, 20, 3, 1);
		assertEquals(Math.exp(-(0.5 * Math.log(0.5) + 2.25)), second.pValue(), 1e-12);
		assertEquals(0.149057, second.pValue(), 1e-6);
		double half = Math.sqrt(2 * (2 * Math.log(20) + Math.log(2)));
		// the running intersection: the first look's interval is [-half, half], the second's [3 - half, 3 + half]
		assertEquals(3 - half, second.low(), 1e-12);
		assertEquals(half, second.high(), 1e-12);
		// the p-value never rises
		assertEquals(second.pValue(), test.look(3, 30, 30, 0, 1).pValue(), 0);
	}

	/**
	 * Always valid: 400 A/A tests of two Bernoulli(0.1) streams, looked at after every 100 units per arm up to
	 * 3,000. Stopping at the first look with p ≤ 0.05 rejects at most about 5 % (here with three Monte Carlo
	 * standard errors of slack), while the fixed-horizon z test, looked at the same 30 times, rejects far more.
	 * Seeded, so the counts are fixed.
	 */
	@Test
	void alwaysValidUnderContinuousPeekingWhereTheFixedHorizonTestIsNot() {
		int replicates = 400, looks = 30, batch = 100;
		double alpha = 0.05, p = 0.1;
		int sequentialRejections = 0, naiveRejections = 0;
		NormalDistribution normal = NormalDistribution.of(0, 1);
		for (int r = 0; r < replicates; r++) {
			SplittableRandom rng = new SplittableRandom(1000 + r);
			MixtureSprt test = new MixtureSprt(0.01 * 0.01, alpha);
			long xa = 0, xb = 0, n = 0;
			boolean sequential = false, naive = false;
			for (int look = 0; look < looks; look++) {
				for (int i = 0; i < batch; i++) {
					xa += rng.nextDouble() < p ? 1 : 0;
					xb += rng.nextDouble() < p ? 1 : 0;
				}
				n += batch;
				double pa = (double) xa / n, pb = (double) xb / n;
				double v = pa * (1 - pa) / n + pb * (1 - pb) / n;
				sequential |= test.look(look, n, n, pb - pa, v).reject();
				naive |= 2 * normal.survivalProbability(Math.abs(pb - pa) / Math.sqrt(v)) < alpha;
			}
			sequentialRejections += sequential ? 1 : 0;
			naiveRejections += naive ? 1 : 0;
		}
		double se = Math.sqrt(alpha * (1 - alpha) / replicates);
		assertTrue(sequentialRejections / (double) replicates <= alpha + 3 * se,
				"mSPRT rejected " + sequentialRejections + " of " + replicates);
		assertTrue(naiveRejections / (double) replicates > 0.15,
				"peeking at the fixed-horizon test rejected only " + naiveRejections + " of " + replicates);
	}
}
