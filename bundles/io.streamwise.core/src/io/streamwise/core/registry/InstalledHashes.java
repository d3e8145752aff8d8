package io.streamwise.core.registry;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Properties;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The SHA-256 of each dropped-in jar as it was last installed or updated, by bundle location, kept in core's data
 * area of the framework's configuration (beside the framework's own record of the installed bundles). A jar whose
 * content differs from its record is updated, whatever its file date says.
 */
final class InstalledHashes {

	static final String FILE = "dropins-sha256.properties";

	private final File file;
	private final Properties hashes = new Properties();
	private boolean changed;

	private InstalledHashes(File file) {
		this.file = file;
	}

	/** The record in core's data area, or in the caller's when core has no context (not started). */
	static InstalledHashes load(BundleContext caller) {
		Bundle core = FrameworkUtil.getBundle(InstalledHashes.class);
		BundleContext context = core == null || core.getBundleContext() == null ? caller : core.getBundleContext();
		InstalledHashes h = new InstalledHashes(context.getDataFile(FILE));
		if (h.file != null && h.file.isFile()) {
			try (InputStream in = Files.newInputStream(h.file.toPath())) {
				h.hashes.load(in);
			} catch (IOException | IllegalArgumentException e) {
				h.hashes.clear(); // unknown hashes only cause one update of each jar
			}
		}
		return h;
	}

	String get(String location) {
		return hashes.getProperty(location);
	}

	void put(String location, String sha256) {
		changed |= !sha256.equals(hashes.setProperty(location, sha256));
	}

	void forget(String location) {
		changed |= hashes.remove(location) != null;
	}

	void save(List<String> problems) {
		if (!changed || file == null) {
			return;
		}
		try {
			Files.createDirectories(file.toPath().getParent());
			try (OutputStream out = Files.newOutputStream(file.toPath())) {
				hashes.store(out, "SHA-256 of each installed dropin jar, by bundle location");
			}
		} catch (IOException e) {
			problems.add("cannot record the dropins' hashes in " + file + ": " + Dropins.reason(e)
					+ " (each jar is updated again at the next start)");
		}
	}
}
