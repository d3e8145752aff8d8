package io.streamwise.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ISetSelectionTarget;

import io.streamwise.ui.startup.StartupTarget;

/**
 * The workbench's command-line options that arrange the window after start-up, in the order given: {@code --show-view
 * ID} shows a view, {@code --select FILE} selects a workspace file or folder in the Project Explorer (views that follow
 * the selection, such as the Dataset view, show it), {@code --maximize} maximizes the active editor. The active editor
 * follows, through its {@link StartupTarget}: {@code --run} starts its run as its Run button does, {@code --page ID}
 * shows one of its pages, {@code --compare RUN_A,RUN_B} compares two runs of its history on the Runs page,
 * {@code --expand TITLE} expands one of its collapsed sections, {@code --drill-down METRIC,ALGORITHM[,UNIT]} opens the
 * per-unit values behind a mean and a unit's page. Used by releng/screenshots.sh and handy from a
 * terminal; an option that cannot be followed is logged and skipped.
 */
public final class StartupOptions {

	private StartupOptions() {
	}

	public static void apply(IWorkbenchPage page, String[] args) {
		for (int i = 0; i < args.length; i++) {
			String option = args[i];
			try {
				if (args[i].equals("--show-view") && i + 1 < args.length) {
					page.showView(args[++i], null, IWorkbenchPage.VIEW_VISIBLE);
				} else if (args[i].equals("--select") && i + 1 < args.length) {
					select(page, Path.of(args[++i]).toAbsolutePath().normalize());
				} else if (args[i].equals("--maximize") && page.getActiveEditor() != null) {
					page.setPartState(page.getReference(page.getActiveEditor()), IWorkbenchPage.STATE_MAXIMIZED);
				} else if (args[i].equals("--run")) {
					target(page).run();
				} else if (args[i].equals("--page") && i + 1 < args.length) {
					target(page).showPage(args[++i]);
				} else if (args[i].equals("--expand") && i + 1 < args.length) {
					target(page).expandSection(args[++i]);
				} else if (args[i].equals("--compare") && i + 1 < args.length) {
					String[] runs = args[++i].split(",", -1);
					if (runs.length != 2 || runs[0].isBlank() || runs[1].isBlank()) {
						throw new IllegalArgumentException("name two runs: RUN_A,RUN_B");
					}
					target(page).compareRuns(runs[0].strip(), runs[1].strip());
				} else if (args[i].equals("--drill-down") && i + 1 < args.length) {
					String[] parts = args[++i].split(",", -1);
					if (parts.length < 2 || parts.length > 3 || parts[0].isBlank() || parts[1].isBlank()) {
						throw new IllegalArgumentException("name a metric and an algorithm, and maybe a unit:"
								+ " METRIC,ALGORITHM[,UNIT|first]");
					}
					target(page).drillDown(parts[0].strip(), parts[1].strip(), parts.length == 3 && !parts[2]
							.isBlank() ? parts[2].strip() : null);
				}
			} catch (PartInitException e) {
				ILog.of(StartupOptions.class).log(e.getStatus());
			} catch (IllegalArgumentException e) {
				ILog.of(StartupOptions.class).warn(option + ": " + e.getMessage());
			}
		}
	}

	/** What the active editor lets the options do; the defaults refuse. */
	private static StartupTarget target(IWorkbenchPage page) {
		IEditorPart editor = page.getActiveEditor();
		if (editor == null) {
			throw new IllegalArgumentException("no editor is open (--open FILE opens one)");
		}
		StartupTarget target = editor.getAdapter(StartupTarget.class);
		return target != null ? target : new StartupTarget() {
		};
	}

	/** Selects a workspace file or folder in the Project Explorer, which becomes the active part. */
	private static void select(IWorkbenchPage page, Path location) throws PartInitException {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		IPath path = IPath.fromOSString(location.toString());
		IResource resource = Files.isDirectory(location) ? root.getContainerForLocation(path)
				: root.getFileForLocation(path);
		if (resource == null || !resource.exists()) {
			ILog.of(StartupOptions.class).warn("--select " + location + ": not in the workspace");
			return;
		}
		if (page.showView(IPageLayout.ID_PROJECT_EXPLORER) instanceof ISetSelectionTarget explorer) {
			explorer.selectReveal(new StructuredSelection(resource));
		}
	}
}
