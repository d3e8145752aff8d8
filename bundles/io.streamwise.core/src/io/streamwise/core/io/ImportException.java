package io.streamwise.core.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An import that cannot produce a log: the file is missing or empty, a required column is absent, or no row could be
 * read. The message names the file, and the line and column where they are known.
 */
public class ImportException extends IOException {
	private static final long serialVersionUID = 1L;

	private final String file;
	private final long line;
	private final String column;

	/**
	 * @param file   the file concerned
	 * @param line   the 1-based line, or 0 when the problem concerns the whole file
	 * @param column the column concerned, or null
	 * @param reason what is wrong
	 */
	public ImportException(Path file, long line, String column, String reason) {
		this(file, line, column, reason, null);
	}

	public ImportException(Path file, long line, String column, String reason, Throwable cause) {
		super(message(file, line, column, reason), cause);
		this.file = String.valueOf(file);
		this.line = line;
		this.column = column;
	}

	private static String message(Path file, long line, String column, String reason) {
		StringBuilder sb = new StringBuilder().append(file);
		if (line > 0) {
			sb.append(", line ").append(line);
		}
		if (column != null) {
			sb.append(", column '").append(column).append('\'');
		}
		return sb.append(": ").append(reason).toString();
	}

	public String file() {
		return file;
	}

	/** The 1-based line, or 0 when the problem concerns the whole file. */
	public long line() {
		return line;
	}

	/** The column concerned, or null. */
	public String column() {
		return column;
	}
}
