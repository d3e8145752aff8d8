package io.streamwise.core.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import io.streamwise.api.algorithm.AlgorithmFactory;

/**
 * Which bundle supplies an algorithm: its symbolic name, version, the jar it was installed from and whether that jar
 * lies in the installation's {@code dropins/} folder. Outside OSGi (tests building a registry from a list) the bundle
 * is unknown and every field but the class name is null.
 *
 * @param bundle    the bundle's symbolic name, or null outside OSGi
 * @param version   the bundle's version, or null outside OSGi
 * @param jar       the jar (or folder) the bundle was installed from, or null when its location is no file
 * @param dropin    whether the bundle came from the dropins folder
 * @param className the factory's class, which names the algorithm's origin even outside OSGi
 */
public record AlgorithmSource(String bundle, String version, Path jar, boolean dropin, String className) {

	public static AlgorithmSource of(AlgorithmFactory<?> factory) {
		return ofClass(factory.getClass());
	}

	/** The bundle that supplies a class (a MOA learner's, which has no factory). */
	public static AlgorithmSource ofClass(Class<?> type) {
		Bundle b = FrameworkUtil.getBundle(type);
		if (b == null) {
			return new AlgorithmSource(null, null, null, false, type.getName());
		}
		return new AlgorithmSource(b.getSymbolicName(), b.getVersion().toString(), file(b), Dropins.isDropin(b),
				type.getName());
	}

	/** The bundle's id in the framework: lower for bundles installed earlier (the product's before dropins). */
	static long bundleId(AlgorithmFactory<?> factory) {
		Bundle b = FrameworkUtil.getBundle(factory.getClass());
		return b == null ? Long.MAX_VALUE : b.getBundleId();
	}

	/**
	 * The SHA-256 of the jar's bytes in lower-case hex, or null when the bundle was not installed from a jar file
	 * (a folder, as in a development runtime, or no file at all).
	 */
	public String jarSha256() {
		if (jar == null || !Files.isRegularFile(jar)) {
			return null;
		}
		try {
			return sha256(jar);
		} catch (IOException e) {
			return null;
		}
	}

	/** "bundle version" and, for a dropin, "from dropins/NAME.jar"; the class name outside OSGi. */
	public String describe() {
		if (bundle == null) {
			return className;
		}
		return bundle + " " + version + (dropin && jar != null ? " (dropins/" + jar.getFileName() + ")" : "");
	}

	/** The SHA-256 of a file's bytes in lower-case hex. */
	static String sha256(Path file) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * The file a bundle was installed from. Locations look like {@code reference:file:/abs/x.jar},
	 * {@code initial@reference:file:plugins/x.jar} (relative to the installation) or {@code file:/abs/x.jar}.
	 */
	static Path file(Bundle b) {
		String location = b.getLocation();
		if (location == null) {
			return null;
		}
		if (location.startsWith("initial@")) {
			location = location.substring("initial@".length());
		}
		if (location.startsWith("reference:")) {
			location = location.substring("reference:".length());
		}
		if (!location.startsWith("file:")) {
			return null;
		}
		String path = location.substring("file:".length());
		try {
			if (path.startsWith("/")) {
				return Path.of(URI.create("file:" + path.replace(" ", "%20"))).normalize();
			}
			BundleContext context = b.getBundleContext();
			Bundle self = FrameworkUtil.getBundle(AlgorithmSource.class);
			BundleContext any = context != null ? context : self == null ? null : self.getBundleContext();
			String area = any == null ? null : any.getProperty("osgi.install.area");
			if (area == null || !area.startsWith("file:")) {
				return null;
			}
			return Path.of(URI.create(area.replace(" ", "%20"))).resolve(path).normalize();
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}
