package io.streamwise.ui.experiments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;

import io.streamwise.bandits.run.PolicyExperiment;
import io.streamwise.core.experiment.Metric;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.experiment.ExperimentPackage.Literals;
import io.streamwise.model.experiment.Protocol;
import io.streamwise.model.experiment.ProtocolKind;

/** Id, name and seed; the protocol; the metrics; and the Run button. */
final class OverviewPage extends FormPage {

	private final ExperimentEditor editor;
	private Text id, name, seed, trainRatio, metrics;
	private Combo protocolKind;
	private Spinner folds;
	private ParametersTable protocolOptions;
	private Button run;
	private Label runStatus;
	private IMessageManager messages;
	private Section protocolSection;
	private EngineFields engineFields;

	private static final String SPLIT = "How the events are split into training and test parts.";

	OverviewPage(ExperimentEditor editor) {
		super(editor, "overview", "Overview");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		FormToolkit toolkit = managedForm.getToolkit();
		managedForm.getForm().setText("Experiment");
		toolkit.decorateFormHeading(managedForm.getForm().getForm());
		messages = managedForm.getMessageManager();
		Composite body = managedForm.getForm().getBody();
		// a table-wrap layout: the scrolled form lays it out at the editor's width, so the sections share that width
		// and their descriptions and fields wrap or shrink, instead of a grid at its widest pushing the right column
		// out of sight at the default window size
		TableWrapLayout columns = new TableWrapLayout();
		columns.numColumns = 2;
		columns.makeColumnsEqualWidth = true;
		body.setLayout(columns);

		Composite general = section(toolkit, body, "General",
				"What the results will be called, and the seed every random choice derives from.");
		id = Forms.text(toolkit, general, "Id:", "Stable id used in results",
				v -> editor.set(exp(), Literals.EXPERIMENT__ID, v));
		name = Forms.text(toolkit, general, "Name:", "Display name",
				v -> editor.set(exp(), Literals.EXPERIMENT__NAME, v));
		seed = Forms.text(toolkit, general, "Seed:", "A whole number", v -> {
			try {
				editor.set(exp(), Literals.EXPERIMENT__SEED, Long.parseLong(v.trim()));
				messages.removeMessage("seed", seed);
			} catch (NumberFormatException e) {
				messages.addMessage("seed", "The seed must be a whole number", null, IMessageProvider.ERROR, seed);
			}
		});

		Composite runArea = section(toolkit, body, "Run",
				"Runs as a job (see the Progress view, where it can be cancelled); every run is kept in <name>.runs/<time>/ beside this file (see the Runs page).");
		engineFields = new EngineFields(editor, toolkit, runArea, messages);
		run = toolkit.createButton(runArea, "Run experiment", SWT.PUSH);
		run.addListener(SWT.Selection, e -> editor.run());
		runStatus = toolkit.createLabel(runArea, "Not run in this session.", SWT.WRAP);
		runStatus.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		Composite protocol = section(toolkit, body, "Protocol", SPLIT);
		protocolSection = (Section) protocol.getParent();
		toolkit.createLabel(protocol, "Kind:");
		protocolKind = new Combo(protocol, SWT.READ_ONLY);
		ProtocolKind.VALUES.forEach(k -> protocolKind.add(k.getName()));
		protocolKind.addListener(SWT.Selection, e -> editor.set(protocol(), Literals.PROTOCOL__KIND,
				ProtocolKind.getByName(protocolKind.getText())));
		trainRatio = Forms.text(toolkit, protocol, "Train ratio:", "Share of events for training, in (0, 1)", v -> {
			try {
				double r = Double.parseDouble(v.trim());
				if (!(r > 0 && r < 1)) {
					throw new NumberFormatException();
				}
				editor.set(protocol(), Literals.PROTOCOL__TRAIN_RATIO, r);
				messages.removeMessage("trainRatio", trainRatio);
			} catch (NumberFormatException e) {
				messages.addMessage("trainRatio", "The train ratio must lie in (0, 1)", null, IMessageProvider.ERROR,
						trainRatio);
			}
		});
		toolkit.createLabel(protocol, "Folds:");
		folds = new Spinner(protocol, SWT.BORDER);
		folds.setValues(1, 1, 100, 0, 1, 5);
		folds.addListener(SWT.Modify, e -> {
			if (folds.getData(Forms.UPDATING) == null) {
				editor.set(protocol(), Literals.PROTOCOL__FOLDS, folds.getSelection());
			}
		});
		protocolOptions = new ParametersTable(editor, toolkit, protocol);

		Composite metricArea = section(toolkit, body, "Metrics", "Comma-separated: ranking metrics with a list length ("
				+ String.join(", ", Metric.RANKING) + " @K) and conversion metrics ("
				+ String.join(", ", Metric.CONVERSION) + ").");
		metrics = Forms.wrappingText(toolkit, metricArea, "Metrics:", "For example ndcg@10, recall@5, recall@10, auc",
				this::metricsEdited);
		refresh();
	}

