package io.streamwise.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;

/**
 * A new experiment file: the starter experiment over the project's simulated data when the project has some, else
 * over freshly simulated data of the small preset.
 */
public final class NewExperimentWizard extends BasicNewResourceWizard {

	public static final String ID = "io.streamwise.ui.wizards.newExperiment";

	private WizardNewFileCreationPage page;

	@Override
	public void addPages() {
		setWindowTitle("New Experiment");
		page = new WizardNewFileCreationPage("experiment", getSelection()) {
			@Override
			protected InputStream getInitialContents() {
				try {
					return new ByteArrayInputStream(
							StarterExperiment.bytes(starter(getContainerFullPath(), getFileName())));
				} catch (IOException e) {
					return null;
				}
			}
		};
		page.setTitle("Experiment");
		page.setDescription("Compare algorithms on a dataset under a protocol; edit it in the experiment editor.");
		page.setFileExtension("experiment");
		page.setFileName("experiment.experiment");
		addPage(page);
	}

	static ExperimentSpec starter(IPath container, String fileName) {
		String id = fileName.replaceFirst("\\.experiment$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		DatasetSpec dataset = StarterExperiment.simulated("small");
		IResource parent = container == null ? null : ResourcesPlugin.getWorkspace().getRoot().findMember(container);
		if (parent != null) {
			IProject project = parent.getProject();
			if (project.getFile(NewResearchProjectWizard.DATA_FOLDER + "/events.csv").exists()) {
				IPath data = project.getFolder(NewResearchProjectWizard.DATA_FOLDER).getFullPath();
				dataset = StarterExperiment.folder(data.makeRelativeTo(container).toString());
			}
		}
		return StarterExperiment.spec(id.isEmpty() ? "experiment" : id, id, dataset, 1);
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
