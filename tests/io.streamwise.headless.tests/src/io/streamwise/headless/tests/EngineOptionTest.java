package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.headless.Cli;

/**
 * --engine and --parallelism of run and compare: a wrong value is a usage error before any work, and an engine that
 * cannot run (here: the Flink engine's folder unset or not built) fails with its reason and writes nothing.
 */
class EngineOptionTest {

	@TempDir
	Path tmp;

	private int compare(CliFixture c, Path out, String... engine) {
		String[] base = { "compare", "--data", "simulator:small", "--algorithms", "pop", "--protocol",
				"temporal:0.8", "--out", out.toString() };
		String[] args = java.util.Arrays.copyOf(base, base.length + engine.length);
		System.arraycopy(engine, 0, args, base.length, engine.length);
		return c.run(args);
	}

	@Test
	void wrongEnginesAndParallelismsAreUsageErrors() {
		String[][] cases = { { "--engine", "spark" }, { "--engine", "flink://localhost" },
				{ "--engine", "flink://localhost:http" }, { "--parallelism", "2" },
				{ "--engine", "flink-local", "--parallelism", "0" } };
		String[] reasons = { "--engine: unknown engine 'spark'; one of embedded|flink-local|flink://HOST:PORT",
				"give the cluster's REST address as flink://HOST:PORT", "'http' is not a port",
				"--parallelism 2 needs a Flink engine", "--parallelism must be at least 1, was 0" };
		for (int i = 0; i < cases.length; i++) {
			CliFixture c = new CliFixture();
			Path out = tmp.resolve("out" + i);
			assertEquals(Cli.USAGE, compare(c, out, cases[i]), c.err());
			assertTrue(c.err().contains(reasons[i]), c.err());
			assertFalse(Files.exists(out));
		}
	}

	@Test
	void aFlinkEngineThatIsNotThereFailsWithItsReasonAndWritesNothing() {
		// in the test runtime no engine folder is set or built: the run says how to build one
		CliFixture c = new CliFixture();
		Path out = tmp.resolve("out");
		assertEquals(Cli.FAILED, compare(c, out, "--engine", "flink-local", "--parallelism", "2"), c.err());
		// after the progress lines, the one line of the failure
		assertTrue(c.err().lines().anyMatch(l -> l.startsWith("streamwise: the Flink engine")), c.err());
		assertTrue(c.err().contains("releng/io.streamwise.flink"), c.err());
		assertFalse(Files.exists(out));
	}

	/** A small experiment file, written as a user of an earlier version (1.1, no engine attribute) or of this one. */
	private Path experiment(String name, String version, String engineAttributes) throws java.io.IOException {
		Path file = tmp.resolve(name + ".experiment");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<experiment:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:experiment="http://streamwise.io/model/experiment/1.0" id="%s" name="engine"
				    formatVersion="%s" seed="3" %s>
				  <dataset kind="SIMULATOR"><options key="preset" value="small"/></dataset>
				  <protocol kind="TEMPORAL" trainRatio="0.8"/>
				  <algorithms algorithmId="pop" label="pop"/>
				  <metrics>recall@10</metrics>
				</experiment:Experiment>
				""".formatted(name, version, engineAttributes));
		return file;
	}

	@Test
	void runOfAFileWhoseEngineIsFlinkGoesToFlinkUnlessTheCommandLineSaysOtherwise() throws Exception {
		Path file = experiment("onflink", "1.2", "engine=\"flink-local\" parallelism=\"2\"");
		// the file's engine: the run goes to Flink, whose engine folder this test runtime does not have
		CliFixture onFlink = new CliFixture();
		Path out = tmp.resolve("onflink-out");
		assertEquals(Cli.FAILED, onFlink.run("run", file.toString(), "--out", out.toString()), onFlink.err());
		assertTrue(onFlink.err().lines().anyMatch(l -> l.startsWith("streamwise: the Flink engine")), onFlink.err());
		assertFalse(Files.exists(out));
		// the command line overrides it
		CliFixture embedded = new CliFixture();
		Path out2 = tmp.resolve("embedded-out");
		assertEquals(Cli.OK, embedded.run("run", file.toString(), "--out", out2.toString(), "--engine", "embedded"),
				embedded.err());
		assertTrue(Files.isRegularFile(out2.resolve("results.csv")));
		// and --parallelism alone overrides only the file's parallelism: still flink-local, still not built
		CliFixture p3 = new CliFixture();
		assertEquals(Cli.FAILED, p3.run("run", file.toString(), "--out", tmp.resolve("p3").toString(),
				"--parallelism", "3"), p3.err());
		assertTrue(p3.err().contains("streamwise: the Flink engine"), p3.err());
	}

	@Test
	void anEarlierFileWithoutAnEngineRunsEmbeddedAsBefore() throws Exception {
		Path file = experiment("older", "1.1", "");
		CliFixture c = new CliFixture();
		Path out = tmp.resolve("older-out");
		assertEquals(Cli.OK, c.run("run", file.toString(), "--out", out.toString()), c.err());
		assertTrue(Files.isRegularFile(out.resolve("results.csv")));
		assertFalse(c.err().contains("Flink"), c.err());
	}

	@Test
	void aWrongEngineInTheFileIsBadInputNamingFileAndAttribute() throws Exception {
		String[][] cases = { { "engine=\"spark\"", "engine: unknown engine 'spark'" },
				{ "engine=\"flink://nohost\"", "engine: flink://nohost: give the cluster's REST address" },
				{ "engine=\"flink-local\" parallelism=\"-1\"", "parallelism: must be at least 1" } };
		for (int i = 0; i < cases.length; i++) {
			Path file = experiment("wrong" + i, "1.2", cases[i][0]);
			CliFixture c = new CliFixture();
			Path out = tmp.resolve("wrong-out" + i);
			assertEquals(Cli.BAD_INPUT, c.run("run", file.toString(), "--out", out.toString()), c.err());
			assertTrue(c.err().contains(file + ": " + cases[i][1]), c.err());
			assertFalse(Files.exists(out));
		}
	}
}
