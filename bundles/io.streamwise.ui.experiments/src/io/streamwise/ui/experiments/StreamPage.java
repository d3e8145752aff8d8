package io.streamwise.ui.experiments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.core.io.OutputFolder;
import io.streamwise.core.results.PrequentialResults;
import io.streamwise.core.run.RunOrigin;
import io.streamwise.moa.MoaLearners;
import io.streamwise.moa.MoaOption;
import io.streamwise.model.experiment.AlgorithmConfig;
import io.streamwise.model.experiment.DriftDetectorKind;
import io.streamwise.model.experiment.EvaluationWindowKind;
import io.streamwise.model.experiment.ExperimentFactory;
import io.streamwise.model.experiment.ExperimentPackage.Literals;
import io.streamwise.model.experiment.Parameter;
import io.streamwise.model.experiment.StreamSetup;
import io.streamwise.model.experiment.StreamSourceKind;
import io.streamwise.stream.StreamMetrics;
import io.streamwise.stream.experiment.SimulatorStream;
import io.streamwise.stream.experiment.StreamExperiment;
import io.streamwise.ui.experiments.stream.LiveCurves;
import io.streamwise.ui.experiments.stream.MoaOptionsForm;
import io.streamwise.ui.jobs.EclipseProgress;

/**
 * A stream experiment on one page, as MOA's GUI has it: the stream (an ARFF/CSV file or a MOA generator with its
 * options), the evaluation (window, curve interval, drift detector, delay), the learners with their options in forms
 * generated from MOA's option descriptions, and Run: a job whose learning curves grow in the chart while it runs,
 * with drift markers in each learner's colour, and the final table when it ends. Results are written to
 * {@code <name>.results} beside the file, as {@code streamwise run FILE --out} writes them.
 */
public final class StreamPage extends FormPage {

	/** MOA learners offered by Add (any other can be typed into a learner's class field). */
	static final List<String> OFFERED = List.of("trees.HoeffdingTree", "bayes.NaiveBayes",
			"trees.HoeffdingAdaptiveTree", "trees.EFDT", "meta.AdaptiveRandomForest -j 1", "meta.OzaBag",
			"meta.LeveragingBag", "lazy.kNN", "functions.SGD", "functions.MajorityClass", "functions.NoChange");

	private final ExperimentEditor editor;
	private FormToolkit toolkit;
	private IManagedForm managedForm;
	private final List<Runnable> refreshers = new ArrayList<>();
	private Section generatorSection;
	private Composite generatorBody;
	private MoaOptionsForm generatorForm;
	private String generatorShown;
	private TableViewer learnerList;
	private Section learnerSection;
	private Composite learnerBody;
	private MoaOptionsForm learnerForm;
	private Text learnerLabel;
	private Text learnerClass;
	private AlgorithmConfig learnerShown;
	private Button runButton;
	private Button cancelButton;
	private Label runStatus;
	private Combo metricChoice;
	private LiveCurves curves;
	private Table finalTable;
	private Job lastRun;

	StreamPage(ExperimentEditor editor) {
		super(editor, "stream", "Stream");
		this.editor = editor;
	}

	private StreamSetup setup() {
		return editor.experiment().getStream();
	}

	@Override
	protected void createFormContent(IManagedForm form) {
		managedForm = form;
		toolkit = form.getToolkit();
		form.getForm().setText("Stream experiment");
		toolkit.decorateFormHeading(form.getForm().getForm());
		Composite body = form.getForm().getBody();
		body.setLayout(new GridLayout(2, false));
		Composite left = toolkit.createComposite(body);
		left.setLayout(new GridLayout(1, false));
		left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
		Composite right = toolkit.createComposite(body);
		right.setLayout(new GridLayout(1, false));
		right.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		createStreamSection(left);
		createEvaluationSection(left);
		createLearnerSection(left);
		createRunSection(right);
		refresh();
	}

	private Composite section(Composite parent, String title, String description) {
		Section s = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
		s.setText(title);
		s.setDescription(description);
		s.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite c = toolkit.createComposite(s);
		c.setLayout(new GridLayout(2, false));
		toolkit.paintBordersFor(c); // text fields look like fields, not labels
		s.setClient(c);
		return c;
	}

