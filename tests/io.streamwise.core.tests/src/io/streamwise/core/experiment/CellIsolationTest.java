package io.streamwise.core.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.ExperimentResult.Failure;
import io.streamwise.core.experiment.ExperimentResult.Value;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.tests.PlantedRecommenders;

/**
 * Cells in worker processes, without a product: the worker's side is {@link CellWorker#serve} run here, and the
 * "worker process" is a shell script that replays what serve wrote and then ends as a faulty plugin would make it
 * end (an exit code, a heap exhausted, a hang). The parent's side is the real one, with real processes.
 */
class CellIsolationTest {

	record None() {
	}

	/** Scores items by how often they were bought in training, ties by index: deterministic, and fold-dependent. */
	static final RecommenderFactory<None> POPULAR = PlantedRecommenders.factory("test.popular", "Popular",
			"counts purchases", None.class, settings -> new Recommender() {
				private float[] counts;

				@Override
				public void fit(Dataset train, TaskContext context) {
					EventLog log = train.log();
					counts = new float[log.items().size()];
					for (int i = 0; i < log.size(); i++) {
						if (log.item(i) >= 0) {
							counts[log.item(i)] += 1 + (context.seed() & 1) * 0.5f;
						}
					}
				}

				@Override
				public void score(int viewer, float[] scores) {
					for (int i = 0; i < scores.length; i++) {
						scores[i] = (i < counts.length ? counts[i] : 0) - i * 1e-3f;
					}
				}
			});

	final AlgorithmRegistry registry = AlgorithmRegistry.of(List.of(POPULAR));

	/** 40 viewers in 12 streams; viewer v buys item v % 7 in two streams and item (v * 3) % 11 in another. */
	static EventLog planted() {
		EventLogBuilder b = new EventLogBuilder();
		for (int s = 0; s < 12; s++) {
			for (int v = 0; v < 40; v++) {
				if ((v + s) % 3 != 0) {
					continue;
				}
				long t = 1_700_000_000L + s * 3600L + v;
				b.add("v" + v, "s" + s, null, EventType.JOIN, t, Float.NaN);
				String item = "i" + (s % 4 == 0 ? (v * 3) % 11 : v % 7);
				b.add("v" + v, "s" + s, item, EventType.CLICK, t + 30, Float.NaN);
				b.add("v" + v, "s" + s, item, EventType.PURCHASE, t + 60, 9.5f);
			}
		}
		return b.build();
	}

	/** Writes the planted events as a CSV file and an experiment naming it, with three random folds. */
	static Path experiment(Path dir, Map<String, String> options) throws IOException {
		StringBuilder csv = new StringBuilder("viewer,stream,item,type,timestamp,value\n");
		EventLog log = planted();
		for (int i = 0; i < log.size(); i++) {
			csv.append(log.viewers().id(log.viewer(i))).append(',').append(log.streams().id(log.stream(i))).append(',')
					.append(log.item(i) < 0 ? "" : log.items().id(log.item(i))).append(',')
					.append(log.type(i).name().toLowerCase(java.util.Locale.ROOT)).append(',').append(log.timestamp(i))
					.append(',').append(Float.isNaN(log.value(i)) ? "" : Float.toString(log.value(i))).append('\n');
		}
		Files.writeString(dir.resolve("events.csv"), csv);
		ExperimentSpec spec = new ExperimentSpec("iso", "Isolation", 5,
				new DatasetSpec(DatasetKind.CSV, "events.csv", null, Map.of("rawIds", "true")),
				new ProtocolSpec(ProtocolKind.RANDOM, 0.8, 3, options), List.of(new AlgorithmSpec("pop", "test.popular",
						Map.of())),
				List.of("ndcg@10", "recall@10", "coverage@10"));
		Path file = dir.resolve("iso.experiment");
		ExperimentFiles.write(spec, file);
		return file;
	}

