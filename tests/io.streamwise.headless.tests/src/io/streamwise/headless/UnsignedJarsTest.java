package io.streamwise.headless;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unsigned copies the product's script puts on its class path (start-up, issue 19 item 1): the same entries and
 * bytes, none of the signature files, so that the JDK loads their classes without checking a signature.
 */
class UnsignedJarsTest {

	@Test
	void signatureFilesAreThoseOfTheJarSpecification() {
		for (String name : List.of("META-INF/ECLIPSE_.SF", "META-INF/ECLIPSE_.RSA", "META-INF/x.dsa", "META-INF/X.EC",
				"META-INF/SIG-X")) {
			assertTrue(UnsignedJars.isSignatureFile(name), name);
		}
		for (String name : List.of("META-INF/MANIFEST.MF", "META-INF/maven/x/X.SF", "a/META-INF/X.SF", "X.SF",
				"META-INF/services/x.RSA", "plugin.properties")) {
			assertFalse(UnsignedJars.isSignatureFile(name), name);
		}
	}

	@Test
	void aSignedJarsCopyHasEveryOtherEntryAndNoSigner(@TempDir Path dir) throws IOException {
		// a jar signed by Eclipse: the bundle of IStatus (org.eclipse.equinox.common)
		Path signed = Path.of(URI.create(IStatus.class.getProtectionDomain().getCodeSource().getLocation().toString()));
		assertTrue(Files.isRegularFile(signed), signed.toString());
		String aClass = IStatus.class.getName().replace('.', '/') + ".class";
		assertNotNull(signers(signed, aClass), "the premise: " + signed + " is signed");

		Path copy = dir.resolve("cache").resolve(signed.getFileName().toString());
		UnsignedJars.copy(signed, copy);
		assertNull(signers(copy, aClass));
		List<String> expected = new ArrayList<>();
		try (JarFile original = new JarFile(signed.toFile(), false)) {
			original.stream().map(JarEntry::getName).filter(n -> !UnsignedJars.isSignatureFile(n))
					.forEach(expected::add);
			assertTrue(original.stream().anyMatch(e -> UnsignedJars.isSignatureFile(e.getName())));
			try (JarFile unsigned = new JarFile(copy.toFile(), false)) {
				assertEquals(expected, unsigned.stream().map(JarEntry::getName).toList());
				for (String name : expected) {
					assertArrayEquals(bytes(original, name), bytes(unsigned, name), name);
				}
			}
		}
		// nothing left beside it
		try (var files = Files.list(copy.getParent())) {
			assertEquals(List.of(copy), files.toList());
		}
	}

	@Test
	void anExistingCopyIsKept(@TempDir Path dir) throws IOException {
		Path jar = dir.resolve("a.jar");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
			out.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
			out.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
			out.putNextEntry(new ZipEntry("META-INF/A.SF"));
			out.putNextEntry(new ZipEntry("a.txt"));
			out.write("a".getBytes(StandardCharsets.UTF_8));
		}
		Path copy = dir.resolve("copies/a.jar");
		UnsignedJars.copy(jar, copy);
		try (JarFile unsigned = new JarFile(copy.toFile())) {
			assertEquals(List.of("META-INF/MANIFEST.MF", "a.txt"), unsigned.stream().map(JarEntry::getName).toList());
		}
		Files.writeString(copy, "kept");
		UnsignedJars.copy(jar, copy);
		assertEquals("kept", Files.readString(copy));
	}

	/** The signers of one entry, read in full as a class loader reads it (they are known only then). */
	private static Object signers(Path jar, String entry) throws IOException {
		try (JarFile file = new JarFile(jar.toFile(), true)) {
			JarEntry e = file.getJarEntry(entry);
			try (InputStream in = file.getInputStream(e)) {
				in.readAllBytes();
			}
			return e.getCodeSigners();
		}
	}

	private static byte[] bytes(JarFile jar, String name) throws IOException {
		try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
			return in.readAllBytes();
		}
	}
}
