package io.streamwise.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventType;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.DatasetOptions;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.LoadedDataset;
import io.streamwise.core.io.AtomicFiles;
import io.streamwise.core.io.CsvEventImporter;
import io.streamwise.core.io.CsvMapping;
import io.streamwise.core.io.IdPolicy;
import io.streamwise.core.io.ImportOptions;
import io.streamwise.core.io.ImportReport;
import io.streamwise.core.io.PseudonymKey;
import io.streamwise.core.io.RecBoleImporter;
import io.streamwise.core.simulator.SimulationWriter;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.core.simulator.SimulatorSettings;

/** Issue 10, items 11 and 12: what the importers and writers put on disk. */
class OutputFilesTest {

	@Test
	void atomicallyWrittenFilesGetTheUmaskLikeAnyOtherFile(@TempDir Path tmp) throws Exception {
		Path probe = Files.createFile(tmp.resolve("probe"));
		Path written = tmp.resolve("written.txt");
		AtomicFiles.write(written, w -> w.write("x"));
		assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(probe)),
				PosixFilePermissions.toString(Files.getPosixFilePermissions(written)));
		try (Stream<Path> s = Files.list(tmp)) {
			assertEquals(2, s.count(), "no temporary file left");
		}
	}

	@Test
	void rejectedRowsCarryPseudonymsNotRawViewerIds(@TempDir Path tmp) throws Exception {
		Path csv = Files.writeString(tmp.resolve("events.csv"), """
				viewer,stream,item,type,timestamp,value
				alice@example.com,s1,x,click,2026-03-01T20:00:00Z,
				bob@example.com,s1,x,explode,2026-03-01T20:01:00Z,
				"carol, the third",s1,y,click,not-a-time,
				""");
		IdPolicy ids = IdPolicy.pseudonymised(PseudonymKey.of(new byte[32]));
		// two of three rows rejected on purpose: allow that share
		ImportReport report = CsvEventImporter.read(csv, CsvMapping.defaults(), ids,
				ImportOptions.defaults().withMaxRejectedShare(1), ProgressMonitor.NULL).report();
		assertEquals(2, report.rejectedCount());
		Path rejected = tmp.resolve("rejected.csv");
		report.writeRejected(rejected);
		String text = Files.readString(rejected);
		assertFalse(text.contains("bob") || text.contains("carol"), text);
		assertTrue(text.contains(ids.viewerId("bob@example.com")) && text.contains(ids.viewerId("carol, the third")),
				text);
		assertTrue(text.contains("explode") && text.contains("not-a-time"), "the rest of the row stays: " + text);
		report.rejectedRows().forEach(r -> assertFalse(r.rawText().contains("bob") || r.rawText().contains("carol")));
	}

	@Test
	void rejectedLinesOfARecBoleUserFileCarryPseudonyms(@TempDir Path tmp) throws Exception {
		Files.writeString(tmp.resolve("d.inter"), "user_id:token\titem_id:token\ttimestamp:float\n"
				+ "bob@example.com\tx\t1772395200\ncarol@example.com\ty\t1772395260\n");
		Files.writeString(tmp.resolve("d.user"), "user_id:token\tage:float\n"
				+ "bob@example.com\t30\textra\ncarol@example.com\t41\n");
		IdPolicy ids = IdPolicy.pseudonymised(PseudonymKey.of(new byte[32]));
		ImportReport report = RecBoleImporter.read(tmp.resolve("d.inter"), EventType.CLICK, ids, ProgressMonitor.NULL)
				.report();
		assertEquals(1, report.rejectedCount());
		String raw = report.rejectedRows().get(0).rawText();
		assertEquals(ids.viewerId("bob@example.com") + "\t30\textra", raw);
	}

	@Test
	void aRecBoleUserLineWithABadByteIsReportedWithThePseudonym(@TempDir Path tmp) throws Exception {
		Files.writeString(tmp.resolve("d.inter"), "user_id:token\titem_id:token\ttimestamp:float\n"
				+ "bob@example.com\tx\t1772395200\ncarol@example.com\ty\t1772395260\n");
		byte[] user = ("user_id:token\tcity:token\nbob@example.com\tM\u00fcnster\ncarol@example.com\tBonn\n")
				.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1); // 0xFC: not UTF-8
		Files.write(tmp.resolve("d.user"), user);
		IdPolicy ids = IdPolicy.pseudonymised(PseudonymKey.of(new byte[32]));
		ImportReport report = RecBoleImporter.read(tmp.resolve("d.inter"), EventType.CLICK, ids, ProgressMonitor.NULL)
				.report();
		assertEquals(1, report.rejectedCount());
		String raw = report.rejectedRows().get(0).rawText();
		assertFalse(raw.contains("bob"), raw);
		assertTrue(raw.startsWith(ids.viewerId("bob@example.com") + "\t"), raw);
	}

	@Test
	void onlyTheSimulatorsOwnUnchangedFilesCountAsSynthetic(@TempDir Path tmp) throws Exception {
		Path sim = tmp.resolve("sim");
		SimulationWriter.write(Simulator.run(SimulatorSettings.Size.SMALL.settings(Map.of("seed", "3")),
				ProgressMonitor.NULL), sim);
		Path keyFile = tmp.resolve("k.key");
		DatasetSpec spec = new DatasetSpec(DatasetKind.SIMULATOR, sim.toString(), null,
				Map.of(DatasetOptions.KEY_FILE, keyFile.toString()));
		LoadedDataset signed = DatasetLoader.load(spec, tmp, 1, ProgressMonitor.NULL);
		String viewer = Files.readAllLines(sim.resolve("events.csv")).get(1).split(",")[0];
		assertTrue(signed.dataset().log().viewers().indexOf(viewer) >= 0, "synthetic ids are kept");
		assertTrue(signed.description().contains("synthetic"), signed.description());
		assertFalse(Files.exists(keyFile), "synthetic data needs no key");

		Path events = sim.resolve("events.csv");
		Files.writeString(events, Files.readString(events).replace(viewer + ",", "alice@example.com,"));
		LoadedDataset edited = DatasetLoader.load(spec, tmp, 1, ProgressMonitor.NULL);
		EventLog log = edited.dataset().log();
		IdPolicy ids = IdPolicy.pseudonymised(PseudonymKey.loadOrCreate(keyFile));
		assertEquals(-1, log.viewers().indexOf("alice@example.com"));
		assertTrue(log.viewers().indexOf(ids.viewerId("alice@example.com")) >= 0);
		assertEquals(signed.dataset().log().size(), log.size());
		assertFalse(edited.description().contains("(synthetic data)"), edited.description());
		assertNotEquals(signed.sha256(), edited.sha256());
	}
}
