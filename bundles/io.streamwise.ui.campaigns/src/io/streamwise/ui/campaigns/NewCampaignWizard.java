package io.streamwise.ui.campaigns;

import java.io.IOException;

import io.streamwise.ui.models.NewModelFileWizard;

/**
 * File > New > Campaign: a campaign file in a workspace project, started from the six-stream launch template with the
 * id and name the file's name gives, opened in the campaign editor.
 */
public final class NewCampaignWizard extends NewModelFileWizard {

	public static final String ID = "io.streamwise.ui.campaigns.newCampaign";

	public NewCampaignWizard() {
		super("Campaign", "A knowledge creator's launch: six weekly streams, three products, four segments and two"
				+ " scenarios, to adapt in the campaign editor.", "campaign", "launch.campaign", CampaignEditor.ID);
	}

	@Override
	protected byte[] contents(String fileName) throws IOException {
		return Templates.campaignNamed(fileName);
	}
}
