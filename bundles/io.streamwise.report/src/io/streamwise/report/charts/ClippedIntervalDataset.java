package io.streamwise.report.charts;

import java.util.HashMap;
import java.util.Map;

import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Means per (series, category) with an interval around each that may be asymmetric: a 95% interval of a metric that
 * cannot go below 0 (or above 1) is cut at that bound, which a mean ± half-width dataset cannot express.
 */
public final class ClippedIntervalDataset extends DefaultCategoryDataset {

	private static final long serialVersionUID = 1L;

	private final Map<Map.Entry<Comparable<?>, Comparable<?>>, double[]> intervals = new HashMap<>();

	/**
	 * Adds a mean with its interval [low, high], cut to [lowerBound, upperBound]; a NaN end is the mean (no bar).
	 */
	public void add(double mean, double low, double high, double lowerBound, double upperBound,
			Comparable<?> series, Comparable<?> category) {
		double l = Double.isNaN(low) ? mean : Math.max(lowerBound, low);
		double h = Double.isNaN(high) ? mean : Math.min(upperBound, high);
		intervals.put(Map.entry(series, category), new double[] { l, h });
		addValue(mean, series, category);
	}

	/** The interval's lower end of the item, after clipping; NaN when it has none. */
	public double low(int row, int column) {
		double[] interval = intervals.get(Map.entry(getRowKey(row), getColumnKey(column)));
		return interval == null ? Double.NaN : interval[0];
	}

	/** The interval's upper end of the item, after clipping; NaN when it has none. */
	public double high(int row, int column) {
		double[] interval = intervals.get(Map.entry(getRowKey(row), getColumnKey(column)));
		return interval == null ? Double.NaN : interval[1];
	}
}
