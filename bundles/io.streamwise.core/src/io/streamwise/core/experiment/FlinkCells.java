package io.streamwise.core.experiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;

/**
 * Runs a grid of cells as one bounded Flink job, from the product's side of the process boundary: writes a job folder
 * (the experiment, the dataset once in its binary form, the list of cells), starts a child JVM on the Flink engine's
 * jars ({@code releng/io.streamwise.flink}: a mini-cluster for {@code flink-local}, a REST client of the session
 * cluster for {@code flink://HOST:PORT}) and reads its answers, one line per finished cell, as they come. Cancelling
 * the monitor stops the child with SIGTERM, which cancels the Flink job before the child exits. Other jobs (the
 * partitioned prequential evaluation of the stream bundle) use the same mechanics through
 * {@link #runTasks(Engine, String, int, JobWriter, ProgressMonitor, Consumer, Consumer)}.
 */
public final class FlinkCells {

	/** One cell: an algorithm (by label) in one fold. */
	record Cell(String label, int fold) {
	}

	/** Environment variable (or system property {@value #ENGINE_PROPERTY}) naming the built engine folder. */
	static final String ENGINE_VARIABLE = "STREAMWISE_FLINK_ENGINE";
	static final String ENGINE_PROPERTY = "streamwise.flink.engine";
	/**
	 * Environment variable (or system property {@value #STAGING_PROPERTY}) naming where job folders are written: a
	 * path every task manager can read.
	 */
	static final String STAGING_VARIABLE = "STREAMWISE_FLINK_STAGING";
	static final String STAGING_PROPERTY = "streamwise.flink.staging";
	/** The job jar and the class path folder in the engine folder. */
	static final String JOB_JAR = "io.streamwise.flink-job.jar", LIB = "lib";
	static final String MAIN = "io.streamwise.flink.GridJob";
	/** What the child prints before each message on its standard output. */
	static final String MARKER = "streamwise-flink ";
	/** How long the child may take to cancel its job and exit after SIGTERM. */
	private static final long CANCEL_WAIT_SECONDS = 30;
	private static final int TAIL_LINES = 20;

	/** What the JVM needs for Flink's serializers on Java 17 and later (as Flink's own scripts pass). */
	private static final List<String> OPENS = List.of("java.base/java.lang", "java.base/java.lang.reflect",
			"java.base/java.io", "java.base/java.net", "java.base/java.nio", "java.base/java.util",
			"java.base/java.util.concurrent", "java.base/java.util.concurrent.atomic", "java.base/java.time",
			"java.base/java.text", "java.base/sun.nio.ch", "java.base/java.security", "java.sql/java.sql");

	private FlinkCells() {
	}

	/**
	 * @param finished told of each cell as its result arrives, on the calling thread
	 * @throws EngineException    when the engine cannot run the job (the message says why)
	 * @throws CancelledException when the monitor was cancelled: the job was cancelled first
	 */
	static void run(Engine engine, ExperimentSpec spec, LoadedDataset data, List<Cell> cells, ProgressMonitor monitor,
			Consumer<String> warnings, BiConsumer<Cell, CellGuard.Outcome> finished) {
		if (cells.isEmpty()) {
			return; // the journal holds every cell
		}
		runTasks(engine, GRID, cells.size(), job -> {
			ExperimentFiles.write(spec, job.resolve(GridCells.EXPERIMENT));
			DatasetFile.write(data, job.resolve(GridCells.DATASET));
			GridCells.writeCells(cells, job);
		}, monitor, warnings, line -> {
			GridCells.Answer a = GridCells.answer(line);
			if (a == null) {
				throw new EngineException("the Flink job answered a line that is not a cell: " + line);
			}
			finished.accept(new Cell(a.label(), a.fold()), a.cell().outcome());
			monitor.subTask(a.label() + ", fold " + (a.fold() + 1) + " done on " + engine.label());
		});
	}

	/** The kinds of job the engine's child runs: a grid of cells, or a partitioned prequential evaluation. */
	public static final String GRID = "grid", PREQUENTIAL = "prequential";
	/** A stream experiment file's learners, one task each (the stream bundle's StreamExperimentJob). */
	public static final String STREAM = "stream";

