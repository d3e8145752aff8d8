package io.streamwise.core.tests.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.streamwise.core.experiment.ConversionMetrics;

class ConversionMetricsTest {

	private static final double[] P = { 0.9, 0.4, 0.4, 0.2, 0.8 };
	private static final boolean[] Y = { true, true, false, false, false };

	@Test
	void aucCountsPairsWithHalfTies() {
		// positives {0.9, 0.4}, negatives {0.4, 0.2, 0.8}: pairs won 0.9>all (3) + 0.4 vs (tie .5, >0.2 1, <0.8 0)
		assertEquals(4.5 / 6, ConversionMetrics.auc(P, Y), 1e-12);
		assertTrue(Double.isNaN(ConversionMetrics.auc(new double[] { 0.1, 0.2 }, new boolean[] { true, true })));
	}

	@Test
	void perRowLossesByHand() {
		assertArrayEquals(
				new double[] { -Math.log(0.9), -Math.log(0.4), -Math.log(0.6), -Math.log(0.8), -Math.log(0.2) },
				ConversionMetrics.perRow("logloss", P, Y), 1e-12);
		assertArrayEquals(new double[] { 0.01, 0.36, 0.16, 0.04, 0.64 }, ConversionMetrics.perRow("brier", P, Y),
				1e-12);
		assertArrayEquals(new double[] { 1, 0, 1, 1, 0 }, ConversionMetrics.perRow("accuracy", P, Y), 1e-12);
	}

	@Test
	void logLossIsFiniteForConfidentMistakes() {
		double[] l = ConversionMetrics.perRow("logloss", new double[] { 0.0 }, new boolean[] { true });
		assertEquals(-Math.log(ConversionMetrics.EPS), l[0], 1e-9);
	}

	@Test
	void hanleyMcNeilStandardError() {
		// A=0.75, n+=2, n-=3: Q1=0.75/1.25=0.6, Q2=2*0.5625/1.75; var=(0.1875+1*(0.6-0.5625)+2*(Q2-0.5625))/6
		double q2 = 2 * 0.5625 / 1.75;
		double expected = Math.sqrt((0.1875 + (0.6 - 0.5625) + 2 * (q2 - 0.5625)) / 6);
		assertEquals(expected, ConversionMetrics.aucStandardError(0.75, 2, 3), 1e-12);
	}
}
