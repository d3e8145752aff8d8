package io.streamwise.core.tests.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.streamwise.core.experiment.CellCost;
import io.streamwise.core.experiment.ExperimentResult;
import io.streamwise.core.experiment.ExperimentResult.Failure;
import io.streamwise.core.experiment.ExperimentResult.FoldCount;
import io.streamwise.core.experiment.ExperimentResult.Provenance;
import io.streamwise.core.experiment.ExperimentResult.Summary;
import io.streamwise.core.experiment.ExperimentResult.Value;
import io.streamwise.core.experiment.ExperimentResult.Warning;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.io.KeyFile;
import io.streamwise.core.significance.TestResult;

/**
 * A hand-built experiment result that fills every field results.json has: a pseudonym key, settings, NaN values and
 * intervals, a significance test, a failure, a warning, evaluated units and costs. Its JSON as written by the
 * version before the results schema is saved in {@code experiment-written-before-schema.json} beside this class.
 */
final class ResultsFixture {

	private ResultsFixture() {
	}

	static ExperimentResult experimentResult() {
		ExperimentSpec spec = new ExperimentSpec("fixture", "Fixture: every field", 7,
				new DatasetSpec(DatasetKind.SIMULATOR, "", "", Map.of("preset", "small")),
				new ProtocolSpec(ProtocolKind.TEMPORAL, 0.8, 1, Map.of("relevant", "purchase")),
				List.of(new AlgorithmSpec("pop", "pop", Map.of()),
						new AlgorithmSpec("nb", "moa.naive-bayes", Map.of("window", "100"))),
				List.of("ndcg@10", "coverage@10", "logloss"));
		Map<String, Map<String, String>> settings = new LinkedHashMap<>();
		settings.put("pop", Map.of());
		settings.put("nb", Map.of("window", "100"));
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("pop", "pop");
		ids.put("nb", "moa.naive-bayes");
		Provenance provenance = new Provenance("/data/fixture.experiment", "Streamwise simulator (synthetic data)",
				List.of("simulator:small"), "c421dd5ce645ca80", 7, settings, ids, Map.of("java", "21"),
				"2026-11-30T01:00:00Z", 12.5, new KeyFile("/keys/default.key", "ab12cd34"));
		List<Value> values = List.of(
				new Value("pop", 0, "ndcg@10", "all", 0.25, 4, new String[] { "v1", "v2", "v3", "v4" },
						new double[] { 0, 0.5, 0.5, 0 }, Double.NaN),
				new Value("pop", 0, "coverage@10", "all", 0.4, 1, new String[0], new double[0], Double.NaN),
				new Value("nb", 0, "logloss", "all", 0.693, 3, new String[] { "0", "1", "2" },
						new double[] { 0.693, 0.693, 0.693 }, Double.NaN),
				new Value("nb", 0, "logloss", "warm", Double.NaN, 0, new String[0], new double[0], Double.NaN));
		List<Summary> summary = List.of(new Summary("pop", "ndcg@10", "all", 0.25, 0.1, 0.4, 4, "viewers"),
				new Summary("pop", "coverage@10", "all", 0.4, Double.NaN, Double.NaN, 1, "none"),
				new Summary("nb", "logloss", "all", 0.693, 0.5, 0.9, 3, "rows"));
		List<TestResult> significance = List.of(
				new TestResult("wilcoxon", "ndcg@10", "pop", "nb", 4, 0.25, 3.0, 0.125, 0.25, "rank-biserial", 0.5),
				new TestResult("friedman-rank", "coverage@10", "pop", "", 1, 0, 0.0, Double.NaN, Double.NaN, "", 0));
		return new ExperimentResult(spec, provenance, values, summary, significance,
				List.of(new Failure("nb", 1, "planted: out of memory")),
				List.of(new Warning("sampled-metrics", "metrics over sampled candidates are biased")),
				List.of(new FoldCount(0, "viewers", 10, 4, 5, 1)),
				List.of(new CellCost("pop", 0, 0.5, 0.25, 2.0), new CellCost("nb", 0, 1.5, 0.75, Double.NaN)));
	}
}
