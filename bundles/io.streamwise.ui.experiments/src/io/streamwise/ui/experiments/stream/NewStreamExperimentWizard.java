package io.streamwise.ui.experiments.stream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import io.streamwise.model.io.ModelIO;
import io.streamwise.stream.experiment.StreamExperimentStarter;

/**
 * A new stream experiment file: {@link StreamExperimentStarter}'s (a MOA generator with a planted drift and three
 * learners), which runs as it is and is then edited on the stream page.
 */
public final class NewStreamExperimentWizard extends BasicNewResourceWizard {

	public static final String ID = "io.streamwise.ui.experiments.newStreamExperiment";

	private WizardNewFileCreationPage page;

	@Override
	public void addPages() {
		setWindowTitle("New Stream Experiment");
		page = new WizardNewFileCreationPage("stream", getSelection()) {
			@Override
			protected InputStream getInitialContents() {
				String id = getFileName().replaceFirst("\\.experiment$", "").toLowerCase(Locale.ROOT)
						.replaceAll("[^a-z0-9]+", "-");
				try {
					return new ByteArrayInputStream(bytes(id.isEmpty() ? "stream" : id));
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
	}

	/** The starter as the bytes ModelIO writes. */
	static byte[] bytes(String id) throws IOException {
		java.nio.file.Path tmp = java.nio.file.Files.createTempFile("stream", "." + ModelIO.EXPERIMENT_EXTENSION);
		try {
			ModelIO.save(StreamExperimentStarter.create(id), tmp);
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
