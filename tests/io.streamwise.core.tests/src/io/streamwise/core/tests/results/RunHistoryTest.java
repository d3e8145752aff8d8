package io.streamwise.core.tests.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.core.results.ExperimentResults;
import io.streamwise.core.results.ExperimentResults.Algorithm;
import io.streamwise.core.results.ExperimentResults.Experiment;
import io.streamwise.core.results.ExperimentResults.Provenance;
import io.streamwise.core.results.ExperimentResults.Summary;
import io.streamwise.core.results.ResultsJson;
import io.streamwise.core.results.RunComparison;
import io.streamwise.core.results.RunComparison.Outcome;
import io.streamwise.core.results.RunHistory;

class RunHistoryTest {

	static ExperimentResults results(long seed, String neighbours, double popNdcg, double knnNdcg, double knnLogloss,
			String startedAt) {
		return ExperimentResults.of(
				new Experiment("e", "E", "temporal", 0.8, 1, Map.of("relevant", "purchase"), "all",
						List.of("ndcg@10", "logloss")),
				new Provenance("/p/e.experiment", "sim", List.of("simulator:small"), "abc", null, seed,
						List.of(new Algorithm("pop", "pop", Map.of()),
								new Algorithm("knn", "itemknn", Map.of("neighbours", neighbours))),
						Map.of("java.version", "21", "finishedAt", startedAt), startedAt, 3.5),
				List.of(),
				List.of(new Summary("pop", "ndcg@10", "all", popNdcg, popNdcg - 0.01, popNdcg + 0.01, 100, "viewers"),
						new Summary("knn", "ndcg@10", "all", knnNdcg, knnNdcg - 0.01, knnNdcg + 0.01, 100,
								"viewers"),
						new Summary("knn", "logloss", "all", knnLogloss, Double.NaN, Double.NaN, 100, "none"),
						// other segments are not compared
						new Summary("knn", "ndcg@10", "warm", 0.9, 0.8, 1.0, 10, "viewers")),
				List.of(), List.of(), List.of(), List.of(), List.of());
	}

	@Test
	void newRunFoldersAreTimestampedBesideTheExperimentAndNeverReused(@TempDir Path dir) throws Exception {
		Path experiment = dir.resolve("quick.experiment");
		Instant t = Instant.parse("2026-11-30T05:12:03.700Z");
		Path first = RunHistory.newRunFolder(experiment, t);
		assertEquals(dir.resolve("quick.runs").resolve("2026-11-30T05-12-03"), first);
		Files.createDirectories(first);
		Path second = RunHistory.newRunFolder(experiment, t);
		assertEquals("2026-11-30T05-12-03-2", second.getFileName().toString());
		// a run still writing into its staging folder has claimed the name too
		Files.createDirectories(first.resolveSibling(".2026-11-30T05-12-03-2.partial-77-1"));
		assertEquals("2026-11-30T05-12-03-3", RunHistory.newRunFolder(experiment, t).getFileName().toString());
	}

	@Test
	void listsRunsNewestFirstThenTheLegacyFolderAndReportsUnreadableOnes(@TempDir Path dir) throws Exception {
		Path experiment = dir.resolve("quick.experiment");
		Path runs = RunHistory.runsFolder(experiment);
		for (String name : List.of("2026-11-30T05-12-03", "2026-11-30T05-12-03-2", "2026-11-30T05-12-03-10",
				"2026-11-29T23-00-00")) {
			Files.createDirectories(runs.resolve(name));
			ResultsJson.write(results(1, "50", 0.1, 0.2, 0.5, "2026-11-30T05:12:03Z"),
					runs.resolve(name).resolve("results.json"));
		}
		Files.createDirectories(runs.resolve("2026-11-30T06-00-00")); // no results.json: not a run
		Files.createDirectories(runs.resolve(".2026-11-30T07-00-00.partial-1-1"));
		Files.writeString(runs.resolve(".2026-11-30T07-00-00.partial-1-1").resolve("results.json"), "{}");
		Path broken = runs.resolve("2026-11-30T08-00-00");
		Files.createDirectories(broken);
		Files.writeString(broken.resolve("results.json"), "{ not json");
		Path legacy = RunHistory.legacyFolder(experiment);
		Files.createDirectories(legacy);
		ResultsJson.write(results(1, "50", 0.1, 0.2, 0.5, "2026-11-01T00:00:00Z"), legacy.resolve("results.json"));

		List<RunHistory.Run> list = RunHistory.list(experiment);
		assertEquals(List.of("2026-11-30T08-00-00", "2026-11-30T05-12-03-10", "2026-11-30T05-12-03-2",
				"2026-11-30T05-12-03", "2026-11-29T23-00-00", "quick.results"),
				list.stream().map(RunHistory.Run::name).toList());
		assertNull(list.get(0).results());
		assertTrue(list.get(0).problem().contains("results.json"), list.get(0).problem());
		assertNotNull(list.get(1).results());
		assertNull(list.get(1).problem());
		assertEquals(broken, RunHistory.latest(experiment));
		assertNull(RunHistory.latest(dir.resolve("other.experiment")));
	}

	@Test
	void comparisonGivesDirectionAwareDeltasAndChangedSettings() {
		ExperimentResults a = results(1, "50", 0.10, 0.20, 0.50, "2026-11-30T05:12:03Z");
		ExperimentResults b = results(2, "100", 0.10, 0.25, 0.60, "2026-11-30T05:20:00Z");
		RunComparison c = RunComparison.of(a, b);
		assertEquals(3, c.deltas().size(), c.deltas().toString());
		RunComparison.Delta pop = c.delta("pop", "ndcg@10").orElseThrow();
		assertEquals(Outcome.SAME, pop.outcome());
		assertEquals(0, pop.difference());
		RunComparison.Delta knn = c.delta("knn", "ndcg@10").orElseThrow();
		assertEquals(0.05, knn.difference(), 1e-12);
		assertEquals(Outcome.BETTER, knn.outcome());
		// [0.19, 0.21] and [0.24, 0.26] do not overlap
		assertTrue(knn.beyondIntervals());
		// log loss: lower is better, so a rise is worse; no intervals, so nothing is beyond them
		RunComparison.Delta loss = c.delta("knn", "logloss").orElseThrow();
		assertEquals(Outcome.WORSE, loss.outcome());
		assertFalse(loss.beyondIntervals());
		// settings and provenance that changed; the times of the runs are no change
		assertEquals(List.of(new RunComparison.Change("seed", "1", "2"),
				new RunComparison.Change("algorithm knn.neighbours", "50", "100")), c.changes());
	}

	@Test
	void aCellPresentInOneRunOnlyIsAChange() {
		ExperimentResults a = results(1, "50", 0.10, 0.20, 0.50, "2026-11-30T05:12:03Z");
		ExperimentResults b = ExperimentResults.of(a.experiment(), a.provenance(), List.of(),
				a.summary().subList(0, 1), List.of(), List.of(), List.of(), List.of(), List.of());
		RunComparison.Delta knn = RunComparison.of(a, b).delta("knn", "ndcg@10").orElseThrow();
		assertEquals(Outcome.CHANGED, knn.outcome());
		assertTrue(Double.isNaN(knn.b()));
	}
}
