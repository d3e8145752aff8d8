package io.streamwise.api.progress;

/**
 * The progress and cancellation contract of all long work in Streamwise. It mirrors the part of Eclipse's
 * {@code IProgressMonitor} that core code needs, so that API and core bundles stay free of the Eclipse runtime; the
 * workbench adapts a {@code SubMonitor} to it.
 */
public interface ProgressMonitor {

	/** A monitor that reports nothing and is never cancelled. */
	ProgressMonitor NULL = new ProgressMonitor() {
		@Override
		public void begin(String task, long totalWork) {
			// nothing to report
		}

		@Override
		public void worked(long work) {
			// nothing to report
		}

		@Override
		public boolean isCancelled() {
			return false;
		}
	};

	/**
	 * A monitor that reports nothing and is cancelled whenever {@code cancelled} says so: for tests of cancellation
	 * and for callers that only hold a cancel flag.
	 */
	static ProgressMonitor cancelledWhen(java.util.function.BooleanSupplier cancelled) {
		return new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
				// nothing to report
			}

			@Override
			public void worked(long work) {
				// nothing to report
			}

			@Override
			public boolean isCancelled() {
				return cancelled.getAsBoolean();
			}
		};
	}

	void begin(String task, long totalWork);

	void worked(long work);

	boolean isCancelled();

	/** Throws {@link CancelledException} when cancellation was requested: call it inside every long loop. */
	default void checkCancelled() {
		if (isCancelled()) {
			throw new CancelledException();
		}
	}

	/** Sets a sub-task label; optional for implementations. */
	default void subTask(String name) {
		// optional
	}
}
