package io.streamwise.weka.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.FeatureSchema;
import io.streamwise.api.data.FeatureTable;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.ConversionMetrics;
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
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.weka.WekaConversionModel;
import io.streamwise.weka.WekaFactories;

/** Weka's batch models on planted data: they find the signal, repeat themselves, and learn online as in batch. */
class WekaModelsTest {

	private static final FeatureSchema SCHEMA = new FeatureSchema("planted",
			List.of(FeatureSchema.Feature.numeric("signal"),
					new FeatureSchema.Feature("colour", List.of("red", "green", "blue")),
					FeatureSchema.Feature.numeric("noise")));

	/**
	 * Rows whose conversion follows log-odds 2·signal + 1.5·[colour = green] − 0.5; noise is independent of it. Some
	 * signals are missing (NaN), as in real tables.
	 */
	static FeatureTable planted(int n, long seed) {
		SplittableRandom r = new SplittableRandom(seed);
		double[][] rows = new double[n][];
		boolean[] labels = new boolean[n];
		long[] times = new long[n];
		for (int i = 0; i < n; i++) {
			double signal = r.nextDouble() * 4 - 2;
			int colour = r.nextInt(3);
			double logit = 2 * signal + (colour == 1 ? 1.5 : 0) - 0.5;
			labels[i] = r.nextDouble() < 1 / (1 + Math.exp(-logit));
			rows[i] = new double[] { r.nextInt(20) == 0 ? Double.NaN : signal, colour, r.nextDouble() };
			times[i] = i;
		}
		return new FeatureTable(SCHEMA, rows, labels, times);
	}

	static double[] predictAll(ConversionModel m, FeatureTable t) {
		double[] p = new double[t.size()];
		for (int i = 0; i < p.length; i++) {
			p[i] = m.predict(t.rows()[i]);
		}
		return p;
	}

