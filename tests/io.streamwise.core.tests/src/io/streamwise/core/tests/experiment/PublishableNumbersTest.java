package io.streamwise.core.tests.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.api.algorithm.Setting;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.ExperimentResult;
import io.streamwise.core.experiment.ExperimentResult.FoldCount;
import io.streamwise.core.experiment.ExperimentResult.Value;
import io.streamwise.core.experiment.ExperimentRunner;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.experiment.LoadedDataset;
import io.streamwise.core.experiment.ResultsWriter;
import io.streamwise.core.experiment.Splits;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.tests.PlantedRecommenders;

/**
 * Numbers a researcher can publish: seeds from stable things only (not labels, not ids), Wilcoxon and the rest of the
 * significance analysis cancellable, RecBole's per-viewer random split, and the warnings and counts that say how much
 * the numbers can carry.
 */
class PublishableNumbersTest {

	record Spread(@Setting(label = "spread", defaultValue = "1.0", min = 0) double spread) {
	}

	/** Ranks at random from its seed (and the viewer): its values show which seed a cell got. */
	static final RecommenderFactory<Spread> SHUFFLE = PlantedRecommenders.factory("shuffle", "Shuffle",
			"random from the seed", Spread.class, settings -> new Recommender() {
				private long seed;

				@Override
				public void fit(Dataset data, TaskContext context) {
					seed = context.seed();
				}

				@Override
				public void score(int viewer, float[] scores) {
					java.util.SplittableRandom r = new java.util.SplittableRandom(seed * 31 + viewer);
					for (int i = 0; i < scores.length; i++) {
						scores[i] = (float) (settings.spread() * r.nextDouble());
					}
				}
			});

	final ExperimentRunner runner = new ExperimentRunner(AlgorithmRegistry.of(List.of(SHUFFLE)));

	/** 30 viewers (named by {@code name}), 40 items; viewer v buys 12 items at distinct times. */
	static EventLog log(Function<Integer, String> name) {
		EventLogBuilder b = new EventLogBuilder();
		for (int v = 0; v < 30; v++) {
			for (int k = 0; k < 12; k++) {
				b.add(name.apply(v), null, "i" + (10 + (v * 7 + k * 3) % 40), EventType.PURCHASE,
						1_700_000_000L + v * 100 + k, 5f);
			}
		}
		return b.build();
	}

	static LoadedDataset data(EventLog log) {
		return new LoadedDataset(Dataset.of(log), "planted", List.of(), "0".repeat(64), null);
	}

	static ExperimentSpec spec(ProtocolSpec protocol, List<AlgorithmSpec> algorithms, String... metrics) {
		return new ExperimentSpec("p", "P", 11, new DatasetSpec(DatasetKind.CSV, "mem", null, Map.of()), protocol,
				algorithms, List.of(metrics));
	}

	ExperimentResult run(ProtocolSpec protocol, List<AlgorithmSpec> algorithms, EventLog log, ProgressMonitor monitor,
			String... metrics) {
		return runner.run(spec(protocol, algorithms, metrics), "x", data(log), Map.of(), monitor);
	}

	static double[] values(ExperimentResult r, String algorithm) {
		return r.values().stream().filter(v -> v.algorithm().equals(algorithm)).mapToDouble(Value::value).toArray();
	}

	@Test
	void aCellsSeedComesFromTheAlgorithmAndItsSettingsNotFromItsLabel() {
		ProtocolSpec random = new ProtocolSpec(ProtocolKind.RANDOM, 0.7, 2, Map.of());
		EventLog log = log(v -> "v" + v);
		ExperimentResult named = run(random, List.of(new AlgorithmSpec("a", "shuffle", Map.of()),
				new AlgorithmSpec("b", "shuffle", Map.of("spread", "2"))), log, ProgressMonitor.NULL, "ndcg@5");
		ExperimentResult renamed = run(random, List.of(new AlgorithmSpec("renamed", "shuffle", Map.of())), log,
				ProgressMonitor.NULL, "ndcg@5");
		assertArrayEquals(values(named, "a"), values(renamed, "renamed"));
		// other settings, another seed: the spread does not change a ranking, so only the seed can tell them apart
		assertNotEquals(Arrays.toString(values(named, "a")), Arrays.toString(values(named, "b")));
	}

