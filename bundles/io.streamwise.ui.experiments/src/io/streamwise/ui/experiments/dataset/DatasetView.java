package io.streamwise.ui.experiments.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.simulator.SimulationWriter;
import io.streamwise.ui.experiments.charts.ChartCanvas;
import io.streamwise.ui.experiments.charts.DatasetCharts;
import io.streamwise.ui.jobs.EclipseProgress;

/**
 * Statistics, the long tail of item popularity and events over time of the dataset selected in the Project Explorer:
 * an experiment's dataset, a folder of simulated data, or an event CSV file (read with the canonical columns).
 */
public final class DatasetView extends ViewPart {

	public static final String ID = "io.streamwise.ui.experiments.dataset";

	private Label title;
	private Text statistics;
	private Composite charts;
	private final List<ChartCanvas> canvases = new ArrayList<>();
	private DatasetSummary summary;
	private Job job;
	private final ISelectionListener listener = this::selectionChanged;

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));
		title = new Label(root, SWT.WRAP);
		title.setText("Select an experiment, a folder of simulated data or an event CSV file in the Project Explorer.");
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		SashForm sash = new SashForm(root, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		statistics = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		statistics.setFont(JFaceResources.getTextFont());
		charts = new Composite(sash, SWT.NONE);
		charts.setLayout(new GridLayout(2, true));
		sash.setWeights(1, 2);
		getSite().getPage().addPostSelectionListener(listener);
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || !(selection instanceof IStructuredSelection s) || s.size() != 1) {
			return;
		}
		IResource resource = Adapters.adapt(s.getFirstElement(), IResource.class);
		if (resource != null) {
			show(resource);
		}
	}

	/** The dataset a resource stands for, with the folder its location is relative to; null if none. */
	static Map.Entry<DatasetSpec, Path> datasetOf(IResource resource) {
		Path location = resource.getLocation() == null ? null : resource.getLocation().toFile().toPath();
		if (location == null) {
			return null;
		}
		if (resource instanceof IFile file && "experiment".equals(file.getFileExtension())) {
			try {
				ExperimentSpec spec = ExperimentFiles.read(location);
				return Map.entry(spec.dataset(), location.getParent());
			} catch (Exception e) {
				return null;
			}
		}
		if (resource instanceof IContainer folder
				&& folder.getFile(new org.eclipse.core.runtime.Path(SimulationWriter.EVENTS)).exists()) {
			return Map.entry(new DatasetSpec(DatasetKind.CSV, location.getFileName().toString(), null, Map.of()),
					location.getParent());
		}
		if (resource instanceof IFile file && "csv".equals(file.getFileExtension())) {
			return Map.entry(new DatasetSpec(DatasetKind.CSV, location.getFileName().toString(), null,
					Map.of("rawIds", "true")), location.getParent());
		}
		return null;
	}

	/** Computes and shows the summary of the resource's dataset in a job; returns the job, or null if none. */
	public Job show(IResource resource) {
		Map.Entry<DatasetSpec, Path> dataset = datasetOf(resource);
		if (dataset == null) {
			return null;
		}
		if (job != null) {
			job.cancel();
		}
		title.setText("Loading " + resource.getFullPath() + " ...");
		Display display = getSite().getShell().getDisplay();
		job = Job.create("Dataset statistics of " + resource.getName(), monitor -> {
			try {
				DatasetSummary computed = DatasetSummary.compute(dataset.getKey(), dataset.getValue(), 1,
						new EclipseProgress(monitor));
				display.asyncExec(() -> showSummary(resource.getFullPath().toString(), computed));
			} catch (CancelledException e) {
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				display.asyncExec(() -> {
					if (!title.isDisposed()) {
						title.setText(resource.getFullPath() + ": " + e.getMessage());
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.setSystem(false);
		job.schedule();
		return job;
	}

	private void showSummary(String name, DatasetSummary computed) {
		if (title.isDisposed()) {
			return;
		}
		summary = computed;
		title.setText(name + ": " + computed.description());
		statistics.setText(computed.statistics().toText());
		canvases.forEach(ChartCanvas::dispose);
		canvases.clear();
		canvases.add(new ChartCanvas(charts, DatasetCharts.longTail(computed.eventsPerItemDescending())));
		canvases.add(new ChartCanvas(charts, DatasetCharts.eventsOverTime(computed.eventsPerDay())));
		canvases.forEach(c -> c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true)));
		charts.layout(true);
		title.getParent().layout(true);
	}

	/** The summary shown, for tests. */
	public DatasetSummary summary() {
		return summary;
	}

	public List<ChartCanvas> charts() {
		return List.copyOf(canvases);
	}

	@Override
	public void setFocus() {
		statistics.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(listener);
		if (job != null) {
			job.cancel();
		}
		super.dispose();
	}
}
