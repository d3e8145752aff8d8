package io.streamwise.headless;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import io.streamwise.core.experiment.CellWorker;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.registry.RegistryLocator;

/**
 * The worker process of isolated cells ({@code io.streamwise.headless.worker}): started by a run with the path of a
 * request file, it runs the requested cells and reports them on standard output (see {@link CellWorker}). Whatever
 * plugin code prints to {@code System.out} goes to standard error instead, so that it cannot garble the reports.
 */
public final class WorkerApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		System.setOut(System.err);
		// getArguments() is a raw Map in the Equinox API
		Object given = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		String[] args = given instanceof String[] a ? a : new String[0];
		context.applicationRunning();
		if (args.length != 1) {
			System.err.println("streamwise worker: expected the path of one request file, got " + args.length
					+ " arguments");
			return Integer.valueOf(2);
		}
		BundleContext bc = FrameworkUtil.getBundle(getClass()).getBundleContext();
		List<String> problems = new ArrayList<>();
		AlgorithmRegistry registry = RegistryLocator.await(bc, 10_000, problems);
		problems.forEach(p -> System.err.println("streamwise worker: warning: " + p));
		if (registry == null) {
			System.err.println("streamwise worker: the algorithm registry did not start");
			return Integer.valueOf(70);
		}
		return Integer.valueOf(CellWorker.serve(registry, Path.of(args[0]), protocol));
	}

	@Override
	public void stop() {
		// the parent kills a worker it no longer needs
	}
}