	/** A bordered text field bound to a string attribute of the stream setup (blank: unset). */
	private Text text(Composite c, String label, String tooltip, EAttribute attribute) {
		Text t = Forms.text(toolkit, c, label, tooltip,
				v -> editor.set(setup(), attribute, v.isBlank() ? null : v.trim()));
		t.setData(FormToolkit.KEY_DRAW_BORDER, FormToolkit.TEXT_BORDER);
		refreshers.add(() -> Forms.show(t, (String) setup().eGet(attribute)));
		return t;
	}

	/** A text field bound to a number attribute; a value that is no number of the right kind is named, not set. */
	private Text number(Composite c, String label, String tooltip, EAttribute attribute) {
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		Text t = Forms.text(toolkit, c, label, tooltip, v -> {
			Object value;
			try {
				value = type == int.class ? (Object) Integer.parseInt(v.trim())
						: type == long.class ? (Object) Long.parseLong(v.trim())
								: (Object) Double.parseDouble(v.trim());
			} catch (NumberFormatException e) {
				managedForm.getMessageManager().addMessage(attribute, label.replace(":", "") + " must be a "
						+ (type == double.class ? "number" : "whole number") + ", not '" + v + "'", null,
						org.eclipse.jface.dialogs.IMessageProvider.ERROR);
				return;
			}
			managedForm.getMessageManager().removeMessage(attribute);
			editor.set(setup(), attribute, value);
		});
		t.setData(FormToolkit.KEY_DRAW_BORDER, FormToolkit.TEXT_BORDER);
		refreshers.add(() -> Forms.show(t, String.valueOf(setup().eGet(attribute))));
		return t;
	}

	private <E extends org.eclipse.emf.common.util.Enumerator> Combo choice(Composite c, String label,
			List<E> values, EAttribute attribute, Consumer<E> after) {
		toolkit.createLabel(c, label);
		Combo combo = new Combo(c, SWT.READ_ONLY);
		values.forEach(v -> combo.add(v.getName()));
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		combo.addListener(SWT.Selection, e -> {
			E chosen = values.get(combo.getSelectionIndex());
			editor.set(setup(), attribute, chosen);
			after.accept(chosen);
		});
		refreshers.add(() -> combo.select(values.indexOf(setup().eGet(attribute))));
		return combo;
	}

	private void createStreamSection(Composite parent) {
		Composite c = section(parent, "Stream", "An ARFF or CSV file (relative to this experiment), a MOA"
				+ " stream generator, or the simulator's stream sessions.");
		choice(c, "Source:", StreamSourceKind.VALUES, Literals.STREAM_SETUP__SOURCE, v -> {
			// a generator's options mean nothing to the simulator and the other way round
			if (generatorShown != null && !generatorShown.equals(sourceKey())) {
				for (Parameter p : List.copyOf(setup().getGeneratorOptions())) {
					editor.setParameter(setup(), Literals.STREAM_SETUP__GENERATOR_OPTIONS, p.getKey(), null);
				}
			}
			showGenerator();
		});
		text(c, "File:", "ARFF or CSV file, relative to the experiment", Literals.STREAM_SETUP__LOCATION);
		text(c, "Class:", "The class attribute (column) of the file", Literals.STREAM_SETUP__CLASS_ATTRIBUTE);
		text(c, "Generator:", "A MOA generator under moa.streams, such as generators.SEAGenerator or"
				+ " generators.RandomRBFGeneratorDrift", Literals.STREAM_SETUP__GENERATOR)
				.addListener(SWT.FocusOut, e -> showGenerator());
		number(c, "Instances:", "How many instances (0: the whole file; a generator needs a number)",
				Literals.STREAM_SETUP__INSTANCES);
		text(c, "Time column:", "Arrival times (empty: the row's position)", Literals.STREAM_SETUP__TIME_COLUMN);
		text(c, "Label delay:", "A whole number of clock units, or a column holding each label's time",
				Literals.STREAM_SETUP__DELAY);
		text(c, "Positive class:", "For precision, recall, F1, AUC and Brier (empty: the second value)",
				Literals.STREAM_SETUP__POSITIVE_CLASS);
		Section s = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
		s.setText("Generator options");
		s.setDescription("From MOA's option descriptions (the simulator's settings for the simulator); hover a field"
				+ " for its purpose, default and range.");
		s.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		generatorSection = s;
	}

