package io.streamwise.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.registry.RegistryLocator;

/**
 * What went wrong with the installed plugins (a dropin that cannot be read, resolved or started, one that provides
 * no algorithm, an id claimed twice), shown where the workbench shows problems: one warning marker per problem on the
 * workspace root (the Problems view lists them), one warning in the Error Log, and the Algorithms view's header.
 */
public final class PluginProblems {

	/** Marks the markers this class made, so that the next start replaces them rather than adding more. */
	static final String MARKER_SOURCE = "io.streamwise.plugins";

	private PluginProblems() {
	}

	/** The problems now: those the last discovery found, and the ids the registry holds twice. */
	public static List<String> current(AlgorithmRegistry registry) {
		List<String> out = new ArrayList<>(RegistryLocator.problems());
		if (registry != null) {
			out.addAll(registry.conflicts());
		}
		return out;
	}

	/** Discovers the plugins in a background job and publishes the problems it finds. */
	public static void publishInBackground() {
		Job job = Job.create("Checking installed plugins", (IProgressMonitor monitor) -> {
			Bundle bundle = FrameworkUtil.getBundle(PluginProblems.class);
			try {
				AlgorithmRegistry registry = RegistryLocator.await(bundle.getBundleContext(), 10_000);
				publish(current(registry));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Replaces the plugin markers with one per problem, and logs each problem. */
	public static void publish(List<String> problems) {
		Bundle bundle = FrameworkUtil.getBundle(PluginProblems.class);
		ILog log = bundle == null ? null : ILog.of(bundle);
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		try {
			for (IMarker m : root.findMarkers(IMarker.PROBLEM, false, IResource.DEPTH_ZERO)) {
				if (MARKER_SOURCE.equals(m.getAttribute(IMarker.SOURCE_ID, ""))) {
					m.delete();
				}
			}
			for (String p : problems) {
				IMarker m = root.createMarker(IMarker.PROBLEM);
				m.setAttribute(IMarker.MESSAGE, "Plugins: " + p);
				m.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_WARNING);
				m.setAttribute(IMarker.SOURCE_ID, MARKER_SOURCE);
				m.setAttribute(IMarker.LOCATION, "dropins");
				if (log != null) {
					log.log(new Status(IStatus.WARNING, bundle.getSymbolicName(), p));
				}
			}
		} catch (CoreException e) {
			if (log != null) {
				log.log(e.getStatus());
			}
		}
	}
}
