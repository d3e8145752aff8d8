package io.streamwise.api.algorithm;

/** A setting value that cannot be parsed or lies outside its bounds; the message names the setting. */
public final class SettingsException extends IllegalArgumentException {
	private static final long serialVersionUID = 1L;

	public SettingsException(String message) {
		super(message);
	}
}
