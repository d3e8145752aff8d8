package io.streamwise.api.algorithm;

import java.util.List;

/**
 * One setting as read from a settings record: its persisted key, type and metadata.
 *
 * @param key          the persisted key ({@link Setting#key()}, else the component name), as written in experiment
 *                     files and on the command line
 * @param type         the Java type
 * @param label        short label
 * @param description  one sentence
 * @param defaultValue default as text
 * @param min          inclusive lower bound (numbers)
 * @param max          inclusive upper bound (numbers)
 * @param choices      the allowed values of an enum setting, empty otherwise
 */
public record SettingDescriptor(String key, Class<?> type, String label, String description, String defaultValue,
		double min, double max, List<String> choices) {
}
