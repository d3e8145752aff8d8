package io.streamwise.api.algorithm;

import java.util.Optional;

/**
 * A setting value that cannot be parsed or lies outside its bounds; the message names the setting. When the problem
 * lies in one setting, {@link #key()} gives its persisted key, so that forms can mark the field without reading the
 * message.
 */
public final class SettingsException extends IllegalArgumentException {
	private static final long serialVersionUID = 1L;

	private final String key;

	/** A problem of the settings as a whole (a combination of values), not of one setting. */
	public SettingsException(String message) {
		this(null, message);
	}

	/**
	 * @param key     the persisted key of the setting at fault ({@link SettingDescriptor#key()}), or null when the
	 *                problem concerns no single setting
	 * @param message one line naming the setting and what is wrong
	 */
	public SettingsException(String key, String message) {
		super(message);
		this.key = key;
	}

	/** The persisted key of the setting at fault; empty when the problem concerns the settings as a whole. */
	public Optional<String> key() {
		return Optional.ofNullable(key);
	}
}
