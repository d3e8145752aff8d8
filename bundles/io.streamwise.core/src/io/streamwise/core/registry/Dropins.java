package io.streamwise.core.registry;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.ExecutionEnvironmentNamespace;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;

/**
 * Installs plugin jars dropped into the {@code dropins/} folder of an installation: every {@code *.jar} there is
 * installed as a bundle (by reference, so the jar stays where it is), updated when the jar's content differs from
 * what was installed (by SHA-256, recorded in {@link InstalledHashes}), and uninstalled when its jar is gone. The framework remembers installed bundles between runs,
 * which is why removal is handled here too.
 * <p>
 * This is deliberately simpler than p2's dropins reconciler, which needs p2 artifacts the build cannot take from
 * Maven Central: a dropped-in jar must be an OSGi bundle whose requirements the installation already satisfies.
 */
public final class Dropins {

	/** The folder under the installation where plugins are dropped. */
	public static final String FOLDER = "dropins";

	private static final String PREFIX = "reference:";

	private Dropins() {
	}

	/** The dropins folder of the running installation, or null when the installation's location is not a folder. */
	public static Path folder(BundleContext context) {
		String area = context.getProperty("osgi.install.area");
		if (area == null || !area.startsWith("file:")) {
			return null;
		}
		try {
			return Path.of(URI.create(area.replace(" ", "%20"))).resolve(FOLDER);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** Whether the bundle was installed from the running installation's dropins folder by {@link #synchronise}. */
	public static boolean isDropin(Bundle bundle) {
		Bundle self = FrameworkUtil.getBundle(Dropins.class);
		BundleContext context = self == null ? null : self.getBundleContext();
		Path folder = context == null ? null : folder(context);
		return folder != null
				&& bundle.getLocation().startsWith(PREFIX + folder.toAbsolutePath().normalize().toUri());
	}

	/**
	 * Brings the installed dropins in line with the jars in {@code folder}, then resolves them. A jar counts as changed
	 * when its content (SHA-256) differs from what was installed, whatever its file date: a jar copied with its old
	 * date ({@code cp -p}, {@code unzip}, {@code rsync -a}) is updated too.
	 *
	 * @param problems receives one line per jar that could not be installed, updated, removed or resolved, or that
	 *                 provides no component, each naming the jar and the underlying cause
	 * @return the dropped-in bundles now installed
	 */
	public static List<Bundle> synchronise(BundleContext context, Path folder, List<String> problems) {
		List<Bundle> present = new ArrayList<>();
		String prefix = PREFIX + folder.toAbsolutePath().normalize().toUri();
		InstalledHashes hashes = InstalledHashes.load(context);
		boolean removed = false;
		for (Bundle b : context.getBundles()) {
			if (!b.getLocation().startsWith(prefix)) {
				continue;
			}
			Path jar = Path.of(URI.create(b.getLocation().substring(PREFIX.length())));
			try {
				if (!Files.isRegularFile(jar)) {
					b.uninstall();
					hashes.forget(b.getLocation());
					removed = true;
				} else {
					String sha = AlgorithmSource.sha256(jar);
					if (!sha.equals(hashes.get(b.getLocation()))) {
						// unknown or different content: the framework's copy of the headers may be stale
						b.update();
						hashes.put(b.getLocation(), sha);
					}
				}
			} catch (BundleException | IOException | RuntimeException e) {
				problems.add("dropin " + jar.getFileName() + " could not be updated: " + reason(e));
			}
		}
		if (Files.isDirectory(folder)) {
			try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
				for (Path jar : sorted(jars)) {
					String location = PREFIX + jar.toAbsolutePath().normalize().toUri();
					try {
						Bundle b = context.getBundle(location);
						if (b == null) {
							String sha = AlgorithmSource.sha256(jar);
							b = context.installBundle(location);
							hashes.put(location, sha);
						}
						present.add(b);
					} catch (BundleException | IOException | RuntimeException e) {
						String why = reason(e);
						problems.add("dropin " + jar.getFileName() + " is not a usable bundle: " + why
								+ manifestHeader(jar, why));
					}
				}
			} catch (IOException e) {
				problems.add("cannot list " + folder + ": " + reason(e));
			}
		}
		hashes.save(problems);
		FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_ID).adapt(FrameworkWiring.class);
		if (removed) {
			wiring.refreshBundles(null);
		}
		if (!present.isEmpty()) {
			wiring.resolveBundles(present);
			for (Bundle b : present) {
				String name = b.getSymbolicName() + " " + b.getVersion() + " (" + jarName(b) + ")";
				if (b.getSymbolicName() == null) {
					problems.add("dropin " + jarName(b) + " is not an OSGi bundle: its manifest has no"
							+ " Bundle-SymbolicName, so it provides no algorithm");
				} else if (b.getState() == Bundle.INSTALLED) {
					problems.add("dropin " + name + " cannot be resolved: " + unresolved(b, wiring));
				} else if (b.getHeaders("").get(Constants.FRAGMENT_HOST) == null
						&& b.getHeaders("").get("Service-Component") == null) {
					problems.add("dropin " + name + " provides no algorithm: it declares no Declarative Services"
							+ " component (no Service-Component header); a plugin needs @Component on its factory"
							+ " (docs/plugins.md), a library that other dropins use may ignore this");
				}
			}
		}
		return present;
	}

