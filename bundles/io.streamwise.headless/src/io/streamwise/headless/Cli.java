package io.streamwise.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.streamwise.core.experiment.Engine;
import io.streamwise.core.experiment.ExperimentResult;
import io.streamwise.core.experiment.ExperimentRunner;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ResultsWriter;
import io.streamwise.core.experiment.WorkerLauncher;
import io.streamwise.core.io.OutputFolder;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.run.ExperimentRunService;
import io.streamwise.core.run.ProvenanceBuilder;
import io.streamwise.core.run.RunInputException;
import io.streamwise.core.run.RunOrigin;
import io.streamwise.core.run.RunOutcome;
import io.streamwise.core.run.RunRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code streamwise} command line: a picocli command with one subcommand per class ({@link SimulateCommand},
 * {@link StatsCommand}, {@link RunCommand}, {@link CompareCommand}, {@link PrequentialCommand}, {@link ProfileCommand},
 * {@link ReportCommand}, {@link AlgorithmsCommand}, {@link GuiCommand}). Usage text is generated from the commands' options; every failure
 * becomes its exit code in {@link ExitCodes}. Plain Java apart from what its caller passes in, so tests run it
 * directly. Exit codes: 0 success, 1 the work failed, 2 wrong command line, 3 bad input data or experiment file, 130
 * cancelled.
 */
public final class Cli {

	public static final int OK = 0, FAILED = 1, USAGE = 2, BAD_INPUT = 3, CANCELLED = 130;

	final AlgorithmRegistry registry;
	final Map<String, String> environment;
	final PrintStream out;
	final PrintStream err;
	/** Set when the process is asked to stop (SIGINT, SIGTERM): every command's monitor reports it. */
	private final AtomicBoolean cancelRequested = new AtomicBoolean();
	/** The command line being run, for provenance. */
	private List<String> arguments = List.of();

	public Cli(AlgorithmRegistry registry, Map<String, String> environment, PrintStream out, PrintStream err) {
		this.registry = registry;
		this.environment = Map.copyOf(environment);
		this.out = out;
		this.err = err;
	}

	/**
	 * Asks the running command to stop: its monitor reports cancellation, long loops end at their next check, the
	 * staging folder is removed and {@link #run} returns {@link #CANCELLED}.
	 */
	public void cancel() {
		cancelRequested.set(true);
	}

	/** A console monitor that reports {@link #cancel()}. */
	ConsoleProgress progress() {
		return new ConsoleProgress(err, cancelRequested);
	}

	/** Runs one command line and gives its exit code; whatever fails prints one line on standard error. */
	public int run(String... args) {
		arguments = List.of(args);
		// every command warns of an id claimed twice: the run's results would otherwise hide which one ran
		registry.conflicts().forEach(c -> err.println("streamwise: warning: " + c));
		ExitCodes exitCodes = new ExitCodes(err);
		try {
			return commandLine(exitCodes, args).execute(args);
		} catch (Throwable e) { // picocli lets errors through (out of memory, a plugin's missing class)
			return exitCodes.report(e, null);
		}
	}

	/**
	 * Answers what needs neither the algorithms nor OSGi: help ({@code help}, {@code --help}, no command), the version
	 * and command lines that do not parse. {@link CommandLauncher} calls it before it starts the framework, so these
	 * answers come from the same picocli model as everything else.
	 *
	 * @return the exit code when the command line was answered, null when a command has to run
	 */
	public Integer answerWithoutRunning(String... args) {
		ExitCodes exitCodes = new ExitCodes(err);
		CommandLine cl = commandLine(exitCodes, args);
		CommandLine.ParseResult parsed;
		try {
			parsed = cl.parseArgs(args);
		} catch (CommandLine.ParameterException e) {
			return exitCodes.handleParseException(e, args);
		}
		Integer help;
		try {
			help = CommandLine.executeHelpRequest(parsed);
		} catch (CommandLine.ParameterException e) { // 'help no-such-command': a usage error, as execute reports it
			return exitCodes.handleParseException(e, args);
		}
		if (help != null) {
			return help;
		}
		if (!parsed.hasSubcommand()) {
			return cl.execute(args); // the top command only prints the usage
		}
		return null;
	}

