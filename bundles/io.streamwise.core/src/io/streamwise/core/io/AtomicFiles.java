package io.streamwise.core.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Text files written whole or not at all: to a temporary file beside the target, then moved into place. */
public final class AtomicFiles {

	/** What writes the file's content. */
	@FunctionalInterface
	public interface Content {
		void write(Writer w) throws IOException;
	}

	private AtomicFiles() {
	}

	/** Writes UTF-8 text; an interrupted or failed write leaves the target as it was and no temporary file. */
	public static void write(Path target, Content content) throws IOException {
		Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
		try {
			try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
				content.write(w);
			}
			Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(tmp);
		}
	}
}
