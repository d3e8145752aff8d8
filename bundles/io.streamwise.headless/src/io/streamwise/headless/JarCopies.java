package io.streamwise.headless;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes the copies of jars that the product's script puts on its plain class path, for a faster start: without their
 * signature files, and with class files older than Java 6's format rewritten in Java 8's.
 *
 * <ul>
 * <li>The JDK checks every class it loads from a signed jar on a class path against the signature (and never archives
 * such classes for class-data sharing), which for the Equinox launcher and framework jars costs more CPU than the
 * framework's own start.</li>
 * <li>Class files of format 49 or older (picocli 4.7.7 is compiled for Java 5) carry no stack maps, so the JVM checks
 * them with its old, type-inferring verifier on every run, and class-data sharing refuses them ("Old class has been
 * linked"). {@link ModernClassFiles} gives them format 52 with stack maps; their code is unchanged.</li>
 * </ul>
 * The copies go to the product's cache; the jars in {@code plugins/} stay as they are (the OSGi framework, p2 and the
 * workbench use those).
 *
 * <p>{@code java -cp <headless jar>:<ASM jar> io.streamwise.headless.JarCopies DIR JAR...}: writes
 * {@code DIR/<name of JAR>} for each JAR that has no copy there yet; a copy appears whole or not at all (written beside
 * it, then renamed). Without ASM on the class path the class files are copied as they are. Exits with 1 and one line
 * on standard error when a copy cannot be written.
 */
public final class JarCopies {

	private JarCopies() {
	}

	public static void main(String[] args) {
		if (args.length < 1) {
			System.err.println("usage: JarCopies DIR JAR...");
			System.exit(2);
		}
		Path dir = Path.of(args[0]);
		for (int i = 1; i < args.length; i++) {
			Path jar = Path.of(args[i]);
			try {
				copy(jar, dir.resolve(jar.getFileName().toString()));
			} catch (IOException | RuntimeException e) {
				System.err.println("streamwise: could not write a copy of " + jar + " to " + dir + ": " + e);
				System.exit(1);
			}
		}
	}

	/**
	 * Copies {@code jar} to {@code target} without its signature files and with its old class files in a current
	 * format, unless {@code target} exists.
	 */
	static void copy(Path jar, Path target) throws IOException {
		if (Files.exists(target)) {
			return;
		}
		Files.createDirectories(target.getParent());
		Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".partial");
		try {
			try (ZipFile in = new ZipFile(jar.toFile());
					URLClassLoader classes = new URLClassLoader(new URL[] { url(jar) },
							ClassLoader.getPlatformClassLoader());
					ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
				boolean asm = ModernClassFiles.available();
				for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
					ZipEntry entry = entries.nextElement();
					if (isSignatureFile(entry.getName())) {
						continue;
					}
					ZipEntry copy = new ZipEntry(entry.getName());
					copy.setTime(entry.getTime());
					out.putNextEntry(copy);
					try (InputStream data = in.getInputStream(entry)) {
						if (asm && entry.getName().endsWith(".class")) {
							out.write(ModernClassFiles.upgrade(data.readAllBytes(), classes));
						} else {
							data.transferTo(out);
						}
					}
					out.closeEntry();
				}
			}
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(partial);
		}
	}

	private static URL url(Path jar) throws MalformedURLException {
		return jar.toUri().toURL();
	}

	/** What makes the JDK treat a jar as signed: META-INF/*.SF and the signature blocks (the JAR specification). */
	static boolean isSignatureFile(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
			return false;
		}
		return upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")
				|| upper.startsWith("META-INF/SIG-");
	}
}
