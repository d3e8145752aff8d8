package io.streamwise.core.results;

import java.io.IOException;

/** A results file that cannot be read: not JSON, an unknown kind or version, or an unknown metric; names the file. */
public final class ResultsFileException extends IOException {

	private static final long serialVersionUID = 1L;

	public ResultsFileException(String source, String reason, Throwable cause) {
		super(source + ": " + reason, cause);
	}
}
