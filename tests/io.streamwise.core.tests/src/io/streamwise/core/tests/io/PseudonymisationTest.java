package io.streamwise.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.io.CsvEventImporter;
import io.streamwise.core.io.CsvMapping;
import io.streamwise.core.io.IdPolicy;
import io.streamwise.core.io.PseudonymKey;

class PseudonymisationTest {

	@TempDir
	Path dir;

	private static final String EVENTS = """
			viewer,stream,item,type,timestamp,value
			alice,s1,i1,join,100,
			bob,s1,i1,join,101,
			alice,s1,i2,purchase,102,9
			carol,s2,i2,click,103,
			""";

	private EventLog read(IdPolicy ids) throws IOException {
		Path f = dir.resolve("events.csv");
		Files.writeString(f, EVENTS);
		return CsvEventImporter.read(f, CsvMapping.defaults(), ids, ProgressMonitor.NULL).log();
	}

	private static Set<String> ids(EventLog log) {
		return Set.copyOf(List.of(log.viewers().toArray()));
	}

	@Test
	void knownAnswerForAFixedKey() {
		byte[] key = new byte[32];
		for (int i = 0; i < 32; i++) {
			key[i] = (byte) i;
		}
		// HMAC-SHA256(key 00..1f, "alice"), base32 lower case, first 16 characters: computed with another tool
		IdPolicy policy = IdPolicy.pseudonymised(PseudonymKey.of(key));
		assertEquals("p:n3x22k7ns63nspxg", policy.viewerId("alice"));
		assertEquals("p:sketc5cnc7d65j67", policy.viewerId("bob"));
		assertEquals("alice", IdPolicy.raw().viewerId("alice"));
	}

	@Test
	void pseudonymsAreStableForAKeyAndDifferAcrossKeysAndHideRawIds() throws IOException {
		Path keyFile = dir.resolve("keys/pseudonym.key");
		PseudonymKey created = PseudonymKey.loadOrCreate(keyFile);
		assertTrue(Files.exists(keyFile));
		if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
		}
		PseudonymKey loaded = PseudonymKey.loadOrCreate(keyFile);
		assertEquals(created, loaded);
		assertEquals(64, Files.readString(keyFile).trim().length());

		EventLog first = read(IdPolicy.pseudonymised(created));
		EventLog again = read(IdPolicy.pseudonymised(loaded));
		EventLog other = read(IdPolicy.pseudonymised(PseudonymKey.loadOrCreate(dir.resolve("other.key"))));

		assertEquals(3, first.viewers().size());
		assertEquals(ids(first), ids(again));
		for (int r = 0; r < first.size(); r++) {
			assertEquals(first.viewers().id(first.viewer(r)), again.viewers().id(again.viewer(r)));
		}
		Set<String> shared = new HashSet<>(ids(first));
		shared.retainAll(ids(other));
		assertTrue(shared.isEmpty(), "different keys must give different pseudonyms: " + shared);

		for (String id : first.viewers().toArray()) {
			assertTrue(id.matches("p:[a-z2-7]{16}"), id);
		}
		for (String raw : List.of("alice", "bob", "carol")) {
			assertEquals(-1, first.viewers().indexOf(raw));
			assertTrue(first.viewers().indexOf(IdPolicy.pseudonymised(created).viewerId(raw)) >= 0);
		}
		// alice's two events keep one pseudonym; items and streams stay as they are
		assertEquals(first.viewer(0), first.viewer(2));
		assertEquals("i2", first.items().id(first.item(2)));
	}

	@Test
	void aDamagedKeyFileIsAnError() throws IOException {
		Path bad = Files.writeString(dir.resolve("bad.key"), "not hex\n");
		IOException e = assertThrows(IOException.class, () -> PseudonymKey.loadOrCreate(bad));
		assertTrue(e.getMessage().contains("bad.key"), e.getMessage());
		assertNotEquals(PseudonymKey.random(), PseudonymKey.random());
		assertTrue(!PseudonymKey.random().toString().matches(".*[0-9a-f]{64}.*"));
	}
}
