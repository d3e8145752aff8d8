package io.streamwise.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

import io.streamwise.core.registry.Dropins;

/**
 * Jars dropped into a dropins folder, installed into the running test framework: every one that cannot be used says
 * why (the cause, the missing package or bundle with its version range, the missing component), and a jar replaced by
 * different content with an older file date is still updated.
 */
class DropinsTest {

	@TempDir
	Path folder;

	private final List<String> problems = new ArrayList<>();

	private static BundleContext context() {
		return FrameworkUtil.getBundle(Dropins.class).getBundleContext();
	}

	@AfterEach
	void uninstallWhatTheTestInstalled() throws BundleException {
		for (Bundle b : context().getBundles()) {
			if (b.getLocation().contains(folder.toUri().toString())) {
				b.uninstall();
			}
		}
	}

	/** A jar holding this manifest text (written as given, so it may be broken) and the given files. */
	private Path jar(String name, String manifest, String... pathsAndContents) throws IOException {
		Path jar = folder.resolve(name);
		try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
			zip.write(manifest.getBytes(StandardCharsets.UTF_8));
			for (int i = 0; i < pathsAndContents.length; i += 2) {
				zip.putNextEntry(new ZipEntry(pathsAndContents[i]));
				zip.write(pathsAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
			}
		}
		return jar;
	}

	private static String manifest(String name, String version, String... headers) {
		return "Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: " + name + "\nBundle-Version: "
				+ version + "\n" + String.join("\n", headers) + (headers.length > 0 ? "\n" : "");
	}

	private static final String COMPONENT = "Service-Component: OSGI-INF/c.xml";

	private String problem(String jarOrBundle) {
		List<String> about = problems.stream().filter(p -> p.contains(jarOrBundle)).toList();
		assertEquals(1, about.size(), "one problem about " + jarOrBundle + " among " + problems);
		return about.get(0);
	}

	@Test
	void aJarThatIsNoZipFileSaysSo() throws Exception {
		Files.writeString(folder.resolve("notazip.jar"), "this is text, not a zip archive\n");
		Dropins.synchronise(context(), folder, problems);
		String p = problem("notazip.jar");
		// the framework's own message ("error reading the bundle") alone hides the cause
		assertTrue(p.contains("ZipException") || p.toLowerCase().contains("zip"), p);
		assertTrue(p.contains("zip END header not found"), p);
	}

	@Test
	void aBrokenManifestNamesTheHeader() throws Exception {
		jar("broken.jar", manifest("com.acme.broken", "1.0.0", "Import-Package: com.acme.x;version=\"[1.0.0,oops)\""));
		Dropins.synchronise(context(), folder, problems);
		String p = problem("broken.jar");
		assertTrue(p.contains("invalid range \"[1.0.0,oops)\"") && p.contains("(manifest header Import-Package)"), p);
	}

	@Test
	void anUnresolvableBundleNamesTheMissingPackageAndBundleWithTheirRanges() throws Exception {
		jar("needs.jar", manifest("com.acme.needs", "1.2.3",
				"Import-Package: com.acme.missing;version=\"[1.0.0,2.0.0)\",org.osgi.framework",
				"Require-Bundle: com.acme.lib;bundle-version=\"[2.0.0,3.0.0)\"", COMPONENT));
		Dropins.synchronise(context(), folder, problems);
		String p = problem("com.acme.needs");
		assertTrue(p.contains("package com.acme.missing [1.0.0,2.0.0)"), p);
		assertTrue(p.contains("bundle com.acme.lib [2.0.0,3.0.0)"), p);
		assertTrue(!p.contains("org.osgi.framework"), "the framework exports org.osgi.framework: " + p);
		assertTrue(p.contains("dropins/needs.jar"), p);
	}

	@Test
	void aBundleWithoutComponentsProvidesNoAlgorithmAndSaysSo() throws Exception {
		jar("plain.jar", manifest("com.acme.plain", "1.0.0"));
		Dropins.synchronise(context(), folder, problems);
		String p = problem("com.acme.plain");
		assertTrue(p.contains("provides no algorithm") && p.contains("Service-Component"), p);
	}

	@Test
	void aReplacedJarWithAnOlderDateIsUpdated() throws Exception {
		Path jar = jar("acme.jar", manifest("com.acme.dated", "1.0.1", COMPONENT), "OSGI-INF/c.xml", "<x/>");
		FileTime newer = Files.getLastModifiedTime(jar);
		List<Bundle> first = Dropins.synchronise(context(), folder, problems);
		assertEquals(1, first.size(), problems.toString());
		assertEquals("1.0.1", first.get(0).getVersion().toString());
		// replaced by an older build copied with its date kept (cp -p, unzip, rsync -a): different bytes, older date
		jar("acme.jar", manifest("com.acme.dated", "1.0.0", COMPONENT), "OSGI-INF/c.xml", "<y/>");
		Files.setLastModifiedTime(jar, FileTime.fromMillis(newer.toMillis() - 86_400_000L));
		List<Bundle> second = Dropins.synchronise(context(), folder, problems);
		assertEquals(1, second.size(), problems.toString());
		assertEquals("1.0.0", second.get(0).getVersion().toString(), "the jar's content changed; its date is older");
		// and unchanged content leaves the bundle as it is
		long modified = second.get(0).getLastModified();
		Bundle third = Dropins.synchronise(context(), folder, problems).get(0);
		assertEquals(modified, third.getLastModified());
		assertNotNull(third.getHeaders().get("Service-Component"));
	}
}
