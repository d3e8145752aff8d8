package io.streamwise.core.experiment;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts worker processes for isolated cells: the same Java, Equinox launcher jar and installation as the running
 * product, with the worker application {@value #APPLICATION} and the parent's heap settings. The environment variable
 * {@value #VMARGS_VARIABLE} adds JVM options for workers only (a later {@code -Xmx} wins).
 */
public final class WorkerLauncher {

	/** The Eclipse application a worker runs (declared by the headless bundle). */
	public static final String APPLICATION = "io.streamwise.headless.worker";
	/** Environment variable with extra JVM options for workers, separated by spaces. */
	public static final String VMARGS_VARIABLE = "STREAMWISE_WORKER_VMARGS";

	private final List<String> command;
	private final String unavailable;

	private WorkerLauncher(List<String> command, String unavailable) {
		this.command = command == null ? null : List.copyOf(command);
		this.unavailable = unavailable;
	}

	/** A launcher with a fixed command line, to which the request file is appended. */
	public static WorkerLauncher of(List<String> command) {
		return new WorkerLauncher(command, null);
	}

	/** Whether workers can be started; when not, {@link #whyNot()} says why. */
	public boolean available() {
		return command != null;
	}

	public String whyNot() {
		return unavailable;
	}

	/** The command line that serves the request file. */
	List<String> command(Path request) {
		List<String> c = new ArrayList<>(command);
		c.add(request.toAbsolutePath().toString());
		return c;
	}

	/**
	 * The launcher of the running product, found from the properties Equinox sets ({@code osgi.install.area}), the
	 * launcher jar this JVM was started with (or the one under {@code plugins/}) and {@code java.home}. Not started
	 * from a Streamwise product ({@code eclipse.product}; tests, a development launch), it is unavailable with the
	 * reason.
	 */
	public static WorkerLauncher fromRunningProduct() {
		String product = System.getProperty("eclipse.product");
		if (product == null || !product.startsWith("io.streamwise.")) {
			return new WorkerLauncher(null, "not started from a Streamwise product (eclipse.product is "
					+ (product == null ? "unset" : product) + ")");
		}
		String area = System.getProperty("osgi.install.area");
		if (area == null || !area.startsWith("file:")) {
			return new WorkerLauncher(null, "not started from a Streamwise product (osgi.install.area is "
					+ (area == null ? "unset" : area) + ")");
		}
		Path install;
		try {
			install = Path.of(URI.create(area.replace(" ", "%20")));
		} catch (IllegalArgumentException e) {
			return new WorkerLauncher(null, "osgi.install.area " + area + " is not a folder");
		}
		Path jar = launcherJar(install);
		if (jar == null) {
			return new WorkerLauncher(null, "not started from a Streamwise product (no Equinox launcher jar under "
					+ install.resolve("plugins") + ")");
		}
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		if (!Files.isExecutable(java)) {
			return new WorkerLauncher(null, "no executable " + java);
		}
		List<String> c = new ArrayList<>();
		c.add(java.toString());
		for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
			if (inherited(arg)) {
				c.add(arg);
			}
		}
		// an exhausted heap ends the worker at once (exit code 3, a line on standard error) instead of leaving it
		// half-broken; the parent reports it as the cell's failure
		c.add("-XX:+ExitOnOutOfMemoryError");
		c.add("-Djava.awt.headless=true");
		String extra = System.getenv(VMARGS_VARIABLE);
		if (extra != null) {
			for (String arg : extra.trim().split("\\s+")) {
				if (!arg.isEmpty()) {
					c.add(arg);
				}
			}
		}
		c.addAll(List.of("-jar", jar.toString(), "-install", install.toString()));
		// the parent's configuration: the product's headless one (no workbench bundles) when the launcher chose it
		String configuration = System.getProperty("osgi.configuration.area");
		if (configuration != null && configuration.startsWith("file:")
				&& configuration.replaceAll("/+$", "").endsWith("/configuration-headless")) {
			c.addAll(List.of("-configuration", configuration));
		}
		c.addAll(List.of("-application", APPLICATION, "-data", "@none", "-noSplash"));
		return new WorkerLauncher(c, null);
	}

	/**
	 * JVM options a worker takes over from its parent: heap, stack and system properties, not agents or debuggers; of
	 * Equinox's, only the framework jar the product's script chose (its unsigned copy), so that parent and worker start
	 * the same framework in the same configuration.
	 */
	static boolean inherited(String arg) {
		return (arg.startsWith("-Xm") || arg.startsWith("-Xss") || arg.startsWith("-D") || arg.startsWith("-XX:Max")
				|| arg.startsWith("-XX:+Use") || arg.startsWith("--add-opens") || arg.startsWith("--enable-native"))
				&& (!arg.startsWith("-Dosgi.") || arg.startsWith("-Dosgi.framework=")) && !arg.startsWith("-Declipse.");
	}

	/** The launcher jar on this JVM's command line, else the first under the installation's plugins folder. */
	private static Path launcherJar(Path install) {
		String command = System.getProperty("sun.java.command", "");
		int space = command.indexOf(' ');
		String first = space < 0 ? command : command.substring(0, space);
		if (first.endsWith(".jar") && Path.of(first).getFileName().toString().startsWith("org.eclipse.equinox.launcher")
				&& Files.isRegularFile(Path.of(first))) {
			return Path.of(first).toAbsolutePath();
		}
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(install.resolve("plugins"),
				"org.eclipse.equinox.launcher_*.jar")) {
			for (Path p : jars) {
				return p;
			}
		} catch (IOException e) {
			// no plugins folder: not a product
		}
		return null;
	}
}
