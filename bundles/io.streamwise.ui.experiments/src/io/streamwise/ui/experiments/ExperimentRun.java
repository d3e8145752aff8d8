package io.streamwise.ui.experiments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentResult;
import io.streamwise.core.experiment.ExperimentRunner;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.LoadedDataset;
import io.streamwise.core.experiment.ResultsWriter;
import io.streamwise.core.experiment.WorkerLauncher;
import io.streamwise.core.io.OutputFolder;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.registry.RegistryLocator;
import io.streamwise.ui.jobs.EclipseProgress;

/**
 * Runs an experiment as a job: loads its dataset, runs the comparison and writes the results to the folder
 * {@code <name>.results} next to the experiment file (results.json, results.csv, costs.csv, per_unit.csv and a copy of the
 * experiment), as {@code streamwise run} does. Cancelling the job stops the run and writes nothing.
 */
public final class ExperimentRun {

	/** Family of run jobs, to find or wait for them. */
	public static final Object FAMILY = ExperimentRun.class;

	private ExperimentRun() {
	}

	/** The folder the results of this experiment file are written to. */
	public static IFolder resultsFolder(IFile experiment) {
		String name = experiment.getName().replaceFirst("\\.experiment$", "");
		IContainer parent = experiment.getParent();
		return parent.getFolder(new org.eclipse.core.runtime.Path(name + ".results"));
	}

	/**
	 * Schedules the run of spec, read from experimentFile; whenDone receives results.json when the run wrote it.
	 */
	public static Job schedule(ExperimentSpec spec, IFile experimentFile, java.util.function.Consumer<IFile> whenDone) {
		IFolder results = resultsFolder(experimentFile);
		Path base = experimentFile.getLocation().toFile().toPath().getParent();
		Path out = results.getLocation().toFile().toPath();
		Job job = new Job("Running experiment " + spec.id()) {
			@Override
			protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				SubMonitor sub = SubMonitor.convert(monitor, "Running " + spec.name(), 100);
				try {
					BundleContext context = FrameworkUtil.getBundle(ExperimentRun.class).getBundleContext();
					AlgorithmRegistry registry = RegistryLocator.await(context, 10_000);
					if (registry == null) {
						return Status.error("No algorithm registry is running: the algorithms are not installed");
					}
					// plugins' cells run in worker processes of this product, as with 'streamwise run'
					ExperimentRunner runner = new ExperimentRunner(registry).withWorkers(
							WorkerLauncher.fromRunningProduct(), line -> ILog.of(ExperimentRun.class)
									.log(Status.warning(spec.id() + ": " + line)));
					runner.validate(spec);
					OutputFolder.check(out); // before the work: a results folder that cannot be replaced
					sub.subTask("Loading the dataset");
					LoadedDataset data = DatasetLoader.load(spec.dataset(), base, spec.seed(),
							new EclipseProgress(sub.split(30)));
					ExperimentResult result = runner.run(spec, experimentFile.getLocation().toOSString(), data,
							environment(context), new EclipseProgress(sub.split(65)));
					sub.subTask("Writing results");
					// the command line's output-folder contract: all files or none, an earlier run kept beside
					try (OutputFolder folder = OutputFolder.create(out)) {
						ResultsWriter.write(result, folder.staging());
						ExperimentFiles.write(spec, folder.staging().resolve("experiment.experiment"));
						if (monitor.isCanceled()) {
							return Status.CANCEL_STATUS;
						}
						folder.commit();
					}
					results.getParent().refreshLocal(IResource.DEPTH_ONE, sub.split(2));
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
				} catch (IOException | IllegalArgumentException e) {
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

	private static Map<String, String> environment(BundleContext context) {
		Map<String, String> env = new LinkedHashMap<>();
		env.put("java.version", System.getProperty("java.version"));
		env.put("java.vendor", System.getProperty("java.vendor"));
		env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch"));
		env.put("runner", "workbench");
		for (Bundle b : context.getBundles()) {
			String name = b.getSymbolicName();
			if (name != null && name.startsWith("io.streamwise")) {
				env.put("bundle:" + name, b.getVersion().toString());
			}
		}
		return env;
	}
}
