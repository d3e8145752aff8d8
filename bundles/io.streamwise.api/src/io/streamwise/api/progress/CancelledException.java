package io.streamwise.api.progress;

/** Thrown by long-running work when its {@link ProgressMonitor} reports cancellation. */
public final class CancelledException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public CancelledException() {
		super("cancelled");
	}
}
