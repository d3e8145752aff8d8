package io.streamwise.headless;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code streamwise gui}: listed so that the usage names every command, but the launcher script starts the workbench
 * itself (a different Eclipse application), so this command only reaches here when the headless application is
 * started by hand.
 */
@Command(name = "gui", description = "Starts the workbench (also ./streamwise without a command); needs a display.")
final class GuiCommand implements Callable<Integer> {

	@Option(names = "--open", paramLabel = "FILE", description = "Open FILE in its editor at startup.")
	Path open;

	@Option(names = "--import", paramLabel = "FILE", description = "Open the event-log import wizard on FILE.")
	Path importFile;

	@Option(names = "--show-view", paramLabel = "ID", description = "Show the view with this id at startup (e.g."
			+ " io.streamwise.ui.experiments.dataset).")
	String showView;

	@Option(names = "--select", paramLabel = "FILE", description = "Select this workspace file or folder in the"
			+ " Project Explorer at startup.")
	Path select;

	@Option(names = "--maximize", description = "Maximize the active editor at startup.")
	boolean maximize;

	@Option(names = "--run", description = "Start the active editor's experiment as its Run button does.")
	boolean run;

	@Option(names = "--page", paramLabel = "ID", description = "Show this page of the active editor (e.g. runs).")
	String page;

	@Option(names = "--compare", paramLabel = "RUN_A,RUN_B", description = "Compare these two runs of the active"
			+ " experiment's history (folder names in <name>.runs/) on its Runs page.")
	String compare;

	@Option(names = "--expand", paramLabel = "TITLE", description = "Expand the active editor's collapsed section with"
			+ " this title (e.g. Significance).")
	String expand;

	@Option(names = "--drill-down", paramLabel = "METRIC,ALGORITHM[,UNIT]", description = "Open the per-unit values"
			+ " behind the active results' mean of METRIC for ALGORITHM in the Drill-down view, and with UNIT (or"
			+ " 'first', the algorithm's worst) that unit's page.")
	String drillDown;

	@Override
	public Integer call() {
		throw new UsageException("the workbench is started by the launcher: run './streamwise gui' (the product's"
				+ " streamwise script), not the headless application");
	}
}
