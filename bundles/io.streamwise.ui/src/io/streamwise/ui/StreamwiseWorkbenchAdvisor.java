package io.streamwise.ui;

import java.lang.management.ManagementFactory;
import java.net.URL;
import java.util.List;

import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PerspectiveAdapter;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;

import io.streamwise.ui.wizards.ImportEventLogWizard;

/** Opens windows titled Streamwise in the Research perspective, over the workspace's projects. */
final class StreamwiseWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		// resources adapt to the workbench's labels, properties and markers as in the IDE
		IDE.registerAdapters();
		declareIdeImages(configurer);
	}

	/** The Project Explorer asks for the IDE's project images, which only the IDE application declares. */
	private static void declareIdeImages(IWorkbenchConfigurer configurer) {
		Bundle ide = Platform.getBundle("org.eclipse.ui.ide");
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.png");
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.png");
	}

	private static void declare(IWorkbenchConfigurer configurer, Bundle bundle, String key, String path) {
		URL url = bundle == null ? null : FileLocator.find(bundle, new org.eclipse.core.runtime.Path(path));
		if (url != null) {
			configurer.declareImage(key, ImageDescriptor.createFromURL(url), true);
		}
	}

	/**
	 * Action sets of the IDE shown in every perspective that mean nothing here, mostly of the text editors in every perspective and that mean nothing here: File >
	 * Convert Line Delimiters To, and the toolbar's next/previous annotation and edit-location buttons. They come with
	 * org.eclipse.ui.editors, which the Project Explorer's resource actions need.
	 */
	static final List<String> IDE_ACTION_SETS = List.of("org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo",
			"org.eclipse.ui.edit.text.actionSet.annotationNavigation", "org.eclipse.ui.edit.text.actionSet.navigation",
			// its File > Open File opens files outside the workspace in editors that cannot take them; the File
			// menu has its own Open File, which links them in (ExternalFiles)
			"org.eclipse.ui.actionSet.openFiles");

	static void hideIdeActionSets(IWorkbenchPage page) {
		IDE_ACTION_SETS.forEach(page::hideActionSet);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return ResearchPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	/**
	 * With {@code -Dstreamwise.startupReport=true} (releng/workbench-startup.sh), one line on standard error per
	 * start-up milestone: the milliseconds since the JVM started.
	 */
	static void reportStartup(String milestone) {
		if (Boolean.getBoolean("streamwise.startupReport")) {
			long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
			System.err.println("streamwise: startup: " + milestone + " after " + ms + " ms");
		}
	}

	/**
	 * {@code --open <file>} (repeatable) opens files in their editors once the window is up; a file in a folder of the
	 * workspace directory that is not yet a project makes that folder a project first. Then {@link StartupOptions}
	 * ({@code --show-view}, {@code --select}, {@code --maximize}). {@code --import <file>} opens the event-log import
	 * wizard on a file, at its mapping page. Used by releng/screenshots.sh and handy from a terminal.
	 */
	@Override
	public void postStartup() {
		reportStartup("workbench started");
		PluginProblems.publishInBackground(); // dropins that cannot be used, ids claimed twice: Problems, Error Log
		String[] args = Platform.getApplicationArgs();
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals("--open")) {
				open(java.nio.file.Path.of(args[i + 1]).toAbsolutePath().normalize());
			}
		}
		IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
		if (window != null && window.getActivePage() != null) {
			StartupOptions.apply(window.getActivePage(), args);
		}
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals("--import")) {
				String file = java.nio.file.Path.of(args[i + 1]).toAbsolutePath().normalize().toString();
				// after startup has finished: the wizard is modal and runs its own event loop
				Display.getCurrent().asyncExec(() -> importEventLog(file));
				break;
			}
		}
	}

	private void importEventLog(String file) {
		IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			return;
		}
		ImportEventLogWizard wizard = new ImportEventLogWizard();
		wizard.init(window.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
		dialog.create();
		wizard.sourcePage().setFile(file);
		if (wizard.sourcePage().isPageComplete()) {
			dialog.showPage(wizard.mappingPage());
		}
		dialog.open();
	}

	/** Opens a file named on the command line, from the workspace or from anywhere else (linked in). */
	private void open(java.nio.file.Path file) {
		IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null) {
			return;
		}
		try {
			ExternalFiles.open(window.getActivePage(), file);
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
			ErrorDialog.openError(window.getShell(), "Open", "--open " + file + " could not be opened.", e.getStatus());
		}
	}

	@Override
	public void postShutdown() {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		try {
			workspace.save(true, new NullProgressMonitor());
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			@Override
			public void preWindowOpen() {
				configurer.setInitialSize(new Point(1280, 860));
				configurer.setShowCoolBar(true);
				configurer.setShowStatusLine(true);
				configurer.setShowProgressIndicator(true);
				configurer.setTitle("Streamwise");
			}

			@Override
			public void postWindowOpen() {
				IWorkbenchWindow window = configurer.getWindow();
				for (IWorkbenchPage page : window.getPages()) {
					hideIdeActionSets(page);
				}
				// a perspective that is opened or reset shows the action sets visible by default again
				window.addPerspectiveListener(new PerspectiveAdapter() {
					@Override
					public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
						hideIdeActionSets(page);
					}

					@Override
					public void perspectiveChanged(IWorkbenchPage page, IPerspectiveDescriptor perspective,
							String changeId) {
						if (IWorkbenchPage.CHANGE_RESET_COMPLETE.equals(changeId)) {
							hideIdeActionSets(page);
						}
					}
				});
				reportStartup("window open");
			}

			@Override
			public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer actionBars) {
				return new StreamwiseActionBarAdvisor(actionBars);
			}
		};
	}
}
