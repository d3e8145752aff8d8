package io.streamwise.api.algorithm;

/**
 * Creates instances of one algorithm from its settings. Factories are stateless OSGi Declarative Services components
 * (register them as {@link RecommenderFactory}, {@link ConversionModelFactory} or {@link PolicyFactory}); outside OSGi, a registry is built
 * from a list of them.
 *
 * @param <S> the settings record, whose components carry {@link Setting}
 */
public interface AlgorithmFactory<S extends Record> {

	AlgorithmInfo info();

	Class<S> settingsType();

	/** Settings at their defaults. */
	default S defaultSettings() {
		return Settings.defaults(settingsType());
	}
}
