package io.streamwise.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.simulator.SimulatedMarket;
import io.streamwise.core.simulator.SimulationWriter;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.core.simulator.SimulatorSettings;
import io.streamwise.ui.jobs.EclipseProgress;

/**
 * A research project with data to start from: the simulator's synthetic live-commerce market in {@code data/} and a
 * starter experiment over it. The simulation runs as a job, so the wizard closes at once.
 */
public final class NewResearchProjectWizard extends BasicNewResourceWizard {

	public static final String ID = "io.streamwise.ui.wizards.newProject";
	public static final String DATA_FOLDER = "data";

	private WizardNewProjectCreationPage projectPage;
	private DataPage dataPage;
	private Job job;

	@Override
	public void addPages() {
		setWindowTitle("New Research Project");
		projectPage = new WizardNewProjectCreationPage("project");
		projectPage.setTitle("Research project");
		projectPage.setDescription("A project for datasets, experiments, models and results.");
		addPage(projectPage);
		dataPage = new DataPage();
		addPage(dataPage);
	}

	/** Presets and seed of the simulated data. */
	static final class DataPage extends WizardPage {
		Combo preset;
		Spinner seed;

		DataPage() {
			super("data", "Simulated data", null);
			setDescription("The simulator writes a synthetic market (viewers, streams, products, events) to data/.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(2, false));
			new Label(c, SWT.NONE).setText("Size:");
			preset = new Combo(c, SWT.READ_ONLY);
			for (SimulatorSettings.Size size : SimulatorSettings.Size.values()) {
				preset.add(size.name().toLowerCase(Locale.ROOT));
			}
			preset.select(0);
			preset.setToolTipText(
					"small: about 6 thousand events; default: about 200 thousand; large: about a million");
			new Label(c, SWT.NONE).setText("Seed:");
			seed = new Spinner(c, SWT.BORDER);
			seed.setValues(1, 0, Integer.MAX_VALUE, 0, 1, 100);
			seed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			setControl(c);
		}
	}

	@Override
	public boolean performFinish() {
		IProject project = projectPage.getProjectHandle();
		try {
			IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
			if (!projectPage.useDefaults()) {
				description.setLocationURI(projectPage.getLocationURI());
			}
			project.create(description, new NullProgressMonitor());
			project.open(new NullProgressMonitor());
		} catch (CoreException e) {
			ErrorDialog.openError(getShell(), "New Research Project", "The project could not be created.",
					e.getStatus());
			return false;
		}
		String preset = dataPage.preset == null ? "small" : dataPage.preset.getText();
		long seed = dataPage.seed == null ? 1 : dataPage.seed.getSelection();
		job = populate(project, preset, seed, getWorkbench().getActiveWorkbenchWindow());
		return true;
	}

	/** The job that fills the project, once the wizard has finished: for tests. */
	public Job job() {
		return job;
	}

	/**
	 * Simulates data into the project, writes the starter experiment and opens it.
	 *
	 * @param window where to open the experiment; null opens nothing
	 */
	public static Job populate(IProject project, String preset, long seed, IWorkbenchWindow window) {
		Display display = PlatformUI.getWorkbench().getDisplay();
		Job job = Job.create("Simulating data for " + project.getName(), monitor -> {
			SubMonitor sub = SubMonitor.convert(monitor, "Simulating live-stream commerce", 100);
			Path root = project.getLocation().toFile().toPath();
			try {
				SimulatorSettings settings = SimulatorSettings.Size.valueOf(preset.toUpperCase(Locale.ROOT))
						.settings(Map.of("seed", Long.toString(seed)));
				SimulatedMarket market = Simulator.run(settings, new EclipseProgress(sub.split(55)));
				SimulationWriter.write(market, root.resolve(DATA_FOLDER), new EclipseProgress(sub.split(35)));
				String id = project.getName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
				ExperimentFiles.write(StarterExperiment.spec(id, project.getName() + ": built-ins on simulated data",
						StarterExperiment.folder(DATA_FOLDER), seed), root.resolve(id + ".experiment"));
				project.refreshLocal(IResource.DEPTH_INFINITE, sub.split(10));
				IFile experiment = project.getFile(id + ".experiment");
				if (window != null) {
					display.asyncExec(() -> open(window, experiment));
				}
			} catch (CancelledException e) {
				throw new OperationCanceledException();
			} catch (IOException e) {
				throw new CoreException(Status.error("Writing the simulated data failed: " + e.getMessage(), e));
			}
		});
		job.setRule(project);
		job.setUser(true);
		job.schedule();
		return job;
	}

	private static void open(IWorkbenchWindow window, IFile file) {
		IWorkbenchPage page = window.getActivePage();
		if (page == null || !file.exists()) {
			return;
		}
		try {
			IDE.openEditor(page, file);
		} catch (PartInitException e) {
			ErrorDialog.openError(window.getShell(), "New Research Project", "The experiment could not be opened.",
					Status.error(e.getMessage(), e));
		}
	}
}
