package io.streamwise.core.experiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.WorkerProtocol.Message;
import io.streamwise.core.experiment.WorkerProtocol.Request;

/**
 * Runs one algorithm's cells in worker processes (see {@link CellIsolation}). One worker runs the folds in order,
 * which pays its start-up once; when it dies (an exit code, {@code System.exit} or {@code Runtime.halt} in plugin
 * code, its heap exhausted) the cell it was running fails with the reason and a fresh worker takes the remaining
 * folds. A cell over the time limit is stopped by the worker itself, as in-process; a worker that does not answer
 * even then is killed. Either way the algorithm's remaining folds are abandoned. Cancelling the run kills the worker.
 */
final class IsolatedCells {

	/**
	 * Beyond the cell's limit and grace period, how long a silent worker is given before it is killed: its own guard
	 * normally reports the cell first, so this only catches a wedged worker. As long as the limit, within 2 to 30 s.
	 */
	private static long killMarginNanos(CellGuard guard) {
		return Math.max(TimeUnit.SECONDS.toNanos(2), Math.min(TimeUnit.SECONDS.toNanos(30), guard.limitNanos()));
	}

	/** How long a worker may take to start and load the data, beyond one cell time limit. */
	private static final long START_MARGIN_NANOS = TimeUnit.SECONDS.toNanos(120);
	private static final long POLL_MILLIS = 50;
	/** Lines of a worker's standard error kept to explain its death. */
	private static final int TAIL_LINES = 20;

	private IsolatedCells() {
	}

	/**
	 * @param log receives what workers print (plugins' own output) and why a worker was replaced
	 * @throws CancelledException when the run was cancelled
	 */
	static CellGuard.Outcome[] run(WorkerLauncher launcher, ExperimentSpec spec, String experimentFile,
			LoadedDataset data, String label, CellGuard.Outcome[] known, CellGuard guard, ProgressMonitor monitor,
			Consumer<String> log, BiConsumer<Integer, CellGuard.Outcome> finished) {
		int folds = known.length;
		CellGuard.Outcome[] out = known.clone(); // a run's journal knows these: they are not run again
		Path tmp = null;
		try {
			tmp = Files.createTempDirectory("streamwise-worker-");
			Path experiment = tmp.resolve("experiment.experiment");
			ExperimentFiles.write(spec, experiment);
			String baseDir = Path.of(experimentFile).toAbsolutePath().getParent().toString();
			int next = 0;
			int attempt = 0;
			for (int f = 0; f < folds; f++) {
				if (out[f] instanceof CellGuard.TimedOut) {
					abandonAfter(out, f, finished); // as when it timed out in this run
				}
			}
			while (true) {
				int[] remaining = IntStream.range(next, folds).filter(f -> out[f] == null).toArray();
				if (remaining.length == 0) {
					break;
				}
				Path requestFile = tmp.resolve("request-" + attempt++ + ".json");
				Files.writeString(requestFile, WorkerProtocol.json(new Request(experiment.toString(), baseDir, label,
						remaining, data.sha256(), data.dataset().log().size())), StandardCharsets.UTF_8);
				next = serve(launcher, requestFile, label, remaining, guard, monitor, log, out, finished);
			}
		} catch (IOException e) {
			fillFailed(out, "could not start a worker process: " + e.getMessage());
		} finally {
			if (tmp != null) {
				deleteQuietly(tmp);
			}
		}
		return out;
	}

	/** Runs one worker over the remaining folds; returns the first fold still to run (folds.length when done). */
	private static int serve(WorkerLauncher launcher, Path requestFile, String label, int[] remaining,
			CellGuard guard, ProgressMonitor monitor, Consumer<String> log, CellGuard.Outcome[] out,
			BiConsumer<Integer, CellGuard.Outcome> finished) throws IOException {
		int total = out.length;
		try (Worker worker = new Worker(launcher, requestFile, label, log)) {
			Message ready = worker.next(guard.limitNanos() + START_MARGIN_NANOS, monitor);
			if (ready == null || ready == Worker.END || !ready.type().equals("ready")) {
				String why = ready == null ? "it did not report within "
						+ TimeUnit.NANOSECONDS.toSeconds(guard.limitNanos() + START_MARGIN_NANOS) + " s"
						: ready == Worker.END ? worker.death("before its first fold")
								: ready.type().equals("error") ? ready.message() : "it said " + ready.type() + " first";
				for (int f : remaining) {
					out[f] = new CellGuard.Failed("the worker process could not start: " + why);
				}
				return total;
			}
			for (int f : remaining) {
				monitor.subTask(label + ", fold " + (f + 1) + " of " + total + " (worker process)");
				// the worker splits the fold before it starts the cell; that is not part of the cell's time
				Message m = worker.next(guard.limitNanos() + START_MARGIN_NANOS, monitor);
				if (m != null && m.type().equals("start")) {
					m = worker.next(guard.limitNanos() + guard.graceNanos() + killMarginNanos(guard), monitor);
				}
				if (m == null) { // silent past every limit: hung, or its guard could not act
					worker.kill();
					out[f] = new CellGuard.TimedOut(guard.overLimit()
							+ " and its worker process did not answer; it was killed");
					finished.accept(f, out[f]);
					abandonAfter(out, f, finished);
					return total;
				}
				if (m == Worker.END) {
					String reason = worker.death("during fold " + f);
					out[f] = new CellGuard.Failed(reason);
					finished.accept(f, out[f]);
					log.accept(
							label + ": " + reason + (f + 1 < total ? "; a new worker takes the remaining folds" : ""));
					monitor.worked(100 / total);
					return f + 1;
				}
				if (!m.type().equals("cell") || m.fold() == null || m.fold() != f) {
					worker.kill();
					out[f] = new CellGuard.Failed(m.type().equals("error")
							? "the worker process gave up: " + m.message()
							: "the worker process answered out of turn (" + m.type() + " for fold " + m.fold() + ")");
					finished.accept(f, out[f]);
					return f + 1;
				}
				out[f] = m.outcome();
				finished.accept(f, out[f]);
				monitor.worked(100 / total);
				if (out[f] instanceof CellGuard.TimedOut) {
					abandonAfter(out, f, finished);
					return total;
				}
			}
			worker.finish();
			return total;
		}
	}

