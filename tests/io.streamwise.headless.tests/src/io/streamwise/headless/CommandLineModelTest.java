package io.streamwise.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.SettingsException;
import io.streamwise.api.progress.CancelledException;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.DatasetOptions;
import io.streamwise.core.experiment.OptionNames;
import io.streamwise.core.io.OutputFolder;
import io.streamwise.core.registry.AlgorithmRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line's model: help for every command, one exit code per kind of failure, and one data-option group
 * whose names are the experiment file's dataset options in kebab-case.
 */
class CommandLineModelTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private Cli cli() {
		out.reset();
		err.reset();
		return new Cli(AlgorithmRegistry.of(List.of()), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	static List<String> commandNames() {
		return new ArrayList<>(new Cli(AlgorithmRegistry.of(List.of()), Map.of(), System.out, System.err)
				.commandLine().getSubcommands().keySet());
	}

	@Test
	void everyCommandPrintsItsUsageForHelpOnStandardOutput() {
		List<String> names = commandNames();
		assertEquals(List.of("simulate", "stats", "run", "compare", "prequential", "profile", "report", "algorithms",
				"package", "verify", "gui", "sdk", "plugins", "campaign", "abtest", "policy", "help"), names);
		for (String name : names) {
			for (String[] args : List.of(new String[] { name, "--help" }, new String[] { name, "-h" },
					new String[] { "help", name })) {
				assertEquals(Cli.OK, cli().run(args), String.join(" ", args) + ": " + err());
				// picocli's own help command puts its description first
				assertTrue(name.equals("help") ? out().contains("Usage: streamwise help")
						: out().startsWith("Usage: streamwise " + name), String.join(" ", args) + ":\n" + out());
				assertEquals("", err(), String.join(" ", args));
			}
		}
		// the options the issue names, in the usage of compare as of stats (the one shared group)
		for (String name : List.of("stats", "compare", "profile")) {
			cli().run(name, "--help");
			for (String option : List.of("--default-type", "--raw-ids", "--columns", "--separator", "--[no-]header",
					"--encoding", "--max-rejected-share", "--time-unit", "--pseudonym-key")) {
				assertTrue(out().contains(option), name + " --help lacks " + option + ":\n" + out());
			}
		}
		// the top-level usage lists the commands and the exit codes
		assertEquals(Cli.OK, cli().run());
		String usage = out();
		for (String name : names) {
			assertTrue(usage.contains("  " + name + " "), name + " in\n" + usage);
		}
		assertTrue(usage.contains("130") && usage.contains("bad input data"), usage);
		assertEquals(Cli.OK, cli().run("--help"));
		assertEquals(usage, out());
	}

	/**
	 * picocli passes every description line through {@link String#format}: a bare '%' ("95% intervals") is not an
	 * error but a warning from picocli's tracer on the JVM's standard error and the line printed unformatted, so the
	 * usage tests above, which read the command line's own streams, do not see it.
	 */
	@Test
	void everyUsageFormatsWithoutPicocliWarnings() {
		List<CommandLine> pending = new ArrayList<>(List.of(cli().commandLine()));
		ByteArrayOutputStream traced = new ByteArrayOutputStream();
		PrintStream jvmErr = System.err;
		int usages = 0;
		try {
			System.setErr(new PrintStream(traced, true, StandardCharsets.UTF_8));
			while (!pending.isEmpty()) {
				CommandLine command = pending.remove(pending.size() - 1);
				pending.addAll(command.getSubcommands().values());
				command.getUsageMessage();
				usages++;
			}
		} finally {
			System.setErr(jvmErr);
		}
		assertEquals("", traced.toString(StandardCharsets.UTF_8), "write '%%' for a percent sign");
		assertTrue(usages > 20, usages + " usages");
	}

	@Test
	void anUnknownOptionIsAUsageErrorOnStandardErrorForEveryCommand() {
		for (String name : commandNames()) {
			if (name.equals("help")) { // picocli's help command takes what follows as the command to describe
				assertEquals(Cli.USAGE, cli().run(name, "frobnicate"), name);
				assertTrue(err().startsWith("streamwise: ") && err().contains("'frobnicate'"), err());
				continue;
			}
			assertEquals(Cli.USAGE, cli().run(name, "--frobnicate"), name);
			assertEquals("", out(), name);
			List<String> lines = err().lines().toList();
			assertEquals("streamwise: unknown option --frobnicate", lines.get(0), name);
			assertEquals("Run 'streamwise " + name + " --help' for usage.", lines.get(1), name);
			assertEquals(2, lines.size(), err());
		}
		// a near miss gets a suggestion
		assertEquals(Cli.USAGE, cli().run("compare", "--protocol-optoin", "x=1"));
		assertTrue(err().startsWith("streamwise: unknown option --protocol-optoin (did you mean ")
				&& err().lines().findFirst().orElseThrow().contains("--protocol-option?)"), err());
		assertEquals(Cli.USAGE, cli().run("stats", "--data", "x.csv", "extra"));
		assertTrue(err().startsWith("streamwise: stats takes no positional arguments, got [extra]"), err());
	}

	@Test
	void typedOptionsRefuseBadValuesNamingTheOption() {
		// the option at fault first, then the command line
		String[][] cases = { { "--k", "profile", "--data", "x.csv", "--k", "many", "--out", "o" },
				{ "--k", "profile", "--k" },
				{ "--time-unit", "stats", "--data", "x.csv", "--time-unit", "fortnights" },
				{ "--default-type", "stats", "--data", "x.csv", "--default-type", "explode" },
				{ "--encoding", "compare", "--data", "x.csv", "--algorithms", "pop", "--encoding", "klingon-8", "--out",
						"o" },
				{ "--format", "compare", "--data", "x.csv", "--algorithms", "pop", "--format", "parquet", "--out",
						"o" },
				{ "--protocol", "compare", "--data", "x.csv", "--algorithms", "pop", "--protocol", "temporal:1.5",
						"--out",
						"o" },
				{ "--seed", "prequential", "--data", "x.csv", "--class", "c", "--learners", "l", "--seed", "1.5",
						"--out", "o" },
				{ "--viewers", "simulate", "--out", "o", "--viewers", "lots" },
				{ "--holdout", "prequential", "--data", "x.csv", "--class", "c", "--learners", "l", "--holdout", "300",
						"--out", "o" } };
		for (String[] c : cases) {
			String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
			assertEquals(Cli.USAGE, cli().run(args), String.join(" ", args));
			assertTrue(err().startsWith("streamwise: ") && err().contains("'" + c[0]), String.join(" ", args) + ": "
					+ err());
			assertEquals("", out());
		}
		assertEquals(Cli.USAGE, cli().run("stats", "--data", "x.csv", "--time-unit", "fortnights"));
		assertTrue(err().contains("not one of auto, seconds, milliseconds"), err()); // the core parser's reason
	}

	/** What OutputFolder says of an --out that is a file. */
	private static OutputFolder.UnusableException unusable() {
		try {
			java.nio.file.Path file = java.nio.file.Files.createTempFile("taken", ".txt");
			try {
				OutputFolder.check(file);
			} finally {
				java.nio.file.Files.delete(file);
			}
		} catch (OutputFolder.UnusableException e) {
			return e;
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		throw new AssertionError("a file is no output folder");
	}

	@Test
	void exitCodesAreMappedInOnePlace() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ExitCodes codes = new ExitCodes(new PrintStream(bytes, true, StandardCharsets.UTF_8));
		assertEquals(Cli.USAGE, codes.getExitCode(new UsageException("x")));
		assertEquals(Cli.USAGE, codes.getExitCode(new SettingsException("bad setting")));
		OutputFolder.UnusableException unusable = unusable();
		assertEquals(Cli.USAGE, codes.getExitCode(unusable));
		assertEquals(Cli.USAGE, codes.getExitCode(new CommandLine.ParameterException(new CommandLine(new Cli.Main()),
				"x")));
		assertEquals(Cli.BAD_INPUT, codes.getExitCode(new Cli.InputException("events.csv, line 3: bad", null)));
		assertEquals(Cli.CANCELLED, codes.getExitCode(new CancelledException()));
		assertEquals(Cli.FAILED, codes.getExitCode(new NoSuchFileException("x")));
		assertEquals(Cli.FAILED, codes.getExitCode(new IllegalStateException("bug")));
		assertEquals(Cli.FAILED, codes.getExitCode(new OutOfMemoryError("Java heap space")));
		assertEquals(Cli.FAILED, codes.getExitCode(new NoClassDefFoundError("org/example/Gone")));

		assertEquals(Cli.CANCELLED, codes.report(new CancelledException(), null));
		assertEquals(Cli.FAILED, codes.report(new IOException("disk full"), null));
		assertEquals(Cli.USAGE, codes.report(unusable, null));
		assertEquals(List.of("streamwise: cancelled; no results were written", "streamwise: IOException: disk full",
				"streamwise: --out: " + unusable.getMessage()),
				bytes.toString(StandardCharsets.UTF_8).lines().toList());
		// the usage text lists the same meanings
		assertEquals(Set.of("0", "1", "2", "3", "130"), ExitCodes.MEANINGS.keySet());
	}

	/** Issue 11 item 7: one spelling per option, camelCase in files and kebab-case here, derived mechanically. */
	@Test
	void theDataOptionsAreTheDatasetOptionsInKebabCaseAndTheSameForEveryCommand() {
		CommandLine cl = new Cli(AlgorithmRegistry.of(List.of()), Map.of(), System.out, System.err).commandLine();
		Set<String> expected = null;
		for (String name : List.of("stats", "compare", "profile")) {
			Set<String> names = new TreeSet<>();
			for (OptionSpec o : cl.getSubcommands().get(name).getCommandSpec().mixins().get("data").options()) {
				if (!o.hidden()) { // --key-file, the earlier name of --pseudonym-key
					names.add(o.names()[0]);
				}
			}
			if (expected == null) {
				expected = names;
			}
			assertEquals(expected, names, name);
		}
		Set<String> datasetOptions = new TreeSet<>();
		for (String option : expected) {
			if (!DataOptions.LOCATION.contains(option)) {
				datasetOptions.add(OptionNames.camel(option));
			}
		}
		assertEquals(new TreeSet<>(DatasetOptions.NAMES), datasetOptions);
	}

	@Test
	void theDataOptionsBecomeTheDatasetOptionsOfTheSavedExperiment() {
		Cli cli = cli();
		var parsed = cli.commandLine().parseArgs("compare", "--data", "events.csv", "--columns",
				"viewer,item,timestamp", "--separator", "semicolon", "--no-header", "--default-type", "PURCHASE",
				"--raw-ids", "--encoding", "latin1", "--max-rejected-share", "5%", "--time-unit", "ms", "--key-file",
				"my.key", "--algorithms", "pop", "--out", "o");
		var spec = ((CompareCommand) parsed.subcommand().commandSpec().userObject()).spec();
		Map<String, String> options = spec.dataset().options();
		assertEquals("viewer,item,timestamp", options.get("columns"));
		assertEquals("semicolon", options.get("separator"));
		assertEquals("false", options.get("header"));
		assertEquals("purchase", options.get("defaultType"));
		assertEquals("true", options.get("rawIds"));
		assertEquals("ISO-8859-1", options.get("encoding"));
		assertEquals("0.05", options.get("maxRejectedShare"));
		assertEquals("milliseconds", options.get("timeUnit"));
		assertEquals(java.nio.file.Path.of("my.key").toAbsolutePath().toString(), options.get("pseudonymKey"));
		assertEquals(9, options.size(), options.toString());
		// the earlier name of --pseudonym-key is the same option, so it may not be given beside it
		var both = cli.commandLine().parseArgs("compare", "--data", "events.csv", "--key-file", "a.key",
				"--pseudonym-key", "b.key", "--algorithms", "pop", "--out", "o");
		UsageException twice = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
				() -> ((CompareCommand) both.subcommand().commandSpec().userObject()).spec());
		assertTrue(twice.getMessage().contains("--pseudonym-key"), twice.getMessage());
		// what the core reads back from them
		assertEquals(0.05, DatasetLoader.importOptions(options).maxRejectedShare());
		assertFalse(DatasetLoader.mapping(options).header());
	}
}
