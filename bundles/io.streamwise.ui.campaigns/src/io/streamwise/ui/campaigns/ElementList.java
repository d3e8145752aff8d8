package io.streamwise.ui.campaigns;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The elements of one of the campaign's lists (products, streams, offers, segments, scenarios) with Add and Remove;
 * the selected one is shown in a details area beside it. Remove deletes references to the element too, by command.
 */
final class ElementList {

	private final Supplier<EObject> container;
	private final EReference list;
	private final TableViewer viewer;
	private EObject selected;

	/**
	 * @param create makes a new element given a fresh number (for its id)
	 * @param onSelect told the selected element (null for none)
	 */
	ElementList(CampaignEditor editor, FormToolkit toolkit, Composite parent, Supplier<EObject> container,
			EReference list, Function<EObject, String> label, Function<Integer, EObject> create,
			Runnable onSelect) {
		this.container = container;
		this.list = list;
		Composite area = toolkit.createComposite(parent);
		area.setLayout(new GridLayout(2, false));
		area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer = new TableViewer(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 1, 2);
		data.heightHint = 120;
		data.widthHint = 160;
		viewer.getTable().setLayoutData(data);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return label.apply((EObject) element);
			}
		});
		viewer.addSelectionChangedListener(e -> {
			selected = (EObject) ((IStructuredSelection) e.getSelection()).getFirstElement();
			onSelect.run();
		});
		Button add = toolkit.createButton(area, "Add", SWT.PUSH);
		add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		add.addListener(SWT.Selection, e -> {
			EObject element = create.apply(elements().size() + 1);
			editor.execute(AddCommand.create(editor.getEditingDomain(), container.get(), list, element));
			select(element);
		});
		Button remove = toolkit.createButton(area, "Remove", SWT.PUSH);
		remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		remove.addListener(SWT.Selection, e -> {
			if (selected != null) {
				editor.execute(DeleteCommand.create(editor.getEditingDomain(), selected));
			}
		});
		refresh();
	}

	@SuppressWarnings("unchecked")
	List<EObject> elements() {
		EObject owner = container.get();
		return owner == null ? List.of() : (List<EObject>) owner.eGet(list);
	}

	EObject selected() {
		return selected != null && elements().contains(selected) ? selected : null;
	}

	void select(EObject element) {
		viewer.setSelection(element == null ? StructuredSelection.EMPTY : new StructuredSelection(element), true);
	}

	/** Shows the list again; keeps the selection if its element is still there, else selects the first. */
	void refresh() {
		if (viewer.getTable().isDisposed()) {
			return;
		}
		List<EObject> elements = elements();
		if (viewer.getInput() != elements) {
			viewer.setInput(elements);
		} else {
			viewer.refresh(); // keeps the selection
		}
		if (selected == null || !elements.contains(selected)) {
			select(elements.isEmpty() ? null : elements.get(0));
		}
	}

	TableViewer viewer() {
		return viewer;
	}
}
