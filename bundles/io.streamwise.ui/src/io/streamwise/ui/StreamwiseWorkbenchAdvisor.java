package io.streamwise.ui;

import java.net.URL;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
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

	@Override
	public String getInitialWindowPerspectiveId() {
		return ResearchPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	/**
	 * {@code --open <file>} (repeatable) opens files in their editors once the window is up; a file in a folder of the
	 * workspace directory that is not yet a project makes that folder a project first. {@code --import <file>} opens
	 * the event-log import wizard on a file, at its mapping page. Used by releng/screenshots.sh and handy from a
	 * terminal.
	 */
	@Override
	public void postStartup() {
		PluginProblems.publishInBackground(); // dropins that cannot be used, ids claimed twice: Problems, Error Log
		String[] args = Platform.getApplicationArgs();
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals("--open")) {
				open(java.nio.file.Path.of(args[i + 1]).toAbsolutePath().normalize());
			}
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

	private void open(java.nio.file.Path file) {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		java.nio.file.Path workspace = root.getLocation().toFile().toPath();
		try {
			if (file.startsWith(workspace) && file.getNameCount() > workspace.getNameCount() + 1) {
				IProject project = root.getProject(file.getName(workspace.getNameCount()).toString());
				if (!project.exists()) {
					project.create(new NullProgressMonitor());
				}
				project.open(new NullProgressMonitor());
				project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
			}
			IFile[] files = root.findFilesForLocationURI(file.toUri());
			IWorkbenchPage page = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getActivePage();
			if (files.length > 0 && page != null) {
				IDE.openEditor(page, files[0]);
			} else {
				ILog.of(getClass()).warn("--open: " + file + " is not in a workspace project");
			}
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
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
			public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer actionBars) {
				return new StreamwiseActionBarAdvisor(actionBars);
			}
		};
	}
}