	/** The top command: without a subcommand it prints the usage. */
	@Command(name = "streamwise", description = "Streamwise, a research workbench for live-stream commerce: the"
			+ " headless command line. Without a command, ./streamwise starts the workbench.", footer = "%nRun 'streamwise COMMAND --help' (or 'streamwise help COMMAND') for a command's options.", versionProvider = Version.class)
	static final class Main implements Callable<Integer> {
		@Spec
		CommandSpec spec;

		@CommandLine.Option(names = { "-V",
				"--version" }, versionHelp = true, description = "Print the version and exit.")
		boolean version;

		@Override
		public Integer call() {
			spec.commandLine().usage(spec.commandLine().getOut());
			return OK;
		}
	}

	/** The command line's model: every command with its options, as picocli parses and documents it. */
	CommandLine commandLine() {
		return commandLine(new ExitCodes(err), (String[]) null);
	}

	/** A command of the command line: its class (whose {@code @Command} names and describes it) and its model. */
	private record Listed(Class<?> type, Supplier<Object> model) {
	}

	/**
	 * The commands, in the order the usage lists them, each built only when asked for: picocli reads a command's
	 * options by reflection (and loads the types they refer to, MOA's and EMF's for some), which for all of them is
	 * most of what answering one command line costs.
	 */
	private Map<String, Listed> commands() {
		Map<String, Listed> all = new LinkedHashMap<>();
		all.put("simulate", new Listed(SimulateCommand.class, () -> new CommandLine(SimulateCommand.spec(this))));
		all.put("stats", new Listed(StatsCommand.class, () -> new StatsCommand(this)));
		all.put("run", new Listed(RunCommand.class, () -> new RunCommand(this)));
		all.put("compare", new Listed(CompareCommand.class, () -> new CompareCommand(this)));
		all.put("prequential", new Listed(PrequentialCommand.class, () -> new PrequentialCommand(this)));
		all.put("profile", new Listed(ProfileCommand.class, () -> new ProfileCommand(this)));
		all.put("report", new Listed(ReportCommand.class, () -> new ReportCommand(this)));
		all.put("algorithms", new Listed(AlgorithmsCommand.class, () -> new AlgorithmsCommand(this)));
		all.put("package", new Listed(PackageCommand.class, () -> new PackageCommand(this)));
		all.put("verify", new Listed(VerifyCommand.class, () -> new VerifyCommand(this)));
		all.put("gui", new Listed(GuiCommand.class, GuiCommand::new));
		all.put("sdk", new Listed(SdkCommand.class,
				() -> new CommandLine(new SdkCommand()).addSubcommand(new SdkNewPluginCommand(this))));
		all.put("plugins", new Listed(PluginsCommand.class,
				() -> new CommandLine(new PluginsCommand()).addSubcommand(new PluginsCommand.Install(this))
						.addSubcommand(new PluginsCommand.List(this)).addSubcommand(new PluginsCommand.Remove(this))));
		all.put("campaign", new Listed(CampaignCommand.class,
				() -> new CommandLine(new CampaignCommand()).addSubcommand(new CampaignCommand.Forecaster(this))
						.addSubcommand(new CampaignCommand.Learn(this))
						.addSubcommand(new CampaignCommand.Backtest(this))));
		all.put("abtest", new Listed(AbTestCommand.class,
				() -> new CommandLine(new AbTestCommand()).addSubcommand(new AbTestCommand.Design(this))
						.addSubcommand(new AbTestCommand.Analyse(this)).addSubcommand(new AbTestCommand.Monitor(this))
						.addSubcommand(new AbTestCommand.Calibrate(this))));
		all.put("policy", new Listed(PolicyCommand.class,
				() -> new CommandLine(new PolicyCommand()).addSubcommand(new PolicyCommand.Simulate(this))
						.addSubcommand(new PolicyCommand.Evaluate(this)).addSubcommand(new PolicyCommand.Accuracy(this))
						.addSubcommand(new PolicyCommand.Log(this))));
		all.put("help", new Listed(CommandLine.HelpCommand.class, CommandLine.HelpCommand::new));
		return all;
	}

