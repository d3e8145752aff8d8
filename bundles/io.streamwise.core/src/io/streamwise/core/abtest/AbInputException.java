// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.abtest;

import java.nio.file.Path;

/**
 * Bad input to an A/B design or analysis: a log row, a test file's element or a summary that cannot be used. The
 * message names the file, the line (0 when the problem is not on one line) and the field.
 */
public final class AbInputException extends Exception {

	private static final long serialVersionUID = 1L;

	public AbInputException(Path file, long line, String field, String problem) {
		super((file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ")
				+ (field == null ? "" : "field '" + field + "': ") + problem);
	}
}
