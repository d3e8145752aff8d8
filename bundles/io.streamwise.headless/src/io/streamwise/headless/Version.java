package io.streamwise.headless;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code streamwise --version}: this bundle's version from its manifest (the product's build), and the Java that runs
 * it. Read from the manifest rather than from OSGi, so that the launcher answers it without starting the framework.
 */
final class Version implements IVersionProvider {

	static final String BUNDLE = "io.streamwise.headless";

	@Override
	public String[] getVersion() {
		return new String[] { "streamwise " + bundleVersion(),
				"Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
						+ System.getProperty("os.name") + " " + System.getProperty("os.arch") };
	}

	/** The Bundle-Version of this bundle's manifest, or "unknown" when no manifest of it is found. */
	static String bundleVersion() {
		try {
			Enumeration<URL> manifests = Version.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
			while (manifests.hasMoreElements()) {
				try (InputStream in = manifests.nextElement().openStream()) {
					Attributes main = new Manifest(in).getMainAttributes();
					String name = main.getValue("Bundle-SymbolicName");
					if (name != null && name.split(";")[0].trim().equals(BUNDLE)) {
						String version = main.getValue("Bundle-Version");
						return version == null ? "unknown" : version;
					}
				}
			}
		} catch (IOException e) {
			// no readable manifest: the version is unknown, the rest of the answer stands
		}
		return "unknown";
	}
}
