package io.streamwise.stream;

/**
 * A running mean of a series of values: over all of them, over the last {@code width}, or with a fading factor. The
 * three are MOA's estimators (basic, window, fading factor), so that Streamwise's numbers are MOA's numbers.
 */
abstract class Estimator {

	abstract void add(double value);

	/** The estimate; NaN before the first value. */
	abstract double estimation();

	/** The mean of every value so far. */
	static final class Cumulative extends Estimator {
		double sum;
		double count;

		@Override
		void add(double value) {
			sum += value;
			count++;
		}

		@Override
		double estimation() {
			return sum / count;
		}
	}

	/** The mean of the last {@code width} values (a ring buffer). */
	static final class Window extends Estimator {
		private final double[] window;
		private int position;
		private int length;
		private double sum;

		Window(int width) {
			window = new double[width];
		}

		@Override
		void add(double value) {
			sum -= window[position]; // two steps, as MOA does, so that rounding matches
			sum += value;
			window[position] = value;
			position = position + 1 == window.length ? 0 : position + 1;
			if (length < window.length) {
				length++;
			}
		}

		@Override
		double estimation() {
			return sum / length;
		}
	}

	/** Σ αⁱ·x₍ₙ₋ᵢ₎ / Σ αⁱ: recent values weigh more; α close to 1 remembers longer. */
	static final class Fading extends Estimator {
		private final double alpha;
		private double weighted;
		private double weights;

		Fading(double alpha) {
			this.alpha = alpha;
		}

		@Override
		void add(double value) {
			weighted = alpha * weighted + value;
			weights = alpha * weights + 1.0;
		}

		@Override
		double estimation() {
			return weights > 0 ? weighted / weights : Double.NaN;
		}
	}
}
