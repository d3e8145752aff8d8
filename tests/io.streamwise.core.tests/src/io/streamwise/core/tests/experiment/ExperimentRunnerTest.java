package io.streamwise.core.tests.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.api.algorithm.Setting;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.api.data.FeatureSchema;
import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.CellCost;
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
import io.streamwise.core.tests.PlantedRecommenders;

/**
 * A planted log: viewer v buys item (v+1)%20 early and item v%20 late, in 40 streams over time. Sessions with a
 * purchase always carry a cart in their first ten minutes and buy later; others never do. An oracle that knows the planted late item must reach
 * NDCG 1 under the temporal protocol, and a cart-aware model an AUC of 1.
 */
class ExperimentRunnerTest {

	static final int VIEWERS = 60, ITEMS = 20, STREAMS = 40;

	static EventLog plantedLog() {
		EventLogBuilder b = new EventLogBuilder();
		for (int s = 0; s < STREAMS; s++) {
			long t0 = 1_700_000_000L + s * 3600L;
			for (int v = 0; v < VIEWERS; v++) {
				if ((v + s) % 4 != 0) {
					continue; // each viewer attends a quarter of the streams
				}
				String viewer = "v" + v, stream = "s" + s;
				b.add(viewer, stream, null, EventType.JOIN, t0 + v, Float.NaN);
				b.add(viewer, stream, null, EventType.WATCH, t0 + v + 60, Float.NaN);
				boolean early = s < 8, late = s >= 34;
				if (early || late) {
					String item = "i" + (late ? v % ITEMS : (v + 1) % ITEMS);
					b.add(viewer, stream, item, EventType.CART, t0 + v + 120, Float.NaN);
					// after the conversion rows' prediction point (10 minutes in), so that the session is a row
					b.add(viewer, stream, item, EventType.PURCHASE, t0 + v + 900, 10f);
				}
			}
		}
		return b.build();
	}

	record None() {
	}

	record Gain(@Setting(label = "gain", defaultValue = "1.0", min = 0) double gain) {
	}

	static final RecommenderFactory<Gain> ORACLE = PlantedRecommenders.factory("oracle", "Oracle",
			"knows the planted item", Gain.class, settings -> new Recommender() {
				private EventLog train;

				@Override
				public void fit(Dataset data, TaskContext context) {
					train = data.log();
				}

				@Override
				public void score(int viewer, float[] scores) {
					java.util.Arrays.fill(scores, 0f);
					int planted = train.items()
							.indexOf("i" + (Integer.parseInt(train.viewers().id(viewer).substring(1)) % ITEMS));
					if (planted >= 0) {
						scores[planted] = (float) settings.gain();
					}
				}
			});

	static final RecommenderFactory<None> BROKEN = PlantedRecommenders.factory("broken", "Broken", "throws", None.class,
			settings -> new Recommender() {
				@Override
				public void fit(Dataset data, TaskContext context) {
					throw new IllegalStateException("planted failure");
				}

				@Override
				public void score(int viewer, float[] scores) {
				}
			});

	static final ConversionModelFactory<None> CART_AWARE = new ConversionModelFactory<>() {
		@Override
		public AlgorithmInfo info() {
			return new AlgorithmInfo("cart-aware", "Cart aware", "0.9 with a cart", "", AlgorithmKind.CONVERSION);
		}

		@Override
		public Class<None> settingsType() {
			return None.class;
		}

		@Override
		public ConversionModel create(None settings) {
			return new ConversionModel() {
				private int carts;

				@Override
				public void initialise(FeatureSchema schema, TaskContext context) {
					carts = schema.features().stream().map(FeatureSchema.Feature::name).toList().indexOf("carts");
				}

				@Override
				public void learn(double[] features, boolean converted) {
				}

				@Override
				public double predict(double[] features) {
					return features[carts] > 0 ? 0.9 : 0.1;
				}
			};
		}
	};

	static ExperimentSpec spec(ProtocolKind kind, int folds, List<AlgorithmSpec> algorithms) {
		return new ExperimentSpec("planted", "Planted", 7, new DatasetSpec(DatasetKind.CSV, "mem", null, Map.of()),
				new ProtocolSpec(kind, 0.8, folds, Map.of()), algorithms,
				List.of("ndcg@10", "precision@10", "hit@5", "auc", "logloss"));
	}

	static LoadedDataset data() {
		return new LoadedDataset(Dataset.of(plantedLog()), "planted", List.of(), "0".repeat(64), null);
	}

