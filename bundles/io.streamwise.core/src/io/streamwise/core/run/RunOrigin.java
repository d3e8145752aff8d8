package io.streamwise.core.run;

import java.util.List;
import java.util.Objects;

/**
 * Who started a run, as provenance records it.
 *
 * @param kind    {@link #COMMAND_LINE}, {@link #WORKBENCH} or another front end's name
 * @param command what was asked: the command line, or the workbench action and file
 */
public record RunOrigin(String kind, String command) {

	public static final String COMMAND_LINE = "command line", WORKBENCH = "workbench";

	public RunOrigin {
		Objects.requireNonNull(kind, "kind");
		command = command == null ? "" : command;
	}

	/** A run of {@code streamwise ARGS...}; arguments with spaces are quoted so that the line can be repeated. */
	public static RunOrigin commandLine(List<String> args) {
		StringBuilder sb = new StringBuilder("streamwise");
		for (String a : args) {
			sb.append(' ').append(a.isEmpty() || a.matches(".*[\\s'\"\\\\$`].*") ? "'" + a.replace("'", "'\\''") + "'"
					: a);
		}
		return new RunOrigin(COMMAND_LINE, sb.toString());
	}

	/** A run started in the workbench by an action on a file. */
	public static RunOrigin workbench(String action) {
		return new RunOrigin(WORKBENCH, action);
	}
}