	@Test
	void sampledNegativesDoNotDependOnViewerIds() {
		// the same data with every viewer renamed in order (as another pseudonymisation key might not, but ids do
		// not matter here: only their indices may)
		ProtocolSpec sampled = new ProtocolSpec(ProtocolKind.RANDOM, 0.7, 1, Map.of("sampledNegatives", "5"));
		List<AlgorithmSpec> shuffle = List.of(new AlgorithmSpec("s", "shuffle", Map.of()));
		ExperimentResult a = run(sampled, shuffle, log(v -> "v" + (100 + v)),
				ProgressMonitor.NULL, "ndcg@5");
		ExperimentResult b = run(sampled, shuffle, log(v -> "w" + (100 + v)),
				ProgressMonitor.NULL, "ndcg@5");
		assertArrayEquals(values(a, "s"), values(b, "s"));
		for (Value v : a.values()) {
			assertTrue(!v.segment().equals(ExperimentResult.ALL) || v.value() > 0,
					"five negatives and a few relevant items: some hits: " + v);
		}
	}

	@Test
	void significanceAnalysisHonoursCancellation() {
		boolean[] significance = { false };
		ProgressMonitor monitor = new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
			}

			@Override
			public void worked(long work) {
			}

			@Override
			public boolean isCancelled() {
				return significance[0];
			}

