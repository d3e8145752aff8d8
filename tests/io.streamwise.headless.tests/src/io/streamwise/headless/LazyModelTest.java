package io.streamwise.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.streamwise.core.registry.AlgorithmRegistry;
import picocli.CommandLine;

/**
 * A command line builds the model of the command it names only (start-up, issue 19 item 1): what it prints and its
 * exit code must be exactly what the model of every command gives, for the usage of every command and subcommand and
 * for usage errors.
 */
class LazyModelTest {

	/** Exit code, standard output and standard error of one command line. */
	private record Answer(int code, String out, String err) {
	}

	/** As the product runs it: the model of the named command only. */
	private static Answer lazily(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Cli(AlgorithmRegistry.of(List.of()), Map.of(),
				new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
		return new Answer(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** The model of every command, as picocli builds it when they are all added. */
	private static Answer fully(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
		int code;
		try {
			code = new Cli(AlgorithmRegistry.of(List.of()), Map.of(), new PrintStream(out, true,
					StandardCharsets.UTF_8), errors).commandLine().execute(args);
		} catch (RuntimeException e) { // as Cli.run reports what picocli lets through (help's unknown command)
			code = new ExitCodes(errors).report(e, null);
		}
		return new Answer(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/**
	 * Every command and subcommand as words of a command line: [compare], [sdk, new-plugin], ...; those that take
	 * positional arguments end with "!" (a stray word would be an argument to them: plugins remove would run).
	 */
	private static List<List<String>> everyCommand() {
		List<List<String>> paths = new ArrayList<>();
		for (CommandLine c : Cli.commands(new Cli(AlgorithmRegistry.of(List.of()), Map.of(), System.out, System.err)
				.commandLine())) {
			List<String> path = new ArrayList<>();
			for (CommandLine at = c; at.getParent() != null; at = at.getParent()) {
				path.add(0, at.getCommandName());
			}
			if (!c.getCommandSpec().positionalParameters().isEmpty()) {
				path.add("!");
			}
			if (!path.isEmpty() && !path.equals(List.of("!"))) {
				paths.add(path);
			}
		}
		return paths;
	}

	@Test
	void everyCommandsUsageIsTheFullModels() {
		List<List<String>> commands = everyCommand();
		assertTrue(
				commands.contains(List.of("sdk", "new-plugin")) && commands.contains(List.of("plugins", "remove", "!"))
						&& commands.size() == 32, // 17 + report + campaign with forecast, learn, backtest + abtest with 4 + policy with 4
				commands.toString());
		for (List<String> listed : commands) {
			boolean positional = listed.get(listed.size() - 1).equals("!");
			List<String> command = positional ? listed.subList(0, listed.size() - 1) : listed;
			List<List<String>> lines = new ArrayList<>();
			lines.add(with(command, "--help"));
			lines.add(with(command, "-h"));
			lines.add(with(command, "--frobnicate"));
			if (!positional) {
				lines.add(with(command, "stray"));
			}
			if (command.size() == 1) {
				lines.add(List.of("help", command.get(0)));
				lines.add(List.of("help", command.get(0), "extra"));
			}
			for (List<String> line : lines) {
				String[] args = line.toArray(String[]::new);
				Answer full = fully(args);
				assertEquals(full, lazily(args), line.toString());
				assertTrue(!full.out().isEmpty() || !full.err().isEmpty(), line.toString());
			}
		}
	}

	@Test
	void usageErrorsAndTheTopUsageAreTheFullModels() {
		for (List<String> line : List.of(List.<String>of(), List.of("help"), List.of("--help"), List.of("-h"),
				List.of("--version"), List.of("-V"), List.of("-h", "--version"), List.of("help", "-h"),
				List.of("help", "help"), List.of("--frobnicate", "no-such-command"), List.of("help", "no-such-command"),
				List.of("help", "--help"),
				List.of("no-such-command"), List.of("compar"), List.of("--frobnicate"), List.of("--", "compare"),
				List.of("compare", "--ot", "x"), List.of("compare", "--protocol-optoin", "x=1"),
				List.of("compare", "--protocol", "bad", "--out", "x"), List.of("compare", "--out"),
				List.of("stats", "--time-unit", "fortnights", "--data", "x.csv"), List.of("stats"),
				List.of("profile", "--k", "many"), List.of("simulate", "--viewers", "lots", "--out", "o"),
				List.of("sdk"), List.of("sdk", "new-plugn"), List.of("plugins"), List.of("plugins", "instal"),
				List.of("algorithms", "compare"), List.of("gui", "--data", "x"))) {
			String[] args = line.toArray(String[]::new);
			Answer full = fully(args);
			assertEquals(full, lazily(args), line.toString());
			// and the launcher's answer without a registry, where it answers
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			Integer answered = new Cli(null, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(err, true, StandardCharsets.UTF_8)).answerWithoutRunning(args);
			if (answered != null) {
				assertEquals(full, new Answer(answered, out.toString(StandardCharsets.UTF_8),
						err.toString(StandardCharsets.UTF_8)), "launcher: " + line);
			}
		}
	}

	@Test
	void aNamedCommandIsTheOnlyOneBuilt() {
		Set<String> known = Set.of("compare", "stats", "help", "sdk");
		assertEquals(Set.of("compare"), Cli.commandsNamed(new String[] { "compare", "--out", "x" }, known));
		assertEquals(Set.of("sdk"), Cli.commandsNamed(new String[] { "sdk", "new-plugin" }, known));
		assertEquals(Set.of("help", "stats"), Cli.commandsNamed(new String[] { "help", "stats" }, known));
		assertEquals(Set.of("help"), Cli.commandsNamed(new String[] { "help", "help" }, known));
		// the usage of streamwise lists every command; an unknown name is answered with the nearest names
		assertNull(Cli.commandsNamed(new String[] { "help" }, known));
		assertNull(Cli.commandsNamed(new String[0], known));
		assertNull(Cli.commandsNamed(new String[] { "help", "nothing" }, known));
		assertNull(Cli.commandsNamed(new String[] { "compar" }, known));
		assertNull(Cli.commandsNamed(new String[] { "--version" }, known));
		assertNull(Cli.commandsNamed(null, known));
		// the model the command line gets
		Cli cli = new Cli(AlgorithmRegistry.of(List.of()), Map.of(), System.out, System.err);
		assertEquals(Set.of("compare"), cli.commandLineFor("compare", "--help").getSubcommands().keySet());
		assertEquals(Set.of("help", "stats"), cli.commandLineFor("help", "stats").getSubcommands().keySet());
		assertEquals(17, cli.commandLineFor("help").getSubcommands().size()); // 13 + report + campaign + abtest + policy
	}

	@Test
	void whereNoWordNamesACommandTheCommandsAreTheirNamesAndDescriptions() {
		Set<String> known = Set.of("compare", "stats", "help", "sdk");
		assertTrue(Cli.namesSuffice(new String[] { "help" }, known));
		assertTrue(Cli.namesSuffice(new String[0], known));
		assertTrue(Cli.namesSuffice(new String[] { "compar", "--frobnicate" }, known));
		assertTrue(Cli.namesSuffice(new String[] { "help", "help" }, known));
		assertFalse(Cli.namesSuffice(new String[] { "--", "compare" }, known));
		assertFalse(Cli.namesSuffice(new String[] { "--frobnicate", "stats", "--data" }, known));
		assertFalse(Cli.namesSuffice(new String[] { "help", "stats" }, known));
		assertFalse(Cli.namesSuffice(null, known)); // the full model
		// the usage of streamwise is built without any command's options (the output is the full model's: above)
		Cli cli = new Cli(AlgorithmRegistry.of(List.of()), Map.of(), System.out, System.err);
		for (String line : List.of("help", "--version", "no-such-command")) {
			CommandLine top = cli.commandLineFor(line);
			assertEquals(cli.commandLine().getSubcommands().size(), top.getSubcommands().size(), line);
			CommandLine compare = top.getSubcommands().get("compare");
			assertEquals(List.of("--help"), compare.getCommandSpec().options().stream().map(o -> o.longestName())
					.toList(), line);
			assertEquals(cli.commandLine().getSubcommands().get("compare").getCommandSpec().usageMessage()
					.description()[0], compare.getCommandSpec().usageMessage().description()[0]);
		}
		assertTrue(cli.commandLineFor("compare", "--help").getSubcommands().get("compare").getCommandSpec().options()
				.size() > 10);
	}

	private static List<String> with(List<String> command, String word) {
		List<String> line = new ArrayList<>(command);
		line.add(word);
		return line;
	}
}
