package io.streamwise.ui.campaigns;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.streamwise.core.campaign.CampaignPaths;
import io.streamwise.model.campaign.CampaignFactory;
import io.streamwise.model.campaign.CampaignPackage.Literals;
import io.streamwise.model.campaign.Scenario;
import io.streamwise.model.campaign.ScenarioOverride;
import io.streamwise.ui.campaigns.Fields.Kind;

/**
 * Named scenarios: each a set of overrides of inputs of the base plan (by path, as forecasts and errors name them)
 * and streams added to the plan. The Forecast page compares every scenario with the base plan.
 */
final class ScenariosPage extends CampaignFormPage {

	static final String ID = "scenarios";
	private ElementList scenarios;
	private TableViewer overrides;
	private Label problems, added;

	ScenariosPage(CampaignEditor editor) {
		super(editor, ID, "Scenarios");
	}

	@Override
	int columns() {
		return 1;
	}

	@Override
	void createContent(Composite body) {
		Composite area = section(body, "Scenarios", "Named sets of overrides of the plan, forecast beside it.", 2);
		scenarios = new ElementList(editor, toolkit, area, this::campaign, Literals.CAMPAIGN__SCENARIOS,
				e -> label((Scenario) e), n -> {
					Scenario s = CampaignFactory.eINSTANCE.createScenario();
					String id = StreamsPage.freeId("scenario", n,
							campaign().getScenarios().stream().map(Scenario::getId).toList());
					s.setId(id);
					s.setName(id);
					return s;
				}, this::selectionChanged);
		Composite details = toolkit.createComposite(area);
		details.setLayout(new GridLayout(2, false));
		details.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		java.util.function.Supplier<EObject> s = () -> scenarios.selected();
		fields.text(details, "Id:", null, s, Literals.SCENARIO__ID, Kind.TEXT);
		fields.text(details, "Name:", "The name forecasts and charts use", s, Literals.SCENARIO__NAME, Kind.TEXT);
		fields.text(details, "Description:", null, s, Literals.SCENARIO__DESCRIPTION, Kind.TEXT);
		added = toolkit.createLabel(details, "", SWT.WRAP);
		added.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

		Composite overrideArea = section(body, "Overrides",
				"Inputs set to other values in the selected scenario: a path such as plannedStreams[s1]/promotionSpend"
						+ " or segments[pros]/funnels[0]/reach/mean, and the value. Double-click a cell to edit it.",
				2);
		overrides = new TableViewer(overrideArea, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		overrides.getTable().setHeaderVisible(true);
		overrides.getTable().setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 1, 2);
		data.heightHint = 200;
		overrides.getTable().setLayoutData(data);
		overrides.setContentProvider(ArrayContentProvider.getInstance());
		column("Path", 420, Literals.SCENARIO_OVERRIDE__PATH);
		column("Value", 120, Literals.SCENARIO_OVERRIDE__VALUE);
		Button add = toolkit.createButton(overrideArea, "Add", SWT.PUSH);
		add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		add.addListener(SWT.Selection, e -> {
			Scenario scenario = (Scenario) scenarios.selected();
			if (scenario != null) {
				ScenarioOverride o = CampaignFactory.eINSTANCE.createScenarioOverride();
				o.setPath("fixedCosts");
				o.setValue(Double.toString(campaign().getFixedCosts()));
				editor.execute(AddCommand.create(editor.getEditingDomain(), scenario,
						Literals.SCENARIO__OVERRIDES, o));
			}
		});
		Button remove = toolkit.createButton(overrideArea, "Remove", SWT.PUSH);
		remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		remove.addListener(SWT.Selection, e -> {
			List<?> chosen = ((IStructuredSelection) overrides.getSelection()).toList();
			Scenario scenario = (Scenario) scenarios.selected();
			if (scenario != null && !chosen.isEmpty()) {
				editor.execute(RemoveCommand.create(editor.getEditingDomain(), scenario,
						Literals.SCENARIO__OVERRIDES, chosen));
			}
		});
		problems = toolkit.createLabel(overrideArea, "", SWT.WRAP);
		problems.setForeground(problems.getDisplay().getSystemColor(SWT.COLOR_RED));
		problems.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		refreshContent();
	}

	private void column(String title, int width, org.eclipse.emf.ecore.EAttribute attribute) {
		TableViewerColumn column = new TableViewerColumn(overrides, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				Object v = ((EObject) element).eGet(attribute);
				return v == null ? "" : v.toString();
			}
		});
		column.setEditingSupport(new EditingSupport(overrides) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new TextCellEditor(overrides.getTable());
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				Object v = ((EObject) element).eGet(attribute);
				return v == null ? "" : v.toString();
			}

			@Override
			protected void setValue(Object element, Object value) {
				editor.set((EObject) element, attribute, value.toString().trim());
			}
		});
	}

	private void selectionChanged() {
		if (fields != null) {
			fields.reset();
		}
		refreshOverrides();
	}

	@Override
	void refreshContent() {
		scenarios.refresh();
		refreshOverrides();
	}

	private void refreshOverrides() {
		if (overrides == null || overrides.getTable().isDisposed()) {
			return;
		}
		Scenario scenario = (Scenario) scenarios.selected();
		List<ScenarioOverride> list = scenario == null ? List.of() : scenario.getOverrides();
		if (overrides.getInput() != list) {
			overrides.setInput(list);
		} else {
			overrides.refresh();
		}
		problems.setText(String.join("\n", problems(scenario)));
		added.setText(scenario == null || scenario.getAddedStreams().isEmpty() ? ""
				: "Adds streams: " + String.join(", ", scenario.getAddedStreams().stream()
						.map(st -> StreamsPage.label(st.getId(), st.getTitle())).toList())
						+ " (edit them in the Campaign Tree Editor).");
		problems.getParent().layout(true);
		added.getParent().layout(true);
		getManagedForm().reflow(true);
	}

	/** Overrides whose path names no input of the campaign, or whose value the input cannot hold. */
	List<String> problems(Scenario scenario) {
		List<String> out = new ArrayList<>();
		if (scenario == null) {
			return out;
		}
		for (ScenarioOverride o : scenario.getOverrides()) {
			try {
				CampaignPaths.Input input = CampaignPaths.resolve(campaign(), o.getPath());
				try {
					EcoreUtil.createFromString(input.attribute().getEAttributeType(), o.getValue());
				} catch (RuntimeException e) {
					out.add("'" + o.getValue() + "' is not a value of " + o.getPath() + " ("
							+ input.attribute().getEAttributeType().getName() + ")");
				}
			} catch (IllegalArgumentException e) {
				out.add(o.getPath() + ": no such input (" + e.getMessage() + ")");
			}
		}
		return out;
	}

	private static String label(Scenario s) {
		return s.getName() == null || s.getName().equals(s.getId()) ? String.valueOf(s.getId())
				: s.getId() + ": " + s.getName();
	}
}
