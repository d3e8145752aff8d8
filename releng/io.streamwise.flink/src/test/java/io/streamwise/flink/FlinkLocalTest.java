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

	/**
	 * A stream experiment file: a planted CSV stream whose concept flips halfway (two MOA learners, a drift detector,
	 * curve points every 250) and the simulator's stream (sessions as instances).
	 */
	private Path streamExperiment(String id, String stream) throws Exception {
		java.util.SplittableRandom random = new java.util.SplittableRandom(11);
		StringBuilder csv = new StringBuilder("x,y\n");
		for (int i = 0; i < 2000; i++) {
			double x = random.nextDouble();
			csv.append(String.format(java.util.Locale.ROOT, "%.6f,%s%n", x, (x >= 0.5) ^ (i >= 1000) ? "b" : "a"));
		}
		Files.createDirectories(tmp.resolve("data"));
		Files.writeString(tmp.resolve("data/flip.csv"), csv);
		Path file = Files.createDirectories(tmp.resolve("experiments")).resolve(id + ".experiment");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<experiment:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:experiment="http://streamwise.io/model/experiment/1.0" id="%s" name="stream" seed="5">
				  <algorithms algorithmId="moa" label="tree">
				    <settings key="learner" value="trees.HoeffdingTree"/>
				    <settings key="gracePeriod" value="50"/>
				  </algorithms>
				  <algorithms algorithmId="moa" label="bayes">
				    <settings key="learner" value="bayes.NaiveBayes"/>
				  </algorithms>
				  <algorithms algorithmId="moa" label="forest">
				    <settings key="learner" value="trees.HoeffdingAdaptiveTree"/>
				  </algorithms>
				  %s
				</experiment:Experiment>
				""".formatted(id, stream));
		return file;
	}

	/** Runs a stream experiment file as run FILE does (StreamExperimentRun) into out. */
	private static void runStream(Path file, Path out, Engine engine) throws Exception {
		var model = io.streamwise.model.io.ModelIO.load(file, io.streamwise.model.experiment.Experiment.class);
		var x = io.streamwise.stream.experiment.StreamExperiment.of(model, file);
		var outcome = x.run(engine, ProgressMonitor.NULL, null,
				io.streamwise.core.run.RunOrigin.commandLine(List.of("test")), w -> {
				});
		Files.createDirectories(out);
		x.write(outcome, out);
	}

	/** results.csv without its instances_per_second rows, which measure time (they differ between two embedded runs). */
	private static List<String> resultsWithoutTimes(Path out) throws Exception {
		return Files.readAllLines(out.resolve("results.csv")).stream()
				.filter(l -> !l.contains(",instances_per_second,")).toList();
	}

	@Test
	void aStreamExperimentFileRunsOnFlinkWithTheEmbeddedResultsAtParallelismOneAndTwo() throws Exception {
		Path file = streamExperiment("flip", """
				<stream location="../data/flip.csv" classAttribute="y" curveEvery="250" driftDetector="DDM"/>""");
		runStream(file, tmp.resolve("embedded"), Engine.EMBEDDED);
		List<String> embedded = resultsWithoutTimes(tmp.resolve("embedded"));
		assertEquals(1 + 3 * 12, embedded.size(), "header + 3 learners x (11 metrics + drifts): " + embedded);
		assertTrue(embedded.contains("tree,instances,2000.0"), "the whole stream ran: " + embedded);
		for (int parallelism : new int[] { 1, 2 }) {
			Path out = tmp.resolve("p" + parallelism);
			runStream(file, out, Engine.parse("flink-local", parallelism));
			assertEquals(embedded, resultsWithoutTimes(out), "results.csv at parallelism " + parallelism);
			assertArrayEquals(Files.readAllBytes(tmp.resolve("embedded/curves.csv")),
					Files.readAllBytes(out.resolve("curves.csv")), "curves.csv at parallelism " + parallelism);
			// the data file and the experiment the results record are the user's, not the job folder's copies
			String json = Files.readString(out.resolve("results.json"));
			assertTrue(json.contains(tmp.resolve("data/flip.csv").toString()), json);
		}
	}

	@Test
	void aSimulatorStreamExperimentRunsOnFlinkWithTheEmbeddedResults() throws Exception {
		Path file = streamExperiment("sim", """
				<stream source="SIMULATOR" curveEvery="500">
				    <generatorOptions key="preset" value="small"/>
				    <generatorOptions key="days" value="3"/>
				  </stream>""");
		runStream(file, tmp.resolve("embedded"), Engine.EMBEDDED);
		runStream(file, tmp.resolve("p2"), Engine.parse("flink-local", 2));
		assertEquals(resultsWithoutTimes(tmp.resolve("embedded")), resultsWithoutTimes(tmp.resolve("p2")));
		assertArrayEquals(Files.readAllBytes(tmp.resolve("embedded/curves.csv")),
				Files.readAllBytes(tmp.resolve("p2/curves.csv")));
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
