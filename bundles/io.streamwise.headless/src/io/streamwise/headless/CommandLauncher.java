package io.streamwise.headless;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The Java main class of the product's {@code streamwise COMMAND}: answers help, {@code --version} and command lines
 * that do not parse from the picocli model of {@link Cli} on a plain class path, in a tenth of the time the OSGi
 * framework takes to start; any other command line starts Equinox in this JVM with the headless application.
 *
 * <p>Arguments: the Equinox launcher's arguments, {@code --}, then the command line. Classes of the model that are
 * missing from the class path make the framework answer instead, so this is only ever a shortcut.
 */
public final class CommandLauncher {

	private static final String EQUINOX_MAIN = "org.eclipse.equinox.launcher.Main";

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
		Integer answered = null;
		try {
			answered = new Cli(null, Map.of(), System.out, System.err).answerWithoutRunning(command);
		} catch (LinkageError e) {
			// a class of the command line's model is not on this class path: the framework answers
		}
		if (answered != null) {
			System.out.flush();
			System.exit(answered.intValue());
		}
		String[] equinox = new String[args.length - 1];
		System.arraycopy(args, 0, equinox, 0, separator);
		System.arraycopy(command, 0, equinox, separator, command.length);
		Class.forName(EQUINOX_MAIN).getMethod("main", String[].class).invoke(null, (Object) equinox);
	}
}
