package io.streamwise.flink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.Engine;
import io.streamwise.core.experiment.EngineException;

/**
 * flink://HOST:PORT against a real standalone session cluster on localhost (a JobManager and a TaskManager process
 * with two slots, started once for the class): results equal the embedded run's, a cancelled run cancels its job on
 * the cluster, and bad input (too few slots, an address where no cluster listens, job files the task manager cannot
 * read, a task manager killed mid-job) fails with a clear reason and leaves no results.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlinkClusterTest {

	@TempDir
	static Path tmp;
	static LocalCluster cluster;
	static Path hidden;
	static Path experiment;

	@BeforeAll
	static void startCluster() throws Exception {
		Path engine = Path.of(System.getProperty("streamwise.flink.engine"));
		hidden = LocalCluster.canHideFolders() ? tmp.resolve("client-only") : null;
		cluster = new LocalCluster(engine, tmp.resolve("cluster"), 2, hidden);
		experiment = Runs.gridExperiment(tmp, "grid", "small");
	}

	@AfterAll
	static void stopCluster() throws Exception {
		if (cluster != null) {
			cluster.close();
		}
		System.clearProperty("streamwise.flink.staging");
	}

	private static Engine cluster(int parallelism) {
		return Engine.parse("flink://localhost:" + cluster.restPort, parallelism);
	}

	@Test
	void aGridOnTheClusterGivesTheEmbeddedResults() throws Exception {
		Runs.run(experiment, tmp.resolve("embedded"), Engine.EMBEDDED);
		Runs.run(experiment, tmp.resolve("cluster-p2"), cluster(2));
		assertArrayEquals(Files.readAllBytes(tmp.resolve("embedded/results.csv")),
				Files.readAllBytes(tmp.resolve("cluster-p2/results.csv")));
		assertTrue(cluster.get("/jobs/overview").contains("\"state\":\"FINISHED\""), cluster.get("/jobs/overview"));
	}

	@Test
	void cancellingARunCancelsItsJobOnTheCluster() throws Exception {
		AtomicBoolean cancel = new AtomicBoolean();
		String[] job = new String[1];
		ProgressMonitor monitor = new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
			}

			@Override
			public void worked(long work) {
			}

			@Override
			public void subTask(String name) {
				Matcher m = Pattern.compile("^Flink job ([0-9a-f]{32}) ").matcher(name);
				if (m.find()) {
					job[0] = m.group(1);
					cancel.set(true);
				}
			}

			@Override
			public boolean isCancelled() {
				return cancel.get();
			}
		};
		Path out = tmp.resolve("cancelled");
		assertThrows(CancelledException.class, () -> Runs.run(experiment, out, cluster(2), monitor, new ArrayList<>()));
		assertTrue(job[0] != null, "the job was submitted");
		assertFalse(Files.exists(out.resolve("results.csv")));
		// the cluster says the job was cancelled, not left running or failed
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		String state = "";
		while (System.nanoTime() < deadline) {
			state = cluster.get("/jobs/" + job[0]);
			if (state.contains("\"state\":\"CANCELED\"")) {
				return;
			}
			Thread.sleep(500);
		}
		throw new AssertionError("job " + job[0] + " was not cancelled on the cluster: " + state);
	}

	@Test
	void tooFewSlotsIsRefusedBeforeSubmitting() {
		Path out = tmp.resolve("three");
		EngineException e = assertThrows(EngineException.class, () -> Runs.run(experiment, out, cluster(3)));
		assertTrue(e.getMessage().contains("has 2 task slot(s) in all; --parallelism 3 needs 3"), e.getMessage());
		assertFalse(Files.exists(out));
	}

	@Test
	void anAddressWithoutAClusterIsAClearError() throws IOException {
		int closed;
		try (ServerSocket s = new ServerSocket(0)) {
			closed = s.getLocalPort();
		}
		Path out = tmp.resolve("nowhere");
		EngineException e = assertThrows(EngineException.class,
				() -> Runs.run(experiment, out, Engine.parse("flink://localhost:" + closed, 1)));
		assertTrue(e.getMessage().startsWith("cannot reach a Flink cluster at localhost:" + closed), e.getMessage());
		assertFalse(Files.exists(out));
	}

	/** Last: it kills the task manager (and starts another for nothing after it). */
	@Test
	@Order(Integer.MAX_VALUE)
	void aTaskManagerKilledMidJobFailsTheRunClearlyWithoutResults() throws Exception {
		AtomicBoolean killed = new AtomicBoolean();
		ProgressMonitor monitor = new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
			}

			@Override
			public void worked(long work) {
			}

			@Override
			public void subTask(String name) {
				if (name.startsWith("Flink job ") && !killed.getAndSet(true)) {
					try {
						cluster.killTaskManager();
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
				}
			}

			@Override
			public boolean isCancelled() {
				return false;
			}
		};
		Path out = tmp.resolve("lost");
		EngineException e = assertThrows(EngineException.class,
				() -> Runs.run(experiment, out, cluster(2), monitor, new ArrayList<>()));
		assertTrue(killed.get());
		assertTrue(e.getMessage().startsWith("the Flink job failed after "), e.getMessage());
		assertFalse(Files.exists(out.resolve("results.csv")), "no results, so no wrong numbers");
	}

	@Test
	void jobFilesTheTaskManagerCannotReadFailTheRunNamingThem() throws Exception {
		org.junit.jupiter.api.Assumptions.assumeTrue(hidden != null,
				"unshare -m is not allowed here: no folder can be hidden from the task manager");
		System.setProperty("streamwise.flink.staging", hidden.toString());
		try {
			Path out = tmp.resolve("unreadable");
			EngineException e = assertThrows(EngineException.class, () -> Runs.run(experiment, out, cluster(1)));
			assertTrue(e.getMessage().contains("cannot read the job's files in " + hidden), e.getMessage());
			assertFalse(Files.exists(out.resolve("results.csv")));
			try (var left = Files.list(hidden)) {
				assertTrue(left.toList().isEmpty(), "the job folder is removed");
			}
		} finally {
			System.clearProperty("streamwise.flink.staging");
		}
	}

}
