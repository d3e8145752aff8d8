package io.streamwise.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.core.io.OutputFolder;

/** The output-folder contract: a fresh staging folder, one rename, the earlier run kept, nothing on failure. */
class OutputFolderTest {

	static List<String> names(Path dir) throws Exception {
		try (Stream<Path> s = Files.list(dir)) {
			return s.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void aRunIsInvisibleUntilCommittedAndGoneWhenNotCommitted(@TempDir Path tmp) throws Exception {
		Path target = tmp.resolve("a").resolve("out");
		try (OutputFolder f = OutputFolder.create(target)) {
			Files.writeString(f.staging().resolve("results.json"), "{}");
			assertFalse(Files.exists(target));
			assertTrue(
					f.staging().getFileName().toString().startsWith(".out.partial-" + ProcessHandle.current().pid()));
			// no commit: a failure
		}
		assertEquals(List.of(), names(tmp.resolve("a")));

		try (OutputFolder f = OutputFolder.create(target)) {
			Files.writeString(f.staging().resolve("results.json"), "{\"run\": 1}");
			assertNull(f.commit());
		}
		assertEquals(List.of("out"), names(tmp.resolve("a")));
		try (OutputFolder f = OutputFolder.create(target)) {
			Files.writeString(f.staging().resolve("results.json"), "{\"run\": 2}");
			Path previous = f.commit();
			assertEquals("{\"run\": 1}", Files.readString(previous.resolve("results.json")));
			assertTrue(previous.getFileName().toString().matches("out\\.previous-\\d{8}T\\d{6}Z"), previous.toString());
		}
		assertEquals("{\"run\": 2}", Files.readString(target.resolve("results.json")));
	}

	@Test
	void unusableTargetsAreRefusedBeforeAnyWork(@TempDir Path tmp) throws Exception {
		Path file = Files.writeString(tmp.resolve("file.txt"), "x");
		Path foreign = Files.createDirectories(tmp.resolve("project"));
		Files.writeString(foreign.resolve("notes.txt"), "mine");
		for (Path bad : List.of(file, file.resolve("below"), foreign, Path.of("").toAbsolutePath())) {
			assertThrows(OutputFolder.UnusableException.class, () -> OutputFolder.check(bad), bad.toString());
		}
		Path empty = Files.createDirectories(tmp.resolve("empty"));
		assertEquals(empty, OutputFolder.check(empty));
		try (OutputFolder f = OutputFolder.create(empty)) {
			assertNull(f.commit(), "an empty folder is replaced, not kept");
		}
		assertEquals(List.of("empty", "file.txt", "project"), names(tmp));
	}

	@Test
	void stagingFoldersOfDeadProcessesAreRemovedThoseOfLiveOnesKept(@TempDir Path tmp) throws Exception {
		Path dead = Files.createDirectories(tmp.resolve(".out.partial-2147483646-1"));
		Files.writeString(dead.resolve("results.json"), "{");
		Path live = Files.createDirectories(tmp.resolve(".out.partial-" + ProcessHandle.current().pid() + "-999999"));
		try (OutputFolder f = OutputFolder.create(tmp.resolve("out"))) {
			f.commit();
		}
		assertEquals(List.of(live.getFileName().toString(), "out"), names(tmp));
	}
}
