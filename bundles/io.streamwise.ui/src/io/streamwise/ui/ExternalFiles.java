package io.streamwise.ui;

import java.net.URI;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * Opens files from anywhere on disk in the workbench's editors, which work on workspace files (markers, refresh,
 * results written beside an experiment). A file in the workspace is opened as it is; a file in a folder of the
 * workspace directory that is not yet a project makes that folder a project; any other file's folder is linked into
 * the project {@value #PROJECT} (the files stay where they are, and a run writes its results beside the experiment).
 */
public final class ExternalFiles {

	/** The project holding links to folders outside the workspace. */
	public static final String PROJECT = "External files";

	private ExternalFiles() {
	}

	/** Opens the file in its default editor, linking its folder into the workspace first when it is outside. */
	public static IEditorPart open(IWorkbenchPage page, Path file) throws CoreException {
		IFile resource = link(file);
		IEditorPart editor = IDE.openEditor(page, resource);
		if (editor == null) {
			throw new PartInitException("No editor opened " + file);
		}
		return editor;
	}

	/**
	 * The workspace file at this location: the file itself when the workspace has it, otherwise the file in a project
	 * made of its workspace folder or in the link of its folder under {@value #PROJECT}.
	 *
	 * @throws CoreException naming the file when it does not exist or cannot be linked
	 */
	public static IFile link(Path file) throws CoreException {
		Path absolute = file.toAbsolutePath().normalize();
		if (!absolute.toFile().isFile()) {
			throw new CoreException(org.eclipse.core.runtime.Status.error(absolute + ": no such file"));
		}
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		IFile existing = existing(root, absolute.toUri());
		if (existing != null) {
			return existing;
		}
		NullProgressMonitor monitor = new NullProgressMonitor();
		Path workspace = root.getLocation().toFile().toPath();
		if (absolute.startsWith(workspace) && absolute.getNameCount() > workspace.getNameCount() + 1) {
			// a folder of the workspace directory that is not a project yet (a copied or unpacked project)
			IProject project = root.getProject(absolute.getName(workspace.getNameCount()).toString());
			if (!project.exists()) {
				project.create(monitor);
			}
			project.open(monitor);
			project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
		} else {
			IProject project = root.getProject(PROJECT);
			if (!project.exists()) {
				project.create(monitor);
			}
			project.open(monitor);
			Path folder = absolute.getParent();
			IFolder link = freeFolder(project, folder);
			if (!link.exists()) {
				link.createLink(folder.toUri(), IResource.ALLOW_MISSING_LOCAL, monitor);
			}
			link.refreshLocal(IResource.DEPTH_INFINITE, monitor);
		}
		IFile found = existing(root, absolute.toUri());
		if (found == null) {
			throw new CoreException(org.eclipse.core.runtime.Status.error(absolute + " could not be linked into the"
					+ " workspace"));
		}
		return found;
	}

	private static IFile existing(IWorkspaceRoot root, URI location) {
		for (IFile f : root.findFilesForLocationURI(location)) {
			if (f.exists() && f.getProject().isOpen()) {
				return f;
			}
		}
		return null;
	}

	/** A folder of the project named after the linked folder, numbered when that name links elsewhere. */
	private static IFolder freeFolder(IProject project, Path folder) {
		String name = folder.getFileName() == null ? "root" : folder.getFileName().toString();
		for (int i = 1;; i++) {
			IFolder candidate = project.getFolder(i == 1 ? name : name + " (" + i + ")");
			if (!candidate.exists() || folder.toUri().equals(candidate.getLocationURI())
					|| candidate.getLocation() != null && candidate.getLocation().toFile().toPath().equals(folder)) {
				return candidate;
			}
		}
	}
}
