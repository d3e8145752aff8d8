package io.streamwise.ui.models;

import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;

import io.streamwise.model.io.ModelLoadException;

/**
 * A form editor of one model document (a campaign, an A/B test): loads the workspace file, edits it by commands on its
 * editing domain (so the pages undo, redo and save like the other model editors), tells the subclass after every
 * command, saves and validates, and releases the document when closed.
 */
public abstract class ModelFormEditor extends FormEditor implements IEditingDomainProvider {

	private final String kind;
	private ModelDocument document;
	private DocumentEditing editing;

	/** @param kind what the document is, in messages ("campaign", "A/B test") */
	protected ModelFormEditor(String kind) {
		this.kind = kind;
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput)) {
			throw new PartInitException("The " + kind + " editor opens workspace files only");
		}
		try {
			document = ModelDocument.load(fileInput.getFile());
		} catch (ModelLoadException e) {
			ModelValidation.loadProblem(fileInput.getFile(), e);
			throw new PartInitException(e.getMessage(), e);
		}
		super.init(site, input);
		setPartName(fileInput.getFile().getName());
		editing = new DocumentEditing(document, this::commandStackChanged);
	}

	@Override
	protected final void addPages() {
		try {
			addFormPages();
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
		if (getEditorSite().getActionBarContributor() instanceof EditingActionBarContributor contributor) {
			contributor.actionsReady(this);
		}
	}

	/** Adds the editor's pages. */
	protected abstract void addFormPages() throws PartInitException;

	/** Called after every command executed, undone or redone: the pages show the model again. */
	protected abstract void modelChanged();

	/** Called first when the editor closes: cancels the editor's jobs. */
	protected void cancelJobs() {
	}

	private void commandStackChanged() {
		editorDirtyStateChanged();
		modelChanged();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == EditingActions.class) {
			return adapter.cast(editing == null ? null : editing.actions());
		}
		return super.getAdapter(adapter);
	}

	public ModelDocument document() {
		return document;
	}

	public IFile file() {
		return document.file();
	}

	@Override
	public EditingDomain getEditingDomain() {
		return document.domain();
	}

	/** Executes a command on the document's stack, if it can execute. */
	public void execute(Command command) {
		if (command.canExecute()) {
			document.commandStack().execute(command);
		}
	}

	/** Sets a feature by command, unless it already has the value. */
	public void set(EObject owner, EStructuralFeature feature, Object value) {
		if (owner != null && !Objects.equals(owner.eGet(feature), value)) {
			execute(SetCommand.create(getEditingDomain(), owner, feature, value));
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		editing.save(getSite().getShell(), kind);
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
		cancelJobs();
		if (editing != null) {
			editing.dispose();
			document.dispose();
		}
		super.dispose();
	}
}
