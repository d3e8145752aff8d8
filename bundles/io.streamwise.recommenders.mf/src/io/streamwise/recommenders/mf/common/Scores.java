package io.streamwise.recommenders.mf.common;

import java.util.Arrays;

/** Small numeric helpers shared by the models. */
public final class Scores {

	private Scores() {
	}

	/**
	 * Writes the fallback ranking for viewers the model knows nothing about: training popularity (distinct viewers
	 * per item), so that cold viewers get a sensible, finite list instead of arbitrary ties. Items beyond the
	 * training dictionary score 0.
	 */
	public static void cold(float[] popularity, float[] scores) {
		Arrays.fill(scores, 0f);
		System.arraycopy(popularity, 0, scores, 0, Math.min(popularity.length, scores.length));
	}

	/** Row-major factors, one row of k per index, drawn from N(0, std²). */
	public static double[] gaussian(int rows, int k, double std, java.util.SplittableRandom random) {
		double[] f = new double[rows * k];
		for (int x = 0; x < f.length; x++) {
			f[x] = std * nextGaussian(random);
		}
		return f;
	}

	/** Box-Muller on SplittableRandom, so that draws depend on nothing but the generator's seed. */
	public static double nextGaussian(java.util.SplittableRandom random) {
		double u1 = 1.0 - random.nextDouble(); // (0, 1]: log is finite
		double u2 = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
	}

	/**
	 * Fails when a model's parameters stopped being finite, so that no NaN score ever reaches an evaluation.
	 *
	 * @throws IllegalStateException naming the model, the step and a remedy
	 */
	public static void requireFinite(double[] values, String model, String step, String remedy) {
		for (double v : values) {
			if (!Double.isFinite(v)) {
				throw new IllegalStateException(model + " diverged at " + step + ": parameters are no longer finite; "
						+ remedy);
			}
		}
	}

	/** Dot product of row a of x and row b of y, both with k columns. */
	public static double dot(double[] x, int a, double[] y, int b, int k) {
		double s = 0;
		int xa = a * k, yb = b * k;
		for (int f = 0; f < k; f++) {
			s += x[xa + f] * y[yb + f];
		}
		return s;
	}

	/** A well-mixed seed from a base seed and a path of indices (SplitMix64's finaliser applied per step). */
	public static long seed(long base, long... path) {
		long h = base;
		for (long p : path) {
			h = mix(h + 0x9E3779B97F4A7C15L * (p + 1));
		}
		return mix(h);
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
