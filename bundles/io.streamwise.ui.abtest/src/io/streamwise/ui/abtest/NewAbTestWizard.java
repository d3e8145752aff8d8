package io.streamwise.ui.abtest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/**
 * File > New > A/B Test: an A/B test file in a workspace project, started from the pinned-offer template with the id
 * and name the file's name gives, opened in the A/B test editor.
 */
public final class NewAbTestWizard extends BasicNewResourceWizard {

	public static final String ID = "io.streamwise.ui.abtest.newAbTest";

	private WizardNewFileCreationPage page;

	@Override
	public void addPages() {
		setWindowTitle("New A/B Test");
		page = new WizardNewFileCreationPage("abtest", getSelection()) {
			@Override
			protected InputStream getInitialContents() {
				try {
					return new ByteArrayInputStream(Templates.testNamed(getFileName()));
				} catch (IOException e) {
					setErrorMessage(e.getMessage());
					return null;
				}
			}
		};
		page.setTitle("A/B Test");
		page.setDescription("Pinning an offer against no offer: two arms, conversion with a revenue guardrail and"
				+ " sequential monitoring, to adapt in the A/B test editor.");
		page.setFileExtension("abtest");
		page.setFileName("pinned-offer.abtest");
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		selectAndReveal(file);
		try {
			IDE.openEditor(getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, AbTestEditor.ID);
		} catch (PartInitException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
		return true;
	}
}
