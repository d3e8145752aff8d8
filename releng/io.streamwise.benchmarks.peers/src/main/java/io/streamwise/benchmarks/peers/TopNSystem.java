package io.streamwise.benchmarks.peers;

/** One recommender under test: fitted on a split's training data, then asked for the top 10 of every test viewer. */
interface TopNSystem {

	String name();

	/** Builds the model from the split's training data (each system from its own input format). */
	void fit(Split split) throws Exception;

	/**
	 * Top-10 lists of the split's test viewers, in the order of {@link Split#testViewers}, excluding every item the
	 * viewer had a counted training event with. Called after {@link #fit}.
	 */
	int[][] recommendAll(Split split, int k) throws Exception;

	/** Drops the model so that the next fit starts from nothing. */
	void reset();
}
