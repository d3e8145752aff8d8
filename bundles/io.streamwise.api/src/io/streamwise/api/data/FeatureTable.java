package io.streamwise.api.data;

/**
 * Rows of features with a binary label (converted or not), in time order. Missing values are NaN.
 *
 * @param schema the columns
 * @param rows   one array of {@code schema.size()} values per row
 * @param labels whether each row converted
 * @param times  epoch second at which each row's label became known (for temporal and delayed-label protocols)
 */
public record FeatureTable(FeatureSchema schema, double[][] rows, boolean[] labels, long[] times) {

	public FeatureTable {
		if (rows.length != labels.length || rows.length != times.length) {
			throw new IllegalArgumentException("rows, labels and times must have the same length");
		}
		for (double[] r : rows) {
			if (r.length != schema.size()) {
				throw new IllegalArgumentException("every row needs " + schema.size() + " values");
			}
		}
	}

	public int size() {
		return rows.length;
	}

	public FeatureTable select(int[] which) {
		double[][] r = new double[which.length][];
		boolean[] l = new boolean[which.length];
		long[] t = new long[which.length];
		for (int k = 0; k < which.length; k++) {
			r[k] = rows[which[k]];
			l[k] = labels[which[k]];
			t[k] = times[which[k]];
		}
		return new FeatureTable(schema, r, l, t);
	}
}