	/** The names of the commands (without building any command's model). */
	java.util.Set<String> commandNames() {
		return commands().keySet();
	}

	/**
	 * Whether the commands' names and descriptions are all of them that {@code args} can reach: no word but
	 * {@code help} names a command, so picocli never parses a command's options, and the usage of
	 * {@code streamwise} lists each command by its name and the first line of its description only.
	 */
	static boolean namesSuffice(String[] args, Set<String> known) {
		if (args == null) {
			return false;
		}
		for (String arg : args) {
			if (known.contains(arg) && !arg.equals("help")) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A command as the usage of {@code streamwise} lists it, without its options: what its {@code @Command} says of
	 * its name and description.
	 */
	static CommandSpec named(Class<?> type) {
		Command command = type.getAnnotation(Command.class);
		CommandSpec spec = CommandSpec.create().name(command.name()).aliases(command.aliases());
		spec.usageMessage().header(command.header()).description(command.description()).hidden(command.hidden());
		return spec;
	}

	/**
	 * The commands a command line needs in the model: the one it names ({@code compare ...}, or {@code help compare}
	 * and help), so that parsing, its errors and its usage are what the whole model gives; null (all of them) for the
	 * usage of {@code streamwise} itself, the top command's options and names that are no command (their error
	 * suggests the nearest names).
	 */
	static Set<String> commandsNamed(String[] args, Set<String> known) {
		if (args == null || args.length == 0 || !known.contains(args[0])) {
			return null;
		}
		if (!args[0].equals("help") || args.length >= 2 && args[1].equals("help")) {
			return Set.of(args[0]);
		}
		return args.length >= 2 && known.contains(args[1]) ? Set.of("help", args[1]) : null;
	}

	/** The model a command line gets: the command it names, or all of them (see {@link #commandsNamed}). */
	CommandLine commandLineFor(String... args) {
		return commandLine(new ExitCodes(err), args);
	}

	/**
	 * The model for {@code args} (for null, of every command): see {@link #commandsNamed}; when no word names a
	 * command, the commands by their names and descriptions only ({@link #namesSuffice}).
	 */
	private CommandLine commandLine(ExitCodes exitCodes, String... args) {
		CommandLine cl = new CommandLine(new Main());
		Map<String, Listed> all = commands();
		Set<String> needed = commandsNamed(args, all.keySet());
		boolean namesOnly = needed == null && namesSuffice(args, all.keySet());
		all.forEach((name, command) -> {
			if (namesOnly && !name.equals("help")) {
				cl.addSubcommand(named(command.type())); // help itself runs: it prints the usage
			} else if (needed == null || needed.contains(name)) {
				cl.addSubcommand(command.model().get()); // under the name its @Command gives, as the key
			}
		});
		for (CommandLine c : commands(cl)) {
			CommandSpec spec = c.getCommandSpec();
			if (spec.optionsMap().get("--help") == null) {
				spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
						.description("Show this help and exit.").build());
			}
			// options in the order they are declared: the shared data options first, where a command has them
			spec.usageMessage().sortOptions(false).sortSynopsis(false);
			spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.MEANINGS);
		}
		// settings apply to the commands added so far, so they come last
		cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
		cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
		cl.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
		cl.setExpandAtFiles(false); // a value starting with '@' is a value, not a file of arguments
		cl.setUsageHelpAutoWidth(true);
		cl.setExecutionExceptionHandler(exitCodes);
		cl.setParameterExceptionHandler(exitCodes);
		cl.setExitCodeExceptionMapper(exitCodes);
		return cl;
	}

	/** The top command and its subcommands, and theirs ({@code sdk new-plugin}). */
	static java.util.List<CommandLine> commands(CommandLine top) {
		java.util.List<CommandLine> all = new java.util.ArrayList<>(java.util.List.of(top));
		for (CommandLine sub : top.getSubcommands().values()) {
			all.addAll(commands(sub));
		}
		return all;
	}