	final ExperimentRunner runner = new ExperimentRunner(AlgorithmRegistry.of(List.of(ORACLE, BROKEN, CART_AWARE)));

	static Summary summary(ExperimentResult r, String algorithm, String metric) {
		return r.summary().stream().filter(s -> s.algorithm().equals(algorithm) && s.metric().equals(metric))
				.findFirst().orElseThrow(() -> new AssertionError("no " + algorithm + " " + metric));
	}

	@Test
	void runningADeprecatedAlgorithmWarnsOnceNamingItsReplacement() {
		RecommenderFactory<Gain> oldOracle = PlantedRecommenders
				.factory(new AlgorithmInfo("old-oracle", "Old oracle", "", "", AlgorithmKind.RECOMMENDER)
						.deprecatedFor("oracle"), Gain.class, settings -> ORACLE.create(settings));
		ExperimentRunner withOld = new ExperimentRunner(AlgorithmRegistry.of(List.of(ORACLE, oldOracle)));
		ExperimentResult r = withOld.run(spec(ProtocolKind.TEMPORAL, 1, List.of(
				new AlgorithmSpec("a", "old-oracle", Map.of()),
				new AlgorithmSpec("b", "old-oracle", Map.of("gain", "2")),
				new AlgorithmSpec("c", "oracle", Map.of()))), "planted.experiment", data(), Map.of(),
				ProgressMonitor.NULL);
		List<ExperimentResult.Warning> deprecated = r.warnings().stream()
				.filter(w -> w.code().equals("deprecated-algorithm")).toList();
		assertEquals(List.of(new ExperimentResult.Warning("deprecated-algorithm",
				"algorithm 'old-oracle' is deprecated; use 'oracle' instead")), deprecated);
		// it still runs, with the same numbers as what replaces it
		assertEquals(summary(r, "c", "ndcg@10").mean(), summary(r, "a", "ndcg@10").mean(), 0);
		ExperimentResult current = withOld.run(spec(ProtocolKind.TEMPORAL, 1,
				List.of(new AlgorithmSpec("c", "oracle", Map.of()))), "planted.experiment", data(), Map.of(),
				ProgressMonitor.NULL);
		assertTrue(current.warnings().stream().noneMatch(w -> w.code().equals("deprecated-algorithm")));
	}

	@Test
	void oracleIsPerfectAndFailuresStayInTheirCell(@TempDir Path out) throws Exception {
		ExperimentResult r = runner.run(
				spec(ProtocolKind.TEMPORAL, 1, List.of(new AlgorithmSpec("oracle", "oracle", Map.of()),
						new AlgorithmSpec("broken", "broken", Map.of()),
						new AlgorithmSpec("cart", "cart-aware", Map.of()))),
				"planted.experiment", data(), Map.of(), ProgressMonitor.NULL);
		assertEquals(1.0, summary(r, "oracle", "ndcg@10").mean(), 1e-12);
		assertEquals(0.1, summary(r, "oracle", "precision@10").mean(), 1e-12);
		assertEquals(1.0, summary(r, "oracle", "hit@5").mean(), 1e-12);
		// every viewer attends one of the six late streams and buys there
		assertEquals(VIEWERS, summary(r, "oracle", "ndcg@10").n());
		assertEquals(1, r.failures().size());
		assertTrue(r.failures().get(0).reason().contains("planted failure"));
		assertEquals(1.0, summary(r, "cart", "auc").mean(), 1e-12);
		// log loss: every row is predicted 0.9 for its true class
		assertEquals(-Math.log(0.9), summary(r, "cart", "logloss").mean(), 1e-12);

		ResultsWriter.write(r, out);
		String json = Files.readString(out.resolve("results.json"));
		assertTrue(
				json.contains("\"datasetSha256\"") && json.contains("\"oracle\"") && json.contains("planted failure"));
		List<String> csv = Files.readAllLines(out.resolve("results.csv"));
		assertEquals("experiment,algorithm,fold,metric,segment,value,n", csv.get(0));
		// oracle: 3 ranking metrics in segments all and warm (every test viewer and item has training events);
		// cart: 2 conversion metrics; the costs are in costs.csv, one row per completed cell (oracle, cart)
		assertEquals(1 + 3 * 2 + 2, csv.size());
		List<String> costsCsv = Files.readAllLines(out.resolve("costs.csv"));
		assertEquals(1 + 2, costsCsv.size(), costsCsv.toString());
		assertTrue(costsCsv.get(1).startsWith("planted,oracle,0,"), costsCsv.toString());
		assertEquals(List.of("oracle", "cart"), r.costs().stream().map(CellCost::algorithm).toList(),
				"the failed cell has no cost");
		for (CellCost c : r.costs()) {
			assertTrue(c.fitSeconds() >= 0 && c.scoreSeconds() >= 0 && c.peakHeapMb() >= 0, c.toString());
		}
		assertTrue(r.values().stream().noneMatch(v -> v.segment().equals("cost")), "costs are not metric values");
		assertTrue(json.contains("\"costs\"") && json.contains("\"scoreSeconds\""), json);
		String table = ResultsWriter.table(r);
		assertTrue(table.contains("oracle") && table.contains("1.0000") && table.contains("FAILED broken"), table);
		try (var files = Files.list(out)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
		}
	}

