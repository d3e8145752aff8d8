// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.model.io;

/**
 * A document's {@code formatVersion} cannot be brought to the current format: it is newer than this code, not a
 * version number, or no migration path leads from it to the current version.
 */
public class FormatVersionException extends Exception {

	private static final long serialVersionUID = 1L;

	public FormatVersionException(String message) {
		super(message);
	}

	public FormatVersionException(String message, Throwable cause) {
		super(message, cause);
	}
}
