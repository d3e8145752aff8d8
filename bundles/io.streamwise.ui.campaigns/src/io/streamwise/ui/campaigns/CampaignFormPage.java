package io.streamwise.ui.campaigns;

import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;

import io.streamwise.model.campaign.Campaign;

/** A page of the campaign editor that edits the campaign through {@link Fields}. */
abstract class CampaignFormPage extends FormPage {

	protected final CampaignEditor editor;
	protected Fields fields;
	protected FormToolkit toolkit;

	CampaignFormPage(CampaignEditor editor, String id, String title) {
		super(editor, id, title);
		this.editor = editor;
	}

	@Override
	protected final void createFormContent(IManagedForm managedForm) {
		toolkit = managedForm.getToolkit();
		managedForm.getForm().setText(getTitle());
		toolkit.decorateFormHeading(managedForm.getForm().getForm());
		fields = new Fields(editor, toolkit, managedForm.getMessageManager());
		Composite body = managedForm.getForm().getBody();
		// a table-wrap layout: the scrolled form lays it out at the editor's width, so the sections share that width
		TableWrapLayout columns = new TableWrapLayout();
		columns.numColumns = columns();
		columns.makeColumnsEqualWidth = true;
		body.setLayout(columns);
		createContent(body);
	}

	/** Columns of sections. */
	int columns() {
		return 2;
	}

	abstract void createContent(Composite body);

	Campaign campaign() {
		return editor.campaign();
	}

	/** A titled section with a description; its client has a grid of the given columns. */
	Composite section(Composite body, String title, String description, int columns) {
		Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB, TableWrapData.FILL));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(columns, false));
		section.setClient(client);
		return client;
	}

	/** Shows the model again after an edit or an undo. */
	void refresh() {
		if (fields != null && getManagedForm() != null && !getManagedForm().getForm().isDisposed()) {
			fields.refresh();
			refreshContent();
		}
	}

	/** What the page shows besides its fields (lists, plots). */
	void refreshContent() {
	}

	void showPlanProblem(String path, String message) {
		if (fields != null && getManagedForm() != null && !getManagedForm().getForm().isDisposed()) {
			fields.showPlanProblem(path, message);
		}
	}

	/** The fields, for tests. */
	Fields fields() {
		return fields;
	}
}
