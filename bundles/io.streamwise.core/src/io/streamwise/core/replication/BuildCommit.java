package io.streamwise.core.replication;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The source commit of the running build: the file {@value #FILE} in the installation folder, which the product's
 * build writes from {@code git rev-parse HEAD} (releng/io.streamwise.product/pom.xml); "unknown" without it (a
 * development runtime, a build outside a git checkout).
 */
final class BuildCommit {

	static final String FILE = "streamwise.commit";

	private BuildCommit() {
	}

	static String commit() {
		Bundle self = FrameworkUtil.getBundle(BuildCommit.class);
		BundleContext context = self == null ? null : self.getBundleContext();
		String area = context == null ? null : context.getProperty("osgi.install.area");
		if (area == null || !area.startsWith("file:")) {
			return "unknown";
		}
		try {
			Path file = Path.of(URI.create(area.replace(" ", "%20"))).resolve(FILE);
			String commit = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).trim() : "";
			return commit.matches("[0-9a-f]{7,64}(-dirty)?") ? commit : "unknown";
		} catch (IOException | IllegalArgumentException e) {
			return "unknown";
		}
	}
}
