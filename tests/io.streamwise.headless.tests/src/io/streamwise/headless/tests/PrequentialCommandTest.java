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

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.streamwise.core.results.PrequentialResults;
import io.streamwise.core.results.ResultsJson;
import io.streamwise.headless.Cli;

class PrequentialCommandTest {

	/**
	 * A CSV stream of 2000 sessions: bought iff x > 0.5 for the first half, the opposite afterwards; each label is
	 * known 30 seconds after the session starts.
	 */
	private static Path stream(Path dir) throws Exception {
		StringBuilder csv = new StringBuilder("start,label_at,x,channel,bought\n");
		SplittableRandom r = new SplittableRandom(4);
		for (int i = 0; i < 2000; i++) {
			double x = r.nextDouble();
			boolean y = (x > 0.5) ^ (i >= 1000);
			csv.append(String.format(Locale.ROOT, "%d,%d,%.4f,%s,%s%n", 10 * i, 10 * i + 30, x,
					i % 3 == 0 ? "app" : "web", y ? "yes" : "no"));
		}
		Path f = dir.resolve("sessions.csv");
		Files.writeString(f, csv);
		return f;
	}

	@Test
	void writesResultsCurvesAndDriftsAndPrintsATable(@TempDir Path tmp) throws Exception {
		Path data = stream(tmp);
		Path out = tmp.resolve("out");
		CliFixture c = new CliFixture();
		int code = c.run("prequential", "--data", data.toString(), "--class", "bought", "--learners",
				"bayes.NaiveBayes; trees.HoeffdingTree -g 50", "--time", "start", "--delay", "label_at",
				"--curve-every",
				"500", "--drift", "ddm", "--seed", "3", "--out", out.toString());
		assertEquals(Cli.OK, code, c.err());
		assertTrue(c.out().contains("bayes.NaiveBayes") && c.out().contains("trees.HoeffdingTree -g 50"), c.out());
		assertTrue(c.out().contains("positive 'yes'"), c.out());

		JsonObject json = JsonParser.parseString(Files.readString(out.resolve("results.json"))).getAsJsonObject();
		assertEquals(64, json.getAsJsonObject("provenance").get("datasetSha256").getAsString().length());
		assertEquals(2000, json.getAsJsonObject("data").get("instances").getAsInt());
		assertEquals("label_at", json.getAsJsonObject("settings").get("delay").getAsString());
		var nb = json.getAsJsonArray("learners").get(0).getAsJsonObject();
		assertEquals(2000, nb.get("trained").getAsInt());
		assertEquals(4, nb.getAsJsonArray("curve").size()); // 500, 1000, 1500, 2000
		assertTrue(nb.getAsJsonArray("drifts").size() >= 1, "the concept flips at 1000: " + nb);
		double accuracy = nb.getAsJsonObject("metrics").get("accuracy").getAsDouble();
		double beforeFlip = nb.getAsJsonArray("curve").get(1).getAsJsonObject().get("accuracy").getAsDouble();
		assertEquals(1000, nb.getAsJsonArray("curve").get(1).getAsJsonObject().get("instances").getAsInt());
		assertTrue(beforeFlip > 0.8, "x > 0.5 is easy before the flip: " + beforeFlip);
		assertTrue(accuracy < beforeFlip, "the flip costs accuracy: " + accuracy + " vs " + beforeFlip);

		// the file is read back through the results records: its kind and version, log loss spelt as in experiments
		PrequentialResults read = ResultsJson.read(out.resolve("results.json"), PrequentialResults.class);
		assertEquals(PrequentialResults.FORMAT, json.get("format").getAsString());
		assertEquals(PrequentialResults.VERSION, json.get("formatVersion").getAsInt());
		assertEquals(accuracy, (double) read.learners().get(0).metrics().get("accuracy"));
		assertTrue(nb.getAsJsonObject("metrics").has("logloss") && !nb.getAsJsonObject("metrics").has("log_loss"));

		List<String> curves = Files.readAllLines(out.resolve("curves.csv"));
		assertTrue(curves.get(0).startsWith("learner,instances,accuracy,kappa"), curves.get(0));
		assertTrue(curves.get(0).contains(",logloss,"), curves.get(0));
		assertTrue(c.out().contains("logloss"), c.out());
		assertEquals(1 + 2 * 4, curves.size());
		assertTrue(Files.readString(out.resolve("results.csv")).contains("bayes.NaiveBayes,accuracy," + accuracy));

		// the same seed gives the same numbers
		Path again = tmp.resolve("again");
		assertEquals(Cli.OK, new CliFixture().run("prequential", "--data", data.toString(), "--class", "bought",
				"--learners", "bayes.NaiveBayes; trees.HoeffdingTree -g 50", "--time", "start", "--delay", "label_at",
				"--curve-every", "500", "--drift", "ddm", "--seed", "3", "--out", again.toString()));
		assertEquals(Files.readString(out.resolve("curves.csv")), Files.readString(again.resolve("curves.csv")));
	}

