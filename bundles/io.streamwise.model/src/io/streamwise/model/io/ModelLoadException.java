// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.model.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model file could not be loaded: it is missing, is not well-formed XMI, holds the wrong kind of document, has
 * a format version this code cannot read, or refers to a document that cannot be loaded.
 *
 * <p>Checked, and an {@link IOException}, so that callers that already handle I/O failures handle this too. The
 * message always names the file and, where the parser reported one, the line and column.
 */
public class ModelLoadException extends IOException {

	private static final long serialVersionUID = 1L;

	/** Line or column value when the position in the file is not known. */
	public static final int UNKNOWN = -1;

	private final Path file;
	private final int line;
	private final int column;
	private final String problem;

	public ModelLoadException(Path file, int line, int column, String problem, Throwable cause) {
		super(format(file, line, column, problem), cause);
		this.file = file;
		this.line = line;
		this.column = column;
		this.problem = problem;
	}

	public ModelLoadException(Path file, String problem, Throwable cause) {
		this(file, UNKNOWN, UNKNOWN, problem, cause);
	}

	/** The file that could not be loaded (which may be a file referenced by the one asked for). */
	public Path getFile() {
		return file;
	}

	/** 1-based line of the problem, or {@link #UNKNOWN}. */
	public int getLine() {
		return line;
	}

	/** 1-based column of the problem, or {@link #UNKNOWN}. */
	public int getColumn() {
		return column;
	}

	/** The problem without the file and position. */
	public String getProblem() {
		return problem;
	}

	private static String format(Path file, int line, int column, String problem) {
		if (line == UNKNOWN) {
			return file + ": " + problem;
		}
		if (column == UNKNOWN) {
			return file + ", line " + line + ": " + problem;
		}
		return file + ", line " + line + ", column " + column + ": " + problem;
	}
}