	private void metricsEdited(String text) {
		List<String> list = new ArrayList<>();
		for (String m : text.split("[,\\s]+")) {
			if (m.isBlank()) {
				continue;
			}
			try {
				Metric.parse(m);
				list.add(m.trim());
			} catch (IllegalArgumentException e) {
				messages.addMessage("metrics", e.getMessage(), null, IMessageProvider.ERROR, metrics);
				return;
			}
		}
		messages.removeMessage("metrics", metrics);
		if (!list.equals(exp().getMetrics())) {
			editor.set(exp(), Literals.EXPERIMENT__METRICS, list);
		}
	}

	private Composite section(FormToolkit toolkit, Composite body, String title, String description) {
		Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB, TableWrapData.FILL));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(2, false));
		section.setClient(client);
		return client;
	}

	private Experiment exp() {
		return editor.experiment();
	}

	private Protocol protocol() {
		return exp().getProtocol();
	}

	void refresh() {
		if (id == null || id.isDisposed()) {
			return;
		}
		Forms.show(id, exp().getId());
		Forms.show(name, exp().getName());
		Forms.show(seed, Long.toString(exp().getSeed()));
		engineFields.refresh();
		Protocol p = protocol();
		if (p != null) {
			protocolKind.setText(p.getKind().getName());
			Forms.show(trainRatio, Double.toString(p.getTrainRatio()));
			if (folds.getSelection() != p.getFolds()) {
				folds.setData(Forms.UPDATING, Boolean.TRUE);
				folds.setSelection(p.getFolds());
				folds.setData(Forms.UPDATING, null);
			}
			protocolOptions.show(p, Literals.PROTOCOL__OPTIONS);
			String description = switch (p.getKind()) {
			case ONLINE -> "Bandit policies act in the simulator (dataset SIMULATOR, option preset), as streamwise"
					+ " policy simulate runs them. Options (default): " + options(PolicyExperiment.ONLINE_OPTIONS)
					+ ". Train ratio, folds and metrics are not used.";
			case OFF_POLICY -> "Bandit policies are judged on a log (dataset CSV) by off-policy estimators, as"
					+ " streamwise policy evaluate does. Options (default): "
					+ options(PolicyExperiment.OFF_POLICY_OPTIONS) + ". Train ratio, folds and metrics are not used.";
			default -> SPLIT;
			};
			if (!description.equals(protocolSection.getDescription())) {
				protocolSection.setDescription(description);
				protocolSection.getParent().layout(true, true);
			}
		}
		String shown = Arrays.stream(metrics.getText().split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
				.toList()
				.toString();
		if (!shown.equals(exp().getMetrics().toString())) {
			Forms.show(metrics, String.join(", ", exp().getMetrics()));
		}
	}

	private static String options(java.util.Map<String, String> defaults) {
		return String.join(", ", defaults.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
				.toList());
	}

	void showRunProblem(String problem) {
		if (runStatus != null && !runStatus.isDisposed()) {
			runStatus.setText("Cannot run: " + problem);
			runStatus.getParent().layout(true);
		}
	}

	/** Reports the run's state next to the Run button. */
	void watch(Job job) {
		if (runStatus == null) {
			return;
		}
		runStatus.setText("Running...");
		run.setEnabled(false);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				IStatus result = event.getResult();
				runStatus.getDisplay().asyncExec(() -> {
					if (runStatus.isDisposed()) {
						return;
					}
					run.setEnabled(true);
					runStatus.setText(switch (result.getSeverity()) {
					case IStatus.OK ->
						"Finished; results in " + ExperimentRun.resultsFolder(editor.file()).getProjectRelativePath();
					case IStatus.CANCEL ->
						"Cancelled; no results were written (finished cells are kept: Runs > Resume).";
					default -> result.getMessage();
					});
					runStatus.getParent().layout(true);
				});
			}
		});
	}

	String runStatus() {
		return runStatus.getText();
	}
}
