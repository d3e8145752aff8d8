package io.streamwise.headless;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
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
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

import picocli.CommandLine;

/**
 * The copies of jars the product's script puts on its class path (start-up, issue 19 item 1): the same entries and
 * bytes, none of the signature files, so that the JDK loads their classes without checking a signature; class files
 * of Java 5 (picocli's) in Java 8's format with stack maps and the same code, so that the JVM verifies them quickly
 * and class-data sharing archives them.
 */
class JarCopiesTest {

	@Test
	void signatureFilesAreThoseOfTheJarSpecification() {
		for (String name : List.of("META-INF/ECLIPSE_.SF", "META-INF/ECLIPSE_.RSA", "META-INF/x.dsa", "META-INF/X.EC",
				"META-INF/SIG-X")) {
			assertTrue(JarCopies.isSignatureFile(name), name);
		}
		for (String name : List.of("META-INF/MANIFEST.MF", "META-INF/maven/x/X.SF", "a/META-INF/X.SF", "X.SF",
				"META-INF/services/x.RSA", "plugin.properties")) {
			assertFalse(JarCopies.isSignatureFile(name), name);
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
		JarCopies.copy(signed, copy);
		assertNull(signers(copy, aClass));
		List<String> expected = new ArrayList<>();
		try (JarFile original = new JarFile(signed.toFile(), false)) {
			original.stream().map(JarEntry::getName).filter(n -> !JarCopies.isSignatureFile(n))
					.forEach(expected::add);
			assertTrue(original.stream().anyMatch(e -> JarCopies.isSignatureFile(e.getName())));
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
		JarCopies.copy(jar, copy);
		try (JarFile unsigned = new JarFile(copy.toFile())) {
			assertEquals(List.of("META-INF/MANIFEST.MF", "a.txt"), unsigned.stream().map(JarEntry::getName).toList());
		}
		Files.writeString(copy, "kept");
		JarCopies.copy(jar, copy);
		assertEquals("kept", Files.readString(copy));
	}

	@Test
	void javaFiveClassFilesGetJavaEightsFormatWithTheSameCodeAndVerify(@TempDir Path dir) throws Exception {
		Path picocli = Path.of(URI.create(CommandLine.class.getProtectionDomain().getCodeSource().getLocation()
				.toString()));
		Path copy = dir.resolve(picocli.getFileName().toString());
		JarCopies.copy(picocli, copy);
		int old = 0;
		List<String> classes = new ArrayList<>();
		try (JarFile original = new JarFile(picocli.toFile(), false);
				JarFile modern = new JarFile(copy.toFile(), false)) {
			assertEquals(original.stream().map(JarEntry::getName).toList(),
					modern.stream().map(JarEntry::getName).toList());
			for (JarEntry e : original.stream().toList()) {
				byte[] before = bytes(original, e.getName());
				byte[] after = bytes(modern, e.getName());
				if (!e.getName().endsWith(".class")) {
					assertArrayEquals(before, after, e.getName());
					continue;
				}
				if (!e.getName().startsWith("META-INF/")) { // not module-info
					classes.add(e.getName().substring(0, e.getName().length() - ".class".length()).replace('/', '.'));
				}
				if (ModernClassFiles.version(before) < ModernClassFiles.JAVA_6) {
					old++;
					assertEquals(ModernClassFiles.JAVA_8, ModernClassFiles.version(after), e.getName());
				} else {
					assertArrayEquals(before, after, e.getName());
				}
				// the same fields, methods and instructions: only the version and the stack maps differ
				assertArrayEquals(withoutVersionAndFrames(before), withoutVersionAndFrames(after), e.getName());
			}
		}
		assertTrue(old > 100, "the premise: picocli 4.7.7 is Java 5 bytecode, " + old + " old class files");
		// the JVM verifies every class of a class loader other than the boot loader's when it links it: from format
		// 51 on with the stack maps alone (no fallback), so a wrong stack map would be a VerifyError here
		try (URLClassLoader loader = new URLClassLoader(new URL[] { copy.toUri().toURL() },
				ClassLoader.getPlatformClassLoader())) {
			for (String name : classes) {
				Class<?> c = Class.forName(name, true, loader);
				assertEquals(loader, c.getClassLoader(), name);
			}
		}
	}

	@Test
	void aClassFileOfACurrentFormatIsCopiedAsItIs() throws IOException {
		try (InputStream in = JarCopiesTest.class.getResourceAsStream("JarCopiesTest.class")) {
			byte[] current = in.readAllBytes();
			assertTrue(ModernClassFiles.version(current) >= 65, "Java 21's format");
			assertSame(current, ModernClassFiles.upgrade(current, JarCopiesTest.class.getClassLoader()));
		}
	}

	/** The class file in one format without stack maps, to compare code. */
	private static byte[] withoutVersionAndFrames(byte[] classFile) {
		ClassWriter writer = new ClassWriter(0);
		new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
			@Override
			public void visit(int version, int access, String name, String signature, String superName,
					String[] interfaces) {
				super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
			}
		}, ClassReader.SKIP_FRAMES);
		return writer.toByteArray();
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