	static LoadedDataset load(Path experiment) throws Exception {
		ExperimentSpec spec = ExperimentFiles.read(experiment);
		return DatasetLoader.load(spec.dataset(), experiment.getParent(), spec.seed(), ProgressMonitor.NULL);
	}

	/** What a worker writes on its standard output for these folds, as CellWorker really writes it. */
	List<String> served(Path experiment, int... folds) throws Exception {
		LoadedDataset data = load(experiment);
		Path request = experiment.resolveSibling("request-" + Arrays.toString(folds) + ".json");
		Files.writeString(request, WorkerProtocol.json(new WorkerProtocol.Request(experiment.toString(),
				experiment.getParent().toString(), "pop", folds, data.sha256(), data.dataset().log().size())));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		assertEquals(0, CellWorker.serve(registry, request, new PrintStream(bytes, true, StandardCharsets.UTF_8)));
		return bytes.toString(StandardCharsets.UTF_8).lines().toList();
	}

	/**
	 * A fake worker: a shell script given the request file as $1. For the first request (all three folds) it prints
	 * {@code first} and then runs {@code end}; for a later one it prints {@code rest}.
	 */
	static WorkerLauncher script(Path dir, List<String> first, String end, List<String> rest) throws IOException {
		Files.write(dir.resolve("first.txt"), first);
		Files.write(dir.resolve("rest.txt"), rest);
		String sh = "case \"$(cat \"$1\")\" in *'\"folds\":[0,1,2]'*) cat '" + dir.resolve("first.txt") + "'; " + end
				+ ";; *) cat '" + dir.resolve("rest.txt") + "';; esac";
		return WorkerLauncher.of(List.of("sh", "-c", sh, "worker"));
	}

	ExperimentResult run(Path experiment, WorkerLauncher launcher, List<String> log, ProgressMonitor monitor)
			throws Exception {
		ExperimentSpec spec = ExperimentFiles.read(experiment);
		ExperimentRunner runner = new ExperimentRunner(registry);
		if (launcher != null) {
			runner.withWorkers(launcher, log::add);
		}
		return runner.run(spec, experiment.toString(), load(experiment), Map.of(), monitor);
	}

	static List<Value> ofFold(ExperimentResult r, int fold) {
		return r.values().stream().filter(v -> v.fold() == fold).toList();
	}

	static void assertSameValues(List<Value> expected, List<Value> actual) {
		assertEquals(expected.size(), actual.size());
		for (int i = 0; i < expected.size(); i++) {
			Value a = expected.get(i), b = actual.get(i);
			assertEquals(a.algorithm() + a.fold() + a.metric() + a.segment() + a.n(),
					b.algorithm() + b.fold() + b.metric() + b.segment() + b.n());
			assertEquals(Double.doubleToRawLongBits(a.value()), Double.doubleToRawLongBits(b.value()));
			assertEquals(Double.doubleToRawLongBits(a.standardError()), Double.doubleToRawLongBits(b.standardError()));
			assertArrayEquals(a.unitIds(), b.unitIds());
			assertArrayEquals(a.unitValues(), b.unitValues());
		}
	}

	static String reason(ExperimentResult r, int fold) {
		return r.failures().stream().filter(f -> f.fold() == fold).map(Failure::reason).findFirst()
				.orElseThrow(() -> new AssertionError("fold " + fold + " did not fail: " + r.failures()));
	}

	@Test
	void cellsRunInAWorkerGiveBitForBitTheValuesOfAnInProcessRun(@TempDir Path dir) throws Exception {
		Path experiment = experiment(dir, Map.of("isolation", "process"));
		ExperimentResult inProcess = run(experiment, null, new ArrayList<>(), ProgressMonitor.NULL);
		List<String> lines = served(experiment, 0, 1, 2);
		assertTrue(lines.stream().allMatch(l -> l.startsWith(WorkerProtocol.MARKER)), lines.toString());
		ExperimentResult isolated = run(experiment, script(dir, lines, "exit 0", List.of()), new ArrayList<>(),
				ProgressMonitor.NULL);
		assertEquals(List.of(), isolated.failures());
		assertEquals(3, isolated.values().stream().mapToInt(Value::fold).distinct().count());
		assertSameValues(inProcess.values(), isolated.values());
		assertEquals(inProcess.summary(), isolated.summary());
	}

