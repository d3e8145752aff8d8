// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.ui.experiments;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.FrameworkUtil;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.bandits.run.PolicyExperiment;
import io.streamwise.core.io.OutputFolder;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.registry.RegistryLocator;
import io.streamwise.core.results.PolicyResults;
import io.streamwise.core.results.RunHistory;
import io.streamwise.core.run.RunOrigin;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.report.PolicyReport;
import io.streamwise.ui.jobs.EclipseProgress;

/**
 * Runs a policy experiment (protocol ONLINE or OFF_POLICY) as a cancellable job through {@link PolicyExperiment}, the
 * code {@code streamwise run} and {@code streamwise policy simulate|evaluate} use, into a new folder of the run
 * history beside the experiment, all files or none.
 */
public final class PolicyExperimentRun {

	private PolicyExperimentRun() {
	}

	/** The installed algorithms, waiting a little for them. */
	static AlgorithmRegistry registry() {
		try {
			return RegistryLocator.await(FrameworkUtil.getBundle(PolicyExperimentRun.class).getBundleContext(),
					10_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/**
	 * Checks the experiment and schedules its run; whenDone receives results.json once written.
	 *
	 * @throws IllegalArgumentException when the experiment cannot run (naming the file and the element)
	 */
	public static Job schedule(Experiment experiment, IFile file, Consumer<IFile> whenDone) {
		AlgorithmRegistry registry = registry();
		if (registry == null) {
			throw new IllegalArgumentException("no algorithm registry is running: the algorithms are not installed");
		}
		Path path = file.getLocation().toFile().toPath();
		PolicyExperiment x = PolicyExperiment.of(experiment, path, registry);
		IFolder runs = ExperimentRun.runsFolder(file);
		String command = "Run " + file.getFullPath();
		Job job = new Job("Running policy experiment " + x.id()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SubMonitor sub = SubMonitor.convert(monitor, "Running " + x.id(), 100);
				Path out = RunHistory.newRunFolder(path, Instant.now());
				try {
					OutputFolder.check(out);
					PolicyResults results = x.run(RunOrigin.workbench(command), new EclipseProgress(sub.split(95)));
					try (OutputFolder folder = OutputFolder.create(out)) {
						x.write(results, folder.staging());
						PolicyReport.writeCharts(folder.staging(), results); // as the commands write them
						if (monitor.isCanceled()) {
							return Status.CANCEL_STATUS;
						}
						folder.commit();
					}
					runs.getParent().refreshLocal(IResource.DEPTH_ONE, sub.split(1));
					runs.refreshLocal(IResource.DEPTH_ONE, sub.split(1));
					IFolder written = runs.getFolder(out.getFileName().toString());
					written.refreshLocal(IResource.DEPTH_ONE, sub.split(3));
					if (whenDone != null) {
						whenDone.accept(written.getFile("results.json"));
					}
					return Status.OK_STATUS;
				} catch (CancelledException | OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (Exception e) {
					String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
					return Status.error(x.id() + ": " + why, e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ExperimentRun.FAMILY;
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}
}
