package io.streamwise.core.tests.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.algorithm.TopK;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.ExperimentResult;
import io.streamwise.core.experiment.ExperimentResult.Summary;
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
import io.streamwise.core.significance.TestResult;
import io.streamwise.core.tests.PlantedRecommenders;

/** Candidates, segments, beyond-accuracy metrics and significance through the runner, on small simulated data. */
class EvaluationTest {

	record None() {
	}

	interface Scorer {
		void score(EventLog train, int viewer, float[] scores);
	}

	static RecommenderFactory<None> factory(String id, Scorer scorer, boolean ignoresCandidates) {
		return factory(id, scorer, ignoresCandidates, list -> list);
	}

	/** As above, each list passed through {@code spoil} before it is returned. */
	static RecommenderFactory<None> factory(String id, Scorer scorer, boolean ignoresCandidates,
			UnaryOperator<int[]> spoil) {
		return PlantedRecommenders.factory(id, id, "test recommender", None.class, settings -> new Recommender() {
			private EventLog train;

			@Override
			public void fit(Dataset data, TaskContext context) {
				train = data.log();
			}

			@Override
			public void score(int viewer, float[] scores) {
				scorer.score(train, viewer, scores);
			}

			@Override
			public int[] recommend(int viewer, int k, IntPredicate candidate, float[] scratch) {
				score(viewer, scratch);
				return spoil.apply(TopK.select(scratch, k, ignoresCandidates ? i -> true : candidate));
			}
		});
	}

	/** Purchases per item in training. */
	static final Scorer POPULAR = (train, viewer, scores) -> {
		Arrays.fill(scores, 0);
		for (int r = 0; r < train.size(); r++) {
			if (train.type(r) == EventType.PURCHASE) {
				scores[train.item(r)]++;
			}
		}
	};
	static final Scorer FIRST_ITEMS = (train, viewer, scores) -> {
		for (int i = 0; i < scores.length; i++) {
			scores[i] = -i;
		}
	};
	static final Scorer LAST_ITEMS = (train, viewer, scores) -> {
		for (int i = 0; i < scores.length; i++) {
			scores[i] = i;
		}
	};

	static final ExperimentRunner RUNNER = new ExperimentRunner(AlgorithmRegistry.of(List.of(
			factory("popular", POPULAR, false), factory("first", FIRST_ITEMS, false),
			factory("last", LAST_ITEMS, false), factory("rogue", POPULAR, true))));

	static LoadedDataset simulated;

	@BeforeAll
	static void simulate() throws Exception {
		simulated = DatasetLoader.load(new DatasetSpec(DatasetKind.SIMULATOR, null, null, Map.of("preset", "small")),
				Path.of("."), 3, ProgressMonitor.NULL);
	}

	static ExperimentSpec spec(ProtocolKind kind, int folds, Map<String, String> options, List<String> algorithms,
			List<String> metrics) {
		return new ExperimentSpec("eval", "Evaluation", 5, new DatasetSpec(DatasetKind.SIMULATOR, null, null,
				Map.of("preset", "small")), new ProtocolSpec(kind, 0.8, folds, options),
				algorithms.stream().map(a -> new AlgorithmSpec(a, a, Map.of())).toList(), metrics);
	}

	static ExperimentResult run(ExperimentSpec spec, LoadedDataset data) {
		RUNNER.validate(spec);
		return RUNNER.run(spec, "eval.experiment", data, Map.of(), ProgressMonitor.NULL);
	}

	static Summary summary(ExperimentResult r, String algorithm, String metric, String segment) {
		return r.summary().stream().filter(s -> s.algorithm().equals(algorithm) && s.metric().equals(metric)
				&& s.segment().equals(segment)).findFirst().orElse(null);
	}

	@Test
	void anItemListedTwiceFailsTheCellOnShortAndLongLists() {
		// short lists are checked pairwise, longer ones (over 32) with a set: both must catch a repeat
		for (int k : new int[] { 5, 40 }) {
			RecommenderFactory<None> repeats = factory("repeats", POPULAR, false, list -> {
				list[list.length - 1] = list[0];
				return list;
			});
			ExperimentRunner runner = new ExperimentRunner(AlgorithmRegistry.of(List.of(repeats)));
			ExperimentSpec spec = spec(ProtocolKind.RANDOM, 1, Map.of(), List.of("repeats"), List.of("ndcg@" + k));
			runner.validate(spec);
			ExperimentResult r = runner.run(spec, "eval.experiment", simulated, Map.of(), ProgressMonitor.NULL);
			assertEquals(1, r.failures().size(), "k = " + k + ": " + r.failures());
			assertTrue(r.failures().get(0).reason().contains("twice"), r.failures().get(0).reason());
		}
	}

