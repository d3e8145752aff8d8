package io.streamwise.headless;

/**
 * The command line was wrong in a way only the command can see (a protocol that does not fit the data, an algorithm
 * that is not installed): the message says how; exit code 2, like picocli's own parse errors.
 */
final class UsageException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
