package io.streamwise.core.registry;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Installs plugin jars dropped into the {@code dropins/} folder of an installation: every {@code *.jar} there is
 * installed as a bundle (by reference, so the jar stays where it is), updated when the jar is newer than the
 * installed bundle, and uninstalled when its jar is gone. The framework remembers installed bundles between runs,
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
	 * Brings the installed dropins in line with the jars in {@code folder}, then resolves them.
	 *
	 * @param problems receives one line per jar that could not be installed, updated or removed
	 * @return the dropped-in bundles now installed
	 */
	public static List<Bundle> synchronise(BundleContext context, Path folder, List<String> problems) {
		List<Bundle> present = new ArrayList<>();
		String prefix = PREFIX + folder.toAbsolutePath().normalize().toUri();
		boolean removed = false;
		for (Bundle b : context.getBundles()) {
			if (!b.getLocation().startsWith(prefix)) {
				continue;
			}
			Path jar = Path.of(URI.create(b.getLocation().substring(PREFIX.length())));
			try {
				if (!Files.isRegularFile(jar)) {
					b.uninstall();
					removed = true;
				} else if (Files.getLastModifiedTime(jar).toMillis() > b.getLastModified()) {
					b.update();
				}
			} catch (BundleException | IOException | RuntimeException e) {
				problems.add("dropin " + jar.getFileName() + ": " + e.getMessage());
			}
		}
		if (Files.isDirectory(folder)) {
			try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
				for (Path jar : jars) {
					String location = PREFIX + jar.toAbsolutePath().normalize().toUri();
					try {
						present.add(context.installBundle(location)); // the bundle already installed, if it is
					} catch (BundleException | RuntimeException e) {
						problems.add("dropin " + jar.getFileName() + " is not a usable bundle: " + e.getMessage());
					}
				}
			} catch (IOException e) {
				problems.add("cannot list " + folder + ": " + e.getMessage());
			}
		}
		FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_ID).adapt(FrameworkWiring.class);
		if (removed) {
			wiring.refreshBundles(null);
		}
		if (!present.isEmpty()) {
			wiring.resolveBundles(present);
			for (Bundle b : present) {
				if (b.getState() == Bundle.INSTALLED) {
					problems.add("dropin " + b.getSymbolicName() + " cannot be resolved: it needs bundles or packages"
							+ " the installation does not have");
				}
			}
		}
		return present;
	}
}
