package io.streamwise.headless;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.jar.JarFile;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.core.registry.AlgorithmRegistry;

/**
 * The SDK this installation carries, as Maven versions without build qualifiers, snapshots (Streamwise has not been
 * released; a release would pass --sdk-version and --api-version). The API bundle versions on its own (semantic
 * versioning, checked against its baseline), so it has a version of its own; the rest of the SDK (core, model, the
 * kit, the target definition) shares core's. Help is answered on a plain class path without the OSGi framework
 * (CommandLauncher), so the framework's classes are touched only when it runs; else the versions come from the jars'
 * manifests.
 */
final class SdkVersion {

	private SdkVersion() {
	}

	/** The version of the SDK's artifacts other than the API: core's. */
	static String installed() {
		return snapshot(AlgorithmRegistry.class);
	}

	/** The version of the API artifact, io.streamwise.api. */
	static String api() {
		return snapshot(Recommender.class);
	}

	private static String snapshot(Class<?> member) {
		String version;
		try {
			version = Framework.bundleVersion(member);
		} catch (LinkageError e) { // no framework on the class path
			version = fromManifest(member);
		}
		return (version == null ? "0.1.0" : version) + "-SNAPSHOT";
	}

	/** A class of its own, so that only calling it (never loading SdkVersion) needs the framework's classes. */
	private static final class Framework {

		static String bundleVersion(Class<?> member) {
			Bundle bundle = FrameworkUtil.getBundle(member);
			if (bundle == null) {
				return fromManifest(member);
			}
			Version v = bundle.getVersion();
			return v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
		}
	}

	/** major.minor.micro of the Bundle-Version of the jar holding this class, or null. */
	private static String fromManifest(Class<?> member) {
		try {
			Path jar = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
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
