package io.streamwise.ui.campaigns;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
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
import org.eclipse.swt.widgets.Table;

import io.streamwise.core.campaign.CampaignScenarios;
import io.streamwise.model.campaign.CampaignFactory;
import io.streamwise.model.campaign.CampaignPackage.Literals;
import io.streamwise.model.campaign.CampaignStream;
import io.streamwise.model.campaign.Scenario;
import io.streamwise.model.campaign.ScenarioOverride;
import io.streamwise.ui.campaigns.Fields.Kind;

/**
 * Named scenarios: each a set of overrides of inputs of the base plan (by path, as forecasts and errors name them)
 * and streams added to the plan. The Forecast page compares every scenario with the base plan.
 */
public final class ScenariosPage extends CampaignFormPage {

	static final String ID = "scenarios";
	private ElementList scenarios, addedStreams;
	private TableViewer overrides;
	private Button addOverride;
	private Label problems;

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

		Composite streamArea = section(body, "Added streams",
				"Streams the selected scenario runs besides the plan's, after them; an override names one as"
						+ " plannedStreams[id]/... like a planned stream.",
				2);
		addedStreams = new ElementList(editor, toolkit, streamArea, () -> scenarios.selected(),
				Literals.SCENARIO__ADDED_STREAMS,
				e -> StreamsPage.label(((CampaignStream) e).getId(), ((CampaignStream) e).getTitle()), n -> {
					List<String> taken = new ArrayList<>();
					campaign().getPlannedStreams().forEach(st -> taken.add(st.getId()));
					campaign().getScenarios().forEach(sc -> sc.getAddedStreams().forEach(st -> taken.add(st.getId())));
					CampaignStream stream = CampaignFactory.eINSTANCE.createCampaignStream();
					stream.setId(StreamsPage.freeId("s", campaign().getPlannedStreams().size() + n, taken));
					stream.setTitle("Extra stream");
					stream.setDurationMinutes(60);
					stream.setStart(new Date(0));
					return stream;
				}, () -> fields.reset());
		Composite stream = toolkit.createComposite(streamArea);
		stream.setLayout(new GridLayout(2, false));
		stream.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		StreamsPage.streamFields(fields, stream, () -> addedStreams.selected(), this::campaign);
		fields.text(stream, "Host fee:", null, () -> addedStreams.selected(), Literals.CAMPAIGN_STREAM__HOST_FEE,
				Kind.AMOUNT);
		fields.text(stream, "Promotion:", "Promotion spend on this stream", () -> addedStreams.selected(),
				Literals.CAMPAIGN_STREAM__PROMOTION_SPEND, Kind.AMOUNT);

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
		addOverride = add;
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
		if (addedStreams != null) {
			addedStreams.refresh();
		}
		refreshOverrides();
	}

	@Override
	void refreshContent() {
		scenarios.refresh();
		addedStreams.refresh();
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
		problems.getParent().layout(true);
		getManagedForm().reflow(true);
	}

	/**
	 * Overrides whose path names no input of the campaign with the scenario's streams added (so an added stream's
	 * input is one), or whose value the input cannot hold: what the forecast would refuse.
	 */
	List<String> problems(Scenario scenario) {
		int index = scenario == null ? -1 : campaign().getScenarios().indexOf(scenario);
		return index < 0 ? List.of() : CampaignScenarios.problems(campaign(), index);
	}

	/** The scenarios' list, for tests. */
	public Table scenarioTable() {
		return scenarios.viewer().getTable();
	}

	/** The selected scenario, or null. */
	public Scenario selectedScenario() {
		return (Scenario) scenarios.selected();
	}

	/** The selected scenario's overrides, for tests. */
	public Table overrideTable() {
		return overrides.getTable();
	}

	/** The overrides' Add button, for tests. */
	public Button addOverrideButton() {
		return addOverride;
	}

	/** The overrides listed in red, one a line. */
	public String problemsText() {
		return problems.getText();
	}

	/** The selected scenario's added streams, for tests. */
	public Table addedStreamTable() {
		return addedStreams.viewer().getTable();
	}

	private static String label(Scenario s) {
		return s.getName() == null || s.getName().equals(s.getId()) ? String.valueOf(s.getId())
				: s.getId() + ": " + s.getName();
	}
}