	/** The lines of a served run up to and including the start of this fold. */
	static List<String> upToStartOf(List<String> lines, int fold) {
		List<String> out = new ArrayList<>();
		for (String l : lines) {
			out.add(l);
			if (l.contains("\"type\":\"start\"") && l.contains("\"fold\":" + fold + ",")
					|| l.contains("\"type\":\"start\"") && l.endsWith("\"fold\":" + fold + "}")) {
				return out;
			}
		}
		throw new AssertionError("no start of fold " + fold + " in " + lines);
	}

	@Test
	void aWorkerThatExitsCostsOnlyItsCellAndAFreshWorkerRunsTheRest(@TempDir Path dir) throws Exception {
		Path experiment = experiment(dir, Map.of("isolation", "process"));
		ExperimentResult inProcess = run(experiment, null, new ArrayList<>(), ProgressMonitor.NULL);
		List<String> log = new ArrayList<>();
		ExperimentResult r = run(experiment, script(dir, upToStartOf(served(experiment, 0, 1, 2), 1),
				"echo 'plugin says bye' >&2; exit 3", served(experiment, 2)), log, ProgressMonitor.NULL);
		assertEquals(1, r.failures().size(), r.failures().toString());
		assertEquals("the worker process exited with code 3 during fold 1; its last line: plugin says bye",
				reason(r, 1));
		assertSameValues(ofFold(inProcess, 0), ofFold(r, 0));
		assertSameValues(ofFold(inProcess, 2), ofFold(r, 2));
		assertTrue(log.stream().anyMatch(l -> l.contains("a new worker takes the remaining folds")), log.toString());
	}

	@Test
	void aWorkerOutOfMemoryIsReportedAsSuch(@TempDir Path dir) throws Exception {
		Path experiment = experiment(dir, Map.of("isolation", "process"));
		ExperimentResult r = run(experiment, script(dir, upToStartOf(served(experiment, 0, 1, 2), 0),
				"echo 'Terminating due to java.lang.OutOfMemoryError: Java heap space' >&2; exit 3",
				served(experiment, 1, 2)), new ArrayList<>(), ProgressMonitor.NULL);
		assertEquals("the worker process ran out of memory during fold 0 (Terminating due to"
				+ " java.lang.OutOfMemoryError: Java heap space)", reason(r, 0));
		assertEquals(1, r.failures().size(), r.failures().toString());
	}

	@Test
	void aHangingWorkerIsKilledAndItsAlgorithmAbandonedOnce(@TempDir Path dir) throws Exception {
		Path experiment = experiment(dir, Map.of("isolation", "process", "cellTimeLimitSeconds", "0.2"));
		Path pid = dir.resolve("pid");
		ExperimentResult r = run(experiment, script(dir, upToStartOf(served(experiment, 0, 1, 2), 0),
				"echo $$ > '" + pid + "'; exec sleep 600", List.of()), new ArrayList<>(), ProgressMonitor.NULL);
		assertEquals(3, r.failures().size(), r.failures().toString());
		assertTrue(reason(r, 0).startsWith("exceeded the cell time limit of 0.200 s") && reason(r, 0).contains(
				"worker process did not answer; it was killed"), reason(r, 0));
		assertEquals("abandoned after fold 0 exceeded the cell time limit", reason(r, 1));
		assertEquals("abandoned after fold 0 exceeded the cell time limit", reason(r, 2));
		assertFalse(alive(pid), "the hanging worker must be killed");
		assertTrue(r.values().isEmpty());
	}

