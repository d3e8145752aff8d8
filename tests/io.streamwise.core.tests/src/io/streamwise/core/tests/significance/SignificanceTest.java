package io.streamwise.core.tests.significance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.api.Test;

import io.streamwise.core.significance.Friedman;
import io.streamwise.core.significance.Holm;
import io.streamwise.core.significance.PairedTests;
import io.streamwise.core.significance.PairedTests.Paired;

class SignificanceTest {

	@Test
	void holmStepsDownAndKeepsOrder() {
		// m = 3 non-NaN: 0.01·3 = 0.03; 0.03·2 = 0.06; 0.04·1 = 0.04 -> raised to the running max 0.06
		assertArrayEquals(new double[] { 0.03, 0.06, 0.06, Double.NaN },
				Holm.adjust(new double[] { 0.01, 0.04, 0.03, Double.NaN }), 1e-12);
		assertArrayEquals(new double[] { 1, 1 }, Holm.adjust(new double[] { 0.6, 0.9 }), 1e-12); // capped at 1
	}

	@Test
	void pairedTAndWilcoxonWithTiesAndZeros() {
		double[] a = { 1, 2, 3, 4, 5 }, b = { 0, 2, 1, 5, 3 };
		Paired p = PairedTests.compare(a, b);
		// d = [1, 0, 2, -1, 2]: mean 0.8, variance 6.8 / 4 = 1.7, t = 0.8 / sqrt(1.7 / 5) = 1.3719887
		assertEquals(0.8, p.meanDiff(), 1e-12);
		assertEquals(0.8 / Math.sqrt(1.7 / 5), p.t(), 1e-12);
		assertEquals(new TTest().pairedTTest(a, b), p.tP(), 1e-12);
		assertEquals(0.8 / Math.sqrt(1.7), p.cohenD(), 1e-12);
		// zero dropped: |d| = [1, 2, 1, 2] ranks [1.5, 3.5, 1.5, 3.5]; W+ = 1.5 + 3.5 + 3.5 = 8.5, W- = 1.5
		assertEquals(8.5, p.wPlus(), 1e-12);
		assertEquals(4, p.nonZero());
		assertEquals((8.5 - 1.5) / 10, p.rankBiserial(), 1e-12);
		// ties: normal approximation, var = 4·5·9/24 - (2·(2³-2))/48 = 7.25, z = (|8.5 - 5| - 0.5) / sqrt(7.25)
		// = 1.1141720; p = erfc(z / sqrt 2) = 0.2652054
		assertEquals(0.26520539259150766, p.wilcoxonP(), 1e-9);
	}

	@Test
	void exactWilcoxonForSmallSamplesWithoutTies() {
		double[] a = { 1, 2, 3, 4, 0 }, b = { 0, 0, 0, 0, 5 };
		Paired p = PairedTests.compare(a, b);
		// d = [1, 2, 3, 4, -5]: W+ = 10, W- = 5; subsets of {1..5} with sum >= 10: 10 of 32, p = 2·10/32
		assertEquals(10, p.wPlus(), 1e-12);
		assertEquals(0.625, p.wilcoxonP(), 1e-12);
		assertEquals(new WilcoxonSignedRankTest().wilcoxonSignedRankTest(a, b, true), p.wilcoxonP(), 1e-12);
		assertEquals(5 / 15.0, p.rankBiserial(), 1e-12);
	}

	@Test
	void exactWilcoxonCountsRankSumsInPolynomialTime() {
		// every difference positive: only the full subset reaches W+ = n(n+1)/2, so p = 2 / 2^n. At n = 40 the old
		// code used the normal approximation (p ~ 3.6e-8) and enumerated 2^n subsets for n up to 30
		double[] a = new double[40], b = new double[40];
		for (int i = 0; i < 40; i++) {
			a[i] = i + 1.5;
			b[i] = 0.5 * i; // d = i/2 + 1.5: distinct, no ties
		}
		assertEquals(Math.pow(2, -39), PairedTests.compare(a, b).wilcoxonP(), 1e-25);
		// n = 20, W+ = 150: 51,017 of the 2^20 subsets of {1..20} sum to 150 or more (counted by enumeration)
		assertEquals(2 * 51017 / Math.pow(2, 20), PairedTests.exactP(150, 20), 1e-15);
		// symmetric: W+ = 60 at n = 20 is as extreme as 150 (210 - 150)
		assertEquals(PairedTests.exactP(150, 20), PairedTests.exactP(60, 20), 1e-15);
		assertEquals(1, PairedTests.exactP(105, 20)); // the centre
		assertEquals(Math.pow(2, -49), PairedTests.exactP(50 * 51 / 2, 50), 1e-30);
		assertThrows(IllegalArgumentException.class, () -> PairedTests.exactP(1, 51));
	}

