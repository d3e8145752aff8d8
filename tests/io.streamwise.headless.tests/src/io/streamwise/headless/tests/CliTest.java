package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.headless.Cli;

class CliTest {

	@Test
	void helpAndUnknownCommands() {
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("help"));
		assertTrue(c.out().contains("simulate") && c.out().contains("  run "), c.out());
		CliFixture run = new CliFixture();
		assertEquals(Cli.OK, run.run("run", "--help"));
		assertTrue(run.out().contains("EXPERIMENT_FILE"), run.out());
		CliFixture bad = new CliFixture();
		assertEquals(Cli.USAGE, bad.run("frobnicate"));
		assertTrue(bad.err().contains("unknown command 'frobnicate'"), bad.err());
	}

	@Test
	void algorithmsListsIdsAndSettings() {
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("algorithms"));
		assertTrue(c.out().startsWith("4 algorithm(s) installed"), c.out());
		assertTrue(c.out().contains("moa.naive-bayes") && c.out().contains("  countedEvents "), c.out());
		CliFixture json = new CliFixture();
		assertEquals(Cli.OK, json.run("algorithms", "--json"));
		assertTrue(json.out().contains("\"id\": \"pop\"") && json.out().contains("\"key\": \"distinctViewers\""));
		assertEquals(Cli.USAGE, new CliFixture().run("algorithms", "--verbose"));
	}

	@Test
	void simulateWritesALabelledDataset(@TempDir Path tmp) throws Exception {
		Path out = tmp.resolve("data");
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("simulate", "--out", out.toString(), "--preset", "small", "--seed", "5"), c.err());
		assertTrue(c.out().contains("Simulated") && c.out().contains("Synthetic data"), c.out());
		assertTrue(Files.readString(out.resolve("events.csv")).startsWith("viewer,stream,item,type,timestamp,value"));
		assertTrue(Files.exists(out.resolve("SYNTHETIC.md")));

		Path again = tmp.resolve("again");
		assertEquals(Cli.OK,
				new CliFixture().run("simulate", "--out", again.toString(), "--preset", "small", "--seed", "5"));
		assertEquals(Files.readString(out.resolve("events.csv")), Files.readString(again.resolve("events.csv")));
	}

	@Test
	void simulateRejectsBadSettingsWithoutWriting(@TempDir Path tmp) {
		Path out = tmp.resolve("data");
		CliFixture c = new CliFixture();
		assertEquals(Cli.USAGE, c.run("simulate", "--out", out.toString(), "--viewers", "-3"));
		assertTrue(c.err().contains("viewers"), c.err());
		assertFalse(Files.exists(out));
		CliFixture missing = new CliFixture();
		assertEquals(Cli.USAGE, missing.run("simulate", "--preset", "small"));
		assertTrue(missing.err().contains("--out"), missing.err());
		assertEquals(Cli.USAGE, new CliFixture().run("simulate", "--out", out.toString(), "--preset", "huge"));
	}

	/** Simulator settings are kebab-case options now; the camelCase spelling of earlier versions still works. */
	@Test
	void simulatorSettingsTakeKebabCaseAndTheOldSpelling(@TempDir Path tmp) throws Exception {
		Path kebab = tmp.resolve("kebab"), camel = tmp.resolve("camel");
		assertEquals(Cli.OK, new CliFixture().run("simulate", "--out", kebab.toString(), "--preset", "small",
				"--streams-per-day", "1", "--offer-rate", "0.5"));
		assertEquals(Cli.OK, new CliFixture().run("simulate", "--out", camel.toString(), "--preset", "small",
				"--streamsPerDay", "1", "--offerRate", "0.5"));
		assertEquals(Files.readString(kebab.resolve("events.csv")), Files.readString(camel.resolve("events.csv")));
		CliFixture usage = new CliFixture();
		assertEquals(Cli.OK, usage.run("simulate", "--help"));
		assertTrue(usage.out().contains("--streams-per-day") && !usage.out().contains("--streamsPerDay"), usage.out());
		CliFixture both = new CliFixture();
		assertEquals(Cli.USAGE, both.run("simulate", "--out", tmp.resolve("x").toString(), "--streams-per-day", "1",
				"--streamsPerDay", "2"));
		assertTrue(both.err().contains("given twice"), both.err());
	}
}
