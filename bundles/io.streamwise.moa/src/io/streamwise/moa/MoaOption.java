package io.streamwise.moa;

import java.util.List;

/**
 * One option of a MOA learner, read from MOA's own option object: what an editor or the command line needs.
 *
 * @param name         MOA's option name ("gracePeriod")
 * @param cliChar      the letter on MOA's command line ('g' for {@code -g 200})
 * @param type         int, float, flag, choice, class (a nested learner or estimator), or text
 * @param defaultValue MOA's default as command-line text (empty for an unset flag)
 * @param value        the current value as command-line text
 * @param min          inclusive lower bound (int and float), -infinity otherwise
 * @param max          inclusive upper bound (int and float), +infinity otherwise
 * @param choices      the allowed values of a choice option, empty otherwise
 * @param description  MOA's one-line purpose
 */
public record MoaOption(String name, char cliChar, Type type, String defaultValue, String value, double min,
		double max, List<String> choices, String description) {

	/** The kinds of MOA option. */
	public enum Type {
		INT, FLOAT, FLAG, CHOICE, CLASS, TEXT
	}

	public MoaOption {
		choices = List.copyOf(choices);
	}
}
