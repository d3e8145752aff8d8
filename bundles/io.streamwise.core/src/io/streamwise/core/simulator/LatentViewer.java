package io.streamwise.core.simulator;

/**
 * Ground truth about a viewer that no event shows directly: interest weights over the categories (each vector sums
 * to 1, indexed like {@link SimulatedMarket#categories()}) at the start and at the end of the period, price
 * sensitivity and activity. Interests move linearly from start to end over the period.
 *
 * @param viewer           the viewer id
 * @param interestStart    interest weights on the first day
 * @param interestEnd      interest weights at the end of the period
 * @param priceSensitivity multiplier of the log-price term of the purchase model
 * @param activity         multiplier of the attendance rate
 */
public record LatentViewer(String viewer, double[] interestStart, double[] interestEnd, double priceSensitivity,
		double activity) {

	public LatentViewer {
		if (interestStart.length != interestEnd.length) {
			throw new IllegalArgumentException("interest vectors must have the same length");
		}
		interestStart = interestStart.clone();
		interestEnd = interestEnd.clone();
	}

	@Override
	public double[] interestStart() {
		return interestStart.clone();
	}

	@Override
	public double[] interestEnd() {
		return interestEnd.clone();
	}

	/** The interest in one category at a fraction (0 = start, 1 = end) of the period. */
	public double interest(int category, double fraction) {
		return interestStart[category] + fraction * (interestEnd[category] - interestStart[category]);
	}

	/** Category indices ordered by start interest, strongest first (ties by index). */
	public int[] rankedCategoriesAtStart() {
		Integer[] order = new Integer[interestStart.length];
		for (int c = 0; c < order.length; c++) {
			order[c] = c;
		}
		java.util.Arrays.sort(order, (a, b) -> {
			int cmp = Double.compare(interestStart[b], interestStart[a]);
			return cmp != 0 ? cmp : Integer.compare(a, b);
		});
		return java.util.Arrays.stream(order).mapToInt(Integer::intValue).toArray();
	}
}
