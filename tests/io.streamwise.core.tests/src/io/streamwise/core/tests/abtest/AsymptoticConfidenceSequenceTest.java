// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.tests.abtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.streamwise.core.abtest.AsymptoticConfidenceSequence;
import io.streamwise.core.abtest.MixtureSprt;
import io.streamwise.core.abtest.SequentialTest;

/** Waudby-Smith et al.'s asymptotic confidence sequence by hand, and its always-valid property by simulation. */
class AsymptoticConfidenceSequenceTest {

	/**
	 * α = 0.05, t* = 100: ρ² = (2 ln 20 + ln(1 + 2 ln 20)) / 100 = 0.0793615. At t = 100 units with V = 0.01 the
	 * half-width is √(V (1 + tρ²)/(tρ²) (2 ln 20 + ln(1 + tρ²))) = 0.303521; θ̂ = 0.30 stays inside (p = 0.054948,
	 * no rejection), θ̂ = 0.35 leaves it (p = 0.012978). Computed by hand (Python, double precision).
	 */
	@Test
	void widthAndPValueByHand() {
		AsymptoticConfidenceSequence cs = new AsymptoticConfidenceSequence(0.05, 100);
		assertEquals(0.0793615460, cs.rho2(), 1e-10);
		SequentialTest.Look inside = cs.look(1, 50, 50, 0.30, 0.01);
		assertEquals(0.30 - 0.3035208990, inside.low(), 1e-9);
		assertEquals(0.30 + 0.3035208990, inside.high(), 1e-9);
		assertEquals(0.0549476145, inside.pValue(), 1e-9);
		assertFalse(inside.reject());
		SequentialTest.Look outside = cs.look(2, 50, 50, 0.35, 0.01);
		assertEquals(0.0129776134, outside.pValue(), 1e-9);
		assertTrue(outside.reject());
		// the running intersection: the upper end is still the first look's
		assertEquals(0.30 + 0.3035208990, outside.high(), 1e-9);
		assertEquals(0.35 - 0.3035208990, outside.low(), 1e-9);
		// the p-value never rises
		assertEquals(outside.pValue(), cs.look(3, 60, 60, 0, 0.01).pValue(), 0);
	}

	/** The sequence tuned to t* is narrower at t* than with half or twice its ρ². */
	@Test
	void theTunedRhoIsTightestAtThePlannedSize() {
		double rho2 = AsymptoticConfidenceSequence.optimalRho2(0.05, 2000);
		double at = AsymptoticConfidenceSequence.halfWidth(1e-4, 2000, rho2, 0.05);
		assertTrue(at < AsymptoticConfidenceSequence.halfWidth(1e-4, 2000, rho2 / 2, 0.05));
		assertTrue(at < AsymptoticConfidenceSequence.halfWidth(1e-4, 2000, rho2 * 2, 0.05));
	}

	/**
	 * The same boundary as the mixture SPRT with its mixture variance set to σ̂²ρ² = t·V·ρ²: the p-values agree at a
	 * look, which checks the algebra of both.
	 */
	@Test
	void itIsTheNormalMixtureWithAVarianceScaledMixture() {
		AsymptoticConfidenceSequence cs = new AsymptoticConfidenceSequence(0.05, 500);
		long t = 300;
		double v = 0.002, estimate = 0.09;
		MixtureSprt msprt = new MixtureSprt(t * v * cs.rho2(), 0.05);
		assertEquals(msprt.look(1, 150, 150, estimate, v).pValue(), cs.look(1, 150, 150, estimate, v).pValue(),
				1e-12);
	}

	/**
	 * Always valid: 400 A/A tests of two Bernoulli(0.1) streams looked at after every 100 units per arm up to 3,000
	 * (t* = 6,000). Stopping at the first look whose p-value is at most 0.05 rejects at most about 5 % (three Monte
	 * Carlo standard errors of slack), and the sequence holds the true difference 0 at every look in at least 95 %
	 * minus the same slack; the fixed-horizon interval, looked at the same 30 times, loses it far more often. With a
	 * true difference of 0.04 the sequence rejects in most replicates. Seeded, so the counts are fixed.
	 */
	@Test
	void alwaysValidUnderContinuousPeekingAndPowerfulAgainstAnEffect() {
		int replicates = 400, looks = 30, batch = 100;
		double alpha = 0.05, p = 0.1;
		int rejections = 0, missed = 0, naiveMissed = 0, found = 0;
		for (int r = 0; r < replicates; r++) {
			SplittableRandom rng = new SplittableRandom(5000 + r);
			AsymptoticConfidenceSequence aa = new AsymptoticConfidenceSequence(alpha, 2.0 * looks * batch);
			AsymptoticConfidenceSequence ab = new AsymptoticConfidenceSequence(alpha, 2.0 * looks * batch);
			long xa = 0, xb = 0, xc = 0, n = 0;
			boolean rejected = false, lost = false, naiveLost = false, detected = false;
			for (int look = 0; look < looks; look++) {
				for (int i = 0; i < batch; i++) {
					xa += rng.nextDouble() < p ? 1 : 0;
					xb += rng.nextDouble() < p ? 1 : 0;
					xc += rng.nextDouble() < p + 0.04 ? 1 : 0;
				}
				n += batch;
				double pa = (double) xa / n, pb = (double) xb / n, pc = (double) xc / n;
				double v = pa * (1 - pa) / n + pb * (1 - pb) / n;
				SequentialTest.Look l = aa.look(look, n, n, pb - pa, v);
				rejected |= l.reject();
				lost |= l.low() > 0 || l.high() < 0;
				naiveLost |= Math.abs(pb - pa) > 1.959964 * Math.sqrt(v);
				detected |= ab.look(look, n, n, pc - pa, pa * (1 - pa) / n + pc * (1 - pc) / n).reject();
			}
			rejections += rejected ? 1 : 0;
			missed += lost ? 1 : 0;
			naiveMissed += naiveLost ? 1 : 0;
			found += detected ? 1 : 0;
		}
		double se = Math.sqrt(alpha * (1 - alpha) / replicates);
		assertTrue(rejections / (double) replicates <= alpha + 3 * se,
				"the sequence rejected " + rejections + " of " + replicates + " A/A tests");
		assertTrue(missed / (double) replicates <= alpha + 3 * se,
				"the sequence lost the truth in " + missed + " of " + replicates);
		assertTrue(naiveMissed / (double) replicates > 0.15,
				"the fixed-horizon interval lost the truth in only " + naiveMissed + " of " + replicates);
		assertTrue(found / (double) replicates > 0.8, "found the effect in only " + found + " of " + replicates);
	}
}