	private void createEvaluationSection(Composite parent) {
		Composite c = section(parent, "Evaluation", "Test-then-train: every instance is predicted, then learned"
				+ " from when its label arrives.");
		choice(c, "Window:", EvaluationWindowKind.VALUES, Literals.STREAM_SETUP__WINDOW, v -> {
		});
		number(c, "Window size:", "Sliding window width (and AUC window)", Literals.STREAM_SETUP__WINDOW_SIZE);
		number(c, "Fading factor:", "Between 0 and 1, e.g. 0.999", Literals.STREAM_SETUP__FADING_FACTOR);
		number(c, "Curve every:", "A learning-curve point every this many instances",
				Literals.STREAM_SETUP__CURVE_EVERY);
		choice(c, "Drift detector:", DriftDetectorKind.VALUES, Literals.STREAM_SETUP__DRIFT_DETECTOR, v -> {
		});
		Text seed = Forms.text(toolkit, c, "Seed:", "Seed of the learners' and the generator's random choices", v -> {
			try {
				editor.set(editor.experiment(), Literals.EXPERIMENT__SEED, Long.parseLong(v.trim()));
				managedForm.getMessageManager().removeMessage(Literals.EXPERIMENT__SEED);
			} catch (NumberFormatException e) {
				managedForm.getMessageManager().addMessage(Literals.EXPERIMENT__SEED, "Seed must be a whole number",
						null, org.eclipse.jface.dialogs.IMessageProvider.ERROR);
			}
		});
		seed.setData(FormToolkit.KEY_DRAW_BORDER, FormToolkit.TEXT_BORDER);
		refreshers.add(() -> Forms.show(seed, Long.toString(editor.experiment().getSeed())));
		// on Flink each learner is a task of its own (docs/scale-out.md)
		EngineFields engine = new EngineFields(editor, toolkit, c, managedForm.getMessageManager());
		refreshers.add(engine::refresh);
	}

