package io.streamwise.bandits.evaluation;

import java.util.Map;

import io.streamwise.api.algorithm.Policy;
import io.streamwise.api.algorithm.PolicyFactory;
import io.streamwise.api.algorithm.Settings;

/**
 * A policy to evaluate: its label, factory and settings.
 *
 * @param label    the name results use (the algorithm id unless the command line gives another)
 * @param factory  creates it
 * @param settings its settings record, of {@code factory.settingsType()}
 */
public record PolicySpec(String label, PolicyFactory<?> factory, Record settings) {

	/** The policy with settings parsed from text (missing keys take their defaults). */
	public static PolicySpec of(String label, PolicyFactory<?> factory, Map<String, String> settings) {
		return new PolicySpec(label, factory, Settings.parse(factory.settingsType(), settings));
	}

	/** A new policy, not yet initialised. */
	public Policy create() {
		return create(factory, settings);
	}

	@SuppressWarnings("unchecked")
	private static <S extends Record> Policy create(PolicyFactory<S> factory, Record settings) {
		return factory.create((S) settings);
	}

	/** A stable number from the label, so that a policy's random streams do not depend on its place in a list. */
	long key() {
		return label.hashCode() * 0x9E3779B97F4A7C15L;
	}
}
