package io.streamwise.headless;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes copies of jars without their signature files, for the product's script: the JDK checks every class it loads
 * from a signed jar on a class path against the signature (and never archives such classes for class-data sharing),
 * which for the Equinox launcher and framework jars costs more CPU than the framework's own start. The copies go to
 * the product's cache; the jars in {@code plugins/} stay as they are (p2 and the workbench use those).
 *
 * <p>{@code java -cp <headless jar> io.streamwise.headless.UnsignedJars DIR JAR...}: writes {@code DIR/<name of JAR>}
 * for each JAR that has no copy there yet; a copy appears whole or not at all (written beside it, then renamed).
 * Exits with 1 and one line on standard error when a copy cannot be written.
 */
public final class UnsignedJars {

	private UnsignedJars() {
	}

	public static void main(String[] args) {
		if (args.length < 1) {
			System.err.println("usage: UnsignedJars DIR JAR...");
			System.exit(2);
		}
		Path dir = Path.of(args[0]);
		for (int i = 1; i < args.length; i++) {
			Path jar = Path.of(args[i]);
			try {
				copy(jar, dir.resolve(jar.getFileName().toString()));
			} catch (IOException | RuntimeException e) {
				System.err.println("streamwise: could not write an unsigned copy of " + jar + " to " + dir + ": " + e);
				System.exit(1);
			}
		}
	}

	/** Copies {@code jar} to {@code target} without its signature files, unless {@code target} exists. */
	static void copy(Path jar, Path target) throws IOException {
		if (Files.exists(target)) {
			return;
		}
		Files.createDirectories(target.getParent());
		Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".partial");
		try {
			try (ZipFile in = new ZipFile(jar.toFile());
					ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
				for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
					ZipEntry entry = entries.nextElement();
					if (isSignatureFile(entry.getName())) {
						continue;
					}
					ZipEntry copy = new ZipEntry(entry.getName());
					copy.setTime(entry.getTime());
					out.putNextEntry(copy);
					try (InputStream data = in.getInputStream(entry)) {
						data.transferTo(out);
					}
					out.closeEntry();
				}
			}
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(partial);
		}
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
