package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.streamwise.headless.Cli;

/**
 * {@code prequential --partition-by viewer|stream --partitions N}: every learner on every partition, merged; the
 * options' wrong combinations are usage errors before any work, and a Flink engine needs partitions.
 */
class PartitionedPrequentialCommandTest {

	@TempDir
	Path tmp;

	private static final List<String> BASE = List.of("prequential", "--data", "simulator", "--preset", "small",
			"--days", "4", "--learners", "functions.MajorityClass;bayes.NaiveBayes", "--seed", "6");

	private int run(CliFixture c, Path out, String... more) {
		List<String> args = new java.util.ArrayList<>(BASE);
		args.addAll(List.of(more));
		args.add("--out");
		args.add(out.toString());
		return c.run(args.toArray(String[]::new));
	}

	@Test
	void partitionedRunsWriteTheMergedEndAndRecordThePartitioning() throws Exception {
		CliFixture c = new CliFixture();
		Path out = tmp.resolve("by-viewer");
		assertEquals(Cli.OK, run(c, out, "--partition-by", "viewer", "--partitions", "3"), c.err());
		JsonObject json = JsonParser.parseString(Files.readString(out.resolve("results.json"))).getAsJsonObject();
		int sessions = json.getAsJsonObject("data").get("instances").getAsInt();
		var bayes = json.getAsJsonArray("learners").get(1).getAsJsonObject();
		// every session is evaluated once, in one of the partitions
		assertEquals(sessions, bayes.getAsJsonObject("metrics").get("instances").getAsInt());
		assertEquals(1, bayes.getAsJsonArray("curve").size(), "one point: the merged end");
		assertTrue(json.toString().contains("\"partitionBy\":\"viewer\""), json.toString());
		// three learners per algorithm differ from one learner over the whole stream
		CliFixture whole = new CliFixture();
		assertEquals(Cli.OK, run(whole, tmp.resolve("whole"), "--curve-every", "0"), whole.err());
		assertFalse(Files.readString(out.resolve("curves.csv"))
				.equals(Files.readString(tmp.resolve("whole").resolve("curves.csv"))));
		// and one partition is the whole stream: the same numbers as the plain evaluation
		CliFixture one = new CliFixture();
		assertEquals(Cli.OK, run(one, tmp.resolve("one"), "--partition-by", "stream", "--partitions", "1"),
				one.err());
		assertEquals(Files.readString(tmp.resolve("whole").resolve("curves.csv")),
				Files.readString(tmp.resolve("one").resolve("curves.csv")));
	}

	@Test
	void wrongCombinationsAreUsageErrorsBeforeAnyWork() {
		String[][] cases = { { "--partition-by", "seller" }, { "--partitions", "2" },
				{ "--partition-by", "viewer", "--partitions", "0" }, { "--partition-by", "viewer", "--window", "100" },
				{ "--engine", "flink-local" } };
		String[] reasons = { "--partition-by: 'seller' is not one of viewer, stream",
				"--partitions needs --partition-by", "--partitions must be at least 1",
				"cannot be combined with --window", "add --partition-by viewer|stream" };
		for (int i = 0; i < cases.length; i++) {
			CliFixture c = new CliFixture();
			Path out = tmp.resolve("wrong" + i);
			assertEquals(Cli.USAGE, run(c, out, cases[i]), c.err());
			assertTrue(c.err().contains(reasons[i]), c.err());
			assertFalse(Files.exists(out));
		}
	}
}