	@Test
	void streamSessionRanksOnlyShowcasedItemsPerSession(@TempDir Path out) throws Exception {
		List<String> metrics = List.of("ndcg@5", "hit@5", "rankauc", "coverage@5", "gini@5", "novelty@5", "avgpop@5",
				"ild@5", "revenue@5", "gmv@5");
		ExperimentResult r = run(spec(ProtocolKind.STREAM_SESSION, 1, Map.of(), List.of("popular", "first", "rogue"),
				metrics), simulated);
		// the rogue recommender ignores the candidates and is caught: it recommends items not on sale
		assertEquals(1, r.failures().size(), r.failures().toString());
		assertTrue(r.failures().get(0).reason().contains("not a candidate"), r.failures().get(0).reason());
		for (String m : metrics) {
			Summary s = summary(r, "popular", m, ExperimentResult.ALL);
			assertTrue(s != null && Double.isFinite(s.mean()), m);
		}
		assertEquals("sessions", summary(r, "popular", "ndcg@5", ExperimentResult.ALL).basis());
		assertEquals("none", summary(r, "popular", "coverage@5", ExperimentResult.ALL).basis());
		r.values().stream().filter(v -> v.unitIds().length > 0)
				.forEach(v -> assertTrue(Arrays.stream(v.unitIds()).allMatch(id -> id.contains("@"))));
		double gmv = summary(r, "popular", "gmv@5", ExperimentResult.ALL).mean();
		assertTrue(gmv >= 0);
		ResultsWriter.write(r, out);
		assertTrue(Files.readString(out.resolve("results.json")).contains("\"candidates\": \"showcase\""));

		ExperimentResult everything = run(spec(ProtocolKind.STREAM_SESSION, 1, Map.of("availability", "false"),
				List.of("first"), List.of("ndcg@5")), simulated);
		assertEquals("all", ExperimentRunner.candidates(everything.spec().protocol()));
		// ranking every item instead of the showcase changes what first-items recommends
		assertNotEquals(summary(r, "first", "ndcg@5", ExperimentResult.ALL).mean(),
				summary(everything, "first", "ndcg@5", ExperimentResult.ALL).mean());
	}

