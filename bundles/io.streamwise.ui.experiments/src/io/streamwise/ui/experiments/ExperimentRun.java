package io.streamwise.ui.experiments;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.core.experiment.ExperimentResult;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ResultsWriter;
import io.streamwise.core.experiment.WorkerLauncher;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.registry.RegistryLocator;
import io.streamwise.core.results.RunHistory;
import io.streamwise.core.run.ExperimentRunService;
import io.streamwise.core.run.RunInputException;
import io.streamwise.core.run.RunOrigin;
import io.streamwise.core.run.RunOutcome;
import io.streamwise.core.run.RunRequest;
import io.streamwise.ui.experiments.preferences.ExecutionPreferences;
import io.streamwise.ui.jobs.EclipseProgress;

/**
 * Runs an experiment as a job: loads its dataset, runs the comparison and writes the results to a new folder
 * {@code <name>.runs/<UTC start>/} next to the experiment file (results.json, results.csv, costs.csv, per_unit.csv and a
 * copy of the experiment), as {@code streamwise run} does; every run is kept (the run history, {@link RunHistory}).
 * Cancelling the job stops the run and writes nothing.
 */
public final class ExperimentRun {

	/** Family of run jobs, to find or wait for them. */
	public static final Object FAMILY = ExperimentRun.class;

	private ExperimentRun() {
	}

	/**
	 * The folder of the experiment's newest run; before any run, the folder {@code <name>.results} of earlier versions
	 * (which may not exist).
	 */
	public static IFolder resultsFolder(IFile experiment) {
		Path file = experiment.getLocation().toFile().toPath();
		Path latest;
		try {
			latest = RunHistory.latest(file);
		} catch (IOException e) {
			latest = null;
		}
		if (latest != null && latest.getParent().equals(RunHistory.runsFolder(file))) {
			return runsFolder(experiment).getFolder(latest.getFileName().toString());
		}
		return experiment.getParent()
				.getFolder(IPath.fromOSString(RunHistory.legacyFolder(file).getFileName().toString()));
	}

	/** {@code <name>.runs} beside the experiment: one folder per run. */
	public static IFolder runsFolder(IFile experiment) {
		Path file = experiment.getLocation().toFile().toPath();
		IContainer parent = experiment.getParent();
		return parent.getFolder(IPath.fromOSString(RunHistory.runsFolder(file).getFileName().toString()));
	}

	/**
	 * Schedules the run of spec, read from experimentFile; whenDone receives results.json when the run wrote it.
	 */
	public static Job schedule(ExperimentSpec spec, IFile experimentFile, java.util.function.Consumer<IFile> whenDone) {
		return schedule(spec, experimentFile, null, whenDone);
	}

	/**
	 * Schedules the run of spec; with resumeFolder, the unfinished run there is finished (the cells its journal holds
	 * are taken from it) rather than a new run started.
	 */
	public static Job schedule(ExperimentSpec spec, IFile experimentFile, Path resumeFolder,
			java.util.function.Consumer<IFile> whenDone) {
		IFolder runs = runsFolder(experimentFile);
		Job job = new Job("Running experiment " + spec.id()) {
			@Override
			protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				SubMonitor sub = SubMonitor.convert(monitor, "Running " + spec.name(), 100);
				// a fresh folder per run, named by its start: no run replaces another
				Path out = resumeFolder != null ? resumeFolder
						: RunHistory.newRunFolder(experimentFile.getLocation().toFile().toPath(), Instant.now());
				IFolder results = runs.getFolder(out.getFileName().toString());
				try {
					BundleContext context = FrameworkUtil.getBundle(ExperimentRun.class).getBundleContext();
					AlgorithmRegistry registry = RegistryLocator.await(context, 10_000);
					if (registry == null) {
						return Status.error("No algorithm registry is running: the algorithms are not installed");
					}
					// the command line's service: plugins' cells in worker processes, the output-folder contract
					// (all files or none, an earlier run kept beside), the same provenance
					ExperimentRunService service = new ExperimentRunService(registry,
							WorkerLauncher.fromRunningProduct(), line -> ILog.of(ExperimentRun.class)
									.log(Status.warning(spec.id() + ": " + line)),
							Map.of()).withEngine(
									ExecutionPreferences
											.engineFor(experimentFile.getLocation().toFile().toPath()));
					RunRequest request = new RunRequest(spec, experimentFile.getLocation().toFile().toPath(),
							experimentFile.getLocation().toOSString(), out, null,
							RunOrigin.workbench("Run " + experimentFile.getFullPath()), resumeFolder != null);
					RunOutcome<ExperimentResult> outcome = service.run(request, new EclipseProgress(sub.split(95)));
					ExperimentResult result = outcome.result();
					runs.getParent().refreshLocal(IResource.DEPTH_ONE, sub.split(1));
					runs.refreshLocal(IResource.DEPTH_ONE, sub.split(1));
					results.refreshLocal(IResource.DEPTH_ONE, sub.split(3));
					IFile json = results.getFile(ResultsWriter.RESULTS_JSON);
					if (whenDone != null) {
						whenDone.accept(json);
					}
					return result.failures().isEmpty() ? Status.OK_STATUS
							: Status.warning(result.failures().size() + " cell(s) of " + spec.id()
									+ " failed; see the results");
				} catch (CancelledException | OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return Status.CANCEL_STATUS;
				} catch (IOException | RunInputException | IllegalArgumentException
						| io.streamwise.core.experiment.EngineException e) {
					return Status.error(spec.id() + ": " + e.getMessage(), e);
				} catch (CoreException e) {
					return e.getStatus();
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}
}
