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
}