	/** Writes a job's files into its folder. */
	@FunctionalInterface
	public interface JobWriter {
		void write(Path jobDir) throws IOException;
	}

	/**
	 * Runs a job of {@code tasks} tasks on a Flink engine: writes the job folder, starts the child on the engine's jars
	 * and hands each task's answer (one line) to {@code answers}, on the calling thread, as it arrives.
	 *
	 * @param kind {@link #GRID}, {@link #PREQUENTIAL} or {@link #STREAM}: which of the child's jobs reads the folder
	 * @throws EngineException    when the engine cannot run the job, or not every task answered
	 * @throws CancelledException when the monitor was cancelled: the job was cancelled first
	 */
	public static void runTasks(Engine engine, String kind, int tasks, JobWriter writer, ProgressMonitor monitor,
			Consumer<String> warnings, Consumer<String> answers) {
		Path home = engineHome();
		Path job = null;
		ChildArchive archive = null;
		try {
			job = Files.createTempDirectory(stagingRoot(), "streamwise-flink-job-");
			monitor.subTask("writing the job's data for Flink");
			writer.write(job);
			monitor.checkCancelled();
			archive = ChildArchive.of(home, kind, childOptions(), classPath(home));
			serve(command(home, job, engine, kind, archive), engine, tasks, monitor, warnings, answers);
			archive.keep(); // the child exited normally: a cache it wrote is complete
		} catch (IOException e) {
			throw new EngineException("could not prepare the Flink job in " + (job == null ? stagingRoot() : job)
					+ ": " + e.getMessage());
		} finally {
			if (archive != null) {
				archive.discard();
			}
			if (job != null) {
				deleteQuietly(job);
			}
		}
	}

	/** The built engine folder, or an error saying how to build it. */
	static Path engineHome() {
		String named = System.getProperty(ENGINE_PROPERTY, System.getenv(ENGINE_VARIABLE));
		if (named == null || named.isBlank()) {
			throw new EngineException("the Flink engine's location is not set: build it with ./mvnw -B verify -pl"
					+ " releng/io.streamwise.flink -am and run through ./streamwise, or set " + ENGINE_VARIABLE
					+ " to its target/engine folder");
		}
		Path home = Path.of(named).toAbsolutePath();
		if (!Files.isRegularFile(home.resolve(JOB_JAR)) || !Files.isDirectory(home.resolve(LIB))) {
			throw new EngineException("the Flink engine is not built in " + home + " (no " + JOB_JAR + " and " + LIB
					+ "/): ./mvnw -B verify -pl releng/io.streamwise.flink -am builds it");
		}
		return home;
	}

	private static Path stagingRoot() {
		String root = System.getProperty(STAGING_PROPERTY, System.getenv(STAGING_VARIABLE));
		return Path.of(root == null || root.isBlank() ? System.getProperty("java.io.tmpdir") : root);
	}