	@Test
	void cancellingTheRunKillsTheWorker(@TempDir Path dir) throws Exception {
		Path experiment = experiment(dir, Map.of("isolation", "process"));
		Path pid = dir.resolve("pid");
		WorkerLauncher hangs = script(dir, upToStartOf(served(experiment, 0, 1, 2), 0),
				"echo $$ > '" + pid + "'; exec sleep 600", List.of());
		// cancelled once the worker is in its cell
		ProgressMonitor monitor = ProgressMonitor.cancelledWhen(() -> Files.exists(pid));
		assertThrows(CancelledException.class, () -> run(experiment, hangs, new ArrayList<>(), monitor));
		assertFalse(alive(pid), "a cancelled run must kill its worker");
	}

	@Test
	void aWorkerThatCannotStartFailsEveryCellWithWhatItSaid(@TempDir Path dir) throws Exception {
		Path experiment = experiment(dir, Map.of("isolation", "process"));
		ExperimentResult r = run(experiment, WorkerLauncher.of(List.of("sh", "-c",
				"echo 'Application \"io.streamwise.headless.worker\" could not be found' >&2; exit 13", "worker")),
				new ArrayList<>(), ProgressMonitor.NULL);
		assertEquals(3, r.failures().size());
		for (int f = 0; f < 3; f++) {
			assertEquals("the worker process could not start: the worker process exited with code 13 before its first"
					+ " fold; its last line: Application \"io.streamwise.headless.worker\" could not be found",
					reason(r, f));
		}
	}

	@Test
	void withoutAProductIsolationFallsBackToThisProcessWithAWarning(@TempDir Path dir) throws Exception {
		Path experiment = experiment(dir, Map.of("isolation", "process"));
		List<String> warnings = new ArrayList<>();
		ExperimentResult r = run(experiment, WorkerLauncher.fromRunningProduct(), warnings, ProgressMonitor.NULL);
		assertEquals(List.of(), r.failures());
		assertEquals(1, warnings.size(), warnings.toString());
		assertTrue(warnings.get(0).startsWith("cannot isolate pop in worker processes (not started from a Streamwise"
				+ " product"), warnings.get(0));
		assertSameValues(run(experiment, null, new ArrayList<>(), ProgressMonitor.NULL).values(), r.values());
	}

	@Test
	void builtInAlgorithmsRunInProcessUnlessTheProtocolSaysOtherwise(@TempDir Path dir) throws Exception {
		Path experiment = experiment(dir, Map.of());
		List<String> log = new ArrayList<>();
		// a launcher that would fail every cell: not used, since test.popular comes with this bundle
		ExperimentResult r = run(experiment, WorkerLauncher.of(List.of("false")), log, ProgressMonitor.NULL);
		assertEquals(List.of(), r.failures());
		assertEquals(List.of(), log);
		assertTrue(CellIsolation.comesWithProduct(POPULAR));
	}

	@Test
	void anUnknownIsolationValueIsRejectedBeforeRunning() {
		ExperimentSpec spec = new ExperimentSpec("iso", "Isolation", 5, new DatasetSpec(DatasetKind.CSV, "x.csv",
				null, Map.of()), new ProtocolSpec(ProtocolKind.RANDOM, 0.8, 2, Map.of("isolation", "sandbox")),
				List.of(new AlgorithmSpec("pop", "test.popular", Map.of())), List.of("ndcg@10"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new ExperimentRunner(registry).validate(spec));
		assertEquals("protocol option isolation: 'sandbox' is neither process nor inprocess", e.getMessage());
	}

	static boolean alive(Path pidFile) throws IOException {
		long pid = Long.parseLong(Files.readString(pidFile).trim());
		for (int i = 0; i < 100; i++) { // a killed process may take a moment to go
			if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			} else {
				return false;
			}
		}
		return true;
	}
}