	/** {@code run}: reads and checks the experiment, then runs it into --out (see {@link RunCommand}). */
	int runExperiment(Path file, Path out, Path keyFile, boolean resume, Engine engine) throws IOException {
		Path dir = OutputFolder.check(out); // before any work
		try {
			RunRequest request = RunRequest.read(file, dir, keyFile == null ? null
					: keyFile.toAbsolutePath().normalize(), origin()).resuming(resume);
			ExperimentRunService service = service().withEngine(engine);
			service.validate(request);
			return report(service.run(request, progress()));
		} catch (RunInputException e) {
			throw new InputException(e.getMessage(), e);
		}
	}

	/** Says on standard error where an earlier run under the same name went. */
	void reportPrevious(Path target, Path previous) {
		if (previous != null) {
			err.println("streamwise: the earlier output in " + target + " was kept as " + previous);
		}
	}

	/**
	 * Runs an experiment into a staging folder the caller has created, moves it into place and prints the table.
	 *
	 * @param experimentFile where the experiment was read from: relative dataset locations resolve against its folder
	 * @param experimentName the experiment file as results name it
	 * @param keyFile        the pseudonym key to use instead of the dataset's, or null
	 * @param resume         finish the run whose journal is in the target folder
	 * @param engine         where the cells run
	 */
	int execute(ExperimentSpec spec, Path experimentFile, String experimentName, OutputFolder folder, Path keyFile,
			boolean resume, Engine engine) throws IOException {
		RunRequest request = new RunRequest(spec, experimentFile, experimentName, folder.target(), keyFile, origin(),
				resume);
		try {
			return report(service().withEngine(engine).run(request, folder, progress()));
		} catch (RunInputException e) {
			throw new InputException(e.getMessage(), e);
		}
	}

	/** Prints what a run did: warnings on standard error, the table on standard output. */
	private int report(RunOutcome<ExperimentResult> outcome) {
		ExperimentResult result = outcome.result();
		ExperimentSpec spec = result.spec();
		Path dir = outcome.folder();
		reportPrevious(dir, outcome.previous());
		// an id claimed twice was said when the command started (run(String...)); results.json records it as well
		result.warnings().stream().filter(w -> !ProvenanceBuilder.ID_CLAIMED_TWICE.equals(w.code()))
				.forEach(w -> err.println("streamwise: warning: " + w.code() + ": " + w.reason()));
		out.printf("Experiment %s: %s%n", spec.id(), spec.name());
		out.printf(Locale.ROOT, "Dataset: %s (%,d events, sha256 %s)%n", outcome.dataset(), outcome.events(),
				outcome.sha256().substring(0, 16));
		out.printf(Locale.ROOT, "Protocol: %s, train ratio %.2f, %d fold(s); seed %d%n",
				spec.protocol().kind().label(), spec.protocol().trainRatio(), spec.protocol().folds(), spec.seed());
		out.println();
		out.print(ResultsWriter.table(result));
		out.println();
		out.printf(Locale.ROOT, "Mean [95%% confidence interval]; fit s and score s: mean seconds per fold of fitting"
				+ " and of scoring with the metrics; peak MB: approximate peak heap above the cell's start, largest"
				+ " fold.%n");
		out.printf(Locale.ROOT, "Results in %s (results.json, results.csv, costs.csv, per_unit.csv,"
				+ " significance.csv, results.tex)%n",
				dir);
		return result.failures().isEmpty() ? OK : FAILED;
	}

	/** Who asked for the run, for provenance: this command line. */
	RunOrigin origin() {
		return RunOrigin.commandLine(arguments);
	}

	/** The run service; it isolates plugins' cells in worker processes of this product (see CellIsolation). */
	ExperimentRunService service() {
		return new ExperimentRunService(registry, WorkerLauncher.fromRunningProduct(),
				line -> err.println("streamwise: " + line), environment);
	}

	/** A runner that isolates plugins' cells in worker processes of this product (see CellIsolation). */
	ExperimentRunner runner() {
		return service().runner();
	}

	/** Bad input data or experiment file: the message names file, line and field. */
	static final class InputException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		InputException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
