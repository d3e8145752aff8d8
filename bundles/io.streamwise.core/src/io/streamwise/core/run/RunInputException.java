package io.streamwise.core.run;

/**
 * Bad input data or a bad experiment: the message names the file and the field (line and column where there are
 * some). The command line exits with 3 for it; the workbench shows it as the run's error.
 */
public final class RunInputException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public RunInputException(String message, Throwable cause) {
		super(message, cause);
	}
}
