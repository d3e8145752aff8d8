package io.streamwise.ui.abtest;

import java.util.EventObject;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;

import io.streamwise.model.abtest.ABTest;
import io.streamwise.model.io.ModelLoadException;
import io.streamwise.ui.models.EditingActionBarContributor;
import io.streamwise.ui.models.EditingActions;
import io.streamwise.ui.models.ModelDocument;
import io.streamwise.ui.models.ModelValidation;
import io.streamwise.ui.startup.StartupTarget;

/**
 * Edits an A/B test on two form pages: Design (hypothesis, variants and shares, metric, targets, variance reduction
 * and clusters, traffic) with the sample size and duration recomputed as one types, and Analysis (the analysis
 * settings, then a log analysed and monitored in a cancellable job, shown as charts and tables). Every edit is a
 * command on the test's editing domain, so the pages undo, redo and save like the other model editors.
 */
public final class AbTestEditor extends FormEditor implements IEditingDomainProvider {

	public static final String ID = "io.streamwise.ui.abtest.editor";

	private ModelDocument document;
	private EditingActions actions;
	private DesignPage design;
	private AnalysisPage analysis;
	private final CommandStackListener stackListener = this::commandStackChanged;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput)) {
			throw new PartInitException("The A/B test editor opens workspace files only");
		}
		try {
			document = ModelDocument.load(fileInput.getFile());
		} catch (ModelLoadException e) {
			ModelValidation.loadProblem(fileInput.getFile(), e);
			throw new PartInitException(e.getMessage(), e);
		}
		super.init(site, input);
		setPartName(fileInput.getFile().getName());
		actions = new EditingActions(document.domain());
		document.commandStack().addCommandStackListener(stackListener);
	}

	@Override
	protected void addPages() {
		try {
			design = new DesignPage(this);
			analysis = new AnalysisPage(this);
			addPage(design);
			addPage(analysis);
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
		if (getEditorSite().getActionBarContributor() instanceof EditingActionBarContributor contributor) {
			contributor.actionsReady(this);
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == EditingActions.class) {
			return adapter.cast(actions);
		}
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

	private void commandStackChanged(EventObject event) {
		editorDirtyStateChanged();
		design.refresh();
		analysis.refresh();
	}

	public ABTest test() {
		return (ABTest) document.root();
	}

	public IFile file() {
		return document.file();
	}

	public DesignPage designPage() {
		return design;
	}

	public AnalysisPage analysisPage() {
		return analysis;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return document.domain();
	}

	void execute(Command command) {
		if (command.canExecute()) {
			document.commandStack().execute(command);
		}
	}

	/** Sets a feature by command, unless it already has the value. */
	void set(EObject owner, EStructuralFeature feature, Object value) {
		if (owner != null && !Objects.equals(owner.eGet(feature), value)) {
			execute(SetCommand.create(getEditingDomain(), owner, feature, value));
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			document.save();
			ModelValidation.validate(document.file(), document.root());
		} catch (Exception e) {
			ErrorDialog.openError(getSite().getShell(), "Save", "The A/B test could not be saved.",
					Status.error(String.valueOf(e.getMessage()), e));
		}
		editorDirtyStateChanged();
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isDirty() {
		return document != null && document.isDirty();
	}

	@Override
	public void dispose() {
		if (analysis != null) {
			analysis.cancel();
		}
		if (document != null) {
			document.commandStack().removeCommandStackListener(stackListener);
			actions.dispose();
			document.dispose();
		}
		super.dispose();
	}
}