	@Test
	void sameSeedSameResults() {
		var algs = List.of(new AlgorithmSpec("oracle", "oracle", Map.of()),
				new AlgorithmSpec("cart", "cart-aware", Map.of()));
		ExperimentResult a = runner.run(spec(ProtocolKind.RANDOM, 3, algs), "x", data(), Map.of(),
				ProgressMonitor.NULL);
		ExperimentResult b = runner.run(spec(ProtocolKind.RANDOM, 3, algs), "x", data(), Map.of(),
				ProgressMonitor.NULL);
		assertEquals(a.values().size(), b.values().size());
		for (int i = 0; i < a.values().size(); i++) {
			assertEquals(a.values().get(i).value(), b.values().get(i).value());
		}
		assertEquals("folds", summary(a, "oracle", "ndcg@10").basis());
	}

	@Test
	void badSettingsAndUnknownIdsFailBeforeRunning() {
		var bad = spec(ProtocolKind.TEMPORAL, 1, List.of(new AlgorithmSpec("o", "oracle", Map.of("gain", "-1"))));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> runner.validate(bad));
		assertTrue(e.getMessage().contains("'o'") && e.getMessage().contains("gain"), e.getMessage());
		var unknown = spec(ProtocolKind.TEMPORAL, 1, List.of(new AlgorithmSpec("x", "bpr", Map.of())));
		e = assertThrows(IllegalArgumentException.class, () -> runner.validate(unknown));
		assertTrue(e.getMessage().contains("bpr"), e.getMessage());
	}

	@Test
	void cancellationStopsTheRun() {
		ProgressMonitor cancelled = ProgressMonitor.cancelledWhen(() -> true);
		assertThrows(CancelledException.class, () -> runner.run(
				spec(ProtocolKind.TEMPORAL, 1, List.of(new AlgorithmSpec("oracle", "oracle", Map.of()))), "x", data(),
				Map.of(), cancelled));
	}

	/** Ranks at random from the fold's seed, so that metric values differ between folds. */
	static final RecommenderFactory<None> SHUFFLE = PlantedRecommenders.factory("shuffle", "Shuffle", "random per fold",
			None.class, settings -> new Recommender() {
				private long seed;

				@Override
				public void fit(Dataset data, TaskContext context) {
					seed = context.seed();
				}

				@Override
				public void score(int viewer, float[] scores) {
					java.util.SplittableRandom r = new java.util.SplittableRandom(seed + viewer);
					for (int i = 0; i < scores.length; i++) {
						scores[i] = (float) r.nextDouble();
					}
				}
			});

	@Test
	void confidenceIntervalsStayWithinTheMetricsRange() {
		// two folds: the t quantile is 12.7, so an interval of a 0..1 metric that varies between folds reaches past 0
		ExperimentRunner withShuffle = new ExperimentRunner(AlgorithmRegistry.of(List.of(SHUFFLE)));
		ExperimentResult r = withShuffle.run(
				spec(ProtocolKind.RANDOM, 2, List.of(new AlgorithmSpec("s", "shuffle", Map.of()))),
				"x", data(), Map.of(), ProgressMonitor.NULL);
		for (Summary s : r.summary()) {
			assertTrue(s.ciLow() >= 0 && s.ciLow() <= s.mean() && s.ciHigh() <= 1 && s.ciHigh() >= s.mean(),
					s.toString());
		}
		assertTrue(r.summary().stream().anyMatch(s -> s.ciLow() == 0.0 && s.mean() > 0),
				"an interval of a metric that varies over two folds must have been clipped at 0: " + r.summary());
	}
}
