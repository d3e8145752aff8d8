package io.streamwise.headless;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.registry.RegistryLocator;

/**
 * The Eclipse application behind {@code ./streamwise}: finds the algorithm registry (filled by Declarative Services),
 * then hands the command line to {@link Cli}. Its return value is the process's exit code.
 */
public final class HeadlessApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
				new String[0]);
		context.applicationRunning();
		BundleContext bc = FrameworkUtil.getBundle(getClass()).getBundleContext();
		List<String> problems = new ArrayList<>();
		AlgorithmRegistry registry = RegistryLocator.await(bc, 10_000, problems);
		problems.forEach(p -> System.err.println("streamwise: warning: " + p));
		if (registry == null) {
			System.err.println("streamwise: the algorithm registry did not start (is org.apache.felix.scr running?)");
			return Integer.valueOf(70);
		}
		return Integer.valueOf(new Cli(registry, environment(bc), System.out, System.err).run(args));
	}

	/** Versions of the Streamwise bundles and the runtime, for the provenance of results. */
	private static Map<String, String> environment(BundleContext bc) {
		Map<String, String> env = new LinkedHashMap<>(Cli.runtimeEnvironment());
		for (Bundle b : bc.getBundles()) {
			String name = b.getSymbolicName();
			if (name != null && (name.startsWith("io.streamwise") || b.getHeaders().get("Service-Component") != null
					&& !name.startsWith("org.eclipse") && !name.startsWith("org.apache"))) {
				env.put("bundle:" + name, b.getVersion().toString());
			}
		}
		return env;
	}

	@Override
	public void stop() {
		// commands end on their own; nothing to interrupt
	}
}
