package io.streamwise.ui.abtest;

import org.eclipse.ui.PartInitException;

import io.streamwise.model.abtest.ABTest;
import io.streamwise.ui.models.ModelFormEditor;
import io.streamwise.ui.startup.StartupTarget;

/**
 * Edits an A/B test on two form pages: Design (hypothesis, variants and shares, metric, targets, variance reduction
 * and clusters, traffic) with the sample size and duration recomputed as one types, and Analysis (the analysis
 * settings, then a log analysed and monitored in a cancellable job, shown as charts and tables). Every edit is a
 * command on the test's editing domain, so the pages undo, redo and save like the other model editors.
 */
public final class AbTestEditor extends ModelFormEditor {

	public static final String ID = "io.streamwise.ui.abtest.editor";

	private DesignPage design;
	private AnalysisPage analysis;

	public AbTestEditor() {
		super("A/B test");
	}

	@Override
	protected void addFormPages() throws PartInitException {
		design = new DesignPage(this);
		analysis = new AnalysisPage(this);
		addPage(design);
		addPage(analysis);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == StartupTarget.class) {
			return adapter.cast(new StartupTarget() {
				/** Analyses the Analysis page's log, as its Analyse button does (gui --run). */
				@Override
				public void run() {
					setActivePage(AnalysisPage.ID);
					if (analysis.start() == null) {
						throw new IllegalArgumentException(analysis.statusShown());
					}
				}

				@Override
				public void showPage(String id) {
					if (findPage(id) == null) {
						throw new IllegalArgumentException(file().getName() + " has no page " + id
								+ " (design, analysis)");
					}
					setActivePage(id);
				}
			});
		}
		return super.getAdapter(adapter);
	}

	@Override
	protected void modelChanged() {
		design.refresh();
		analysis.refresh();
	}

	@Override
	protected void cancelJobs() {
		if (analysis != null) {
			analysis.cancel();
		}
	}

	public ABTest test() {
		return (ABTest) document().root();
	}

	public DesignPage designPage() {
		return design;
	}

	public AnalysisPage analysisPage() {
		return analysis;
	}
}
