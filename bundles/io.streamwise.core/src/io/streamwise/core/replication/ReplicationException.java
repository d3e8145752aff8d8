package io.streamwise.core.replication;

/**
 * A package that is sound but cannot be re-run here: an algorithm it needs is not installed, or its data cannot be
 * found. The command line exits with 1 for it, saying what is missing and how to supply it.
 */
public final class ReplicationException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public ReplicationException(String message) {
		super(message);
	}
}
