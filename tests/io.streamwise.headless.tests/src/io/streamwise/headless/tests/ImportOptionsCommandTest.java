package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.headless.Cli;

/** Issue 10, items 3 to 5 on the command line: the rejected-row limit, the encoding and the time unit. */
class ImportOptionsCommandTest {

	private static final long T0 = 1_772_396_103L;
	private static final String HEADER = "viewer,stream,item,type,timestamp,value\n";

	private static String rows(int good, int bad) {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < good + bad; i++) {
			rows.add("v" + (i % 7) + ",s1,i" + (i % 5) + ",click," + (i < bad ? "later" : Long.toString(T0 + i)) + ",");
		}
		return HEADER + String.join("\n", rows) + "\n";
	}

	@Test
	void moreThanOnePercentRejectedExitsWithBadInputAndTheSummary(@TempDir Path tmp) throws Exception {
		Path data = Files.writeString(tmp.resolve("events.csv"), rows(198, 2)); // 1 % is fine
		CliFixture ok = new CliFixture();
		assertEquals(Cli.OK, ok.run("stats", "--data", data.toString()));
		assertTrue(ok.err().contains("2 rejected"), ok.err());

		Files.writeString(data, rows(197, 3)); // 1.5 %
		CliFixture bad = new CliFixture();
		assertEquals(Cli.BAD_INPUT, bad.run("stats", "--data", data.toString()));
		assertTrue(bad.err().contains("3 of 200 data rows (1.50 %) were rejected"), bad.err());
		assertTrue(bad.err().contains("line 2, column timestamp"), bad.err());
		assertTrue(bad.err().contains("--max-rejected-share"), bad.err());
		assertEquals("", bad.out()); // no statistics of a log that lost too much

		// the rows that failed the import still go to --rejected: they are what the user must look at next
		Path rejected = tmp.resolve("rejected.csv");
		CliFixture report = new CliFixture();
		assertEquals(Cli.BAD_INPUT, report.run("stats", "--data", data.toString(), "--rejected", rejected.toString()));
		List<String> lines = Files.readAllLines(rejected);
		assertEquals(1 + 3, lines.size(), lines.toString());
		assertTrue(lines.get(1).contains(",2,timestamp,") && lines.get(3).contains(",4,timestamp,"), lines.toString());

		CliFixture allowed = new CliFixture();
		assertEquals(Cli.OK, allowed.run("stats", "--data", data.toString(), "--max-rejected-share", "2%"));
		CliFixture usage = new CliFixture();
		assertEquals(Cli.USAGE, usage.run("stats", "--data", data.toString(), "--max-rejected-share", "lots"));

		// compare fails the same way, before writing any results
		Path out = tmp.resolve("out");
		CliFixture compare = new CliFixture();
		assertEquals(Cli.BAD_INPUT, compare.run("compare", "--data", data.toString(), "--algorithms", "pop",
				"--out", out.toString()));
		assertTrue(compare.err().contains("--max-rejected-share"), compare.err());
		assertFalse(Files.exists(out.resolve("results.json")));
	}

	@Test
	void latin1AndGb18030FilesReadWithTheirEncoding(@TempDir Path tmp) throws Exception {
		String latin = HEADER + "Jos\u00e9,s1,caf\u00e9,click," + T0 + ",\nJos\u00e8,s1,caf\u00e9,click," + (T0 + 1)
				+ ",\n";
		Path data = Files.write(tmp.resolve("latin1.csv"), latin.getBytes(StandardCharsets.ISO_8859_1));
		CliFixture utf8 = new CliFixture();
		assertEquals(Cli.BAD_INPUT, utf8.run("stats", "--data", data.toString()));
		assertTrue(utf8.err().contains("line 2") && utf8.err().contains("byte 0xE9 at byte offset 43"), utf8.err());

		CliFixture latin1 = new CliFixture();
		assertEquals(Cli.OK, latin1.run("stats", "--data", data.toString(), "--encoding", "ISO-8859-1", "--json",
				"--raw-ids"));
		assertTrue(latin1.out().contains("\"viewers\": 2"), latin1.out()); // José and Josè stay two viewers

		Charset gb = Charset.forName("GB18030");
		String chinese = HEADER + "张伟,直播间,课程,click," + T0 + ",\n王芳,直播间,课程,click," + (T0 + 1) + ",\n张伟,直播间,书,click,"
				+ (T0 + 2) + ",\n";
		Path gbData = Files.write(tmp.resolve("gb.csv"), chinese.getBytes(gb));
		CliFixture gbRead = new CliFixture();
		assertEquals(Cli.OK, gbRead.run("stats", "--data", gbData.toString(), "--encoding", "GB18030", "--json",
				"--raw-ids"));
		assertTrue(gbRead.out().contains("\"viewers\": 2") && gbRead.out().contains("\"items\": 2"), gbRead.out());

		CliFixture unknown = new CliFixture();
		assertEquals(Cli.USAGE, unknown.run("stats", "--data", data.toString(), "--encoding", "klingon-8"));
	}

	@Test
	void millisecondTimestampsWarnAndTheUnitCanBeSet(@TempDir Path tmp) throws Exception {
		StringBuilder text = new StringBuilder(HEADER);
		for (int i = 0; i < 5; i++) {
			text.append("v").append(i).append(",s1,i1,click,").append(T0 * 1000 + i * 1000).append(",\n");
		}
		Path data = Files.writeString(tmp.resolve("ms.csv"), text.toString());
		CliFixture inferred = new CliFixture();
		assertEquals(Cli.OK, inferred.run("stats", "--data", data.toString()));
		assertTrue(inferred.err().contains("Warning") && inferred.err().contains("milliseconds"), inferred.err());
		assertTrue(inferred.out().contains("2026-03-01"), inferred.out());

		CliFixture said = new CliFixture();
		assertEquals(Cli.OK, said.run("stats", "--data", data.toString(), "--time-unit", "milliseconds"));
		assertFalse(said.err().contains("Warning"), said.err());

		CliFixture seconds = new CliFixture();
		assertEquals(Cli.BAD_INPUT, seconds.run("stats", "--data", data.toString(), "--time-unit", "seconds"));
		assertTrue(seconds.err().contains("year 58134"), seconds.err());
	}
}