	/**
	 * The child's JVM options taken over from this JVM: the heap it was given, and the launcher's JIT thresholds (C2
	 * for really hot code only). Without the thresholds the child's C2 compiled much of Flink's start-up code: in a
	 * grid of 24 cells at parallelism 2 that was CPU taken from the cells (docs/scale-out.md, "Speed-up").
	 */
	static List<String> childOptions() {
		List<String> c = new ArrayList<>();
		for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
			if (arg.startsWith("-Xm") || arg.startsWith("-XX:MaxRAM") || arg.startsWith("-XX:Tier4")) {
				c.add(arg);
			}
		}
		for (String open : OPENS) {
			c.add("--add-opens=" + open + "=ALL-UNNAMED");
		}
		c.add("-XX:+ExitOnOutOfMemoryError");
		c.add("-Djava.awt.headless=true");
		return c;
	}

	/**
	 * The job jar, then the jars of {@code lib/} by name: a fixed order (not the directory's, as {@code lib/*} gives),
	 * which the child's class-data cache depends on.
	 */
	static List<Path> classPath(Path home) throws IOException {
		List<Path> jars = new ArrayList<>();
		jars.add(home.resolve(JOB_JAR));
		try (Stream<Path> lib = Files.list(home.resolve(LIB))) {
			lib.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().forEach(jars::add);
		}
		return jars;
	}

	private static List<String> command(Path home, Path job, Engine engine, String kind, ChildArchive archive)
			throws IOException {
		List<String> c = new ArrayList<>();
		c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		c.addAll(archive.options());
		c.addAll(childOptions());
		c.add("-cp");
		c.add(String.join(java.io.File.pathSeparator, classPath(home).stream().map(Path::toString).toList()));
		c.add(MAIN);
		c.add(job.toString());
		c.add(engine.label());
		c.add(Integer.toString(engine.parallelism()));
		c.add(kind);
		return c;
	}

	private static void serve(List<String> command, Engine engine, int tasks, ProgressMonitor monitor,
			Consumer<String> warnings, Consumer<String> answers) throws IOException {
		Process process = new ProcessBuilder(command).start();
		process.getOutputStream().close();
		// this JVM ending (Ctrl-C reaches the child too) must not leave a job running: the child cancels on SIGTERM
		Thread reaper = new Thread(() -> stop(process), "streamwise flink reaper");
		Runtime.getRuntime().addShutdownHook(reaper);
		BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		Deque<String> tail = new ArrayDeque<>();
		String end = "\u0000end";
		Thread out = reader(process.getInputStream(), line -> {
			if (line.startsWith(MARKER)) {
				lines.add(line.substring(MARKER.length()));
			}
		}, () -> lines.add(end));
		Thread err = reader(process.getErrorStream(), line -> {
			synchronized (tail) {
				if (tail.size() == TAIL_LINES) {
					tail.removeFirst();
				}
				tail.addLast(line);
			}
		}, () -> {
		});
		int done = 0;
		String error = null;
		boolean inputError = false;
		try {
			monitor.subTask("starting " + engine.label() + " at parallelism " + engine.parallelism());
			while (true) {
				if (monitor.isCancelled()) {
					stop(process);
					throw new CancelledException();
				}
				String line = lines.poll(50, TimeUnit.MILLISECONDS);
				if (line == null) {
					continue;
				}
				if (line.equals(end)) {
					break;
				}
				if (line.startsWith("job ")) {
					monitor.subTask("Flink job " + line.substring(4) + " on " + engine.label() + ": " + done + " of "
							+ tasks + " tasks done");
				} else if (line.startsWith("cell ")) {
					try {
						answers.accept(line.substring(5));
					} catch (EngineException e) {
						error = e.getMessage();
						continue;
					}
					done++;
					monitor.subTask(done + " of " + tasks + " tasks done on " + engine.label());
				} else if (line.startsWith("input ")) {
					error = line.substring(6);
					inputError = true;
				} else if (line.startsWith("error ")) {
					error = line.substring(6);
				} else if (line.startsWith("warning ")) {
					warnings.accept(line.substring(8));
				}
			}
			int code = process.waitFor();
			out.join(2000);
			err.join(2000);
			if (error == null && (code != 0 || done != tasks)) {
				String last;
				synchronized (tail) {
					last = tail.stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("");
				}
				error = "the Flink engine exited with code " + code + " after " + done + " of " + tasks
						+ " tasks" + (last.isEmpty() ? "" : "; its last line: " + last.trim());
			}
			if (error != null) {
				if (inputError) {
					throw new IllegalArgumentException(error); // the run service reports bad input (exit 3)
				}
				throw new EngineException(error);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			stop(process);
			throw new CancelledException();
		} finally {
			process.destroyForcibly();
			try {
				Runtime.getRuntime().removeShutdownHook(reaper);
			} catch (IllegalStateException e) {
				// the JVM is shutting down: the hook runs anyway
			}
		}
	}

	/** SIGTERM: the child cancels its Flink job and exits; killed when it takes too long. */
	private static void stop(Process process) {
		if (!process.isAlive()) {
			return;
		}
		process.destroy();
		try {
			if (!process.waitFor(CANCEL_WAIT_SECONDS, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
	}

	private static Thread reader(InputStream in, Consumer<String> each, Runnable atEnd) {
		Thread t = new Thread(() -> {
			try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				for (String line = r.readLine(); line != null; line = r.readLine()) {
					each.accept(line);
				}
			} catch (IOException e) {
				// the process went away; its exit code tells why
			} finally {
				atEnd.run();
			}
		}, "streamwise flink output");
		t.setDaemon(true);
		t.start();
		return t;
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
}
