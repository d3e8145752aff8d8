package io.streamwise.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The researcher's layout: editors in the middle, installed algorithms and progress around them. */
public final class ResearchPerspective implements IPerspectiveFactory {

	public static final String ID = "io.streamwise.ui.research";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(AlgorithmsView.ID, IPageLayout.BOTTOM, 0.6f, editors);
		layout.addShowViewShortcut(AlgorithmsView.ID);
	}
}
