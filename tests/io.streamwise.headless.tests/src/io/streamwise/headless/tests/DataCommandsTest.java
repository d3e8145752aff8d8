package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.headless.Cli;

/** The stats and run commands on files: good data, bad rows, bad files and bad experiments. */
class DataCommandsTest {

	static final String CSV = """
			viewer,stream,item,type,timestamp,value
			a,s1,x,click,2026-03-01T20:00:00Z,
			a,s1,x,purchase,2026-03-01T20:01:00Z,9.90
			b,s1,y,click,1772395500,
			b,s1,y,explode,2026-03-01T20:06:00Z,
			c,s2,x,purchase,not-a-time,5
			a,s1,x,click,2026-03-01T20:00:00Z,
			""";

	@Test
	void statsReportsBadRowsWithLineAndColumnAndKeepsTheRest(@TempDir Path tmp) throws Exception {
		Path data = tmp.resolve("events.csv");
		Files.writeString(data, CSV);
		CliFixture c = new CliFixture();
		// two of six rows are bad: allowed here, above the default 1 % (see ImportOptionsCommandTest)
		assertEquals(Cli.OK, c.run("stats", "--data", data.toString(), "--rejected", tmp.resolve("bad.csv").toString(),
				"--max-rejected-share", "0.5"));
		assertTrue(c.out().contains("Events") && c.out().contains(" 3"), c.out());
		assertTrue(c.err().contains("2 rejected") && c.err().contains("1 exact duplicate"), c.err());
		String rejected = Files.readString(tmp.resolve("bad.csv"));
		assertTrue(rejected.contains(",5,") && rejected.contains("type"), rejected); // line 5: unknown type
		assertTrue(rejected.contains(",6,") && rejected.contains("timestamp"), rejected); // line 6: bad time

		CliFixture json = new CliFixture();
		assertEquals(Cli.OK, json.run("stats", "--data", data.toString(), "--json", "--raw-ids", "--max-rejected-share",
				"50%"));
		assertTrue(json.out().trim().startsWith("{") && json.out().contains("\"viewers\": 2"), json.out());
	}

	@Test
	void statsFailsClearlyOnMissingFilesAndColumns(@TempDir Path tmp) throws Exception {
		CliFixture missing = new CliFixture();
		assertEquals(Cli.BAD_INPUT, missing.run("stats", "--data", tmp.resolve("nope.csv").toString()));
		assertTrue(missing.err().contains("nope.csv"), missing.err());

		Path noTime = tmp.resolve("no-time.csv");
		Files.writeString(noTime, "viewer,item\na,x\n");
		CliFixture c = new CliFixture();
		assertEquals(Cli.BAD_INPUT, c.run("stats", "--data", noTime.toString()));
		assertTrue(c.err().contains("no-time.csv") && c.err().toLowerCase().contains("timestamp"), c.err());

		assertEquals(Cli.USAGE, new CliFixture().run("stats", "--data", noTime.toString(), "--format", "parquet"));
	}

	static String experiment(String dataset, String algorithm) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<experiment:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:experiment="http://streamwise.io/model/experiment/1.0" id="t" name="T" seed="4">
				  %s
				  <protocol kind="TEMPORAL" trainRatio="0.8" folds="1"/>
				  <algorithms algorithmId="%s" label="a"/>
				  <algorithms algorithmId="random" label="r"/>
				  <metrics>ndcg@10</metrics>
				</experiment:Experiment>
				""".formatted(dataset, algorithm);
	}

	@Test
	void runsAnExperimentOnSimulatedFilesAndSavesItsResults(@TempDir Path tmp) throws Exception {
		assertEquals(Cli.OK,
				new CliFixture().run("simulate", "--out", tmp.resolve("data").toString(), "--preset", "small"));
		Path exp = tmp.resolve("t.experiment");
		Files.writeString(exp, experiment("<dataset kind=\"CSV\" location=\"data\"/>", "pop"));
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("run", exp.toString(), "--out", tmp.resolve("out").toString()), c.err());
		assertTrue(c.out().contains("ndcg@10") && c.out().lines().anyMatch(l -> l.startsWith("a ")), c.out());
		String json = Files.readString(tmp.resolve("out/results.json"));
		assertTrue(json.contains("\"datasetSha256\"") && json.contains("\"label\": \"a\""), json);
		assertTrue(Files.exists(tmp.resolve("out/experiment.experiment")));
	}

	@Test
	void runRejectsBrokenExperimentsWithoutWritingResults(@TempDir Path tmp) throws Exception {
		Path broken = tmp.resolve("broken.experiment");
		Files.writeString(broken, "<?xml version=\"1.0\"?>\n<experiment:Experiment xmlns:experiment=\"x\"\n  id=>\n");
		CliFixture c = new CliFixture();
		assertEquals(Cli.BAD_INPUT, c.run("run", broken.toString(), "--out", tmp.resolve("o1").toString()));
		assertTrue(c.err().contains("broken.experiment") && c.err().contains("line"), c.err());

		Path unknown = tmp.resolve("unknown.experiment");
		Files.writeString(unknown, experiment("<dataset kind=\"SIMULATOR\"/>", "bpr-x"));
		CliFixture u = new CliFixture();
		assertEquals(Cli.BAD_INPUT, u.run("run", unknown.toString(), "--out", tmp.resolve("o2").toString()));
		assertTrue(u.err().contains("bpr-x"), u.err());

		Path noData = tmp.resolve("nodata.experiment");
		Files.writeString(noData, experiment("<dataset kind=\"CSV\" location=\"missing.csv\"/>", "pop"));
		CliFixture n = new CliFixture();
		assertEquals(Cli.BAD_INPUT, n.run("run", noData.toString(), "--out", tmp.resolve("o3").toString()));
		assertTrue(n.err().contains("missing.csv"), n.err());
		assertFalse(
				Files.exists(tmp.resolve("o1")) || Files.exists(tmp.resolve("o2")) || Files.exists(tmp.resolve("o3")));
	}
}
