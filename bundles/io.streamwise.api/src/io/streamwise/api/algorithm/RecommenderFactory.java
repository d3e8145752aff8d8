package io.streamwise.api.algorithm;

/** A service that creates {@link Recommender}s. */
public interface RecommenderFactory<S extends Record> extends AlgorithmFactory<S> {

	/** A new, unfitted recommender. */
	Recommender create(S settings);
}
