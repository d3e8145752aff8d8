package io.streamwise.ui.experiments;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.streamwise.model.experiment.ExperimentFactory;
import io.streamwise.model.experiment.ExperimentPackage;
import io.streamwise.model.experiment.Parameter;

/** Key/value options (dataset and protocol options) as an editable table; every edit is a command. */
final class ParametersTable {

	private final ExperimentEditor editor;
	private final TableViewer viewer;
	private EObject owner;
	private EReference list;

	ParametersTable(ExperimentEditor editor, FormToolkit toolkit, Composite parent) {
		this.editor = editor;
		Composite c = toolkit.createComposite(parent);
		c.setLayout(new GridLayout(2, false));
		c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		viewer = new TableViewer(c, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 80;
		// narrow enough for half of the overview at the default window size (two 150-pixel columns pushed the
		// form's right half out of sight); the columns still fill the width the table gets
		data.widthHint = 200;
		viewer.getControl().setLayoutData(data);
		column("Option", ExperimentPackage.Literals.PARAMETER__KEY);
		column("Value", ExperimentPackage.Literals.PARAMETER__VALUE);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Composite buttons = toolkit.createComposite(c);
		buttons.setLayout(new GridLayout(1, true));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		Button add = toolkit.createButton(buttons, "Add", SWT.PUSH);
		add.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		add.addListener(SWT.Selection, e -> {
			Parameter p = ExperimentFactory.eINSTANCE.createParameter();
			p.setKey("option");
			p.setValue("");
			editor.execute(AddCommand.create(editor.getEditingDomain(), owner, list, p));
		});
		Button remove = toolkit.createButton(buttons, "Remove", SWT.PUSH);
		remove.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		remove.addListener(SWT.Selection, e -> {
			if (!viewer.getStructuredSelection().isEmpty()) {
				editor.execute(RemoveCommand.create(editor.getEditingDomain(), owner, list,
						viewer.getStructuredSelection().toList()));
			}
		});
	}

	private void column(String title, org.eclipse.emf.ecore.EAttribute attribute) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(100);
		column.setLabelProvider(
				ColumnLabelProvider.createTextProvider(e -> String.valueOf(((Parameter) e).eGet(attribute))));
		column.setEditingSupport(new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new TextCellEditor(viewer.getTable());
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				Object v = ((Parameter) element).eGet(attribute);
				return v == null ? "" : v;
			}

			@Override
			protected void setValue(Object element, Object value) {
				editor.set((Parameter) element, attribute, value);
			}
		});
	}

	/** Shows the options of owner's list (for example a protocol's options). */
	void show(EObject newOwner, EReference newList) {
		owner = newOwner;
		list = newList;
		viewer.setInput(owner == null ? new Object[0] : ((java.util.List<?>) owner.eGet(list)).toArray());
	}

	void refresh() {
		show(owner, list);
	}
}