			@Override
			public void subTask(String name) {
				significance[0] |= name.startsWith("significance");
			}
		};
		ProtocolSpec random = new ProtocolSpec(ProtocolKind.RANDOM, 0.7, 1, Map.of());
		assertThrows(CancelledException.class, () -> run(random, List.of(
				new AlgorithmSpec("a", "shuffle", Map.of()), new AlgorithmSpec("b", "shuffle", Map.of("spread", "2"))),
				log(v -> "v" + v), monitor, "ndcg@5"));
	}

	@Test
	void randomPerViewerSplitsEachViewerByRecBolesRounding() {
		EventLogBuilder b = new EventLogBuilder();
		int[] sizes = { 10, 3, 2, 1, 20 };
		for (int v = 0; v < sizes.length; v++) {
			for (int k = 0; k < sizes[v]; k++) {
				b.add("v" + v, null, "i" + k, EventType.PURCHASE, 1_700_000_000L + k, Float.NaN);
			}
		}
		EventLog log = b.build();
		ProtocolSpec p = new ProtocolSpec(ProtocolKind.RANDOM_PER_VIEWER, 0.8, 1, Map.of("validation", "0.1"));
		Splits.Split s = Splits.split(log, p, 3, r -> true, null, null).get(0);
		// 10 -> 8/1/1; 3 -> floor gives 3/0/0, then test and validation get one each: 1/1/1; 2 -> test takes one,
		// then training is down to one: 1/0/1; 1 -> 1/0/0; 20 -> 16/2/2
		int[][] expected = { { 8, 1, 1 }, { 1, 1, 1 }, { 1, 0, 1 }, { 1, 0, 0 }, { 16, 2, 2 } };
		for (int v = 0; v < sizes.length; v++) {
			int viewer = log.viewers().indexOf("v" + v);
			assertArrayEquals(expected[v],
					new int[] { count(log, s.train(), viewer), count(log, s.validation(), viewer),
							count(log, s.test(), viewer) },
					"viewer v" + v);
		}
		Splits.Split again = Splits.split(log, p, 3, r -> true, null, null).get(0);
		assertArrayEquals(s.test(), again.test());
		Splits.Split other = Splits.split(log, p, 4, r -> true, null, null).get(0);
		assertNotEquals(Arrays.toString(s.test()), Arrays.toString(other.test()), "the seed decides which events");
		assertThrows(IllegalArgumentException.class,
				() -> Splits.validate(new ProtocolSpec(ProtocolKind.RANDOM_PER_VIEWER,
						0.8, 1, Map.of("validation", "0.2"))));
	}

	private static int count(EventLog log, int[] rows, int viewer) {
		return (int) Arrays.stream(rows).filter(r -> log.viewer(r) == viewer).count();
	}

	@Test
	void validationItemsAreNoTestCandidates() {
		// 10 items, each viewer buys all 10: 8 train, 1 validation, 1 test. With training and validation items masked
		// the test item is the only candidate, so even a random ranking hits it at 1
		EventLogBuilder b = new EventLogBuilder();
		for (int v = 0; v < 12; v++) {
			for (int k = 0; k < 10; k++) {
				b.add("v" + v, null, "i" + k, EventType.PURCHASE, 1_700_000_000L + v * 20 + k, Float.NaN);
			}
		}
		ProtocolSpec p = new ProtocolSpec(ProtocolKind.RANDOM_PER_VIEWER, 0.8, 1, Map.of("validation", "0.1"));
		ExperimentResult r = run(p, List.of(new AlgorithmSpec("s", "shuffle", Map.of())),
				b.build(), ProgressMonitor.NULL, "hit@1");
		Value all = r.values().stream().filter(v -> v.segment().equals(ExperimentResult.ALL)).findFirst().orElseThrow();
		assertEquals(12, all.n());
		assertEquals(1.0, all.value(), 1e-12);
	}

	@Test
	void countsOfEvaluatedAndDroppedViewersPerFold(@TempDir Path out) throws Exception {
		EventLogBuilder b = new EventLogBuilder();
		long t = 1_700_000_000L;
		b.add("v0", null, "i0", EventType.PURCHASE, t + 1, Float.NaN); // train
		b.add("v1", null, "i0", EventType.PURCHASE, t + 2, Float.NaN);
		b.add("v2", null, "i1", EventType.PURCHASE, t + 3, Float.NaN);
		b.add("v0", null, "i1", EventType.PURCHASE, t + 10, Float.NaN); // test: v0 evaluated
		b.add("v1", null, "i0", EventType.PURCHASE, t + 11, Float.NaN); // v1 bought i0 before: dropped, only seen
		b.add("v2", null, "i2", EventType.CLICK, t + 12, Float.NaN); // v2: nothing relevant in test
		b.add("v3", null, "i2", EventType.PURCHASE, t + 13, Float.NaN); // v3: cold, evaluated
		ProtocolSpec temporal = new ProtocolSpec(ProtocolKind.TEMPORAL, 0.43, 1, Map.of()); // cut at the 4th event
		ExperimentResult r = run(temporal, List.of(new AlgorithmSpec("s", "shuffle", Map.of())),
				b.build(), ProgressMonitor.NULL, "hit@1");
		assertEquals(List.of(new FoldCount(0, "viewers", 4, 2, 1, 1)), r.foldCounts());
		assertEquals(List.of(), r.warnings());
		ResultsWriter.write(r, out);
		String json = Files.readString(out.resolve(ResultsWriter.RESULTS_JSON));
		assertTrue(json.contains("\"droppedNoRelevant\": 1") && json.contains("\"droppedOnlySeen\": 1")
				&& json.contains("\"evaluated\": 2") && json.contains("\"warnings\": []"), json);
		assertTrue(ResultsWriter.table(r).contains("Fold 0: 4 viewers with test events, 2 evaluated; dropped 1"),
				ResultsWriter.table(r));
	}

	@Test
	void weakStatisticsComeWithWarnings(@TempDir Path out) throws Exception {
		ProtocolSpec random = new ProtocolSpec(ProtocolKind.RANDOM, 0.7, 3, Map.of("sampledNegatives", "10"));
		ExperimentResult r = run(random, List.of(new AlgorithmSpec("a", "shuffle", Map.of()),
				new AlgorithmSpec("b", "shuffle", Map.of("spread", "2")),
				new AlgorithmSpec("c", "shuffle", Map.of("spread", "3"))), log(v -> "v" + v),
				ProgressMonitor.NULL, "ndcg@5", "coverage@5");
		List<String> codes = r.warnings().stream().map(ExperimentResult.Warning::code).toList();
		assertEquals(List.of("sampled-metrics", "friedman-few-blocks", "friedman-folds-of-one-dataset",
				"paired-units-repeat-across-folds"), codes);
		assertEquals(3, r.foldCounts().size());
		ResultsWriter.write(r, out);
		assertTrue(Files.readString(out.resolve(ResultsWriter.RESULTS_JSON)).contains("\"code\": \"sampled-metrics\""));
		String tex = Files.readString(out.resolve(ResultsWriter.RESULTS_TEX));
		assertTrue(tex.contains("\\emph{Caution:}") && tex.contains("Krichene and Rendle 2020"), tex);
	}
}