	@Test
	void exactWilcoxonAgreesWithCommonsMathsEnumeration() {
		SplittableRandom r = new SplittableRandom(9);
		for (int n = 2; n <= 12; n++) {
			for (int rep = 0; rep < 5; rep++) {
				double[] a = r.doubles(n).toArray(), b = r.doubles(n).toArray();
				double expected = Math.min(1, new WilcoxonSignedRankTest().wilcoxonSignedRankTest(a, b, true));
				assertEquals(expected, PairedTests.compare(a, b).wilcoxonP(), 1e-12, "n = " + n);
			}
		}
	}

	@Test
	void largeSamplesMatchCommonsMathsNormalApproximation() {
		SplittableRandom r = new SplittableRandom(4);
		double[] a = r.doubles(60).toArray(), b = r.doubles(60).map(x -> x * 0.8).toArray(); // no ties, no zeros
		// W from Commons Math; z = (W_max - 60·61/4 - 0.5) / sqrt(60·61·121/24). Commons Math's own p-value moves
		// the continuity correction the wrong way, (W_min - E - 0.5), and so comes out smaller than this one
		double wMax = new WilcoxonSignedRankTest().wilcoxonSignedRank(a, b);
		double z = (wMax - 915 - 0.5) / Math.sqrt(60 * 61 * 121 / 24.0);
		double p = PairedTests.compare(a, b).wilcoxonP();
		assertEquals(2 * (1 - new NormalDistribution().cumulativeProbability(z)), p, 1e-12);
		assertTrue(p > new WilcoxonSignedRankTest().wilcoxonSignedRankTest(a, b, false));
		assertEquals(new TTest().pairedTTest(a, b), PairedTests.compare(a, b).tP(), 1e-12);
	}

	@Test
	void identicalValuesAreNotSignificant() {
		Paired p = PairedTests.compare(new double[] { 1, 0, 1 }, new double[] { 1, 0, 1 });
		assertEquals(0, p.t());
		assertEquals(1, p.tP());
		assertEquals(1, p.wilcoxonP());
		assertEquals(0, p.rankBiserial());
		assertThrows(IllegalArgumentException.class, () -> PairedTests.compare(new double[] { 1 }, new double[] { 2 }));
		assertThrows(IllegalArgumentException.class, () -> PairedTests.compare(new double[2], new double[3]));
	}

	@Test
	void friedmanWithTiesNemenyiAndPostHoc() {
		// ranks per block (higher is better): [1,2,3], [1,2,3], [1.5,1.5,3]; mean ranks 7/6, 11/6, 3
		double[][] v = { { 0.9, 0.5, 0.1 }, { 0.8, 0.6, 0.2 }, { 0.7, 0.7, 0.3 } };
		Friedman.Result r = Friedman.test(v, true);
		assertArrayEquals(new double[] { 7 / 6.0, 11 / 6.0, 3 }, r.meanRanks(), 1e-12);
		// χ² = 12·3/(3·4) · (49 + 121 + 324)/36 - 3·3·4 = 5.1666667; df 2: p = exp(-χ²/2) = 0.0755218
		assertEquals(31 / 6.0, r.chiSquare(), 1e-12);
		assertEquals(0.07552184450877376, r.p(), 1e-9);
		// CD = 2.343 · sqrt(3·4 / (6·3)) = 1.9130515
		assertEquals(1.913051489113662, r.criticalDifference(), 1e-9);
		// pair (0, 1): z = (7/6 - 11/6) / sqrt(2/3) = -0.8164966, p = 0.4142162
		assertEquals(-0.8164965809277258, r.postHocZ()[0], 1e-12);
		assertEquals(0.4142161782425252, r.postHocP()[0], 1e-9);
		assertEquals(3, r.postHocPHolm().length);
		// lower is better reverses the ranks
		assertArrayEquals(new double[] { 17 / 6.0, 13 / 6.0, 1 }, Friedman.test(v, false).meanRanks(), 1e-12);
		assertThrows(IllegalArgumentException.class, () -> Friedman.test(new double[][] { { 1, 2, 3 } }, true));
		assertThrows(IllegalArgumentException.class, () -> Friedman.test(new double[][] { { 1, 2 }, { 2, 1 } }, true));
	}
}
