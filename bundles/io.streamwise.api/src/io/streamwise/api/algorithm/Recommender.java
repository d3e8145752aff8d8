package io.streamwise.api.algorithm;

import java.util.function.IntPredicate;

import io.streamwise.api.data.Dataset;

/**
 * A top-N recommender. Viewer and item indices are those of the dictionaries of the log it was fitted on; evaluation
 * asks for viewers and items that had no training events too (cold start), which must score without failing.
 */
public interface Recommender {

	/** Learns from training data only. Must honour {@code context.monitor()} cancellation in long loops. */
	void fit(Dataset train, TaskContext context);

	/**
	 * Writes a finite score for every item (higher is better) into {@code scores}, whose length is the number of
	 * items in the dictionary.
	 */
	void score(int viewer, float[] scores);

	/**
	 * The k best items among the candidates, best first; ties go to the lower item index so that results are
	 * deterministic.
	 */
	default int[] recommend(int viewer, int k, IntPredicate candidate, float[] scratch) {
		score(viewer, scratch);
		return TopK.select(scratch, k, candidate);
	}

	/**
	 * Whether, once fitted, {@link #score} and {@link #recommend} may be called from several threads at once (each
	 * with its own arrays): true when they only read the fitted model. The evaluation then scores test viewers in
	 * parallel; results are the same either way. False by default, so a recommender that keeps per-call state in
	 * fields is always asked from one thread.
	 */
	default boolean concurrentScoring() {
		return false;
	}
}
