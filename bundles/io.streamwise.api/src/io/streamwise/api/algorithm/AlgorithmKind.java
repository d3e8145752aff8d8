package io.streamwise.api.algorithm;

/** What an algorithm predicts. */
public enum AlgorithmKind {
	/** Ranks items for a viewer (top-N recommendation). */
	RECOMMENDER,
	/** Predicts the probability that a viewer buys in a stream (conversion, profiling). */
	CONVERSION,
	/**
	 * Chooses one action (a product to pin, an offer to show) for a context, with a probability for every available
	 * action, and learns online from the reward of the action taken (contextual bandit).
	 *
	 * @since 0.3.0
	 */
	POLICY
}
