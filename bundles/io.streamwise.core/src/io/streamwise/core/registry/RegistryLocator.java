package io.streamwise.core.registry;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.PolicyFactory;
import io.streamwise.api.algorithm.RecommenderFactory;

/**
 * Finds the {@link AlgorithmRegistry} service in a running OSGi framework. Bundles that declare components but were
 * never started are started first, after the jars in the installation's {@code dropins/} folder are installed
 * ({@link Dropins}), so that every installed algorithm is listed.
 */
public final class RegistryLocator {

	/** What the last discovery found wrong, for front ends that show it later (the workbench's views). */
	private static volatile List<String> lastProblems = List.of();

	private RegistryLocator() {
	}

	/**
	 * The problems the last {@link #await} found: dropins that could not be installed, updated, resolved or started,
	 * and dropins that provide no algorithm. Ids claimed twice are the registry's {@link AlgorithmRegistry#conflicts()}.
	 */
	public static List<String> problems() {
		return lastProblems;
	}

	/**
	 * @param problems receives one line per bundle that failed to start
	 * @return the registry, or null when none appeared within the timeout (the Declarative Services runtime is not
	 *         running)
	 */
	public static AlgorithmRegistry await(BundleContext context, long timeoutMillis, List<String> problems)
			throws InterruptedException {
		List<String> found = new ArrayList<>();
		java.nio.file.Path dropins = Dropins.folder(context);
		List<Bundle> dropped = dropins == null ? List.of() : Dropins.synchronise(context, dropins, found);
		for (Bundle b : context.getBundles()) {
			// the raw headers: getHeaders() localises them, which creates every bundle's class loader to look for
			// its resource bundle (a tenth of the CPU of 'streamwise algorithms')
			Dictionary<String, String> headers = b.getHeaders("");
			if (headers.get("Service-Component") != null && headers.get("Fragment-Host") == null
					&& b.getState() == Bundle.RESOLVED) {
				try {
					b.start(Bundle.START_TRANSIENT);
				} catch (Exception e) {
					found.add("bundle " + b.getSymbolicName() + " failed to start: " + Dropins.reason(e));
				}
			}
		}
		ServiceTracker<AlgorithmRegistry, AlgorithmRegistry> tracker = new ServiceTracker<>(context,
				AlgorithmRegistry.class, null);
		tracker.open();
		try {
			AlgorithmRegistry registry = tracker.waitForService(timeoutMillis);
			if (registry != null) {
				found.addAll(withoutAlgorithm(dropped));
			}
			lastProblems = List.copyOf(found);
			problems.addAll(found);
			return registry;
		} finally {
			tracker.close();
		}
	}

	/**
	 * Started dropins with components of which none registers an algorithm factory: a component with another
	 * service, or one whose references are not satisfied. (Dropins without any component are reported by
	 * {@link Dropins#synchronise}.)
	 */
	static List<String> withoutAlgorithm(List<Bundle> dropped) {
		List<String> out = new ArrayList<>();
		for (Bundle b : dropped) {
			if (b.getState() != Bundle.ACTIVE || b.getHeaders("").get("Service-Component") == null) {
				continue;
			}
			boolean algorithm = false;
			ServiceReference<?>[] services = b.getRegisteredServices();
			for (ServiceReference<?> r : services == null ? new ServiceReference<?>[0] : services) {
				for (String type : (String[]) r.getProperty(Constants.OBJECTCLASS)) {
					algorithm |= type.equals(RecommenderFactory.class.getName())
							|| type.equals(ConversionModelFactory.class.getName())
							|| type.equals(PolicyFactory.class.getName());
				}
			}
			if (!algorithm) {
				out.add("dropin " + b.getSymbolicName() + " " + b.getVersion() + " (" + Dropins.jarName(b)
						+ ") provides no algorithm: none of its components registers a RecommenderFactory,"
						+ " ConversionModelFactory or PolicyFactory (declare @Component(service = RecommenderFactory.class) on the"
						+ " factory; a component whose required references are missing registers nothing)");
			}
		}
		return out;
	}

	/** Convenience for callers that only print problems. */
	public static AlgorithmRegistry await(BundleContext context, long timeoutMillis) throws InterruptedException {
		return await(context, timeoutMillis, new ArrayList<>());
	}
}
