package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.core.results.PrequentialResults;
import io.streamwise.core.results.ResultsJson;
import io.streamwise.headless.Cli;

/** {@code streamwise run FILE} on a stream experiment, the file the workbench saves and runs. */
class StreamExperimentRunTest {

	/** A stream experiment as the workbench writes it: a CSV stream, two MOA learners with options by name. */
	static final String EXPERIMENT = """
			<?xml version="1.0" encoding="UTF-8"?>
			<experiment:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
			    xmlns:experiment="http://streamwise.io/model/experiment/1.0" id="flip" name="Planted flip" seed="5">
			  <algorithms algorithmId="moa" label="tree">
			    <settings key="learner" value="trees.HoeffdingTree"/>
			    <settings key="gracePeriod" value="GRACE"/>
			  </algorithms>
			  <algorithms algorithmId="moa" label="bayes">
			    <settings key="learner" value="bayes.NaiveBayes"/>
			  </algorithms>
			  <stream location="flip.csv" classAttribute="y" curveEvery="250" driftDetector="DDM"/>
			</experiment:Experiment>
			""";

	/** 2000 rows: y = b iff x >= 0.5 for the first 1000, the other way round after. */
	private static void planted(Path dir) throws Exception {
		SplittableRandom random = new SplittableRandom(11);
		StringBuilder csv = new StringBuilder("x,y\n");
		for (int i = 0; i < 2000; i++) {
			double x = random.nextDouble();
			csv.append(String.format(Locale.ROOT, "%.6f,%s%n", x, (x >= 0.5) ^ (i >= 1000) ? "b" : "a"));
		}
		Files.writeString(dir.resolve("flip.csv"), csv);
	}

	@Test
	void runTakesAStreamExperimentAndWritesCurvesDriftsAndTheTable(@TempDir Path dir) throws Exception {
		planted(dir);
		Path file = dir.resolve("flip.experiment");
		Files.writeString(file, EXPERIMENT.replace("GRACE", "50"));
		Path out = dir.resolve("out");
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("run", file.toString(), "--out", out.toString()), c.err());
		assertTrue(c.out().contains("Stream experiment flip: Planted flip"), c.out());
		assertTrue(c.out().contains("tree ") && c.out().contains("bayes "), c.out());
		PrequentialResults results = ResultsJson.read(out.resolve("results.json"), PrequentialResults.class);
		assertEquals(List.of("tree", "bayes"), results.learners().stream().map(PrequentialResults.Learner::learner)
				.toList());
		PrequentialResults.Learner tree = results.learners().get(0);
		assertEquals(8, tree.curve().size()); // every 250 of 2000
		assertTrue(tree.curve().get(3).metrics().get("accuracy") > 0.85, "learned before the flip: " + tree);
		assertFalse(tree.drifts().isEmpty(), "DDM fires after the flip");
		assertTrue(tree.drifts().get(0) > 1000, "no drift before the planted one: " + tree.drifts());
		assertEquals(5, results.settings().seed());
		for (String f : List.of("results.json", "results.csv", "curves.csv", "flip.experiment")) {
			assertTrue(Files.exists(out.resolve(f)), f);
		}
	}

	@Test
	void aRefusedOptionValueIsBadInputNamingTheLearnerAndNothingIsWritten(@TempDir Path dir) throws Exception {
		planted(dir);
		Path file = dir.resolve("flip.experiment");
		Files.writeString(file, EXPERIMENT.replace("GRACE", "-1"));
		Path out = dir.resolve("out");
		CliFixture c = new CliFixture();
		assertEquals(3, c.run("run", file.toString(), "--out", out.toString()));
		assertTrue(c.err().contains("flip.experiment: learner 'tree'") && c.err().contains("gracePeriod must be of at"
				+ " least 0, not -1"), c.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void onAFlinkEngineAStreamExperimentGoesToFlinkAndWritesNothingWhenItCannotRun(@TempDir Path dir)
			throws Exception {
		planted(dir);
		Path file = dir.resolve("flip.experiment");
		Files.writeString(file, EXPERIMENT.replace("GRACE", "50"));
		Path out = dir.resolve("out");
		CliFixture c = new CliFixture();
		// the test runtime has no built Flink engine: the run reaches it and says so (it used to refuse the engine)
		assertEquals(Cli.FAILED, c.run("run", file.toString(), "--out", out.toString(), "--engine", "flink-local",
				"--parallelism", "2"), c.err());
		assertTrue(c.err().lines().anyMatch(l -> l.startsWith("streamwise: the Flink engine")), c.err());
		assertFalse(Files.exists(out.resolve("results.csv")), "nothing half-written");
	}
}
