package io.streamwise.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.streamwise.ui.wizards.ImportEventLogWizard;
import io.streamwise.ui.wizards.NewExperimentWizard;
import io.streamwise.ui.wizards.NewResearchProjectWizard;

/**
 * The researcher's layout: projects on the left, editors in the middle, properties on the right, and algorithms,
 * problems and running jobs below.
 */
public final class ResearchPerspective implements IPerspectiveFactory {

	public static final String ID = "io.streamwise.ui.research";

	/** The Dataset view, contributed by the experiments bundle; placed here if it is installed. */
	public static final String DATASET_VIEW_ID = "io.streamwise.ui.experiments.dataset";

	/** The Results editor's Drill-down view (experiments bundle): below the editors, beside the Dataset view. */
	public static final String DRILL_DOWN_VIEW_ID = "io.streamwise.ui.experiments.drilldown";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.22f, editors);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.72f, editors);
		right.addView(IPageLayout.ID_PROP_SHEET);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, editors);
		bottom.addView(AlgorithmsView.ID);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
		bottom.addPlaceholder(DATASET_VIEW_ID);
		bottom.addPlaceholder(DRILL_DOWN_VIEW_ID);

		for (String view : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROP_SHEET,
				IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROGRESS_VIEW, AlgorithmsView.ID, DATASET_VIEW_ID }) {
			layout.addShowViewShortcut(view);
		}
		layout.addNewWizardShortcut(NewResearchProjectWizard.ID);
		layout.addNewWizardShortcut(NewExperimentWizard.ID);
		layout.addNewWizardShortcut("io.streamwise.ui.experiments.newStreamExperiment"); // in ui.experiments
		layout.addNewWizardShortcut(ImportEventLogWizard.ID);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
	}
}
