package io.streamwise.core.significance;

import java.util.Arrays;
import java.util.Comparator;

/** Holm's step-down adjustment of p-values for a family of tests (1979). */
public final class Holm {

	private Holm() {
	}

	/**
	 * Adjusted p-values, aligned with the input: with the m non-NaN p-values sorted ascending, the i-th (1-based)
	 * becomes max over j ≤ i of min(1, (m - j + 1) p_(j)). NaN stays NaN and does not count in m.
	 */
	public static double[] adjust(double[] p) {
		Integer[] order = java.util.stream.IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
				.toArray(Integer[]::new);
		Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
		double[] out = new double[p.length];
		Arrays.fill(out, Double.NaN);
		int m = order.length;
		double running = 0;
		for (int j = 0; j < m; j++) {
			running = Math.max(running, Math.min(1, (m - j) * p[order[j]]));
			out[order[j]] = running;
		}
		return out;
	}
}