	@Test
	void delayedLabelsCostAccuracyAfterTheChange(@TempDir Path tmp) throws Exception {
		Path data = stream(tmp);
		double immediate = accuracy(data, tmp.resolve("a"), "--window", "2000");
		double late = accuracy(data, tmp.resolve("b"), "--window", "2000", "--delay", "300");
		assertTrue(late < immediate, "labels 300 instances late must not help: " + late + " vs " + immediate);
	}

	private static double accuracy(Path data, Path out, String... extra) throws Exception {
		List<String> args = new java.util.ArrayList<>(List.of("prequential", "--data", data.toString(), "--class",
				"bought", "--learners", "bayes.NaiveBayes", "--out", out.toString()));
		args.addAll(List.of(extra));
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run(args.toArray(String[]::new)), c.err());
		JsonObject json = JsonParser.parseString(Files.readString(out.resolve("results.json"))).getAsJsonObject();
		return json.getAsJsonArray("learners").get(0).getAsJsonObject().getAsJsonObject("metrics").get("accuracy")
				.getAsDouble();
	}

	@Test
	void badCommandLinesAndBadDataGetTheirExitCodes(@TempDir Path tmp) throws Exception {
		Path data = stream(tmp);
		Path out = tmp.resolve("out");
		CliFixture noLearner = new CliFixture();
		assertEquals(Cli.USAGE, noLearner.run("prequential", "--data", data.toString(), "--class", "bought",
				"--learners", "trees.NoSuchTree", "--out", out.toString()));
		assertTrue(noLearner.err().contains("trees.NoSuchTree"), noLearner.err());
		assertEquals(Cli.USAGE, new CliFixture().run("prequential", "--data", data.toString(), "--class", "bought",
				"--learners", "bayes.NaiveBayes", "--window", "10", "--fading", "0.99", "--out", out.toString()));
		assertEquals(Cli.USAGE, new CliFixture().run("prequential", "--data", data.toString(), "--class", "bought",
				"--learners", "bayes.NaiveBayes", "--drift", "eddm", "--out", out.toString()));

		CliFixture noClass = new CliFixture();
		assertEquals(Cli.BAD_INPUT, noClass.run("prequential", "--data", data.toString(), "--class", "purchased",
				"--learners", "bayes.NaiveBayes", "--out", out.toString()));
		assertTrue(noClass.err().contains("no column named 'purchased'"), noClass.err());

		Path bad = tmp.resolve("bad.csv");
		Files.writeString(bad, "x,bought\n0.5,yes\nlots,no\n");
		CliFixture badValue = new CliFixture();
		assertEquals(Cli.BAD_INPUT, badValue.run("prequential", "--data", bad.toString(), "--class", "bought",
				"--learners", "bayes.NaiveBayes", "--time", "x", "--out", out.toString()));
		assertTrue(badValue.err().contains("bad.csv") && badValue.err().contains("must be numeric"), badValue.err());
		assertFalse(Files.exists(out), "nothing is written when the run fails");
	}

	@Test
	void periodicHoldoutJudgesEachPointOnTheFixedTestSet(@TempDir Path tmp) throws Exception {
		Path data = stream(tmp);
		Path out = tmp.resolve("holdout");
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("prequential", "--data", data.toString(), "--class", "bought", "--learners",
				"bayes.NaiveBayes", "--holdout", "300:400", "--out", out.toString()), c.err());
		var nb = JsonParser.parseString(Files.readString(out.resolve("results.json"))).getAsJsonObject()
				.getAsJsonArray("learners").get(0).getAsJsonObject();
		assertEquals(1700, nb.get("trained").getAsInt()); // the first 300 are held out
		// points after 400, 800, 1200, 1600 and at the end (1700) training instances, each over all 300 held out
		assertEquals(5, nb.getAsJsonArray("curve").size());
		assertEquals(300, nb.getAsJsonObject("metrics").get("instances").getAsInt());
		assertEquals(Cli.USAGE, new CliFixture().run("prequential", "--data", data.toString(), "--class", "bought",
				"--learners", "bayes.NaiveBayes", "--holdout", "300", "--out", tmp.resolve("x").toString()));
	}

	@Test
	void theSimulatorIsAStreamOfSessionsSeededBySeed(@TempDir Path tmp) throws Exception {
		CliFixture c = new CliFixture();
		Path out = tmp.resolve("sim");
		assertEquals(Cli.OK, c.run("prequential", "--data", "simulator", "--preset", "small", "--days", "4",
				"--learners", "functions.MajorityClass;bayes.NaiveBayes", "--curve-every", "100", "--seed", "6",
				"--out",
				out.toString()), c.err());
		assertTrue(c.out().contains("Streamwise simulator") && c.out().contains("preset small, seed 6"), c.out());
		assertTrue(c.out().contains("class 'converted' (positive 'yes')"), c.out());
		JsonObject json = JsonParser.parseString(Files.readString(out.resolve("results.json"))).getAsJsonObject();
		int sessions = json.getAsJsonObject("data").get("instances").getAsInt();
		assertTrue(sessions > 100, "sessions of a small market over 4 days: " + sessions);
		var majority = json.getAsJsonArray("learners").get(0).getAsJsonObject().getAsJsonObject("metrics");
		var bayes = json.getAsJsonArray("learners").get(1).getAsJsonObject().getAsJsonObject("metrics");
		// the majority class scores every session by the class shares seen so far: no better than chance
		assertEquals(0.5, majority.get("auc").getAsDouble(), 0.05, majority.toString());
		assertTrue(bayes.get("auc").getAsDouble() > majority.get("auc").getAsDouble() + 0.1,
				"naive Bayes ranks buyers first: " + bayes + " vs " + majority);

		// the same seed gives the same numbers; the arrival and label times are the simulator's own
		CliFixture again = new CliFixture();
		assertEquals(Cli.OK, again.run("prequential", "--data", "simulator", "--preset", "small", "--days", "4",
				"--learners", "functions.MajorityClass;bayes.NaiveBayes", "--curve-every", "100", "--seed", "6",
				"--out",
				tmp.resolve("again").toString()), again.err());
		assertEquals(Files.readString(out.resolve("results.csv")).replaceAll("instances_per_second,.*", ""),
				Files.readString(tmp.resolve("again").resolve("results.csv")).replaceAll("instances_per_second,.*",
						""));
		CliFixture withClass = new CliFixture();
		assertEquals(Cli.USAGE, withClass.run("prequential", "--data", "simulator", "--class", "y", "--learners",
				"bayes.NaiveBayes", "--out", tmp.resolve("x").toString()));
		assertTrue(withClass.err().contains("leave out --class, --time and --delay"), withClass.err());
		CliFixture badSetting = new CliFixture();
		assertEquals(Cli.USAGE, badSetting.run("prequential", "--data", "simulator", "--simulator-option",
				"viewrs=10", "--learners", "bayes.NaiveBayes", "--out", tmp.resolve("y").toString()));
		assertTrue(badSetting.err().contains("viewrs"), badSetting.err());
		CliFixture fileWithoutClass = new CliFixture();
		assertEquals(Cli.USAGE, fileWithoutClass.run("prequential", "--data", stream(tmp).toString(), "--learners",
				"bayes.NaiveBayes", "--out", tmp.resolve("z").toString()));
		assertFalse(Files.exists(tmp.resolve("x")) || Files.exists(tmp.resolve("y")) || Files.exists(tmp.resolve("z")));
	}
}
