package io.streamwise.core.registry;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Finds the {@link AlgorithmRegistry} service in a running OSGi framework. Bundles that declare components but were
 * never started are started first, after the jars in the installation's {@code dropins/} folder are installed
 * ({@link Dropins}), so that every installed algorithm is listed.
 */
public final class RegistryLocator {

	private RegistryLocator() {
	}

	/**
	 * @param problems receives one line per bundle that failed to start
	 * @return the registry, or null when none appeared within the timeout (the Declarative Services runtime is not
	 *         running)
	 */
	public static AlgorithmRegistry await(BundleContext context, long timeoutMillis, List<String> problems)
			throws InterruptedException {
		java.nio.file.Path dropins = Dropins.folder(context);
		if (dropins != null) {
			Dropins.synchronise(context, dropins, problems);
		}
		for (Bundle b : context.getBundles()) {
			if (b.getHeaders().get("Service-Component") != null && b.getHeaders().get("Fragment-Host") == null
					&& b.getState() == Bundle.RESOLVED) {
				try {
					b.start(Bundle.START_TRANSIENT);
				} catch (Exception e) {
					problems.add("bundle " + b.getSymbolicName() + " failed to start: " + e.getMessage());
				}
			}
		}
		ServiceTracker<AlgorithmRegistry, AlgorithmRegistry> tracker = new ServiceTracker<>(context,
				AlgorithmRegistry.class, null);
		tracker.open();
		try {
			return tracker.waitForService(timeoutMillis);
		} finally {
			tracker.close();
		}
	}

	/** Convenience for callers that only print problems. */
	public static AlgorithmRegistry await(BundleContext context, long timeoutMillis) throws InterruptedException {
		return await(context, timeoutMillis, new ArrayList<>());
	}
}
