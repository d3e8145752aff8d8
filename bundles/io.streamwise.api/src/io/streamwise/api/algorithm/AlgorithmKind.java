package io.streamwise.api.algorithm;

/** What an algorithm predicts. */
public enum AlgorithmKind {
	/** Ranks items for a viewer (top-N recommendation). */
	RECOMMENDER,
	/** Predicts the probability that a viewer buys in a stream (conversion, profiling). */
	CONVERSION
}
