package io.streamwise.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.streamwise.core.registry.AlgorithmRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The README's command table and the command lines in the docs against picocli's model of the command line: every
 * command and option they name exists, and every command picocli knows is in the table.
 */
class ReadmeCommandTableTest {

	private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-zA-Z][a-zA-Z0-9-]*");
	private static final Pattern COMMAND = Pattern.compile("(?:\\./)?streamwise ([a-z]+)");
	private static final Pattern SUBCOMMAND = Pattern.compile(" ([a-z][a-z-]*)");

	private static final CommandLine MODEL = new Cli(AlgorithmRegistry.of(List.of()), Map.of(), System.out,
			System.err).commandLine();

	/** The checkout: the folder above the working directory that holds README.md and bundles/. */
	static Path root() {
		for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
			if (Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("bundles"))) {
				return p;
			}
		}
		throw new AssertionError("no README.md above " + Path.of("").toAbsolutePath());
	}

	/** Every name an option answers to, negated forms included ({@code --no-header}). */
	private static Set<String> optionNames(CommandLine command) {
		Set<String> names = new LinkedHashSet<>();
		for (OptionSpec o : command.getCommandSpec().options()) {
			for (String name : o.names()) {
				names.add(name);
				if (o.negatable() && name.startsWith("--")) {
					names.add("--no-" + name.substring(2));
				}
			}
		}
		return names;
	}

	/** The command that the words after a command's name select: itself, or a subcommand ({@code sdk new-plugin}). */
	static CommandLine descend(CommandLine command, String after) {
		Matcher m = SUBCOMMAND.matcher(after);
		while (m.lookingAt() && command.getSubcommands().containsKey(m.group(1))) {
			command = command.getSubcommands().get(m.group(1));
			m.region(m.end(), after.length());
		}
		return command;
	}

	/** The rows of the command table: first cell's commands → the whole row. */
	static Map<String, String> tableRows(String readme) {
		Map<String, String> rows = new LinkedHashMap<>();
		String section = readme.substring(readme.indexOf("## The command line"));
		section = section.substring(0, section.indexOf("\n## ", 3));
		for (String line : section.lines().toList()) {
			if (!line.startsWith("| `./streamwise")) {
				continue;
			}
			String firstCell = line.substring(1, line.indexOf(" | "));
			Matcher m = COMMAND.matcher(firstCell);
			while (m.find()) {
				rows.put(m.group(1), line);
			}
		}
		return rows;
	}

	@Test
	void theReadmesCommandTableMatchesTheCommandLine() throws IOException {
		String readme = Files.readString(root().resolve("README.md"));
		Map<String, String> rows = tableRows(readme);
		Set<String> known = MODEL.getSubcommands().keySet();
		List<String> problems = new ArrayList<>();
		for (String command : known) {
			if (!command.equals("help") && !rows.containsKey(command)) {
				problems.add("the README's command table has no row for '" + command + "'");
			}
		}
		assertTrue(readme.contains("`./streamwise help`"), "the README names the help command");
		for (Map.Entry<String, String> row : rows.entrySet()) {
			CommandLine command = MODEL.getSubcommands().get(row.getKey());
			if (command == null) {
				problems.add("the README's table names '" + row.getKey() + "', which is no command");
				continue;
			}
			String start = "streamwise " + row.getKey();
			String line = row.getValue();
			Set<String> names = optionNames(descend(command, line.substring(line.indexOf(start) + start.length())));
			Matcher m = OPTION.matcher(line);
			while (m.find()) {
				if (!names.contains(m.group())) {
					problems.add("the README's row of '" + row.getKey() + "' names " + m.group() + ", which it does"
							+ " not take");
				}
			}
		}
		assertEquals(List.of(), problems);
		assertTrue(rows.size() >= 8, rows.keySet().toString());
	}

	/**
	 * Command lines elsewhere in the README and in docs/*.md: a span or line that starts a streamwise command, with
	 * its backslash-continued lines, names only options that command takes.
	 */
	@Test
	void commandLinesInTheDocsUseOptionsThatExist() throws IOException {
		List<Path> files = new ArrayList<>(List.of(root().resolve("README.md")));
		try (Stream<Path> docs = Files.list(root().resolve("docs"))) {
			docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
		}
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (Path file : files) {
			for (String commandLine : commandLines(Files.readString(file))) {
				Matcher c = COMMAND.matcher(commandLine);
				assertTrue(c.lookingAt(), commandLine);
				CommandLine command = MODEL.getSubcommands().get(c.group(1));
				if (command == null) {
					continue; // prose such as "streamwise is ..." is no command line
				}
				checked++;
				Set<String> names = optionNames(descend(command, commandLine.substring(c.end())));
				Matcher m = OPTION.matcher(commandLine);
				while (m.find()) {
					if (!names.contains(m.group())) {
						problems.add(file.getFileName() + ": '" + commandLine + "' names " + m.group());
					}
				}
			}
		}
		assertEquals(List.of(), problems);
		assertTrue(checked >= 10, checked + " command lines checked");
	}

	/** Code spans and code-block lines that start with (./)streamwise COMMAND, continuation lines joined. */
	static List<String> commandLines(String markdown) {
		List<String> found = new ArrayList<>();
		Matcher span = Pattern.compile("`((?:\\./)?streamwise [a-z][^`]*)`").matcher(markdown);
		while (span.find()) {
			found.add(span.group(1));
		}
		List<String> lines = markdown.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.startsWith("streamwise ") || line.startsWith("./streamwise ")) {
				StringBuilder command = new StringBuilder(line);
				while (command.toString().endsWith("\\") && i + 1 < lines.size()) {
					command.setLength(command.length() - 1);
					String joined = command.toString().strip() + " " + lines.get(++i).strip();
					command.setLength(0);
					command.append(joined);
				}
				found.add(command.toString());
			}
		}
		return found;
	}

	@Test
	void theParserOfTheTableFindsRowsAndOptions() {
		String readme = """
				## The command line
				| command | what it does |
				|---|---|
				| `./streamwise stats --data FILE` | statistics; `--encoding NAME` |
				| `./streamwise` or `./streamwise gui` | starts the workbench |

				## Next
				""";
		Map<String, String> rows = tableRows(readme);
		assertEquals(Set.of("stats", "gui"), rows.keySet());
		assertNotNull(MODEL.getSubcommands().get("stats"));
		assertTrue(optionNames(MODEL.getSubcommands().get("stats")).contains("--no-header"));
		assertFalse(optionNames(MODEL.getSubcommands().get("stats")).contains("--frobnicate"));
		assertEquals(List.of("streamwise run a.experiment --out x", "streamwise prequential --data f --class c"),
				commandLines("Use `streamwise run a.experiment --out x`.\n\n    streamwise prequential --data f \\\n"
						+ "        --class c\n"));
	}
}
