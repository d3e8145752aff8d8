package io.streamwise.core.experiment;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.LongSupplier;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.ExperimentResult.Value;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;

/**
 * Runs one cell (an algorithm's fit and evaluation in one fold) so that a faulty plugin cannot take the run down with
 * it: the cell runs on its own daemon thread; when it exceeds the time limit it is cancelled through the monitor of
 * its {@code TaskContext}, and when it ignores that for a grace period its thread is abandoned (interrupted and left
 * to die; being a daemon it does not keep the process alive). Exceptions and errors (out of memory, stack
 * overflow, a plugin's linkage error) become a failure with the reason; only internal errors of the JVM end the run. The cell's code is the same on any thread, so results do not change.
 */
final class CellGuard {

	/** Protocol option: seconds one cell (fit and evaluation of one algorithm in one fold) may take. */
	static final double DEFAULT_TIME_LIMIT_SECONDS = 600;
	/** How long a timed-out cell may take to notice cancellation before it is abandoned: at most 5 s. */
	private static final long MAX_GRACE_NANOS = TimeUnit.SECONDS.toNanos(5);
	/**
	 * How long a cell may take to notice that the run was cancelled before it is abandoned, so that a run stops within
	 * a second of Cancel even in a library call that cannot be interrupted (EASE's inversion): the cell's result is
	 * not wanted any more, and its daemon thread ends with the process, or at its next check of the monitor.
	 */
	private static final long CANCEL_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
	/** How often the waiting thread looks at the run's own cancellation. */
	private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

	/** What became of a cell: its values, or why it failed. */
	sealed interface Outcome {
	}

	record Completed(List<Value> values) implements Outcome {
	}

	record Failed(String reason) implements Outcome {
	}

	/** Over the time limit: the algorithm's later folds are not tried (they would most likely hang too). */
	record TimedOut(String reason) implements Outcome {
	}

	private final double limitSeconds;
	private final long limitNanos;
	private final long graceNanos;
	private final LongSupplier clock;

	/** @param clock nanoseconds, on which the limit is measured: {@link System#nanoTime()} but in tests */
	CellGuard(double limitSeconds, LongSupplier clock) {
		this.limitSeconds = limitSeconds;
		this.clock = clock;
		this.limitNanos = (long) Math.min(Long.MAX_VALUE / 4, limitSeconds * 1e9);
		this.graceNanos = Math.min(MAX_GRACE_NANOS, limitNanos);
	}

	/** The protocol's cell time limit in seconds. */
	static double timeLimitSeconds(ProtocolSpec protocol) {
		String v = protocol.option(ProtocolOptions.CELL_TIME_LIMIT_SECONDS, Double.toString(DEFAULT_TIME_LIMIT_SECONDS))
				.trim();
		double seconds;
		try {
			seconds = Double.parseDouble(v);
		} catch (NumberFormatException e) {
			seconds = Double.NaN;
		}
		if (!(seconds > 0) || Double.isInfinite(seconds)) {
			throw new IllegalArgumentException("protocol option " + ProtocolOptions.CELL_TIME_LIMIT_SECONDS + ": '" + v
					+ "' is not a number of seconds > 0");
		}
		return seconds;
	}

