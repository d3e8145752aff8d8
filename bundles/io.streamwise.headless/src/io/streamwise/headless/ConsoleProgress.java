package io.streamwise.headless;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

import io.streamwise.api.progress.ProgressMonitor;

/**
 * Reports the start of each task on standard error and cancels when the process is asked to stop (Ctrl-C), so that
 * long loops end at their next check and nothing is left half-written.
 */
final class ConsoleProgress implements ProgressMonitor {

	private final PrintStream err;
	private final AtomicBoolean cancelled;
	private String lastTask = "";
	private long lastSubTaskNanos;

	ConsoleProgress(PrintStream err) {
		this(err, new AtomicBoolean());
	}

	/** @param cancelled shared with whoever stops the command (the signal handler) */
	ConsoleProgress(PrintStream err, AtomicBoolean cancelled) {
		this.err = err;
		this.cancelled = cancelled;
	}

	void cancel() {
		cancelled.set(true);
	}

	@Override
	public void begin(String task, long totalWork) {
		if (!task.equals(lastTask)) {
			err.println("  " + task + " ...");
			lastTask = task;
		}
	}

	@Override
	public void worked(long work) {
		// per-task start lines are enough on a console
	}

	/** Sub-tasks can come thousands a second (one per stream simulated): show at most one a second. */
	@Override
	public void subTask(String name) {
		long now = System.nanoTime();
		if (now - lastSubTaskNanos >= 1_000_000_000L) {
			err.println("    " + name);
			lastSubTaskNanos = now;
		}
	}

	@Override
	public boolean isCancelled() {
		return cancelled.get();
	}
}
