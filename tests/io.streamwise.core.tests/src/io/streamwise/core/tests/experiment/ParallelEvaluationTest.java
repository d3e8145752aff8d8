package io.streamwise.core.tests.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventType;
import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.ExperimentResult;
import io.streamwise.core.experiment.ExperimentRunner;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.experiment.LoadedDataset;
import io.streamwise.core.experiment.ResultsWriter;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.tests.PlantedRecommenders;

/** The evaluation loop scores test viewers on several threads: the same bytes for any thread count. */
class ParallelEvaluationTest {

	record None() {
	}

	/** Score calls of the shared recommender; when CANCEL holds a latch, each call waits for it. */
	static final AtomicInteger CALLS = new AtomicInteger();
	static final AtomicReference<CountDownLatch> CANCEL = new AtomicReference<>();

	/** Threads each recommender's score was called from. */
	static final Map<String, Set<String>> CALLERS = new ConcurrentHashMap<>();

	/**
	 * Purchases per item in training plus a per-viewer term, so that every viewer gets its own list; declares
	 * concurrent scoring or not.
	 */
	static RecommenderFactory<None> factory(String id, boolean concurrent) {
		return PlantedRecommenders.factory(id, id, "test recommender", None.class, settings -> new Recommender() {
			private float[] popularity = new float[0];

			@Override
			public void fit(Dataset data, TaskContext context) {
				EventLog train = data.log();
				popularity = new float[train.items().size()];
				for (int r = 0; r < train.size(); r++) {
					if (train.type(r) == EventType.PURCHASE) {
						popularity[train.item(r)]++;
					}
				}
			}

			@Override
			public void score(int viewer, float[] scores) {
				CALLERS.computeIfAbsent(id, x -> ConcurrentHashMap.newKeySet())
						.add(Thread.currentThread().getName());
				if (concurrent) {
					CALLS.incrementAndGet();
					CountDownLatch cancel = CANCEL.get();
					if (cancel != null) {
						try {
							cancel.await();
						} catch (InterruptedException e) {
							Thread.currentThread().interrupt();
						}
					}
				}
				for (int i = 0; i < scores.length; i++) {
					scores[i] = (i < popularity.length ? popularity[i] : 0) + ((viewer * 31 + i * 17) % 7) / 8f;
				}
			}

			@Override
			public boolean concurrentScoring() {
				return concurrent;
			}
		});
	}

	static final ExperimentRunner RUNNER = new ExperimentRunner(
			AlgorithmRegistry.of(List.of(factory("shared", true), factory("stateful", false))));

	static LoadedDataset simulated;

	@BeforeAll
	static void simulate() throws Exception {
		simulated = DatasetLoader.load(new DatasetSpec(DatasetKind.SIMULATOR, null, null, Map.of("preset", "small")),
				Path.of("."), 3, ProgressMonitor.NULL);
	}

	static ExperimentSpec spec(String threads) {
		return new ExperimentSpec("par", "Parallel", 5,
				new DatasetSpec(DatasetKind.SIMULATOR, null, null, Map.of("preset", "small")),
				new ProtocolSpec(ProtocolKind.KFOLD, 0.8, 2, Map.of("threads", threads)),
				List.of(new AlgorithmSpec("shared", "shared", Map.of()),
						new AlgorithmSpec("stateful", "stateful", Map.of())),
				List.of("ndcg@10", "recall@10", "rankauc", "coverage@10", "novelty@10", "ild@10"));
	}

	static ExperimentResult run(ExperimentSpec spec, ProgressMonitor monitor) {
		RUNNER.validate(spec);
		return RUNNER.run(spec, "par.experiment", simulated, Map.of(), monitor);
	}

	@Test
	void sameResultsOnOneTwoOrFourThreads(@TempDir Path out) throws Exception {
		ExperimentResult one = run(spec("1"), ProgressMonitor.NULL);
		assertTrue(one.failures().isEmpty(), one.failures().toString());
		ResultsWriter.write(one, out.resolve("1"));
		byte[] oneCsv = Files.readAllBytes(out.resolve("1").resolve(ResultsWriter.RESULTS_CSV));
		for (String threads : List.of("2", "4", "0")) {
			CALLERS.clear();
			ExperimentResult many = run(spec(threads), ProgressMonitor.NULL);
			assertEquals(one.values().size(), many.values().size());
			for (int v = 0; v < one.values().size(); v++) {
				ExperimentResult.Value a = one.values().get(v), b = many.values().get(v);
				assertEquals(a.metric() + a.segment(), b.metric() + b.segment());
				assertEquals(Double.doubleToLongBits(a.value()), Double.doubleToLongBits(b.value()), a.metric());
				assertArrayEquals(a.unitIds(), b.unitIds());
				assertArrayEquals(a.unitValues(), b.unitValues());
			}
			ResultsWriter.write(many, out.resolve(threads));
			assertArrayEquals(oneCsv, Files.readAllBytes(out.resolve(threads).resolve(ResultsWriter.RESULTS_CSV)),
					"results.csv on " + threads + " threads");
			if (!threads.equals("0")) {
				// more than one chunk of viewers: a recommender that allows it is scored by the pool's threads and
				// its cell's own thread (which takes chunks too), one that does not by its cells' own threads only
				assertTrue(CALLERS.get("shared").stream()
						.allMatch(
								t -> t.startsWith("streamwise-evaluation-") || t.startsWith("streamwise cell shared")),
						CALLERS.toString());
				assertTrue(CALLERS.get("stateful").stream().allMatch(t -> t.startsWith("streamwise cell stateful")),
						CALLERS.toString());
			}
		}
	}

	@Test
	void badThreadCountIsRefusedNamingTheOption() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RUNNER.validate(spec("-2")));
		assertTrue(e.getMessage().contains("threads") && e.getMessage().contains("-2"), e.getMessage());
	}

	@Test
	void cancellationStopsTheParallelLoop() throws Exception {
		CALLS.set(0);
		run(spec("2"), ProgressMonitor.NULL);
		int full = CALLS.get();
		// cancelled by the first score call; that call waits until the run has seen the cancellation, so the loop
		// cannot have raced through all viewers meanwhile
		CALLS.set(0);
		CANCEL.set(new CountDownLatch(1));
		ProgressMonitor cancelOnFirstScore = new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
				// nothing to show
			}

			@Override
			public void worked(long work) {
				// nothing to show
			}

			@Override
			public boolean isCancelled() {
				if (CALLS.get() > 0) {
					CANCEL.get().countDown();
					return true;
				}
				return false;
			}
		};
		try {
			assertThrows(CancelledException.class, () -> run(spec("2"), cancelOnFirstScore));
		} finally {
			CANCEL.set(null);
		}
		assertTrue(CALLS.get() > 0 && CALLS.get() < full, CALLS.get() + " of " + full + " score calls");
	}
}