	/**
	 * Runs a cell and waits for it.
	 *
	 * @param name   names the worker thread (algorithm and fold)
	 * @param parent the run's monitor: its cancellation cancels the cell and the run
	 * @param cell   fits and evaluates, given the monitor to put into its {@code TaskContext}
	 * @throws CancelledException when the run (not the cell) was cancelled
	 */
	Outcome run(String name, ProgressMonitor parent, Function<ProgressMonitor, List<Value>> cell) {
		CellMonitor monitor = new CellMonitor(parent);
		CompletableFuture<List<Value>> result = new CompletableFuture<>();
		Thread worker = new Thread(() -> {
			try {
				result.complete(cell.apply(monitor));
			} catch (Throwable t) { // handed to the waiting thread, which decides what it means
				result.completeExceptionally(t);
			}
		}, "streamwise cell " + name);
		worker.setDaemon(true);
		long deadline = clock.getAsLong() + limitNanos;
		worker.start();
		try {
			while (true) {
				if (parent.isCancelled()) {
					monitor.stop();
					if (!awaitQuietly(result, Math.min(graceNanos, CANCEL_GRACE_NANOS))) {
						worker.interrupt();
					}
					throw new CancelledException();
				}
				long left = deadline - clock.getAsLong();
				if (left <= 0) {
					break;
				}
				try {
					return new Completed(result.get(Math.min(left, POLL_NANOS), TimeUnit.NANOSECONDS));
				} catch (TimeoutException e) {
					// still working: look at the run's cancellation and the clock again
				} catch (ExecutionException e) {
					return failure(e.getCause(), parent);
				}
			}
			// over the limit: ask the cell to stop, and give up on it when it does not
			monitor.stop();
			String limit = overLimit();
			if (awaitQuietly(result, graceNanos)) {
				return new TimedOut(limit + "; it stopped when cancelled");
			}
			worker.interrupt();
			return new TimedOut(limit + " and did not stop within " + seconds(graceNanos / 1e9)
					+ " s of being cancelled; its thread was abandoned");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			monitor.stop();
			throw new CancelledException();
		} finally {
			monitor.settle();
		}
	}

	/** The start of the reason of a cell over the limit. */
	String overLimit() {
		return "exceeded the cell time limit of " + seconds(limitSeconds) + " s (protocol option "
				+ ProtocolOptions.CELL_TIME_LIMIT_SECONDS
				+ ")";
	}

	long limitNanos() {
		return limitNanos;
	}

	long graceNanos() {
		return graceNanos;
	}

	/** Whether the cell ended (in any way) within the time given. */
	private static boolean awaitQuietly(CompletableFuture<?> result, long nanos) throws InterruptedException {
		try {
			result.get(nanos, TimeUnit.NANOSECONDS);
			return true;
		} catch (ExecutionException e) {
			return true;
		} catch (TimeoutException e) {
			return false;
		}
	}

	private static Outcome failure(Throwable e, ProgressMonitor parent) {
		if (e instanceof CancelledException) {
			if (parent.isCancelled()) {
				throw (CancelledException) e;
			}
			return new Failed("CancelledException although nothing was cancelled");
		}
		if (e instanceof OutOfMemoryError) {
			// the cell's thread has ended, so what it allocated is unreachable: the run can go on without it
			return new Failed(Errors.describe(e) + "; " + Errors.heapAdvice());
		}
		if (e instanceof VirtualMachineError err && !(e instanceof StackOverflowError)) {
			throw err; // an internal error of the JVM concerns the whole process
		}
		if (e instanceof RuntimeException || e instanceof Error) { // includes linkage errors of a broken plugin
			return new Failed(Errors.describe(e));
		}
		return new Failed(e.toString()); // a checked exception thrown sneakily
	}

	private static String seconds(double s) {
		return s == Math.rint(s) ? Long.toString((long) s) : String.format(Locale.ROOT, "%.3g", s);
	}

	/**
	 * The monitor a cell sees: cancelled when the run is, or when the cell is over its limit. Progress goes to the
	 * run's monitor until the cell is settled, so that an abandoned thread never reports into later cells.
	 */
	private static final class CellMonitor implements ProgressMonitor {
		private final ProgressMonitor parent;
		private volatile boolean stopped;
		private boolean settled; // guarded by this

		CellMonitor(ProgressMonitor parent) {
			this.parent = parent;
		}

		void stop() {
			stopped = true;
		}

		synchronized void settle() {
			stopped = true;
			settled = true;
		}

		@Override
		public synchronized void begin(String task, long totalWork) {
			if (!settled) {
				parent.begin(task, totalWork);
			}
		}

		@Override
		public synchronized void worked(long work) {
			if (!settled) {
				parent.worked(work);
			}
		}

		@Override
		public synchronized void subTask(String name) {
			if (!settled) {
				parent.subTask(name);
			}
		}

		@Override
		public boolean isCancelled() {
			return stopped || parent.isCancelled();
		}
	}
}
