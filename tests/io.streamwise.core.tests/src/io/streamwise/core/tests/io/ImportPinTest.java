package io.streamwise.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.Digests;
import io.streamwise.core.io.CsvEventImporter;
import io.streamwise.core.io.CsvMapping;
import io.streamwise.core.io.EventImport;
import io.streamwise.core.io.IdPolicy;
import io.streamwise.core.io.ImportOptions;
import io.streamwise.core.io.RejectedRow;

/**
 * Pins which rows an import accepts and rejects, and why, on a seeded file with every kind of fault spread over many
 * parser chunks and viewer batches. The digests were taken before ImportSession was split into its parser, resolver
 * and validator; the split must not change a single accepted event or rejection.
 */
class ImportPinTest {

	private static final long T0 = 1_772_396_103L; // 2026-03-01T20:15:03Z
	private static final String[] TYPES = { "watch", "click", "like", "cart", "purchase", "refund", "join", "leave" };

	@TempDir
	Path dir;

	/** 30,000 rows, about 6 % faulty; short and long viewer ids (long ones take the resolver's slow path). */
	private Path faultyFile() throws IOException {
		SplittableRandom r = new SplittableRandom(20261130);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("viewer,stream,item,type,timestamp,value\n".getBytes(StandardCharsets.UTF_8));
		for (int i = 0; i < 30_000; i++) {
			int v = r.nextInt(3000);
			String viewer = v % 7 == 0 ? "viewer-with-a-long-id-" + v : "v" + v;
			String type = TYPES[r.nextInt(TYPES.length)];
			long time = T0 + i * 3L + r.nextInt(20);
			String value = type.equals("purchase") || type.equals("cart") ? (r.nextInt(10_000) / 100.0) + "" : "";
			String stream = r.nextInt(5) == 0 ? "" : "s" + r.nextInt(50);
			String item = "i" + r.nextInt(400);
			String line = viewer + "," + stream + "," + item + "," + type + "," + time + "," + value;
			switch (r.nextInt(400)) {
			case 0 -> line = viewer + "," + stream + "," + item + "," + type + "," + time; // too few fields
			case 1 -> line = line + ",extra";
			case 2 -> line = "," + stream + "," + item + "," + type + "," + time + "," + value;
			case 3 -> line = viewer + "," + stream + "," + item + ",teleport," + time + ",";
			case 4 -> line = viewer + "," + stream + "," + item + "," + type + ",yesterday,";
			case 5 -> line = viewer + "," + stream + "," + item + "," + type + ",,";
			case 6 -> line = viewer + "," + stream + "," + item + "," + type + ",999999999999999,";
			case 7 -> line = viewer + "," + stream + "," + item + ",purchase," + time + ",abc";
			case 8 -> line = viewer + "," + stream + "," + item + ",purchase," + time + ",-5";
			case 9 -> line = viewer + "," + stream + ",\"" + item + "," + type + "," + time + ",";
			case 10 -> line = "\"" + viewer + ",x\"," + stream + "," + item + "," + type + "," + time + ",";
			case 11 -> line = viewer + "," + stream + "," + item + "," + type + "," + time + ",NaN";
			case 12 -> line = viewer + "," + stream + "," + item + "," + type + "," + (T0 + 7) + "," + value;
			default -> {
			}
			}
			out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
			if (r.nextInt(400) == 0) {
				out.write(0xC3); // a lone UTF-8 lead byte: the row is rejected for its encoding
				out.write(0x28);
			}
			out.write('\n');
			if (r.nextInt(500) == 0) {
				out.write('\n'); // empty lines are skipped
			}
		}
		return Files.write(dir.resolve("faulty.csv"), out.toByteArray());
	}

	private static final String PINNED = "30000 read, 29078 accepted, 922 rejected, 0 duplicates\n"
			+ "rejected rows 28b836ed0c91e1133bf7dff8c57c1dee74bb713cb43d6cd1cde92c27f8ee8cdf\n"
			+ "log 8748f050e7d6eb8f91666726cc354e8a524220d4b9e6290bf670496a456afdbc";

	@Test
	void acceptedEventsAndRejectionsArePinned() throws IOException, NoSuchAlgorithmException {
		Path file = faultyFile();
		EventImport imported = CsvEventImporter.read(file, CsvMapping.defaults(), IdPolicy.raw(),
				ImportOptions.defaults().withMaxRejectedShare(0.5), ProgressMonitor.NULL);
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		for (RejectedRow row : imported.report().rejectedRows()) {
			sha.update((row.line() + "|" + row.column() + "|" + row.reason() + "|" + row.rawText() + "\n")
					.getBytes(StandardCharsets.UTF_8));
		}
		String summary = imported.report().rowsRead() + " read, " + imported.report().rowsAccepted() + " accepted, "
				+ imported.report().rejectedCount() + " rejected, " + imported.report().duplicatesRemoved()
				+ " duplicates";
		assertEquals(PINNED, summary + "\nrejected rows " + HexFormat.of().formatHex(sha.digest()) + "\nlog "
				+ Digests.eventLog(imported.log()));
	}
}
