package io.streamwise.ui.experiments.stream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.io.ModelIO;
import io.streamwise.stream.experiment.StreamExperimentStarter;

/**
 * A new stream experiment file in two pages: where it goes, then where its instances come from ({@link
 * StreamSourcePage}: {@link StreamExperimentStarter}'s MOA generator with a planted drift, the simulator's stream
 * sessions, or an ARFF/CSV file). Every choice gets the starter's three learners and evaluation; the file runs as it
 * is and is then edited on the stream page.
 */
public final class NewStreamExperimentWizard extends BasicNewResourceWizard {

	public static final String ID = "io.streamwise.ui.experiments.newStreamExperiment";

	private WizardNewFileCreationPage page;
	private StreamSourcePage source;

	@Override
	public void addPages() {
		setWindowTitle("New Stream Experiment");
		page = new WizardNewFileCreationPage("stream", getSelection()) {
			@Override
			protected InputStream getInitialContents() {
				String id = getFileName().replaceFirst("\\.experiment$", "").toLowerCase(Locale.ROOT)
						.replaceAll("[^a-z0-9]+", "-");
				try {
					return new ByteArrayInputStream(
							bytes(experiment(id.isEmpty() ? "stream" : id, getContainerFullPath())));
				} catch (IOException e) {
					return null;
				}
			}
		};
		page.setTitle("Stream experiment");
		page.setDescription("Test-then-train evaluation of MOA learners on a stream, with live learning curves.");
		page.setFileExtension("experiment");
		page.setFileName("stream.experiment");
		addPage(page);
		source = new StreamSourcePage();
		addPage(source);
	}

	/** The experiment of the chosen source, for a file in this container. */
	private Experiment experiment(String id, IPath container) {
		if (source == null || source.getControl() == null) {
			return StreamExperimentStarter.create(id);
		}
		return switch (source.source()) {
		case SIMULATOR -> StreamExperimentStarter.simulator(id, source.preset(), source.days(), source.seed());
		case FILE -> StreamExperimentStarter.file(id, location(source.file(), container), source.classAttribute(),
				source.seed());
		case GENERATOR -> {
			Experiment e = StreamExperimentStarter.create(id);
			e.setSeed(source.seed());
			yield e;
		}
		};
	}

	/** The file relative to the experiment's folder when it lies in the same project, else its absolute path. */
	static String location(java.nio.file.Path file, IPath container) {
		java.nio.file.Path absolute = file.toAbsolutePath().normalize();
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		if (container != null && container.segmentCount() > 0) {
			IProject project = root.getProject(container.segment(0));
			if (project.getLocation() != null) {
				java.nio.file.Path projectFolder = project.getLocation().toFile().toPath();
				java.nio.file.Path folder = projectFolder.resolve(container.removeFirstSegments(1).toString());
				if (absolute.startsWith(projectFolder)) {
					return folder.relativize(absolute).toString();
				}
			}
		}
		return absolute.toString();
	}

	/** The page shown after the file page: where the instances come from. */
	public StreamSourcePage sourcePage() {
		return source;
	}

	/** An experiment as the bytes ModelIO writes. */
	static byte[] bytes(Experiment experiment) throws IOException {
		java.nio.file.Path tmp = java.nio.file.Files.createTempFile("stream", "." + ModelIO.EXPERIMENT_EXTENSION);
		try {
			ModelIO.save(experiment, tmp);
			return java.nio.file.Files.readAllBytes(tmp);
		} finally {
			java.nio.file.Files.deleteIfExists(tmp);
		}
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		selectAndReveal(file);
		try {
			IDE.openEditor(getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
		} catch (PartInitException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
		return true;
	}
}
