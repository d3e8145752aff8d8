package io.streamwise.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;

/** File > Open File (from anywhere on disk) and File > Switch Workspace (restart on another workspace). */
final class FileActions {

	/**
	 * Where the launcher script reads the workspace to start with (when STREAMWISE_WORKSPACE is not set), one path on
	 * one line: $XDG_CONFIG_HOME/streamwise/workspace, by default ~/.config/streamwise/workspace.
	 */
	static Path workspaceChoiceFile() {
		String config = System.getenv("XDG_CONFIG_HOME");
		Path base = config == null || config.isBlank() ? Path.of(System.getProperty("user.home"), ".config")
				: Path.of(config);
		return base.resolve("streamwise").resolve("workspace");
	}

	private FileActions() {
	}

	static IWorkbenchAction openFile(IWorkbenchWindow window) {
		return new WindowAction("open-file", "&Open File...",
				"Opens a file from anywhere on disk; a file outside the workspace is linked into the project '"
						+ ExternalFiles.PROJECT + "'") {
			@Override
			public void run() {
				FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
				dialog.setText("Open File");
				dialog.setFilterNames(new String[] { "Streamwise files (*.experiment, results.json, *.csv, models)",
						"All files" });
				dialog.setFilterExtensions(new String[] {
						"*.experiment;*.json;*.csv;*.catalog;*.streams;*.audience;*.campaign", "*" });
				if (dialog.open() == null) {
					return;
				}
				for (String name : dialog.getFileNames()) {
					Path file = Path.of(dialog.getFilterPath(), name);
					try {
						ExternalFiles.open(window.getActivePage(), file);
					} catch (CoreException e) {
						ErrorDialog.openError(window.getShell(), "Open File", file + " could not be opened.",
								e.getStatus());
					}
				}
			}
		};
	}

	static IWorkbenchAction switchWorkspace(IWorkbenchWindow window) {
		return new WindowAction("switch-workspace", "Switch &Workspace...",
				"Restarts Streamwise on another workspace folder") {
			@Override
			public void run() {
				Path current = ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath();
				SwitchWorkspaceDialog dialog = new SwitchWorkspaceDialog(window.getShell(), current);
				if (dialog.open() != org.eclipse.jface.window.Window.OK || dialog.chosen() == null) {
					return;
				}
				Path chosen = dialog.chosen();
				Path file = workspaceChoiceFile();
				String before;
				try {
					before = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
					choose(chosen);
				} catch (IOException e) {
					MessageDialog.openError(window.getShell(), "Switch Workspace",
							"The choice could not be saved in " + file + ": " + e.getMessage());
					return;
				}
				// the launcher script starts again on the chosen workspace when the workbench exits to restart (23)
				if (!window.getWorkbench().restart()) {
					// the restart was refused (a dirty editor kept open, say): the next start stays where it was
					try {
						if (before == null) {
							Files.deleteIfExists(file);
						} else {
							Files.writeString(file, before, StandardCharsets.UTF_8);
						}
					} catch (IOException e) {
						MessageDialog.openError(window.getShell(), "Switch Workspace",
								"The restart was cancelled, but " + file + " could not be restored: " + e.getMessage());
					}
				}
			}
		};
	}

	/** Records the workspace the next start uses. */
	static void choose(Path workspace) throws IOException {
		Path file = workspaceChoiceFile();
		Files.createDirectories(file.getParent());
		Files.writeString(file, workspace.toAbsolutePath().normalize() + "\n", StandardCharsets.UTF_8);
	}

	private abstract static class WindowAction extends Action implements IWorkbenchAction {
		WindowAction(String id, String text, String tooltip) {
			super(text);
			setId("io.streamwise.ui." + id);
			setToolTipText(tooltip);
		}

		@Override
		public void dispose() {
			// nothing held
		}
	}
}
