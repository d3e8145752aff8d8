package io.streamwise.core.tests.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.IdDictionary;
import io.streamwise.api.data.ItemCatalog;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.io.IdPolicy;
import io.streamwise.core.io.ImportException;
import io.streamwise.core.io.PseudonymKey;
import io.streamwise.core.simulator.SimulatedDataset;
import io.streamwise.core.simulator.SimulationWriter;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.core.simulator.SimulatorSettings;

/**
 * Pins what loading a simulate folder builds, down to every index of every event and the order of every dictionary.
 * The digests were taken with the reader that parsed each row by column name with Instant.parse, before loading went
 * through the import's parser; the faster path must not change a single byte of the log or the catalog.
 */
class SimulatedFolderLoadTest {

	private static final String RAW = "4747 events 679d5202e49398b4fb1f33c44b61400a7f273697a228240983c0581938a1f5f6";
	private static final String PSEUDONYMISED = "4747 events 80f3b30d0547d92fa7362c2745ffa7b658c388bc92e787fb718f41b1f8227720";

	@TempDir
	Path dir;

	private Path folder() throws IOException {
		Path out = dir.resolve("sim");
		SimulationWriter.write(Simulator.run(SimulatorSettings.Size.SMALL.settings(Map.of("seed", "5", "offerRate",
				"0.8", "refundRate", "0.2")), ProgressMonitor.NULL), out);
		return out;
	}

	@Test
	void rawIdsLoadToThePinnedLogAndCatalog() throws IOException {
		assertEquals(RAW, digest(SimulatedDataset.load(folder())));
	}

	@Test
	void pseudonymisedIdsLoadToThePinnedLogAndCatalog() throws IOException {
		byte[] key = new byte[PseudonymKey.LENGTH];
		for (int i = 0; i < key.length; i++) {
			key[i] = (byte) (7 * i + 1);
		}
		assertEquals(PSEUDONYMISED, digest(SimulatedDataset.load(folder(),
				IdPolicy.pseudonymised(PseudonymKey.of(key)), ProgressMonitor.NULL)));
	}

	@Test
	void aBadRowNamesFileLineAndField() throws IOException {
		Path sim = folder();
		Path events = sim.resolve(SimulationWriter.EVENTS);
		List<String> lines = new ArrayList<>(Files.readAllLines(events));
		String[] f = lines.get(3).split(",", -1);
		f[4] = "yesterday";
		lines.set(3, String.join(",", f));
		Files.write(events, lines);
		ImportException e = assertThrows(ImportException.class, () -> SimulatedDataset.load(sim));
		assertEquals(4, e.line());
		assertEquals("timestamp", e.column());
		assertTrue(e.file().endsWith(SimulationWriter.EVENTS), e.file());
	}

	@Test
	void anItemMissingFromTheCatalogNamesFileLineAndField() throws IOException {
		Path sim = folder();
		Path events = sim.resolve(SimulationWriter.EVENTS);
		List<String> lines = new ArrayList<>(Files.readAllLines(events));
		int row = -1;
		for (int i = 1; i < lines.size() && row < 0; i++) {
			if (!lines.get(i).split(",", -1)[2].isEmpty()) {
				row = i;
			}
		}
		String[] f = lines.get(row).split(",", -1);
		f[2] = "no-such-item";
		lines.set(row, String.join(",", f));
		Files.write(events, lines);
		ImportException e = assertThrows(ImportException.class, () -> SimulatedDataset.load(sim));
		assertEquals(row + 1, e.line());
		assertEquals("item", e.column());
		assertTrue(e.getMessage().contains("no-such-item") && e.getMessage().contains(SimulationWriter.ITEMS),
				e.getMessage());
	}

	/** Every dictionary in index order, every column of every event by index, and the catalog. */
	private static String digest(Dataset data) {
		try {
			MessageDigest md = MessageDigest.getInstance("SHA-256");
			EventLog log = data.log();
			ids(md, log.viewers());
			ids(md, log.streams());
			ids(md, log.items());
			ByteBuffer b = ByteBuffer.allocate(32);
			for (int r = 0; r < log.size(); r++) {
				b.clear();
				b.putInt(log.viewer(r)).putInt(log.stream(r)).putInt(log.item(r)).putInt(log.typeCode(r))
						.putLong(log.timestamp(r)).putInt(Float.floatToRawIntBits(log.value(r)));
				md.update(b.array(), 0, b.position());
			}
			ItemCatalog c = data.catalog();
			for (int i = 0; i < c.items().size(); i++) {
				md.update((c.price(i) + "|" + c.title(i) + "|" + c.kind(i) + "|" + c.category(i) + "|" + c.tags(i)
						+ "\n").getBytes(StandardCharsets.UTF_8));
			}
			return log.size() + " events " + HexFormat.of().formatHex(md.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void ids(MessageDigest md, IdDictionary ids) {
		md.update((ids.size() + "\n").getBytes(StandardCharsets.UTF_8));
		for (int i = 0; i < ids.size(); i++) {
			md.update((ids.id(i) + "\n").getBytes(StandardCharsets.UTF_8));
		}
	}
}
