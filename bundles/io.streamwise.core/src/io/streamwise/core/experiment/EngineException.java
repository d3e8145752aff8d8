package io.streamwise.core.experiment;

/**
 * The engine could not run the cells: the Flink engine is not built, its cluster cannot be reached or has too few
 * task slots, a task manager cannot read the job's files, or the job failed. The message says which, in one line.
 */
public final class EngineException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public EngineException(String message) {
		super(message);
	}
}
