package io.streamwise.ui.abtest;

import java.io.IOException;

import io.streamwise.ui.models.NewModelFileWizard;

/**
 * File > New > A/B Test: an A/B test file in a workspace project, started from the pinned-offer template with the id
 * and name the file's name gives, opened in the A/B test editor.
 */
public final class NewAbTestWizard extends NewModelFileWizard {

	public static final String ID = "io.streamwise.ui.abtest.newAbTest";

	public NewAbTestWizard() {
		super("A/B Test", "Pinning an offer against no offer: two arms, conversion with a revenue guardrail and"
				+ " sequential monitoring, to adapt in the A/B test editor.", "abtest", "pinned-offer.abtest",
				AbTestEditor.ID);
	}

	@Override
	protected byte[] contents(String fileName) throws IOException {
		return Templates.testNamed(fileName);
	}
}
