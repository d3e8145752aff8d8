package io.streamwise.core.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/** Text files written whole or not at all: to a temporary file beside the target, then moved into place. */
public final class AtomicFiles {

	/** What writes the file's content. */
	@FunctionalInterface
	public interface Content {
		void write(Writer w) throws IOException;
	}

	private AtomicFiles() {
	}

	/**
	 * Writes UTF-8 text; an interrupted or failed write leaves the target as it was and no temporary file. The file
	 * gets the permissions of any new file under the process's umask (not the 600 of {@code Files.createTempFile}).
	 */
	public static void write(Path target, Content content) throws IOException {
		Path tmp = temporarySibling(target);
		try {
			try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				content.write(w);
			}
			move(tmp, target);
		} finally {
			Files.deleteIfExists(tmp);
		}
	}

	/** A name for a hidden temporary file beside the target, not yet taken; the caller creates it. */
	public static Path temporarySibling(Path target) {
		Path dir = target.toAbsolutePath().getParent();
		while (true) {
			Path p = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current()
					.nextLong() >>> 1) + ".tmp");
			if (!Files.exists(p)) {
				return p;
			}
		}
	}

	/** Replaces the target by the file, atomically where the file system can. */
	public static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