	@Test
	void streamSessionWithoutShowcasesFailsClearly() {
		LoadedDataset bare = new LoadedDataset(simulated.dataset(), "no showcases", List.of(), simulated.sha256(),
				null);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(
				spec(ProtocolKind.STREAM_SESSION, 1, Map.of(), List.of("first"), List.of("ndcg@5")), bare));
		assertTrue(e.getMessage().contains("stream-session") && e.getMessage().contains("showcases"), e.getMessage());
	}

	@Test
	void sampledNegativesAreSeededAndLabelled(@TempDir Path out) throws Exception {
		ExperimentSpec spec = spec(ProtocolKind.TEMPORAL, 1, Map.of("sampledNegatives", "10"), List.of("popular"),
				List.of("hit@20", "rankauc", "ndcg@10"));
		ExperimentResult a = run(spec, simulated), b = run(spec, simulated);
		for (int i = 0; i < a.values().size(); i++) {
			assertEquals(a.values().get(i).value(), b.values().get(i).value());
		}
		// a unit has its relevant items plus 10 sampled ones: a list of 20 holds them all when it has 10 or fewer
		assertEquals(1.0, summary(a, "popular", "hit@20", ExperimentResult.ALL).mean(), 1e-12);
		ExperimentResult full = run(spec(ProtocolKind.TEMPORAL, 1, Map.of(), List.of("popular"), List.of("hit@20")),
				simulated);
		assertTrue(summary(full, "popular", "hit@20", ExperimentResult.ALL).mean() < 1);
		ResultsWriter.write(a, out);
		assertTrue(Files.readString(out.resolve("results.json")).contains("\"candidates\": \"sampled:10\""));
		assertThrows(IllegalArgumentException.class, () -> RUNNER.validate(spec(ProtocolKind.TEMPORAL, 1,
				Map.of("sampledNegatives", "-1"), List.of("popular"), List.of("hit@20"))));
	}

	@Test
	void segmentsSeparateColdViewersAndColdItems() {
		EventLogBuilder b = new EventLogBuilder();
		for (int v = 0; v < 4; v++) {
			b.add("u" + v, null, "old" + v, EventType.PURCHASE, 100 + v, 1f);
		}
		b.add("u0", null, "old1", EventType.PURCHASE, 200, 1f); // warm viewer, warm item
		b.add("u1", null, "fresh", EventType.PURCHASE, 201, 1f); // warm viewer, cold item
		b.add("newcomer", null, "old2", EventType.PURCHASE, 202, 1f); // cold viewer
		b.add("u2", null, "old3", EventType.PURCHASE, 203, 1f);
		LoadedDataset data = new LoadedDataset(Dataset.of(b.build()), "segments", List.of(), "0".repeat(64), null);
		// temporal at 0.5 of 8 events: training = the four purchases at 100..103
		ExperimentSpec spec = new ExperimentSpec("seg", "seg", 1,
				new DatasetSpec(DatasetKind.CSV, "mem", null, Map.of()),
				new ProtocolSpec(ProtocolKind.TEMPORAL, 0.5, 1, Map.of()),
				List.of(new AlgorithmSpec("first", "first", Map.of())), List.of("hit@1", "recall@5"));
		ExperimentResult r = run(spec, data);
		assertEquals(4, summary(r, "first", "hit@1", ExperimentResult.ALL).n());
		assertEquals(3, summary(r, "first", "hit@1", ExperimentResult.WARM).n());
		assertEquals(1, summary(r, "first", "hit@1", ExperimentResult.COLD_VIEWERS).n());
		// items in index order: old0 old1 old2 old3 fresh. u1 is judged on "fresh" alone in the cold-items segment;
		// u1 saw old1 in training, so its list is old0 old2 old3 fresh: recall@5 of {fresh} = 1, hit@1 = 0
		Summary cold = summary(r, "first", "recall@5", ExperimentResult.COLD_ITEMS);
		assertEquals(1, cold.n());
		assertEquals(1.0, cold.mean(), 1e-12);
		assertEquals(0.0, summary(r, "first", "hit@1", ExperimentResult.COLD_ITEMS).mean(), 1e-12);
		// newcomer (no exclusions) gets old0 first, but bought old2: hit@1 = 0
		assertEquals(0.0, summary(r, "first", "hit@1", ExperimentResult.COLD_VIEWERS).mean(), 1e-12);
	}

	@Test
	void significanceBetweenEveryPairAndFriedmanAcrossFolds(@TempDir Path out) throws Exception {
		ExperimentResult r = run(spec(ProtocolKind.KFOLD, 3, Map.of(), List.of("popular", "first", "last"),
				List.of("ndcg@10", "coverage@10")), simulated);
		assertTrue(r.failures().isEmpty(), r.failures().toString());
		List<TestResult> t = r.significance().stream().filter(x -> x.metric().equals("ndcg@10")).toList();
		assertEquals(3, t.stream().filter(x -> x.test().equals("paired-t")).count());
		assertEquals(3, t.stream().filter(x -> x.test().equals("wilcoxon")).count());
		assertEquals(1, t.stream().filter(x -> x.test().equals("friedman")).count());
		for (TestResult x : t) {
			if (!Double.isNaN(x.pHolm())) {
				assertTrue(x.pHolm() >= x.p() - 1e-15 && x.pHolm() <= 1, x.toString());
			}
		}
		// k-fold units are disjoint viewers: every pair is matched on all of them
		int viewers = r.values().stream().filter(v -> v.algorithm().equals("popular") && v.metric().equals("ndcg@10")
				&& v.segment().equals(ExperimentResult.ALL)).mapToInt(ExperimentResult.Value::n).sum();
		assertEquals(viewers, t.stream().filter(x -> x.test().equals("paired-t")).findFirst().orElseThrow().n());
		// coverage has no per-viewer values: Friedman only
		assertFalse(r.significance().stream()
				.anyMatch(x -> x.metric().equals("coverage@10") && x.test().equals("paired-t")));
		assertTrue(r.significance().stream()
				.anyMatch(x -> x.metric().equals("coverage@10") && x.test().equals("friedman")));

		ResultsWriter.write(r, out);
		List<String> csv = Files.readAllLines(out.resolve("significance.csv"));
		assertEquals("test,metric,a,b,n,difference,statistic,p,p_holm,effect_name,effect", csv.get(0));
		assertEquals(r.significance().size() + 1, csv.size());
		assertTrue(Files.readString(out.resolve("results.json")).contains("\"significance\""));
		String tex = Files.readString(out.resolve("results.tex"));
		assertTrue(tex.contains("\\toprule") && tex.contains("\\bottomrule") && tex.contains("\\textbf{"), tex);
		assertTrue(tex.contains("ndcg@10") && tex.contains("$\\pm$"), tex);
		String best = r.summary().stream().filter(s -> s.metric().equals("ndcg@10") && s.segment().equals("all"))
				.max((x, y) -> Double.compare(x.mean(), y.mean())).orElseThrow().algorithm();
		assertTrue(tex.lines().anyMatch(l -> l.startsWith(best + " & \\textbf{")), tex);
	}
}
