package io.streamwise.bandits.evaluation;

import org.apache.commons.math3.distribution.TDistribution;

/** Means with Student-t 95 % intervals over independent replicates (seeds). */
public final class Intervals {

	private Intervals() {
	}

	/** {mean, low, high}; the interval is NaN for fewer than two values. */
	public static double[] meanInterval(double[] values) {
		int n = values.length;
		double mean = 0;
		for (double v : values) {
			mean += v;
		}
		mean /= n;
		if (n < 2) {
			return new double[] { mean, Double.NaN, Double.NaN };
		}
		double ss = 0;
		for (double v : values) {
			ss += (v - mean) * (v - mean);
		}
		double half = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(ss / (n - 1) / n);
		return new double[] { mean, mean - half, mean + half };
	}
}
