package io.streamwise.headless;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.streamwise.api.algorithm.SettingsException;
import io.streamwise.api.progress.CancelledException;
import io.streamwise.core.experiment.Errors;
import io.streamwise.core.io.OutputFolder;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place where a failure becomes an exit code and one line on standard error: picocli's parse errors, what a
 * command throws, and the errors (out of memory, a plugin's missing class) that picocli lets through.
 */
final class ExitCodes implements IExitCodeExceptionMapper, IExecutionExceptionHandler, IParameterExceptionHandler {

	/** What each exit code means, for the usage text (picocli's exit code list) and the README. */
	static final Map<String, String> MEANINGS = meanings();

	private final PrintStream err;

	ExitCodes(PrintStream err) {
		this.err = err;
	}

	private static Map<String, String> meanings() {
		Map<String, String> m = new LinkedHashMap<>();
		m.put(Integer.toString(Cli.OK), "success");
		m.put(Integer.toString(Cli.FAILED), "the work failed (run: an algorithm failed; any unexpected error)");
		m.put(Integer.toString(Cli.USAGE), "wrong command line, including an unusable --out");
		m.put(Integer.toString(Cli.BAD_INPUT), "bad input data or experiment file (file, line and field named)");
		m.put(Integer.toString(Cli.CANCELLED),
				"cancelled (Ctrl-C, SIGTERM); no results were written (run and compare keep finished cells in --out's run.journal for --resume)");
		return m;
	}

	@Override
	public int getExitCode(Throwable e) {
		if (e instanceof ParameterException || e instanceof UsageException || e instanceof SettingsException
				|| e instanceof OutputFolder.UnusableException) {
			return Cli.USAGE;
		}
		if (e instanceof CancelledException) {
			return Cli.CANCELLED;
		}
		if (e instanceof Cli.InputException) {
			return Cli.BAD_INPUT;
		}
		return Cli.FAILED;
	}

	/** Prints the one line for a failure (and, for a usage error, where to read the usage) and gives its code. */
	int report(Throwable e, CommandLine where) {
		int code = getExitCode(e);
		err.println("streamwise: " + message(e));
		if (code == Cli.USAGE && !(e instanceof OutputFolder.UnusableException) && where != null) {
			err.println("Run '" + where.getCommandSpec().qualifiedName() + " --help' for usage.");
		}
		return code;
	}

	private static String message(Throwable e) {
		if (e instanceof UnmatchedArgumentException u) {
			return unmatched(u);
		}
		if (e instanceof ParameterException || e instanceof UsageException || e instanceof SettingsException
				|| e instanceof Cli.InputException || e instanceof P2Plugins.PluginsException
				|| e instanceof io.streamwise.core.experiment.EngineException) {
			return e.getMessage();
		}
		if (e instanceof OutputFolder.UnusableException) {
			return "--out: " + e.getMessage();
		}
		if (e instanceof CancelledException) {
			return "cancelled; no results were written";
		}
		if (e instanceof OutOfMemoryError) {
			return "out of memory (" + Errors.describe(e) + "); " + Errors.heapAdvice();
		}
		return Errors.describe(e); // one line, never a stack trace
	}

	/** An unknown command, an unknown option (with picocli's suggestions) or an argument no command takes. */
	private static String unmatched(UnmatchedArgumentException u) {
		List<String> args = u.getUnmatched();
		String first = args.isEmpty() ? "" : args.get(0);
		List<String> suggestions = u.getSuggestions();
		String didYouMean = suggestions.isEmpty() ? "" : " (did you mean " + String.join(" or ", suggestions) + "?)";
		CommandLine where = u.getCommandLine();
		if (where.getParent() == null) {
			return "unknown command '" + first + "'" + didYouMean;
		}
		if (first.startsWith("-")) {
			return "unknown option " + first + didYouMean;
		}
		return where.getCommandSpec().positionalParameters().isEmpty()
				? where.getCommandName() + " takes no positional arguments, got " + args
				: where.getCommandName() + ": unexpected argument '" + first + "'";
	}

	/**
	 * An unknown option is reported before a missing one: picocli checks required options first, but "unknown option
	 * --ot (did you mean --out?)" says more than "missing --out".
	 */
	@Override
	public int handleParseException(ParameterException e, String[] args) {
		CommandLine where = e.getCommandLine();
		List<String> unmatched = where.getUnmatchedArguments();
		if (!(e instanceof UnmatchedArgumentException) && !unmatched.isEmpty()) {
			return report(new UnmatchedArgumentException(where, unmatched), where);
		}
		return report(e, where);
	}

	@Override
	public int handleExecutionException(Exception e, CommandLine where, ParseResult parsed) {
		return report(e, where);
	}
}
