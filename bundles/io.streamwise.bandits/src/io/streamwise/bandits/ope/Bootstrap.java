package io.streamwise.bandits.ope;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import io.streamwise.api.progress.ProgressMonitor;

/**
 * Percentile bootstrap intervals of an estimate: {@code resamples} resamples of the logged decisions with replacement,
 * each from a generator split off one seeded root in a fixed order, so the interval repeats under the seed.
 */
public final class Bootstrap {

	private Bootstrap() {
	}

	/** {low, high} of the central 95 % of the resampled estimates; NaN when {@code resamples} is 0. */
	public static double[] interval(OffPolicyData d, Estimator estimator, double clip, double tau, int resamples,
			long seed, ProgressMonitor monitor) {
		if (resamples == 0 || d.size() == 0) {
			return new double[] { Double.NaN, Double.NaN };
		}
		SplittableRandom root = new SplittableRandom(seed);
		double[] values = new double[resamples];
		int n = d.size();
		int[] counts = new int[n];
		for (int b = 0; b < resamples; b++) {
			monitor.checkCancelled();
			SplittableRandom r = root.split();
			Arrays.fill(counts, 0);
			for (int i = 0; i < n; i++) {
				counts[r.nextInt(n)]++;
			}
			values[b] = estimator.estimate(d, clip, tau, counts);
		}
		double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
		if (finite.length == 0) {
			return new double[] { Double.NaN, Double.NaN };
		}
		Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
		return new double[] { percentile.evaluate(finite, 2.5), percentile.evaluate(finite, 97.5) };
	}
}
