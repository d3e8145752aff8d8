package io.streamwise.ui.abtest;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;

import io.streamwise.model.abtest.ABTest;

/** A page of the A/B test editor whose fields edit the test through {@link Fields}. */
abstract class AbFormPage extends FormPage {

	protected final AbTestEditor editor;
	protected Fields fields;
	protected FormToolkit toolkit;

	AbFormPage(AbTestEditor editor, String id, String title) {
		super(editor, id, title);
		this.editor = editor;
	}

	@Override
	protected final void createFormContent(IManagedForm managedForm) {
		toolkit = managedForm.getToolkit();
		managedForm.getForm().setText(getTitle());
		toolkit.decorateFormHeading(managedForm.getForm().getForm());
		fields = new Fields(editor, toolkit, managedForm.getMessageManager(), this::typed);
		Composite body = managedForm.getForm().getBody();
		// a table-wrap layout: the scrolled form lays it out at the editor's width, so the sections share that width
		TableWrapLayout columns = new TableWrapLayout();
		columns.numColumns = 2;
		columns.makeColumnsEqualWidth = true;
		body.setLayout(columns);
		createContent(body);
	}

	abstract void createContent(Composite body);

	ABTest test() {
		return editor.test();
	}

	/** A titled section with a description, spanning the given columns of the page; its client has a grid. */
	Composite section(Composite body, String title, String description, int columns, int span) {
		Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		TableWrapData data = new TableWrapData(TableWrapData.FILL_GRAB, TableWrapData.FILL);
		data.colspan = span;
		section.setLayoutData(data);
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(columns, false));
		section.setClient(client);
		return client;
	}

	/** A label that wraps across the client's columns. */
	Label note(Composite parent, int span) {
		Label label = toolkit.createLabel(parent, "", SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
		data.widthHint = 200;
		label.setLayoutData(data);
		return label;
	}

	boolean isShown() {
		return fields != null && getManagedForm() != null && !getManagedForm().getForm().isDisposed();
	}

	/** Shows the model again after an edit or an undo. */
	void refresh() {
		if (isShown()) {
			fields.refresh();
			refreshContent();
		}
	}

	/** What the page shows besides its fields. */
	void refreshContent() {
	}

	/** A key was typed into one of the page's fields. */
	void typed() {
	}
}
