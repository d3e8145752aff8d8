package io.streamwise.api.data;

import java.util.List;

/**
 * The columns of a feature table: numeric features, or nominal ones whose values are coded 0..k-1.
 *
 * @param name     the table's name (the relation, in ARFF terms)
 * @param features the feature columns, without the label
 */
public record FeatureSchema(String name, List<Feature> features) {

	public FeatureSchema {
		features = List.copyOf(features);
	}

	public int size() {
		return features.size();
	}

	/**
	 * One feature column.
	 *
	 * @param name   column name
	 * @param values nominal values (coded by position), or empty for a numeric feature
	 */
	public record Feature(String name, List<String> values) {
		public Feature {
			values = List.copyOf(values);
		}

		public static Feature numeric(String name) {
			return new Feature(name, List.of());
		}

		public boolean isNominal() {
			return !values.isEmpty();
		}
	}
}