	static ConversionModel fitted(ConversionModelFactory<? extends Record> f, FeatureTable train, long seed) {
		ConversionModel m = create(f);
		TaskContext ctx = TaskContext.of(seed);
		m.initialise(train.schema(), ctx);
		m.fit(train, ctx);
		return m;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	static ConversionModel create(ConversionModelFactory f) {
		return f.create(f.defaultSettings());
	}

	static List<ConversionModelFactory<?>> factories() {
		return List.of(new WekaFactories.Logistic(), new WekaFactories.J48(), new WekaFactories.RandomForest());
	}

	@Test
	void everyModelFindsThePlantedSignal() {
		FeatureTable train = planted(3000, 1), test = planted(2000, 2);
		// the Bayes-optimal ranking (the true log-odds) bounds what any model can reach
		double[] truth = new double[test.size()];
		for (int i = 0; i < truth.length; i++) {
			double[] row = test.rows()[i];
			truth[i] = Double.isNaN(row[0]) ? 0 : 2 * row[0] + (row[1] == 1 ? 1.5 : 0);
		}
		double best = ConversionMetrics.auc(truth, test.labels());
		assertTrue(best > 0.85, "planted data too weak: optimal AUC " + best);
		for (ConversionModelFactory<?> f : factories()) {
			double auc = ConversionMetrics.auc(predictAll(fitted(f, train, 7), test), test.labels());
			assertTrue(auc > 0.8 && auc <= best + 0.02, f.info().id() + ": AUC " + auc + ", optimal " + best);
		}
	}

	@Test
	void theSameSeedGivesTheSamePredictionsAndTheForestUsesIt() {
		FeatureTable train = planted(1500, 3), test = planted(500, 4);
		for (ConversionModelFactory<?> f : factories()) {
			assertArrayEquals(predictAll(fitted(f, train, 5), test), predictAll(fitted(f, train, 5), test),
					f.info().id());
		}
		WekaFactories.RandomForest forest = new WekaFactories.RandomForest();
		assertFalse(
				Arrays.equals(predictAll(fitted(forest, train, 5), test), predictAll(fitted(forest, train, 6), test)),
				"another seed must give another forest");
	}

	@Test
	void learningRowByRowEqualsABatchFitOnceTheModelRebuilds() {
		FeatureTable train = planted(400, 8), test = planted(100, 9);
		for (ConversionModelFactory<?> f : factories()) {
			ConversionModel online = create(f);
			online.initialise(SCHEMA, TaskContext.of(5));
			for (int i = 0; i < train.size(); i++) {
				online.learn(train.rows()[i], train.labels()[i]);
			}
			// nothing was built yet, so the first prediction builds on all 400 rows, as fit() does
			assertArrayEquals(predictAll(fitted(f, train, 5), test), predictAll(online, test), f.info().id());
		}
	}

	@Test
	void onlineLearningRebuildsOnADoublingScheduleCappedByRefitEvery() {
		FeatureTable train = planted(200, 10);
		WekaConversionModel m = new WekaConversionModel("logistic", seed -> new weka.classifiers.functions.Logistic(),
				16);
		m.initialise(SCHEMA, TaskContext.of(1));
		double[] probe = train.rows()[0];
		List<Integer> buildSizes = new java.util.ArrayList<>();
		Object last = null;
		for (int i = 0; i < train.size(); i++) {
			m.learn(train.rows()[i], train.labels()[i]);
			m.predict(probe);
			if (m.classifier() != last) { // a new Weka classifier object: a build with both classes
				buildSizes.add(i + 1);
				last = m.classifier();
			}
		}
		// rebuilds after as many new rows as the last build had (1, 2, 4, 8, 16), then every 16 rows; which of the
		// first sizes see both classes depends on the first rows, so only sizes from 8 on are checked
		List<Integer> expected = new java.util.ArrayList<>(List.of(8));
		for (int size = 16; size <= 200; size += 16) {
			expected.add(size);
		}
		assertEquals(expected, buildSizes.stream().filter(size -> size >= 8).toList());
	}

	@Test
	void withOneClassTheModelPredictsTheSmoothedShare() {
		ConversionModel m = create(new WekaFactories.RandomForest());
		m.initialise(SCHEMA, TaskContext.of(1));
		assertEquals(0.5, m.predict(new double[] { 0, 0, 0 }));
		double[][] rows = { { 1, 0, 0 }, { 2, 1, 0 }, { 3, 2, 0 } };
		m.fit(new FeatureTable(SCHEMA, rows, new boolean[3], new long[3]), TaskContext.of(1));
		assertEquals(1.0 / 5, m.predict(new double[] { 0, 0, 0 }), 1e-15); // (0 + 1) / (3 + 2)
		assertNull(((WekaConversionModel) m).classifier());
		m.learn(new double[] { 4, 0, 0 }, true);
		// one new row after a build on three: no rebuild yet (it waits for three), so still the constant
		assertEquals(1.0 / 5, m.predict(new double[] { 0, 0, 0 }), 1e-15);
		assertNull(((WekaConversionModel) m).classifier());
		m.learn(new double[] { 5, 1, 0 }, true);
		m.learn(new double[] { 6, 2, 0 }, true);
		double p = m.predict(new double[] { 4, 0, 0 });
		assertNotNull(((WekaConversionModel) m).classifier(), "three new rows, both classes seen: a forest is built");
		assertTrue(p >= 0 && p <= 1);
	}

	@Test
	void wrongRowsAreRejectedWithTheReason() {
		ConversionModel m = create(new WekaFactories.J48());
		IllegalStateException early = assertThrows(IllegalStateException.class, () -> m.learn(new double[3], true));
		assertTrue(early.getMessage().contains("initialise"), early.getMessage());
		m.initialise(SCHEMA, TaskContext.of(1));
		IllegalArgumentException wide = assertThrows(IllegalArgumentException.class, () -> m.predict(new double[4]));
		assertTrue(wide.getMessage().contains("expected 3 features, got 4"), wide.getMessage());
		assertThrows(IllegalArgumentException.class,
				() -> new WekaConversionModel("x", seed -> new weka.classifiers.trees.J48(), 0));
	}

	@Test
	void theRunnerEvaluatesWekaModelsWithKFoldsOfSessionRows() throws Exception {
		DatasetSpec data = new DatasetSpec(DatasetKind.SIMULATOR, null, null, Map.of("preset", "small"));
		LoadedDataset loaded = DatasetLoader.load(data, Path.of("."), 3, ProgressMonitor.NULL);
		ExperimentSpec spec = new ExperimentSpec("kfold", "k-fold", 3, data,
				new ProtocolSpec(ProtocolKind.KFOLD, 0.8, 4, Map.of()),
				List.of(new AlgorithmSpec("logistic", "weka.logistic", Map.of()),
						new AlgorithmSpec("forest", "weka.random-forest", Map.of("trees", "20"))),
				List.of("auc"));
		ExperimentRunner runner = new ExperimentRunner(AlgorithmRegistry.of(factories()));
		runner.validate(spec);
		ExperimentResult r = runner.run(spec, "kfold.experiment", loaded, Map.of(), ProgressMonitor.NULL);
		assertTrue(r.failures().isEmpty(), r.failures().toString());
		for (String label : List.of("logistic", "forest")) {
			List<ExperimentResult.Value> folds = r.values().stream().filter(v -> v.algorithm().equals(label)).toList();
			assertEquals(4, folds.size(), label);
			// the folds' test rows partition the session rows
			int rows = folds.stream().mapToInt(ExperimentResult.Value::n).sum();
			long distinct = folds.stream().flatMap(v -> Arrays.stream(v.unitIds())).distinct().count();
			assertEquals(rows, distinct, label + ": a row was tested twice");
			for (ExperimentResult.Value v : folds) {
				assertTrue(v.value() > 0.6, label + " fold " + v.fold() + ": AUC " + v.value());
			}
			ExperimentResult.Summary s = r.summary().stream().filter(x -> x.algorithm().equals(label)).findFirst()
					.orElseThrow();
			assertEquals("folds", s.basis());
			assertEquals(4, s.n());
		}
	}
}