	private void createLearnerSection(Composite parent) {
		Composite c = section(parent, "Learners", "MOA classifiers, evaluated one after the other on the same"
				+ " stream.");
		learnerList = new TableViewer(c, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
		GridData listData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
		listData.heightHint = 90;
		learnerList.getControl().setLayoutData(listData);
		learnerList.setContentProvider(ArrayContentProvider.getInstance());
		learnerList.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				AlgorithmConfig a = (AlgorithmConfig) element;
				return a.getLabel() + "  (" + learnerOf(a) + ")";
			}
		});
		learnerList.addSelectionChangedListener(e -> {
			Object selected = e.getStructuredSelection().getFirstElement();
			if (selected != learnerShown || learnerBody == null) { // refreshing the list keeps the form being typed in
				showLearner((AlgorithmConfig) selected);
			}
		});
		Combo offered = new Combo(c, SWT.READ_ONLY);
		OFFERED.forEach(offered::add);
		offered.select(0);
		offered.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button add = toolkit.createButton(c, "Add", SWT.PUSH);
		add.addListener(SWT.Selection, e -> addLearner(offered.getText()));
		Button remove = toolkit.createButton(c, "Remove selected", SWT.PUSH);
		remove.addListener(SWT.Selection, e -> {
			Object selected = learnerList.getStructuredSelection().getFirstElement();
			if (selected != null) {
				editor.execute(RemoveCommand.create(editor.getEditingDomain(), editor.experiment(),
						Literals.EXPERIMENT__ALGORITHMS, selected));
			}
		});
		learnerSection = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
		learnerSection.setText("Learner options");
		learnerSection.setDescription("Select a learner above.");
		learnerSection.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}

	private static String learnerOf(AlgorithmConfig a) {
		return a.getSettings().stream().filter(p -> StreamExperiment.LEARNER_SETTING.equals(p.getKey()))
				.map(Parameter::getValue).findFirst().orElse("");
	}

	private static Map<String, String> optionsOf(List<Parameter> parameters, String skip) {
		Map<String, String> values = new LinkedHashMap<>();
		parameters.stream().filter(p -> !p.getKey().equals(skip)).forEach(p -> values.put(p.getKey(), p.getValue()));
		return values;
	}

	/** Adds a MOA learner with a label unique in the experiment and selects it. */
	public AlgorithmConfig addLearner(String learner) {
		String base = learner.trim().replaceFirst(" .*", "").replaceFirst(".*\\.", "");
		List<String> labels = editor.experiment().getAlgorithms().stream().map(AlgorithmConfig::getLabel).toList();
		String unique = base;
		for (int i = 2; labels.contains(unique); i++) {
			unique = base + "-" + i;
		}
		AlgorithmConfig config = ExperimentFactory.eINSTANCE.createAlgorithmConfig();
		config.setAlgorithmId(StreamExperiment.ALGORITHM_ID);
		config.setLabel(unique);
		Parameter p = ExperimentFactory.eINSTANCE.createParameter();
		p.setKey(StreamExperiment.LEARNER_SETTING);
		p.setValue(learner.trim());
		config.getSettings().add(p);
		editor.execute(AddCommand.create(editor.getEditingDomain(), editor.experiment(),
				Literals.EXPERIMENT__ALGORITHMS, config));
		learnerList.setSelection(new StructuredSelection(config));
		return config;
	}

	private void showLearner(AlgorithmConfig config) {
		if (learnerBody != null) {
			learnerBody.dispose();
		}
		learnerForm = null;
		learnerLabel = null;
		learnerClass = null;
		learnerShown = config;
		learnerBody = toolkit.createComposite(learnerSection);
		learnerBody.setLayout(new GridLayout(2, false));
		toolkit.paintBordersFor(learnerBody);
		if (config == null) {
			learnerSection.setDescription("Select a learner above.");
		} else {
			learnerLabel = Forms.text(toolkit, learnerBody, "Label:", "Its name in curves and tables",
					v -> editor.set(config, Literals.ALGORITHM_CONFIG__LABEL, v));
			learnerLabel.setData(FormToolkit.KEY_DRAW_BORDER, FormToolkit.TEXT_BORDER);
			Forms.show(learnerLabel, config.getLabel());
			learnerClass = Forms.text(toolkit, learnerBody, "MOA class:", "The classifier under moa.classifiers",
					v -> {
					});
			learnerClass.setData(FormToolkit.KEY_DRAW_BORDER, FormToolkit.TEXT_BORDER);
			Forms.show(learnerClass, learnerOf(config));
			learnerClass.addListener(SWT.DefaultSelection, e -> changeLearnerClass(config, learnerClass.getText()));
			learnerClass.addListener(SWT.FocusOut, e -> changeLearnerClass(config, learnerClass.getText()));
			try {
				List<MoaOption> options = MoaLearners.describe(learnerOf(config));
				learnerSection.setDescription(learnerOf(config) + ": " + options.size() + " options; hover a field"
						+ " for MOA's description, default and range.");
				learnerForm = new MoaOptionsForm(toolkit, learnerBody, options,
						optionsOf(config.getSettings(), StreamExperiment.LEARNER_SETTING),
						(name, value) -> editor.setParameter(config, Literals.ALGORITHM_CONFIG__SETTINGS, name,
								value));
			} catch (IllegalArgumentException e) {
				learnerSection.setDescription(e.getMessage());
			}
		}
		learnerSection.setClient(learnerBody);
		learnerSection.layout(true, true);
		managedForm.reflow(true);
	}

	private void changeLearnerClass(AlgorithmConfig config, String learner) {
		if (learner.isBlank() || learner.trim().equals(learnerOf(config))) {
			return;
		}
		try {
			MoaLearners.describe(learner);
		} catch (IllegalArgumentException e) {
			managedForm.getMessageManager().addMessage(config, e.getMessage(), null,
					org.eclipse.jface.dialogs.IMessageProvider.ERROR);
			return;
		}
		managedForm.getMessageManager().removeMessage(config);
		// the options of another class mean nothing to this one
		for (Parameter p : List.copyOf(config.getSettings())) {
			if (!StreamExperiment.LEARNER_SETTING.equals(p.getKey())) {
				editor.setParameter(config, Literals.ALGORITHM_CONFIG__SETTINGS, p.getKey(), null);
			}
		}
		editor.setParameter(config, Literals.ALGORITHM_CONFIG__SETTINGS, StreamExperiment.LEARNER_SETTING,
				learner.trim());
		getSite().getShell().getDisplay().asyncExec(() -> showLearner(config));
	}

	/** What the options section shows: the generator's class, the simulator, or null for a file. */
	private String sourceKey() {
		return switch (setup().getSource()) {
		case GENERATOR -> setup().getGenerator();
		case SIMULATOR -> SIMULATOR_KEY;
		case FILE -> null;
		};
	}

	private static final String SIMULATOR_KEY = "\0simulator";

	/** The simulator's settings the options section offers, with their tooltips. */
	private static final Map<String, String> SIMULATOR_FIELDS = simulatorFields();

	private static Map<String, String> simulatorFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put(SimulatorStream.PRESET, "The market's size: small, default or large (empty: default)");
		fields.put("days", "Days simulated (empty: the preset's)");
		fields.put("seed", "The simulator's seed (empty: the experiment's seed)");
		fields.put(SimulatorStream.OBSERVATION_MINUTES, "Minutes from a session's first event to its prediction"
				+ " point (empty: 10)");
		return fields;
	}

	private final Map<String, Text> simulatorTexts = new LinkedHashMap<>();

	/** The simulator's option field for a key ({@code preset}, {@code days}, {@code seed}...), or null. */
	public Text simulatorField(String key) {
		return simulatorTexts.get(key);
	}

	private void showSimulator() {
		simulatorTexts.clear();
		toolkit.paintBordersFor(generatorBody);
		for (Map.Entry<String, String> f : SIMULATOR_FIELDS.entrySet()) {
			String key = f.getKey();
			Text t = Forms.text(toolkit, generatorBody, key + ":", f.getValue(), v -> editor.setParameter(setup(),
					Literals.STREAM_SETUP__GENERATOR_OPTIONS, key, v.isBlank() ? null : v.trim()));
			t.setData(FormToolkit.KEY_DRAW_BORDER, FormToolkit.TEXT_BORDER);
			Forms.show(t, optionsOf(setup().getGeneratorOptions(), "").get(key));
			simulatorTexts.put(key, t);
		}
		toolkit.createLabel(generatorBody, "Other simulator settings (docs/simulator.md) can be written into the"
				+ " file's generatorOptions.", SWT.WRAP).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false,
						2, 1));
	}

	private void showGenerator() {
		if (generatorSection == null) {
			return;
		}
		String generator = sourceKey();
		if (generator == null ? generatorShown == null : generator.equals(generatorShown)) {
			return;
		}
		generatorShown = generator;
		if (generatorBody != null) {
			generatorBody.dispose();
		}
		generatorForm = null;
		simulatorTexts.clear();
		generatorBody = toolkit.createComposite(generatorSection);
		generatorBody.setLayout(new GridLayout(2, false));
		if (SIMULATOR_KEY.equals(generator)) {
			showSimulator();
		} else if (generator != null && !generator.isBlank()) {
			try {
				generatorForm = new MoaOptionsForm(toolkit, generatorBody,
						StreamExperiment.generatorOptions(generator), optionsOf(setup().getGeneratorOptions(), ""),
						(name, value) -> editor.setParameter(setup(), Literals.STREAM_SETUP__GENERATOR_OPTIONS, name,
								value));
			} catch (IllegalArgumentException e) {
				toolkit.createLabel(generatorBody, e.getMessage(), SWT.WRAP);
			}
		} else {
			toolkit.createLabel(generatorBody, "The stream is a file.");
		}
		generatorSection.setClient(generatorBody);
		generatorSection.layout(true, true);
		managedForm.reflow(true);
	}

	private void createRunSection(Composite parent) {
		Section s = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
		s.setText("Run");
		s.setDescription("Runs as a job; the curves grow while it runs. Results go to the .results folder beside"
				+ " the experiment.");
		s.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite c = toolkit.createComposite(s);
		c.setLayout(new GridLayout(5, false));
		s.setClient(c);
		runButton = toolkit.createButton(c, "Run", SWT.PUSH);
		runButton.addListener(SWT.Selection, e -> run());
		cancelButton = toolkit.createButton(c, "Cancel", SWT.PUSH);
		cancelButton.setEnabled(false);
		cancelButton.addListener(SWT.Selection, e -> {
			if (lastRun != null) {
				lastRun.cancel();
			}
		});
		toolkit.createLabel(c, "Metric:");
		metricChoice = new Combo(c, SWT.READ_ONLY);
		for (String m : StreamMetrics.NAMES) {
			if (!m.equals("instances")) {
				metricChoice.add(m);
			}
		}
		String first = editor.experiment().getMetrics().isEmpty() ? "accuracy"
				: editor.experiment().getMetrics().get(0);
		metricChoice.select(Math.max(0, metricChoice.indexOf(first)));
		metricChoice.addListener(SWT.Selection, e -> curves.showMetric(metricChoice.getText()));
		runStatus = toolkit.createLabel(c, "", SWT.WRAP);
		runStatus.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		curves = new LiveCurves(c);
		// a fixed height: stretched to the learners' column beside it, the chart's axis and legend fell below the
		// window and the final table further still
		GridData chartData = new GridData(SWT.FILL, SWT.TOP, true, false, 5, 1);
		chartData.heightHint = 380;
		curves.canvas().setLayoutData(chartData);
		curves.showMetric(metricChoice.getText());
		finalTable = toolkit.createTable(c, SWT.BORDER | SWT.FULL_SELECTION);
		finalTable.setHeaderVisible(true);
		finalTable.setLinesVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, false, 5, 1);
		tableData.heightHint = 110;
		finalTable.setLayoutData(tableData);
	}

	/**
	 * Saves the experiment if needed and runs it as a job, drawing the curves live.
	 *
	 * @return the job, or null when the experiment cannot run (the heading says why)
	 */
	public Job run() {
		if (editor.isDirty()) {
			editor.doSave(null);
		}
		Path file = editor.file().getLocation().toFile().toPath();
		StreamExperiment experiment;
		io.streamwise.core.experiment.Engine engine; // the file's engine, else Preferences > Streamwise > Execution
		try {
			experiment = StreamExperiment.of(editor.experiment(), file);
			engine = io.streamwise.ui.experiments.preferences.ExecutionPreferences.engineFor(file);
		} catch (IllegalArgumentException e) {
			showProblem(e.getMessage());
			return null;
		}
		managedForm.getForm().setMessage(null, org.eclipse.jface.dialogs.IMessageProvider.NONE);
		IFolder results = ExperimentRun.resultsFolder(editor.file());
		Path out = results.getLocation().toFile().toPath();
		curves.reset(experiment.learners().stream().map(StreamExperiment.LearnerSpec::label).toList());
		finalTable.removeAll();
		var display = getSite().getShell().getDisplay();
		String command = "Run " + editor.file().getFullPath();
		Job job = new Job("Running stream experiment " + experiment.id()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					OutputFolder.check(out);
					StreamExperiment.Outcome outcome = experiment.run(engine, new EclipseProgress(monitor), curves,
							RunOrigin.workbench(command), w -> Platform.getLog(StreamPage.class)
									.log(Status.warning(experiment.id() + ": " + w)));
					try (OutputFolder folder = OutputFolder.create(out)) {
						experiment.write(outcome, folder.staging());
						if (monitor.isCanceled()) {
							return Status.CANCEL_STATUS;
						}
						folder.commit();
					}
					results.getParent().refreshLocal(IResource.DEPTH_ONE, null);
					results.refreshLocal(IResource.DEPTH_ONE, null);
					display.asyncExec(() -> finished(outcome.results()));
					return Status.OK_STATUS;
				} catch (CancelledException | OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (Exception e) {
					String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
					display.asyncExec(() -> showProblem(why));
					return Status.error(experiment.id() + ": " + why, e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ExperimentRun.FAMILY;
			}
		};
		// the page shows the progress: no modal progress dialog over the live chart
		job.setUser(false);
		job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				IStatus result = event.getResult();
				display.asyncExec(() -> {
					if (runButton.isDisposed()) {
						return;
					}
					curves.drain();
					runButton.setEnabled(true);
					cancelButton.setEnabled(false);
					runStatus.setText(result.isOK() ? "Finished; results in " + results.getName()
							: result.getSeverity() == IStatus.CANCEL ? "Cancelled; no results were written"
									: "Failed: " + result.getMessage());
					runStatus.getParent().layout(true);
				});
			}
		});
		runButton.setEnabled(false);
		cancelButton.setEnabled(true);
		runStatus.setText("Running...");
		lastRun = job;
		job.schedule();
		return job;
	}

	private void showProblem(String problem) {
		if (managedForm.getForm().isDisposed()) {
			return;
		}
		managedForm.getForm().setMessage("Cannot run: " + problem, org.eclipse.jface.dialogs.IMessageProvider.ERROR);
	}

	/** Fills the final table: one row per learner, its final metrics, drifts and speed. */
	private void finished(PrequentialResults results) {
		if (finalTable.isDisposed()) {
			return;
		}
		finalTable.removeAll();
		for (TableColumn column : finalTable.getColumns()) {
			column.dispose();
		}
		List<String> metrics = new ArrayList<>(List.of(StreamMetrics.NAMES));
		metrics.remove("instances");
		List<String> headers = new ArrayList<>(List.of("learner", "instances"));
		headers.addAll(metrics);
		headers.addAll(List.of("drifts", "inst/s"));
		for (String h : headers) {
			new TableColumn(finalTable, SWT.NONE).setText(h);
		}
		for (PrequentialResults.Learner l : results.learners()) {
			List<String> row = new ArrayList<>(List.of(l.learner(), Long.toString(l.instances())));
			for (String m : metrics) {
				Double v = l.metrics().get(m);
				row.add(v == null || v.isNaN() ? "-" : String.format(Locale.ROOT, "%.4f", v));
			}
			row.add(Integer.toString(l.drifts().size()));
			row.add(String.format(Locale.ROOT, "%.0f", l.instancesPerSecond()));
			new TableItem(finalTable, SWT.NONE).setText(row.toArray(String[]::new));
		}
		for (TableColumn column : finalTable.getColumns()) {
			column.pack();
		}
	}

	void refresh() {
		if (learnerList == null || learnerList.getControl().isDisposed() || setup() == null) {
			return;
		}
		refreshers.forEach(Runnable::run);
		showGenerator();
		if (generatorForm != null) {
			generatorForm.show(optionsOf(setup().getGeneratorOptions(), ""));
		}
		Map<String, String> options = optionsOf(setup().getGeneratorOptions(), "");
		simulatorTexts.forEach((key, text) -> Forms.show(text, options.get(key)));
		learnerList.setInput(editor.experiment().getAlgorithms().toArray());
		if (learnerShown != null && !editor.experiment().getAlgorithms().contains(learnerShown)) {
			showLearner(null);
		} else if (learnerShown != null) {
			if (learnerForm != null) {
				learnerForm.show(optionsOf(learnerShown.getSettings(), StreamExperiment.LEARNER_SETTING));
			}
			if (learnerLabel != null) {
				Forms.show(learnerLabel, learnerShown.getLabel());
			}
		}
	}

	/** Selects a learner and returns its generated option form: for tests and the editor. */
	public MoaOptionsForm learnerForm(AlgorithmConfig config) {
		learnerList.setSelection(new StructuredSelection(config));
		return learnerForm;
	}

	public MoaOptionsForm generatorForm() {
		return generatorForm;
	}

	public Button runButton() {
		return runButton;
	}

	public LiveCurves curves() {
		return curves;
	}

	public Table finalTable() {
		return finalTable;
	}

	public Job lastRun() {
		return lastRun;
	}
}
