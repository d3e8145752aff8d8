package io.streamwise.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.streamwise.core.registry.AlgorithmRegistry;

/**
 * What the launcher answers before the OSGi framework starts ({@link CommandLauncher}): help, the version and command
 * lines that do not parse, from the same picocli model that runs the commands, without an algorithm registry; every
 * other command line is left to the framework.
 */
class AnswerWithoutRunningTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** A command line without a registry: what the launcher has before the framework starts. */
	private Integer answer(String... args) {
		out.reset();
		err.reset();
		return new Cli(null, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).answerWithoutRunning(args);
	}

	/** The same command line run the way the framework runs it. */
	private String[] run(String... args) {
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		int code = new Cli(AlgorithmRegistry.of(List.of()), Map.of(), new PrintStream(o, true, StandardCharsets.UTF_8),
				new PrintStream(e, true, StandardCharsets.UTF_8)).run(args);
		return new String[] { Integer.toString(code), o.toString(StandardCharsets.UTF_8),
				e.toString(StandardCharsets.UTF_8) };
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void helpAndUsageErrorsAreAnsweredAsTheFrameworkWouldAnswerThem() {
		for (List<String> args : List.of(List.of("help"), List.of("--help"), List.<String>of(),
				List.of("help", "compare"),
				List.of("compare", "--help"), List.of("stats", "-h"), List.of("no-such-command"),
				List.of("compare", "--ot", "x"),
				List.of("compare", "--protocol", "bad", "--out", "x"),
				List.of("prequential", "--help"), List.of("profile", "--help"), List.of("help", "no-such-command"))) {
			String[] argv = args.toArray(String[]::new);
			Integer code = answer(argv);
			String[] expected = run(argv);
			assertEquals(expected[0], String.valueOf(code), args.toString());
			assertEquals(expected[1], out(), args + ": standard output");
			assertEquals(expected[2], err(), args + ": standard error");
		}
	}

	@Test
	void usageErrorsExitWithTwoAndSayWhy() {
		assertEquals(Cli.USAGE, answer("no-such-command"));
		assertTrue(err().startsWith("streamwise: unknown command 'no-such-command'"), err());
		assertEquals("", out());
	}

	@Test
	void theVersionIsTheHeadlessBundlesVersionAndTheJava() {
		assertEquals(Cli.OK, answer("--version"));
		String[] lines = out().split("\\R");
		assertEquals("streamwise " + Version.bundleVersion(), lines[0]);
		assertTrue(Version.bundleVersion().startsWith("0."), Version.bundleVersion()); // read from the manifest
		assertTrue(lines[1].startsWith("Java " + System.getProperty("java.version")), lines[1]);
		assertEquals(Cli.OK, answer("-V"));
	}

	@Test
	void aCommandToRunIsLeftToTheFrameworkWithNothingPrinted() {
		for (List<String> args : List.of(List.of("algorithms"), List.of("algorithms", "--json"),
				List.of("compare", "--data", "simulator", "--algorithms", "pop", "--out", "x"))) {
			assertNull(answer(args.toArray(String[]::new)), args.toString());
			assertEquals("", out(), args.toString());
			assertEquals("", err(), args.toString());
		}
	}
}
