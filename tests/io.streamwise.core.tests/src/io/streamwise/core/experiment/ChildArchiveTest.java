package io.streamwise.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Flink child's AOT cache: written by the first run of a kind under a name of its own and kept only when the
 * child ended well, mapped by later runs, never offered once a jar or an option changed, and left out with
 * STREAMWISE_CDS=off. (The JVM is not started here: the child writing its cache is a file written in its place.)
 */
class ChildArchiveTest {

	@TempDir
	Path home;
	private List<Path> jars;
	private final List<String> options = List.of("-XX:MaxRAMPercentage=70", "-XX:+ExitOnOutOfMemoryError");

	@BeforeEach
	void engine() throws IOException {
		Files.createDirectories(home.resolve("lib"));
		jars = List.of(Files.writeString(home.resolve("job.jar"), "job"),
				Files.writeString(home.resolve("lib/flink.jar"), "flink"));
	}

	@AfterEach
	void cdsOn() {
		System.clearProperty("streamwise.cds");
	}

	@Test
	void theFirstRunWritesTheCacheAndLaterRunsMapIt() throws IOException {
		ChildArchive first = ChildArchive.of(home, "grid", options, jars);
		Path written = option(first, "-XX:AOTCacheOutput=");
		assertEquals(home.resolve("cds"), written.getParent());
		Files.writeString(written, "cache"); // what the child's JVM writes at its exit
		first.keep();
		first.discard(); // after the run, whatever happened: a kept cache stays
		assertFalse(Files.exists(written));
		Path cache = option(ChildArchive.of(home, "grid", options, jars), "-XX:AOTCache=");
		assertEquals("cache", Files.readString(cache));
		assertTrue(cache.getFileName().toString().matches("grid-[0-9a-f]{16}\\.aot"), cache.toString());
		// another kind of job loads other classes: a cache of its own
		assertTrue(ChildArchive.of(home, "prequential", options, jars).options().stream()
				.anyMatch(o -> o.startsWith("-XX:AOTCacheOutput=")));
	}

	@Test
	void aRunThatFailedLeavesNoCache() throws IOException {
		ChildArchive run = ChildArchive.of(home, "grid", options, jars);
		Path written = option(run, "-XX:AOTCacheOutput=");
		Files.writeString(written, "half a cache");
		Files.writeString(Path.of(written + ".config"), "the JDK's temporary file");
		run.discard(); // no keep(): the child failed or was cancelled
		try (Stream<Path> left = Files.list(home.resolve("cds"))) {
			assertEquals(List.of(), left.toList());
		}
		assertTrue(ChildArchive.of(home, "grid", options, jars).options().stream()
				.anyMatch(o -> o.startsWith("-XX:AOTCacheOutput=")), "the next run writes one");
	}

	@Test
	void otherOptionsGetACacheOfTheirOwnAndANewEngineBuildRemovesTheOldOnes() throws IOException {
		ChildArchive first = ChildArchive.of(home, "grid", options, jars);
		Files.writeString(option(first, "-XX:AOTCacheOutput="), "old");
		first.keep();
		Path old = option(ChildArchive.of(home, "grid", options, jars), "-XX:AOTCache=");

		// other heap options (a test's JVM, STREAMWISE_VMARGS): the JVM would refuse the cache, so it is not offered,
		// and the cache of those options is kept beside it
		ChildArchive otherHeap = ChildArchive.of(home, "grid", List.of("-Xmx2g"), jars);
		Files.writeString(option(otherHeap, "-XX:AOTCacheOutput="), "other");
		otherHeap.keep();
		Path other = option(ChildArchive.of(home, "grid", List.of("-Xmx2g"), jars), "-XX:AOTCache=");
		assertNotEquals(old, other);
		assertEquals("old", Files.readString(option(ChildArchive.of(home, "grid", options, jars), "-XX:AOTCache=")));

		// another build of the engine: a jar of another size, written after both caches
		Files.writeString(jars.get(1), "flink, rebuilt");
		FileTime later = FileTime.fromMillis(Math.max(Files.getLastModifiedTime(old).toMillis(),
				Files.getLastModifiedTime(other).toMillis()) + 1000);
		Files.setLastModifiedTime(jars.get(1), later);
		ChildArchive rebuilt = ChildArchive.of(home, "grid", options, jars);
		Path written = option(rebuilt, "-XX:AOTCacheOutput=");
		Files.writeString(written, "new");
		Files.setLastModifiedTime(written, FileTime.fromMillis(later.toMillis() + 1000));
		rebuilt.keep();
		Path cache = option(ChildArchive.of(home, "grid", options, jars), "-XX:AOTCache=");
		assertNotEquals(old, cache);
		assertEquals("new", Files.readString(cache));
		assertFalse(Files.exists(old), "the old engine's cache is removed");
		assertFalse(Files.exists(other), "the old engine's cache of other options too");
	}

	@Test
	void cdsOffLeavesTheCacheOut() {
		System.setProperty("streamwise.cds", "off");
		assertEquals(List.of(), ChildArchive.of(home, "grid", options, jars).options());
		assertFalse(Files.exists(home.resolve("cds")));
	}

	private static Path option(ChildArchive archive, String prefix) {
		String o = archive.options().stream().filter(s -> s.startsWith(prefix)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + prefix + " in " + archive.options()));
		return Path.of(o.substring(prefix.length()));
	}
}
