package io.streamwise.core.simulator;

import java.util.SplittableRandom;

/**
 * Random draws from a {@link SplittableRandom}, written out with {@link StrictMath} so that a seed gives the same
 * numbers on every JDK and platform (the JDK's own nextGaussian and Math.log may differ between them).
 */
final class Draws {

	private Draws() {
	}

	/** A standard normal draw (Box-Muller; one value per call keeps the stream of draws simple to follow). */
	static double gaussian(SplittableRandom random) {
		double u1 = 1.0 - random.nextDouble(); // in (0, 1], so the logarithm is finite
		double u2 = random.nextDouble();
		return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
	}

	static double exponential(SplittableRandom random, double mean) {
		return -mean * StrictMath.log(1.0 - random.nextDouble());
	}

	/** A Gamma(shape, 1) draw by Marsaglia and Tsang's method, boosted for shapes below 1. */
	static double gamma(SplittableRandom random, double shape) {
		if (shape < 1) {
			double u = 1.0 - random.nextDouble();
			return gamma(random, shape + 1) * StrictMath.pow(u, 1.0 / shape);
		}
		double d = shape - 1.0 / 3, c = 1 / StrictMath.sqrt(9 * d);
		while (true) {
			double x, v;
			do {
				x = gaussian(random);
				v = 1 + c * x;
			} while (v <= 0);
			v = v * v * v;
			double u = random.nextDouble();
			if (u < 1 - 0.0331 * x * x * x * x || StrictMath.log(u) < 0.5 * x * x + d * (1 - v + StrictMath.log(v))) {
				return d * v;
			}
		}
	}

	/** A point on the simplex from normalised gamma draws (a Dirichlet draw). */
	static double[] dirichlet(SplittableRandom random, double[] alpha) {
		double[] w = new double[alpha.length];
		double sum = 0;
		for (int i = 0; i < w.length; i++) {
			w[i] = gamma(random, alpha[i]);
			sum += w[i];
		}
		if (!(sum > 0)) {
			// tiny concentrations can underflow every draw: all weight goes to one category, as their limit does
			w[random.nextInt(w.length)] = 1;
			return w;
		}
		for (int i = 0; i < w.length; i++) {
			w[i] /= sum;
		}
		return w;
	}

	/** An index drawn with probability proportional to non-negative weights (which must not all be 0). */
	static int weighted(SplittableRandom random, double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double target = random.nextDouble() * total;
		double cumulative = 0;
		int last = -1;
		for (int i = 0; i < weights.length; i++) {
			if (weights[i] > 0) {
				cumulative += weights[i];
				last = i;
				if (target < cumulative) {
					return i;
				}
			}
		}
		return last;
	}

	static double logistic(double x) {
		return 1 / (1 + StrictMath.exp(-x));
	}
}
