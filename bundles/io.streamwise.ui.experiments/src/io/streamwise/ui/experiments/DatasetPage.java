package io.streamwise.ui.experiments;

import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.model.experiment.DatasetKind;
import io.streamwise.model.experiment.DatasetRef;
import io.streamwise.model.experiment.ExperimentPackage.Literals;
import io.streamwise.ui.experiments.dataset.DatasetSummary;
import io.streamwise.ui.jobs.EclipseProgress;

/** The dataset: kind, location and options; the first rows of a file dataset and its statistics, computed in a job. */
public final class DatasetPage extends FormPage {

	private final ExperimentEditor editor;
	private Combo kind;
	private Text location, testLocation, preview, statistics;
	private ParametersTable options;
	private Job job;

	DatasetPage(ExperimentEditor editor) {
		super(editor, "dataset", "Dataset");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		FormToolkit toolkit = managedForm.getToolkit();
		managedForm.getForm().setText("Dataset");
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(2, true));

		Composite source = section(toolkit, body, "Source",
				"Locations are relative to this experiment's folder; a folder written by the simulator is read whole.",
				2);
		toolkit.createLabel(source, "Kind:");
		kind = new Combo(source, SWT.READ_ONLY);
		DatasetKind.VALUES.forEach(k -> kind.add(k.getName()));
		kind.addListener(SWT.Selection,
				e -> editor.set(dataset(), Literals.DATASET_REF__KIND, DatasetKind.getByName(kind.getText())));
		location = Forms.text(toolkit, source, "Location:", "File or folder of events",
				v -> editor.set(dataset(), Literals.DATASET_REF__LOCATION, v.isBlank() ? null : v));
		testLocation = Forms.text(toolkit, source, "Test location:", "Test file of train/test datasets",
				v -> editor.set(dataset(), Literals.DATASET_REF__TEST_LOCATION, v.isBlank() ? null : v));
		options = new ParametersTable(editor, toolkit, source);

		Composite stats = section(toolkit, body, "Statistics",
				"Computed in the background from the saved dataset options.", 1);
		Button compute = toolkit.createButton(stats, "Compute preview and statistics", SWT.PUSH);
		compute.addListener(SWT.Selection, e -> computeSummary());
		statistics = text(toolkit, stats, 220);

		Composite rows = section(toolkit, body, "Preview", "The first rows of the event file.", 1);
		((GridData) rows.getParent().getLayoutData()).horizontalSpan = 2;
		preview = text(toolkit, rows, 200);
		refresh();
		computeSummary();
	}

	private static Text text(FormToolkit toolkit, Composite parent, int height) {
		Text text = toolkit.createText(parent, "", SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		text.setFont(JFaceResources.getTextFont());
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = height;
		data.widthHint = 300;
		text.setLayoutData(data);
		return text;
	}

	private Composite section(FormToolkit toolkit, Composite body, String title, String description, int columns) {
		Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(columns, false));
		section.setClient(client);
		return client;
	}

	private DatasetRef dataset() {
		return editor.experiment().getDataset();
	}

	/** Loads the dataset and computes its preview and statistics in a job; returns the job, or null if incomplete. */
	public Job computeSummary() {
		DatasetSpec spec;
		try {
			spec = ExperimentFiles.toSpec(editor.experiment()).dataset();
		} catch (IllegalArgumentException e) {
			statistics.setText(e.getMessage());
			return null;
		}
		if (job != null) {
			job.cancel();
		}
		Path base = editor.file().getLocation().toFile().toPath().getParent();
		long seed = editor.experiment().getSeed();
		Display display = statistics.getDisplay();
		statistics.setText("Computing...");
		job = Job.create("Dataset statistics of " + editor.file().getName(), monitor -> {
			try {
				DatasetSummary summary = DatasetSummary.compute(spec, base, seed, new EclipseProgress(monitor));
				display.asyncExec(() -> show(summary));
			} catch (CancelledException e) {
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				display.asyncExec(() -> {
					if (!statistics.isDisposed()) {
						statistics.setText("The dataset cannot be loaded: " + e.getMessage());
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.schedule();
		return job;
	}

	private void show(DatasetSummary summary) {
		if (statistics.isDisposed()) {
			return;
		}
		statistics.setText(summary.description() + "\n\n" + summary.statistics().toText());
		preview.setText(summary.previewLines().isEmpty() ? "(generated data: no file to preview)"
				: String.join("\n", summary.previewLines()));
	}

	public String statisticsText() {
		return statistics.getText();
	}

	public String previewText() {
		return preview.getText();
	}

	void refresh() {
		if (kind == null || kind.isDisposed() || dataset() == null) {
			return;
		}
		kind.setText(dataset().getKind().getName());
		Forms.show(location, dataset().getLocation());
		Forms.show(testLocation, dataset().getTestLocation());
		options.show(dataset(), Literals.DATASET_REF__OPTIONS);
	}
}