	/** The jar's file name as the dropins folder shows it. */
	static String jarName(Bundle b) {
		Path jar = AlgorithmSource.file(b);
		return jar == null ? b.getLocation() : "dropins/" + jar.getFileName();
	}

	private static List<Path> sorted(DirectoryStream<Path> paths) {
		List<Path> out = new ArrayList<>();
		paths.forEach(out::add);
		out.sort(null);
		return out;
	}

	/**
	 * What the framework said and what caused it, on one line: the framework's "An error occurred trying to read the
	 * bundle" alone would hide that the jar is no zip file or which manifest header is wrong.
	 */
	static String reason(Throwable e) {
		List<String> parts = new ArrayList<>();
		for (Throwable t = e; t != null && parts.size() < 5; t = t.getCause()) {
			String m = t.getMessage();
			String raw = m == null || m.isBlank() ? t.getClass().getSimpleName()
					: t instanceof IOException && t != e ? t.getClass().getSimpleName() + ": " + m : m;
			String text = raw.strip().replaceAll("\\s*\\R\\s*", "; ");
			if (parts.stream().noneMatch(p -> p.contains(text))) {
				parts.add(text);
			}
		}
		return String.join(": ", parts);
	}

	/**
	 * Which manifest header holds a value the framework's message quotes ({@code invalid range "[1.0,oops)"}), as
	 * " (manifest header Import-Package)", or empty when none does or the manifest cannot be read.
	 */
	static String manifestHeader(Path jar, String message) {
		List<String> quoted = new ArrayList<>();
		Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(message);
		while (m.find()) {
			quoted.add(m.group(1));
		}
		if (quoted.isEmpty()) {
			return "";
		}
		try (JarFile file = new JarFile(jar.toFile())) {
			Manifest manifest = file.getManifest();
			if (manifest == null) {
				return "";
			}
			for (String value : quoted) {
				for (Map.Entry<Object, Object> header : manifest.getMainAttributes().entrySet()) {
					if (header.getValue().toString().contains(value)) {
						return " (manifest header " + header.getKey() + ")";
					}
				}
			}
		} catch (IOException | RuntimeException e) {
			// the manifest itself cannot be read: the framework's message is all there is
		}
		return "";
	}

	/** The requirements of an unresolved bundle that nothing installed satisfies, each with its version range. */
	static String unresolved(Bundle b, FrameworkWiring wiring) {
		BundleRevision revision = b.adapt(BundleRevision.class);
		List<String> missing = new ArrayList<>();
		if (revision != null) {
			for (Requirement r : revision.getRequirements(null)) {
				String namespace = r.getNamespace();
				boolean relevant = namespace.equals(PackageNamespace.PACKAGE_NAMESPACE)
						|| namespace.equals(BundleNamespace.BUNDLE_NAMESPACE)
						|| namespace.equals(HostNamespace.HOST_NAMESPACE)
						|| namespace.equals(ExecutionEnvironmentNamespace.EXECUTION_ENVIRONMENT_NAMESPACE);
				String resolution = r.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE);
				String effective = r.getDirectives().get(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE);
				if (!relevant || Namespace.RESOLUTION_OPTIONAL.equals(resolution)
						|| effective != null && !Namespace.EFFECTIVE_RESOLVE.equals(effective)) {
					continue;
				}
				if (wiring.findProviders(r).stream().allMatch(c -> c.getRevision().equals(revision))) {
					missing.add(Requirements.describe(r));
				}
			}
		}
		if (!missing.isEmpty()) {
			return "it needs " + String.join(", ", missing) + ", which no installed bundle provides";
		}
		// every requirement has a provider on its own: a conflict between them, which only the resolver can explain
		try {
			b.start(Bundle.START_TRANSIENT);
			return "the framework resolved it only on a second attempt";
		} catch (BundleException | RuntimeException e) {
			return reason(e);
		}
	}
}
