package io.streamwise.api.algorithm;

/** A service that creates {@link ConversionModel}s. */
public interface ConversionModelFactory<S extends Record> extends AlgorithmFactory<S> {

	/** A new, untrained model. */
	ConversionModel create(S settings);
}
