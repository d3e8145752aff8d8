package io.streamwise.core.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import io.streamwise.core.io.AtomicFiles;

/**
 * The ahead-of-time cache of the Flink engine's child JVM (JDK 25 and later: its classes loaded and linked, and method
 * profiles; JEPs 483, 514, 515), one per kind of job in the engine folder's {@code cds/}. Without it every run's child
 * read, verified and linked some thousands of Flink's classes and compiled their start-up code again (docs/scale-out.md,
 * "Speed-up"). The first run of a kind writes it ({@code -XX:AOTCacheOutput}: that run's child takes some seconds more
 * at its exit), and later runs map it. Its name holds a digest of what it was made with (the JDK, the child's options,
 * the class path's jars with their sizes and times), so a cache of another engine build or JDK is never offered to the
 * JVM, which would refuse it and run without. {@code STREAMWISE_CDS=off} leaves it out, as it does the product's
 * archives; so does an engine folder this process cannot write.
 */
final class ChildArchive {

	static final String FOLDER = "cds";
	private static final String SUFFIX = ".aot";

	private final Path cache;
	private final Path written;
	/** When the newest jar of the class path was written: a cache older than that was made for an older build. */
	private final long newestJar;
	private boolean kept;

	private ChildArchive(Path cache, Path written, long newestJar) {
		this.cache = cache;
		this.written = written;
		this.newestJar = newestJar;
	}

	private static ChildArchive none() {
		return new ChildArchive(null, null, 0);
	}

	/** The cache for a child started with these options and class path, to use or to write; or none. */
	static ChildArchive of(Path home, String kind, List<String> options, List<Path> classPath) {
		String off = System.getProperty("streamwise.cds", System.getenv("STREAMWISE_CDS"));
		if ("off".equals(off) || Runtime.version().feature() < 25) {
			return none();
		}
		Path folder = home.resolve(FOLDER);
		Path cache;
		long newest = 0;
		try {
			for (Path jar : classPath) {
				newest = Math.max(newest, Files.getLastModifiedTime(jar).toMillis());
			}
			cache = folder.resolve(kind + "-" + digest(options, classPath) + SUFFIX);
			if (Files.isRegularFile(cache) && Files.size(cache) > 0) {
				return new ChildArchive(cache, null, newest);
			}
			Files.createDirectories(folder);
		} catch (IOException e) {
			return none(); // a jar the child will say it cannot read, or a read-only engine
		}
		if (!Files.isWritable(folder)) {
			return none();
		}
		// written under a name of its own and renamed when the child ended well: two runs at once never read half a
		// cache, and a cancelled run leaves none
		return new ChildArchive(cache, AtomicFiles.temporarySibling(cache), newest);
	}

	/** The JVM options that map the cache, or that write it; none without one. */
	List<String> options() {
		if (cache == null) {
			return List.of();
		}
		return List.of(written == null ? "-XX:AOTCache=" + cache : "-XX:AOTCacheOutput=" + written, "-Xlog:aot=off",
				"-Xlog:cds=off");
	}

	/**
	 * After the child ended well: the cache it wrote becomes the kind's, and the kind's caches made before the engine
	 * was last built go (those of other options stay: the product's and a test's, say).
	 */
	void keep() {
		if (written == null || !Files.isRegularFile(written)) {
			return;
		}
		try {
			AtomicFiles.move(written, cache);
			kept = true;
			String kind = cache.getFileName().toString();
			kind = kind.substring(0, kind.lastIndexOf('-') + 1);
			try (Stream<Path> old = Files.list(cache.getParent())) {
				for (Path p : old.toList()) {
					String n = p.getFileName().toString();
					if (n.startsWith(kind) && n.endsWith(SUFFIX) && !p.equals(cache)
							&& Files.getLastModifiedTime(p).toMillis() < newestJar) {
						Files.deleteIfExists(p); // made for an older build of the engine: never used again
					}
				}
			}
		} catch (IOException e) {
			// without a cache the next run writes one
		}
	}

	/** After the run, whatever happened: a cache left half-written, or by a child that failed, goes. */
	void discard() {
		if (written != null && !kept) {
			try {
				Files.deleteIfExists(written);
				Files.deleteIfExists(Path.of(written + ".config")); // the JDK's own temporary file beside it
			} catch (IOException e) {
				// a temporary file left behind is harmless
			}
		}
	}

	/** What the cache depends on: the JDK, the child's options and each jar's name, size and time. */
	private static String digest(List<String> options, List<Path> classPath) throws IOException {
		StringBuilder s = new StringBuilder();
		s.append(System.getProperty("java.home")).append('\n').append(System.getProperty("java.vm.version"))
				.append('\n');
		options.forEach(o -> s.append(o).append('\n'));
		for (Path jar : classPath) {
			s.append(jar.toAbsolutePath()).append(' ').append(Files.size(jar)).append(' ')
					.append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
		}
		try {
			byte[] d = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(d, 0, 8);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e); // every JDK has SHA-256
		}
	}
}
