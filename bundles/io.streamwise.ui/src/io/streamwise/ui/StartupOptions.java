package io.streamwise.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ISetSelectionTarget;

/**
 * The workbench's command-line options that arrange the window after start-up, in the order given: {@code --show-view
 * ID} shows a view, {@code --select FILE} selects a workspace file or folder in the Project Explorer (views that follow
 * the selection, such as the Dataset view, show it), {@code --maximize} maximizes the active editor. Used by
 * releng/screenshots.sh and handy from a terminal; an option that cannot be followed is logged and skipped.
 */
public final class StartupOptions {

	private StartupOptions() {
	}

	public static void apply(IWorkbenchPage page, String[] args) {
		for (int i = 0; i < args.length; i++) {
			try {
				if (args[i].equals("--show-view") && i + 1 < args.length) {
					page.showView(args[++i], null, IWorkbenchPage.VIEW_VISIBLE);
				} else if (args[i].equals("--select") && i + 1 < args.length) {
					select(page, Path.of(args[++i]).toAbsolutePath().normalize());
				} else if (args[i].equals("--maximize") && page.getActiveEditor() != null) {
					page.setPartState(page.getReference(page.getActiveEditor()), IWorkbenchPage.STATE_MAXIMIZED);
				}
			} catch (PartInitException e) {
				ILog.of(StartupOptions.class).log(e.getStatus());
			}
		}
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
