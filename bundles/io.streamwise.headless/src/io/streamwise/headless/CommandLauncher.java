package io.streamwise.headless;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The Java main class of the product's {@code streamwise COMMAND}: answers help, {@code --version} and command lines
 * that do not parse from the picocli model of {@link Cli} on a plain class path, in a tenth of the time the OSGi
 * framework takes to start; any other command line starts Equinox in this JVM with the headless application.
 *
 * <p>A line that names a command (and asks for no help or version) most likely runs it: then the framework starts
 * at once and the line is checked beside it on a second thread, which ends the process with the answer when the line
 * does not parse; the application waits for that check ({@link #awaitCheck}) before it runs the command. The check
 * took a tenth of the time of {@code streamwise algorithms} before the framework could start.
 *
 * <p>Arguments: the Equinox launcher's arguments, {@code --}, then the command line. Classes of the model that are
 * missing from the class path make the framework answer instead, so this is only ever a shortcut.
 */
public final class CommandLauncher {

	private static final String EQUINOX_MAIN = "org.eclipse.equinox.launcher.Main";
	/**
	 * The system property (an object: the framework's class loaders see the same {@code System} properties) holding
	 * the {@link Future} of the launcher's check of the command line, when that runs beside the framework.
	 */
	static final String CHECK_PROPERTY = "io.streamwise.headless.commandLineCheck";
	/** Words that ask for an answer rather than a run: help, usage and version. */
	private static final Set<String> ANSWER_WORDS = Set.of("help", "-h", "--help", "-V", "--version");

	private CommandLauncher() {
	}

	public static void main(String[] args) throws Throwable {
		List<String> all = Arrays.asList(args);
		int separator = all.indexOf("--");
		if (separator < 0) {
			System.err.println("streamwise: the launcher passed no '--' between Equinox's arguments and the command");
			System.exit(70);
		}
		String[] command = all.subList(separator + 1, all.size()).toArray(String[]::new);
		Cli cli;
		try {
			cli = new Cli(null, Map.of(), System.out, System.err);
		} catch (LinkageError e) {
			cli = null; // a class of the command line's model is not on this class path: the framework answers
		}
		if (cli != null && runsACommand(command, cli.commandNames())) {
			Cli checker = cli;
			CompletableFuture<Void> checked = new CompletableFuture<>();
			System.getProperties().put(CHECK_PROPERTY, checked);
			Thread check = new Thread(() -> {
				try {
					Integer answered = answer(checker, command);
					if (answered != null) {
						// before the command could run (it waits for this check): the framework is left unstopped,
						// as after a signal; it persists nothing a command line that does not parse could change
						System.out.flush();
						System.err.flush();
						Runtime.getRuntime().halt(answered.intValue());
					}
				} finally {
					checked.complete(null);
				}
			}, "streamwise command-line check");
			check.setDaemon(true);
			check.start();
		} else {
			Integer answered = cli == null ? null : answer(cli, command);
			if (answered != null) {
				System.out.flush();
				System.exit(answered.intValue());
			}
		}
		String[] equinox = new String[args.length - 1];
		System.arraycopy(args, 0, equinox, 0, separator);
		System.arraycopy(command, 0, equinox, separator, command.length);
		Class.forName(EQUINOX_MAIN).getMethod("main", String[].class).invoke(null, (Object) equinox);
	}

	private static Integer answer(Cli cli, String[] command) {
		try {
			return cli.answerWithoutRunning(command);
		} catch (LinkageError e) {
			return null; // a class of the command line's model is not on this class path: the framework answers
		}
	}

	/**
	 * Whether a command line most likely runs a command, so that the framework is worth starting before it is
	 * checked: its first word names a command other than {@code help}, and no word asks for help or the version.
	 */
	static boolean runsACommand(String[] command, Set<String> commandNames) {
		if (command.length == 0 || !commandNames.contains(command[0])) {
			return false;
		}
		for (String word : command) {
			if (ANSWER_WORDS.contains(word)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Called by the application before it runs a command: waits for the launcher's check of the command line when
	 * that runs beside the framework (it ends the process itself when the line does not parse). Returns at once
	 * otherwise (the workbench, tests, a check already done).
	 */
	static void awaitCheck() throws InterruptedException {
		if (System.getProperties().get(CHECK_PROPERTY) instanceof Future<?> check) {
			try {
				check.get();
			} catch (ExecutionException e) {
				// the check failed on its own: the command's parse reports whatever is wrong with the line
			}
		}
	}
}
