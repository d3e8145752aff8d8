package io.streamwise.core.tests.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.streamwise.core.replication.ResultsComparison;
import io.streamwise.core.replication.ResultsComparison.Difference;
import io.streamwise.core.results.ExperimentResults;

/** Every compared value of two results, within a tolerance; costs never. */
class ResultsComparisonTest {

	static ExperimentResults results(String sha, double popNdcg, double randomNdcg, double p, int evaluated,
			double fitSeconds, List<ExperimentResults.Failure> failures) {
		ExperimentResults.Experiment e = new ExperimentResults.Experiment("x", "X", "kfold", 0.8, 2, Map.of(), "all",
				List.of("ndcg@10"));
		ExperimentResults.Provenance prov = new ExperimentResults.Provenance("x.experiment", "data", List.of(), sha,
				null, 1, List.of(), Map.of(), "2026-11-30T00:00:00Z", 1.0);
		return ExperimentResults.of(e, prov,
				List.of(new ExperimentResults.Value("pop", 0, "ndcg@10", "all", popNdcg, 10),
						new ExperimentResults.Value("random", 0, "ndcg@10", "all", randomNdcg, 10),
						new ExperimentResults.Value("random", 1, "ndcg@10", "all", Double.NaN, 0)),
				List.of(new ExperimentResults.Summary("pop", "ndcg@10", "all", popNdcg, popNdcg - 0.1, popNdcg + 0.1,
						10, "viewers")),
				List.of(new ExperimentResults.Significance("wilcoxon", "ndcg@10", "pop", "random", 10, 0.1, 3.0, p, p,
						"r", 0.5)),
				failures, List.of(), List.of(new ExperimentResults.EvaluatedUnits(0, "viewers", 20, evaluated, 1, 0)),
				List.of(new ExperimentResults.Cost("pop", 0, fitSeconds, 0.1, 2.0)));
	}

	@Test
	void equalResultsAndDifferentCostsAreReproduced() {
		var a = results("abc", 0.25, 0.125, 0.01, 19, 1.0, List.of());
		var b = results("abc", 0.25, 0.125, 0.01, 19, 99.0, List.of());
		assertEquals(List.of(), ResultsComparison.compare(a, b, 0));
	}

	@Test
	void everyDifferingValueIsOneRowAndTheToleranceDecides() {
		var a = results("abc", 0.25, 0.125, 0.01, 19, 1.0, List.of());
		var b = results("abc", 0.25 + 1e-12, 0.5, 0.02, 18, 1.0,
				List.of(new ExperimentResults.Failure("random", 1, "boom")));
		List<Difference> d = ResultsComparison.compare(a, b, 1e-9);
		// pop's 1e-12 is within the tolerance; random's value, the test's p and pHolm, the evaluated count and the
		// failure are not
		assertEquals(List.of(new Difference("value", "ndcg@10", "random", "0", "all", "0.125", "0.5", "0.375"),
				new Difference("p", "ndcg@10", "pop vs random", "-", "wilcoxon", "0.01", "0.02", "0.0100"),
				new Difference("pHolm", "ndcg@10", "pop vs random", "-", "wilcoxon", "0.01", "0.02", "0.0100"),
				new Difference("evaluated", "viewers", "-", "0", "-", "19.0", "18.0", "-1.00"),
				new Difference("failed", "-", "random", "1", "-", "-", "boom", "-")), d);
		// with no tolerance, pop's value and its summary's mean and both bounds differ too
		List<Difference> exact = ResultsComparison.compare(a, b, 0);
		assertEquals(d.size() + 4, exact.size(), exact.toString());
		String table = ResultsComparison.table(d);
		assertTrue(table.startsWith("what"), table);
		assertEquals(d.size() + 1, table.lines().count());
	}

	@Test
	void otherDataAndMissingRowsAreDifferences() {
		var a = results("abc", 0.25, 0.125, 0.01, 19, 1.0, List.of());
		var b = results("def", 0.25, 0.125, 0.01, 19, 1.0, List.of());
		assertEquals(List.of(new Difference("data sha256", "-", "-", "-", "-", "abc", "def", "-")), ResultsComparison
				.compare(a, b, 0));
		var fewer = ExperimentResults.of(a.experiment(), a.provenance(), a.values().subList(0, 1), a.summary(), a
				.significance(), a.failures(), a.warnings(), a.evaluatedUnits(), a.costs());
		List<Difference> d = ResultsComparison.compare(a, fewer, 0);
		assertEquals(4, d.size(), d.toString()); // value and n of random's two folds
		assertEquals("-", d.get(0).rerun());
		assertThrows(IllegalArgumentException.class, () -> ResultsComparison.compare(a, b, -1));
		assertThrows(IllegalArgumentException.class, () -> ResultsComparison.compare(a, b, Double.NaN));
	}
}
