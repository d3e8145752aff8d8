package io.streamwise.ui.campaigns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/**
 * File > New > Campaign: a campaign file in a workspace project, started from the six-stream launch template with the
 * id and name the file's name gives, opened in the campaign editor.
 */
public final class NewCampaignWizard extends BasicNewResourceWizard {

	public static final String ID = "io.streamwise.ui.campaigns.newCampaign";

	private WizardNewFileCreationPage page;

	@Override
	public void addPages() {
		setWindowTitle("New Campaign");
		page = new WizardNewFileCreationPage("campaign", getSelection()) {
			@Override
			protected InputStream getInitialContents() {
				try {
					return new ByteArrayInputStream(Templates.campaignNamed(getFileName()));
				} catch (IOException e) {
					setErrorMessage(e.getMessage());
					return null;
				}
			}
		};
		page.setTitle("Campaign");
		page.setDescription("A knowledge creator's launch: six weekly streams, three products, four segments and two"
				+ " scenarios, to adapt in the campaign editor.");
		page.setFileExtension("campaign");
		page.setFileName("launch.campaign");
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
			IDE.openEditor(getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, CampaignEditor.ID);
		} catch (PartInitException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
		return true;
	}
}
