package io.streamwise.flink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.Engine;
import io.streamwise.stream.PrequentialResult;
import io.streamwise.stream.experiment.PartitionedPrequential;
import io.streamwise.stream.experiment.SimulatorStream;

/** flink-local: the grid as one job on a mini-cluster in a child JVM gives the embedded run's results.csv. */
class FlinkLocalTest {

	@TempDir
	Path tmp;

	@Test
	void resultsAreByteIdenticalToEmbeddedAtParallelismOneAndTwo() throws Exception {
		Path experiment = Runs.gridExperiment(tmp, "grid", "small");
		Runs.run(experiment, tmp.resolve("embedded"), Engine.EMBEDDED);
		Runs.run(experiment, tmp.resolve("p1"), Engine.parse("flink-local", 1));
		Runs.run(experiment, tmp.resolve("p2"), Engine.parse("flink-local", 2));
		byte[] embedded = Files.readAllBytes(tmp.resolve("embedded/results.csv"));
		assertTrue(new String(embedded).contains("itemknn"), "the grid ran: " + new String(embedded));
		assertArrayEquals(embedded, Files.readAllBytes(tmp.resolve("p1/results.csv")), "parallelism 1");
		assertArrayEquals(embedded, Files.readAllBytes(tmp.resolve("p2/results.csv")), "parallelism 2");
		// per-viewer values travel back bit for bit as well
		assertArrayEquals(Files.readAllBytes(tmp.resolve("embedded/per_unit.csv")),
				Files.readAllBytes(tmp.resolve("p2/per_unit.csv")));
	}

	@Test
	void partitionedPrequentialGivesTheEmbeddedBitsAtParallelismOneAndTwo() {
		Map<String, String> market = Map.of("preset", "small", "days", "3");
		var plan = new PartitionedPrequential.Plan(market, 4, List.of("bayes.NaiveBayes", "trees.HoeffdingTree"),
				"viewer", 3, 1, "ddm");
		SimulatorStream stream = SimulatorStream.of(market, 4, 0, ProgressMonitor.NULL);
		List<PrequentialResult> embedded = PartitionedPrequential.runEmbedded(plan, stream, ProgressMonitor.NULL);
		for (int parallelism : new int[] { 1, 2 }) {
			List<PrequentialResult> flink = PartitionedPrequential.runOnFlink(Engine.parse("flink-local",
					parallelism), plan, ProgressMonitor.NULL, w -> {
					});
			assertEquals(embedded.size(), flink.size());
			for (int l = 0; l < embedded.size(); l++) {
				PrequentialResult e = embedded.get(l), f = flink.get(l);
				String what = e.learner() + " at parallelism " + parallelism;
				assertEquals(e.learner(), f.learner(), what);
				assertArrayEquals(e.metrics().values(), f.metrics().values(), what); // bit for bit, NaN included
				assertEquals(e.instances(), f.instances(), what);
				assertEquals(e.trained(), f.trained(), what);
				assertArrayEquals(e.drifts(), f.drifts(), what);
			}
		}
		assertEquals(stream.size(), embedded.get(0).instances(), "every session evaluated once");
	}

	@Test
	void cancellingStopsTheJobAndWritesNoResults() throws Exception {
		Path experiment = Runs.gridExperiment(tmp, "grid", "small");
		Path out = tmp.resolve("cancelled");
		AtomicBoolean cancel = new AtomicBoolean();
		List<String> tasks = new ArrayList<>();
		ProgressMonitor monitor = new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
			}

			@Override
			public void worked(long work) {
			}

			@Override
			public void subTask(String name) {
				tasks.add(name);
				if (name.startsWith("Flink job ")) { // the job is running on the mini-cluster: Ctrl-C now
					cancel.set(true);
				}
			}

			@Override
			public boolean isCancelled() {
				return cancel.get();
			}
		};
		assertThrows(CancelledException.class,
				() -> Runs.run(experiment, out, Engine.parse("flink-local", 2), monitor, new ArrayList<>()));
		assertTrue(cancel.get(), "the job started: " + tasks);
		assertFalse(Files.exists(out.resolve("results.csv")), "no results of a cancelled run");
		try (var left = Files.list(tmp)) {
			assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".cancelled")).toList(),
					"no staging folder left");
		}
	}
}
