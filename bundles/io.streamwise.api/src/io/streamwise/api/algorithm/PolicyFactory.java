package io.streamwise.api.algorithm;

/**
 * A service that creates {@link Policy} instances.
 *
 * @since 0.3.0
 */
public interface PolicyFactory<S extends Record> extends AlgorithmFactory<S> {

	/** A new policy that has learnt nothing. */
	Policy create(S settings);
}
