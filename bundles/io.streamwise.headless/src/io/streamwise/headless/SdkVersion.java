package io.streamwise.headless;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.jar.JarFile;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import io.streamwise.api.algorithm.Recommender;

/**
 * The SDK this installation carries, as a Maven version: the API bundle's version without its build qualifier, a
 * snapshot (Streamwise has not been released; a release would pass --sdk-version). Help is answered on a plain class
 * path without the OSGi framework (CommandLauncher), so the framework's classes are touched only when it runs; else
 * the version comes from the API jar's manifest.
 */
final class SdkVersion {

	private SdkVersion() {
	}

	static String installed() {
		String version;
		try {
			version = Framework.apiVersion();
		} catch (LinkageError e) { // no framework on the class path
			version = fromManifest();
		}
		return (version == null ? "0.1.0" : version) + "-SNAPSHOT";
	}

	/** A class of its own, so that only calling it (never loading SdkVersion) needs the framework's classes. */
	private static final class Framework {

		static String apiVersion() {
			Bundle api = FrameworkUtil.getBundle(Recommender.class);
			if (api == null) {
				return fromManifest();
			}
			Version v = api.getVersion();
			return v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
		}
	}

	/** major.minor.micro of the API jar's Bundle-Version, or null. */
	private static String fromManifest() {
		try {
			Path jar = Path.of(Recommender.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			try (JarFile file = new JarFile(jar.toFile())) {
				String version = file.getManifest().getMainAttributes().getValue("Bundle-Version");
				if (version == null) {
					return null;
				}
				String[] parts = version.trim().split("\\.");
				return parts.length < 3 ? null : parts[0] + "." + parts[1] + "." + parts[2];
			}
		} catch (IOException | URISyntaxException | RuntimeException e) {
			return null;
		}
	}
}