	private static void abandonAfter(CellGuard.Outcome[] out, int fold,
			BiConsumer<Integer, CellGuard.Outcome> finished) {
		for (int g = fold + 1; g < out.length; g++) {
			if (out[g] == null) {
				out[g] = ExperimentRunner.abandoned(fold);
				finished.accept(g, out[g]);
			}
		}
	}

	private static void fillFailed(CellGuard.Outcome[] out, String reason) {
		for (int f = 0; f < out.length; f++) {
			if (out[f] == null) {
				out[f] = new CellGuard.Failed(reason);
			}
		}
	}

	private static void deleteQuietly(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.deleteIfExists(p);
				} catch (IOException e) {
					// a temporary file left behind is harmless
				}
			});
		} catch (IOException | UncheckedIOException e) {
			// as above
		}
	}

	/** One worker process: its protocol lines in a queue, the tail of its standard error, killed when closed. */
	private static final class Worker implements AutoCloseable {
		static final Message END = new Message("end", null, null, null, null, null, null, null);

		private final Process process;
		private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
		private final Deque<String> tail = new ArrayDeque<>();
		private final Thread errReader;
		private final Thread shutdownHook;

		Worker(WorkerLauncher launcher, Path requestFile, String label, Consumer<String> log) throws IOException {
			ProcessBuilder pb = new ProcessBuilder(launcher.command(requestFile));
			process = pb.start();
			process.getOutputStream().close(); // the request is in the file
			// a parent that ends (Ctrl-C, a plugin's System.exit in-process) takes its worker with it
			shutdownHook = new Thread(this::kill, "streamwise worker reaper");
			Runtime.getRuntime().addShutdownHook(shutdownHook);
			Thread outReader = new Thread(() -> read(process.getInputStream(), line -> {
				Message m = WorkerProtocol.parse(line);
				if (m != null) {
					messages.add(m);
				} else {
					keep(line);
					log.accept(label + " (worker): " + line);
				}
			}, true), "streamwise worker output " + label);
			errReader = new Thread(() -> read(process.getErrorStream(), line -> {
				keep(line);
				log.accept(label + " (worker): " + line);
			}, false), "streamwise worker errors " + label);
			outReader.setDaemon(true);
			errReader.setDaemon(true);
			outReader.start();
			errReader.start();
		}

		private void read(InputStream in, Consumer<String> each, boolean signalEnd) {
			try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				for (String line = r.readLine(); line != null; line = r.readLine()) {
					each.accept(line);
				}
			} catch (IOException e) {
				// the process went away; its exit code tells why
			} finally {
				if (signalEnd) {
					messages.add(END);
				}
			}
		}

		private synchronized void keep(String line) {
			if (tail.size() == TAIL_LINES) {
				tail.removeFirst();
			}
			tail.addLast(line);
		}

		/** The next message; {@link #END} when the worker's output ended, null when nothing came in the time given. */
		Message next(long nanos, ProgressMonitor monitor) {
			long deadline = System.nanoTime() + nanos;
			try {
				while (true) {
					if (monitor.isCancelled()) {
						kill();
						throw new CancelledException();
					}
					Message m = messages.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
					if (m == END) {
						messages.add(END); // later calls see the end too
						return END;
					}
					if (m != null) {
						return m;
					}
					if (System.nanoTime() - deadline > 0) {
						return null;
					}
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				kill();
				throw new CancelledException();
			}
		}

		/** Why the worker ended, from its exit code and the last lines it printed. */
		String death(String when) {
			int code;
			try {
				if (!process.waitFor(10, TimeUnit.SECONDS)) {
					kill();
					return "the worker process stopped answering " + when + " and was killed";
				}
				code = process.exitValue();
				errReader.join(TimeUnit.SECONDS.toMillis(2)); // the last lines of standard error
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				kill();
				throw new CancelledException();
			}
			String oom = lastLine(l -> l.contains("java.lang.OutOfMemoryError"));
			if (oom != null) {
				return "the worker process ran out of memory " + when + " (" + oom.trim() + ")";
			}
			String last = lastLine(l -> !l.isBlank());
			String said = last == null ? "" : "; its last line: " + last.trim();
			if (code > 128) {
				return "the worker process was killed by signal " + (code - 128) + " " + when + said;
			}
			return "the worker process exited with code " + code + " " + when + said;
		}

		private synchronized String lastLine(java.util.function.Predicate<String> which) {
			var it = tail.descendingIterator();
			while (it.hasNext()) {
				String l = it.next();
				if (which.test(l)) {
					return l;
				}
			}
			return null;
		}

		/** Lets a worker that reported everything end on its own (it may be saving framework state), then kills it. */
		void finish() {
			try {
				process.waitFor(10, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}

		void kill() {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}

		@Override
		public void close() {
			kill();
			try {
				Runtime.getRuntime().removeShutdownHook(shutdownHook);
			} catch (IllegalStateException e) {
				// the JVM is shutting down: the hook runs anyway
			}
		}
	}
}
