package io.streamwise.api.algorithm;

import io.streamwise.api.data.FeatureSchema;
import io.streamwise.api.data.FeatureTable;

/**
 * Predicts the probability that a viewer buys, from a row of features. Works in batch ({@link #fit}) and online
 * ({@link #learn} one row at a time, as in prequential evaluation).
 */
public interface ConversionModel {

	/** Prepares an untrained model for rows of this schema. Called once, before any learning. */
	void initialise(FeatureSchema schema, TaskContext context);

	/** Learns from one labelled row. */
	void learn(double[] features, boolean converted);

	/** Probability of conversion in [0, 1]. */
	double predict(double[] features);

	/** Batch training; the default learns row by row in order and honours cancellation. */
	default void fit(FeatureTable train, TaskContext context) {
		context.monitor().begin("training", train.size());
		for (int r = 0; r < train.size(); r++) {
			// every 128 rows: an ensemble of 100 trees learns 1024 rows in seconds on a busy machine
			if ((r & 127) == 0) {
				context.monitor().checkCancelled();
				context.monitor().worked(Math.min(128, train.size() - r));
			}
			learn(train.rows()[r], train.labels()[r]);
		}
	}
}
