package io.streamwise.ui.experiments;

import java.util.ArrayList;
import java.util.List;

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
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.osgi.framework.FrameworkUtil;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.bandits.run.PolicyExperiment;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.registry.RegistryLocator;
import io.streamwise.model.experiment.AlgorithmConfig;
import io.streamwise.model.experiment.ExperimentFactory;
import io.streamwise.model.experiment.ExperimentPackage.Literals;

/** The algorithms to compare, picked from the installed ones, each with its generated settings form. */
public final class AlgorithmsPage extends FormPage {

	private final ExperimentEditor editor;
	private AlgorithmRegistry registry;
	private TableViewer list;
	private Combo available;
	private Section left;
	private Button add;
	/** Whether the Add list offers policies; null before it is filled. */
	private Boolean offeringPolicies;
	private Composite details;
	private Section detailsSection;
	private Text label;
	private SettingsForm settings;
	private FormToolkit toolkit;
	private IManagedForm managedForm;

	AlgorithmsPage(ExperimentEditor editor) {
		super(editor, "algorithms", "Algorithms");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm form) {
		managedForm = form;
		toolkit = form.getToolkit();
		form.getForm().setText("Algorithms");
		toolkit.decorateFormHeading(form.getForm().getForm());
		registry = registry();
		Composite body = form.getForm().getBody();
		body.setLayout(new GridLayout(2, true));

		left = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
		left.setText("Compared algorithms");
		left.setDescription("Several entries may use one algorithm with different settings; labels must be unique.");
		left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite c = toolkit.createComposite(left);
		c.setLayout(new GridLayout(2, false));
		list = new TableViewer(c, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
		GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		listData.heightHint = 160;
		list.getControl().setLayoutData(listData);
		list.setContentProvider(ArrayContentProvider.getInstance());
		list.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				AlgorithmConfig a = (AlgorithmConfig) element;
				return (a.getLabel() == null ? a.getAlgorithmId() : a.getLabel()) + "  (" + a.getAlgorithmId() + ")";
			}
		});
		list.addSelectionChangedListener(
				e -> showDetails((AlgorithmConfig) e.getStructuredSelection().getFirstElement()));
		available = new Combo(c, SWT.READ_ONLY);
		fillAvailable();
		available.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		add = toolkit.createButton(c, "Add", SWT.PUSH);
		add.addListener(SWT.Selection, e -> add(available.getText()));
		Button remove = toolkit.createButton(c, "Remove selected", SWT.PUSH);
		remove.addListener(SWT.Selection, e -> {
			if (!list.getStructuredSelection().isEmpty()) {
				editor.execute(RemoveCommand.create(editor.getEditingDomain(), editor.experiment(),
						Literals.EXPERIMENT__ALGORITHMS, list.getStructuredSelection().getFirstElement()));
			}
		});
		left.setClient(c);

		detailsSection = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
		detailsSection.setText("Settings");
		detailsSection.setDescription("Select an algorithm on the left.");
		detailsSection.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		refresh();
		if (!editor.experiment().getAlgorithms().isEmpty()) {
			list.setSelection(new StructuredSelection(editor.experiment().getAlgorithms().get(0)));
		}
	}

	/**
	 * Offers the installed algorithms that fit the experiment: the policies for a policy experiment (protocol ONLINE
	 * or OFF_POLICY), the recommenders and conversion models otherwise.
	 */
	private void fillAvailable() {
		boolean policies = PolicyExperiment.isPolicy(editor.experiment());
		if (offeringPolicies != null && offeringPolicies == policies) {
			return;
		}
		offeringPolicies = policies;
		available.removeAll();
		if (registry != null) {
			registry.all().stream().filter(f -> (f.info().kind() == AlgorithmKind.POLICY) == policies)
					.forEach(f -> available.add(f.info().id()));
		}
		available.select(0);
		left.setText(policies ? "Compared policies" : "Compared algorithms");
		left.layout(true);
	}

	/** The ids the Add button offers: for tests. */
	public java.util.List<String> availableIds() {
		return java.util.List.of(available.getItems());
	}

	/** The list of installed algorithms to add from: for tests. */
	public Combo availableCombo() {
		return available;
	}

	/** The Add button: for tests. */
	public Button addButton() {
		return add;
	}

	private static AlgorithmRegistry registry() {
		try {
			return RegistryLocator.await(FrameworkUtil.getBundle(AlgorithmsPage.class).getBundleContext(), 2_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** Adds the algorithm with a label unique in the experiment, and selects it. */
	public AlgorithmConfig add(String algorithmId) {
		if (algorithmId == null || algorithmId.isBlank()) {
			return null;
		}
		List<String> labels = new ArrayList<>();
		editor.experiment().getAlgorithms().forEach(a -> labels.add(a.getLabel()));
		String unique = algorithmId;
		for (int i = 2; labels.contains(unique); i++) {
			unique = algorithmId + "-" + i;
		}
		AlgorithmConfig config = ExperimentFactory.eINSTANCE.createAlgorithmConfig();
		config.setAlgorithmId(algorithmId);
		config.setLabel(unique);
		editor.execute(AddCommand.create(editor.getEditingDomain(), editor.experiment(),
				Literals.EXPERIMENT__ALGORITHMS, config));
		list.setSelection(new StructuredSelection(config));
		return config;
	}

	private void showDetails(AlgorithmConfig config) {
		if (details != null) {
			details.dispose();
			managedForm.getMessageManager().removeAllMessages();
		}
		settings = null;
		label = null;
		details = toolkit.createComposite(detailsSection);
		details.setLayout(new GridLayout(2, false));
		if (config == null) {
			detailsSection.setDescription("Select an algorithm on the left.");
		} else {
			AlgorithmFactory<?> factory = factory(config.getAlgorithmId());
			detailsSection.setDescription(factory == null ? "'" + config.getAlgorithmId() + "' is not installed."
					: AlgorithmRegistry.listedName(factory.info()) + ": " + factory.info().description());
			label = Forms.text(toolkit, details, "Label:", "Unique name of this entry in the results",
					v -> editor.set(config, Literals.ALGORITHM_CONFIG__LABEL, v));
			Forms.show(label, config.getLabel());
			if (factory != null) {
				settings = new SettingsForm(editor, toolkit, details, config, factory.settingsType(),
						managedForm.getMessageManager());
			}
		}
		detailsSection.setClient(details);
		detailsSection.layout(true, true);
		managedForm.reflow(true);
	}

	private AlgorithmFactory<?> factory(String id) {
		if (registry == null) {
			return null;
		}
		return registry.all().stream().filter(f -> f.info().id().equals(id)).findFirst().orElse(null);
	}

	void refresh() {
		if (list == null || list.getControl().isDisposed()) {
			return;
		}
		fillAvailable();
		Object selected = list.getStructuredSelection().getFirstElement();
		list.setInput(editor.experiment().getAlgorithms().toArray());
		if (selected != null && !editor.experiment().getAlgorithms().contains(selected)) {
			showDetails(null);
		} else if (settings != null) {
			settings.refresh();
			if (label != null) {
				Forms.show(label, settings.config().getLabel());
			}
		}
	}

	/** Selects the configured algorithm and returns the control generated for one of its settings: for tests. */
	public Control settingControl(AlgorithmConfig config, String key) {
		list.setSelection(new StructuredSelection(config));
		return settings == null ? null : settings.control(key);
	}

	/** The settings problem of the selected algorithm, or null: for tests. */
	public String settingsProblem() {
		return settings == null ? null : settings.validate();
	}

	/** The key of the settings field marked with the current problem, or null: for tests. */
	public String settingsProblemKey() {
		return settings == null ? null : settings.problemKey();
	}
}
