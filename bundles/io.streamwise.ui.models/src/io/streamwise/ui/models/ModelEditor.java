package io.streamwise.ui.models;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import io.streamwise.model.io.ModelLoadException;
import io.streamwise.ui.models.emf.ItemContentProvider;
import io.streamwise.ui.models.emf.ItemLabelProvider;
import io.streamwise.ui.models.emf.ItemPropertySource;

/**
 * The editor of catalogs, stream schedules, audiences and campaigns: one class for every document type. The tree
 * shows the document through its generated item providers; the Properties view edits the selected element; every
 * change is a command, so it can be undone, marks the editor dirty and is validated when saved.
 */
public class ModelEditor extends EditorPart implements IEditingDomainProvider, IGotoMarker {

	public static final String ID = "io.streamwise.ui.models.editor";

	private ModelDocument document;
	private String loadProblem;
	private TreeViewer viewer;
	private ItemLabelProvider labels;
	private DocumentEditing editing;
	private EditingActions actions;
	private PropertySheetPage propertyPage;
	private boolean selectionUpdatePending;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput)) {
			throw new PartInitException("The model editor opens workspace files only");
		}
		setSite(site);
		setInput(input);
		IFile file = fileInput.getFile();
		setPartName(file.getName());
		try {
			document = ModelDocument.load(file);
			ModelValidation.validate(file, document.root());
		} catch (ModelLoadException e) {
			loadProblem = e.getMessage();
			ModelValidation.loadProblem(file, e);
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		if (document == null) {
			Label label = new Label(parent, SWT.WRAP);
			label.setText("This document cannot be opened:\n" + loadProblem);
			return;
		}
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		labels = new ItemLabelProvider(document.adapters());
		viewer.setContentProvider(new ItemContentProvider(document.adapters()));
		viewer.setLabelProvider(labels);
		viewer.setInput(List.of(document.root()));
		viewer.expandToLevel(2);
		viewer.setSelection(new StructuredSelection(document.root()));
		getSite().setSelectionProvider(viewer);

		editing = new DocumentEditing(document, this::commandStackChanged);
		actions = editing.actions();
		// the editors of this kind share their action bars: the contributor binds them to the active editor
		if (getEditorSite().getActionBarContributor() instanceof EditingActionBarContributor contributor) {
			contributor.actionsReady(this);
		}
		viewer.addSelectionChangedListener(e -> actions.selectionChanged(e.getStructuredSelection()));
		actions.selectionChanged(viewer.getStructuredSelection());
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(m -> actions.fillContextMenu(m, viewer.getStructuredSelection(), labels));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
	}

	private void commandStackChanged() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		firePropertyChange(PROP_DIRTY);
		viewer.refresh();
		// A property edit runs this from inside the Properties view's cell editor, which is still applying its value:
		// selecting or refreshing the page now would make it apply the value again, one command inside the other
		// without end. So the selection and the page follow once the edit has finished.
		if (!selectionUpdatePending) {
			selectionUpdatePending = true;
			viewer.getControl().getDisplay().asyncExec(this::showCommandResult);
		}
	}

	private void showCommandResult() {
		selectionUpdatePending = false;
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Command last = document.commandStack().getMostRecentCommand();
		List<?> affected = List.copyOf(EditingActions.affected(last));
		if (!affected.isEmpty() && affected.stream().allMatch(o -> o instanceof EObject e && e.eResource() != null)
				&& !affected.equals(viewer.getStructuredSelection().toList())) {
			viewer.setSelection(new StructuredSelection(affected), true);
		}
		if (propertyPage != null && propertyPage.getControl() != null && !propertyPage.getControl().isDisposed()) {
			propertyPage.refresh();
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		editing.save(getSite().getShell(), "document");
		firePropertyChange(PROP_DIRTY);
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
	public EditingDomain getEditingDomain() {
		return document == null ? null : document.domain();
	}

	/** The open document, or null when it did not load. */
	public ModelDocument document() {
		return document;
	}

	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == EditingActions.class) {
			return adapter.cast(actions);
		}
		if (adapter == IPropertySheetPage.class && document != null) {
			if (propertyPage == null || propertyPage.getControl() == null || propertyPage.getControl().isDisposed()) {
				propertyPage = new PropertySheetPage() {
					@Override
					public void setActionBars(IActionBars bars) {
						super.setActionBars(bars);
						actions.install(bars);
					}
				};
				propertyPage.setPropertySourceProvider(ItemPropertySource.provider(document.adapters()));
			}
			return adapter.cast(propertyPage);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void gotoMarker(IMarker marker) {
		String fragment = marker.getAttribute(ModelValidation.URI_FRAGMENT, null);
		if (document == null || fragment == null) {
			return;
		}
		EObject element = document.root().eResource().getEObject(fragment);
		if (element != null) {
			viewer.setSelection(new StructuredSelection(element), true);
		}
	}

	/** Selects an element, for tests and markers. */
	public void select(IStructuredSelection selection) {
		viewer.setSelection(selection, true);
	}

	@Override
	public void setFocus() {
		if (viewer != null) {
			viewer.getControl().setFocus();
		}
	}

	@Override
	public void dispose() {
		if (editing != null) {
			editing.dispose();
		}
		if (document != null) {
			document.dispose();
		}
		super.dispose();
	}
}
