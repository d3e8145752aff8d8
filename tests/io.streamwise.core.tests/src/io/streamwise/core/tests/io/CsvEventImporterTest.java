package io.streamwise.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventType;
import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.io.CsvEventImporter;
import io.streamwise.core.io.CsvMapping;
import io.streamwise.core.io.EventImport;
import io.streamwise.core.io.IdPolicy;
import io.streamwise.core.io.ImportException;
import io.streamwise.core.io.ImportOptions;
import io.streamwise.core.io.ImportReport;
import io.streamwise.core.io.RejectedRow;

class CsvEventImporterTest {

	private static final long T0 = 1_772_396_103L; // 2026-03-01T20:15:03Z, computed independently

	@TempDir
	Path dir;

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text);
	}

	private static EventImport read(Path file, CsvMapping mapping) throws IOException {
		return CsvEventImporter.read(file, mapping, IdPolicy.raw(), ProgressMonitor.NULL);
	}

	@Test
	void canonicalFileRoundTripsEveryField() throws IOException {
		Path f = write("events.csv", """
				viewer,stream,item,type,timestamp,value
				v1,s1,,join,2026-03-01T20:15:03Z,
				v1,s1,"course, advanced",purchase,2026-03-01T20:15:05Z,19.99
				v2,,e-book,RATE,2026-03-01T20:15:04Z,4
				v2,s2,e-book,click,1772396110,
				""");
		EventImport imp = CsvEventImporter.read(f);
		EventLog log = imp.log();
		assertEquals(4, log.size());
		// time order: 03, 04, 05, 10
		assertEquals("v1", log.viewers().id(log.viewer(0)));
		assertEquals(EventType.JOIN, log.type(0));
		assertEquals(-1, log.item(0));
		assertEquals("s1", log.streams().id(log.stream(0)));
		assertTrue(Float.isNaN(log.value(0)));
		assertEquals(T0, log.timestamp(0));

		assertEquals("v2", log.viewers().id(log.viewer(1)));
		assertEquals(EventType.RATE, log.type(1));
		assertEquals(-1, log.stream(1));
		assertEquals("e-book", log.items().id(log.item(1)));
		assertEquals(4f, log.value(1));
		assertEquals(T0 + 1, log.timestamp(1));

		assertEquals("course, advanced", log.items().id(log.item(2)));
		assertEquals(EventType.PURCHASE, log.type(2));
		assertEquals(19.99f, log.value(2));
		assertEquals(T0 + 2, log.timestamp(2));

		assertEquals(EventType.CLICK, log.type(3));
		assertEquals(T0 + 7, log.timestamp(3));
		assertEquals("s2", log.streams().id(log.stream(3)));

		ImportReport r = imp.report();
		assertEquals(4, r.rowsRead());
		assertEquals(4, r.rowsAccepted());
		assertEquals(0, r.rejectedCount());
		assertEquals(List.of(f.toString()), r.sources());
	}

	@Test
	void manyDistinctIdsOfEveryLengthKeepTheirIdentity() throws IOException {
		// short ids, ids of exactly 7 and 8 chars, long ids and non-Latin-1 ids all grow the importer's id index
		String[] shapes = { "%d", "v%06d", "viewer-%d", "ü%d", "用户%d", "%07d" };
		StringBuilder sb = new StringBuilder("viewer,item,type,timestamp\n");
		int rows = 0;
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 3_000; i++) {
				String id = String.format(shapes[i % shapes.length], i);
				sb.append(id).append(",item").append(i % 7).append(",click,").append(rows++).append('\n');
			}
		}
		EventLog log = CsvEventImporter.read(write("ids.csv", sb.toString())).log();
		assertEquals(6_000, log.size());
		assertEquals(3_000, log.viewers().size());
		assertEquals(7, log.items().size());
		for (int r = 0; r < log.size(); r++) {
			int i = r % 3_000;
			assertEquals(String.format(shapes[i % shapes.length], i), log.viewers().id(log.viewer(r)));
			assertEquals("item" + i % 7, log.items().id(log.item(r)));
		}
	}

	@Test
	void valuesParseExactlyAsFloatParseFloat() throws IOException {
		String[] texts = { "0.1", "19.99", "-0.5", "1e3", "3.4028235E38", "123456789.123", "0.000001", "7", "+2.5",
				"16777217", "1.17549435E-38", "99999.99" };
		StringBuilder sb = new StringBuilder("viewer,item,type,timestamp,value\n");
		for (int i = 0; i < texts.length; i++) {
			sb.append("v,i,rate,").append(1000 + i).append(',').append(texts[i]).append('\n');
		}
		EventLog log = CsvEventImporter.read(write("values.csv", sb.toString())).log();
		for (int i = 0; i < texts.length; i++) {
			assertEquals(Float.parseFloat(texts[i]), log.value(i), texts[i]);
		}
	}

	@Test
	void tabSeparatedFileWithoutHeaderAndPositionalMapping() throws IOException {
		Path f = write("u.data", "196\t242\t3\t881250949\n186\t302\t3.5\t891717742\n22\t377\t1\t878887116\n");
		EventImport imp = read(f, CsvMapping.parse("user,item,rating,timestamp,sep=tab,header=no"));
		EventLog log = imp.log();
		assertEquals(3, log.size());
		assertEquals("22", log.viewers().id(log.viewer(0)));
		assertEquals("377", log.items().id(log.item(0)));
		assertEquals(1f, log.value(0));
		assertEquals(878887116L, log.timestamp(0));
		assertEquals("186", log.viewers().id(log.viewer(2)));
		assertEquals(3.5f, log.value(2));
		for (int r = 0; r < 3; r++) {
			assertEquals(EventType.RATE, log.type(r));
			assertEquals(-1, log.stream(r));
		}
		assertEquals(3, imp.report().rowsRead());
	}

	@Test
	void namedMappingWithAliasesAndDefaultType() throws IOException {
		Path f = write("plain.csv", "user_id;product;when\nu1;p1;2026-03-01 20:15:03\nu2;p1;2026-03-01 20:15:04\n");
		EventLog log = read(f, CsvMapping.parse("sep=semicolon,item=product,timestamp=when,default-type=cart")).log();
		assertEquals(2, log.size());
		assertEquals("u1", log.viewers().id(log.viewer(0)));
		assertEquals(EventType.CART, log.type(0));
		assertEquals(T0, log.timestamp(0));
	}

	@Test
	void badRowsAreReportedWithLineAndColumnAndTheRestIsKept() throws IOException {
		String[] lines = { "viewer,stream,item,type,timestamp,value", // line 1
				"v1,s1,i1,click,2026-03-01T20:15:03Z,", // 2 ok
				"v1,s1,i1,click,2026-03-01T20:15:04Z", // 3 five fields
				"v2,s1,i2,purchase,2026-03-01T20:15:05Z,9.5", // 4 ok
				"v2,s1,i2,purchase,yesterday,9.5", // 5 bad time
				"v3,s1,i2,teleport,2026-03-01T20:15:06Z,", // 6 unknown type
				",s1,i2,click,2026-03-01T20:15:06Z,", // 7 missing viewer
				"v3,s1,i2,rate,2026-03-01T20:15:06Z,five", // 8 bad value
				"v3,s1,i2,purchase,2026-03-01T20:15:07Z,-3", // 9 negative price
				"v4,s1,i3,rate,2026-02-30T10:00:00Z,2", // 10 no such date
				"v4,s1,i3,refund,2026-03-01T20:15:08Z,3", // 11 ok
		};
		Path f = write("dirty.csv", String.join("\n", lines) + "\n");
		EventImport imp = CsvEventImporter.read(f, CsvMapping.defaults(), IdPolicy.raw(),
				ImportOptions.defaults().withMaxRejectedShare(1.0), ProgressMonitor.NULL); // 7 of 10 rows are bad
		ImportReport r = imp.report();
		assertEquals(10, r.rowsRead());
		assertEquals(3, r.rowsAccepted());
		assertEquals(7, r.rejectedCount());
		assertEquals(3, imp.log().size());
		List<RejectedRow> rej = r.rejectedRows();
		assertEquals(List.of(3L, 5L, 6L, 7L, 8L, 9L, 10L), rej.stream().map(RejectedRow::line).toList());
		assertEquals(List.of("*", "timestamp", "type", "viewer", "value", "value", "timestamp"),
				rej.stream().map(RejectedRow::column).toList());
		assertTrue(rej.get(0).reason().contains("5 fields"), rej.get(0).reason());
		assertTrue(rej.get(1).reason().contains("'yesterday'"), rej.get(1).reason());
		assertTrue(rej.get(2).reason().contains("unknown event type 'teleport'"), rej.get(2).reason());
		assertTrue(rej.get(3).reason().contains("empty viewer"), rej.get(3).reason());
		assertTrue(rej.get(4).reason().contains("'five'"), rej.get(4).reason());
		assertTrue(rej.get(5).reason().contains("negative price"), rej.get(5).reason());
		for (RejectedRow row : rej) {
			assertEquals(f.toString(), row.file());
			assertEquals(lines[(int) row.line() - 1], row.rawText());
		}
		// the kept rows are lines 2, 4 and 11
		assertEquals(List.of(EventType.CLICK, EventType.PURCHASE, EventType.REFUND),
				List.of(imp.log().type(0), imp.log().type(1), imp.log().type(2)));

		String summary = r.summary();
		assertTrue(summary.contains("Read 10 rows from dirty.csv: 3 accepted, 0 exact duplicates removed, 7 rejected"),
				summary);
		assertTrue(summary.contains("line 3"), summary);

		Path out = dir.resolve("rejected.csv");
		r.writeRejected(out);
		List<CsvRecord> written;
		try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(out)) {
			written = csv.stream().toList();
		}
		assertEquals(List.of("file", "line", "column", "reason", "raw"), written.get(0).getFields());
		assertEquals(8, written.size());
		assertEquals("5", written.get(2).getField(1));
		assertEquals(lines[4], written.get(2).getField(4));
		try (var files = Files.list(dir)) {
			assertEquals(0, files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count());
		}
	}

	@Test
	void exactDuplicatesAreRemovedAndCounted() throws IOException {
		Path f = write("dups.csv", """
				viewer,stream,item,type,timestamp,value
				v1,s1,i1,purchase,100,5
				v1,s1,i1,purchase,100,5
				v1,s1,i1,purchase,100,6
				v2,s1,i1,purchase,100,5
				v1,s1,i1,purchase,100,5
				v1,s1,i1,purchase,101,5
				""");
		EventImport imp = CsvEventImporter.read(f);
		assertEquals(6, imp.report().rowsAccepted());
		assertEquals(2, imp.report().duplicatesRemoved());
		assertEquals(4, imp.report().events());
		assertEquals(4, imp.log().size());
	}

	@Test
	void missingRequiredColumnNamesTheColumn() throws IOException {
		Path f = write("nots.csv", "viewer,item,type\nv1,i1,click\n");
		ImportException e = assertThrows(ImportException.class, () -> CsvEventImporter.read(f));
		assertEquals("timestamp", e.column());
		assertEquals(1, e.line());
		assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("'timestamp'"), e.getMessage());

		ImportException named = assertThrows(ImportException.class,
				() -> read(write("canon.csv", "viewer,stream,item,type,timestamp,value\nv,s,i,click,1,\n"),
						CsvMapping.parse("viewer=user_id")));
		assertEquals("user_id", named.column());
	}

	@Test
	void fatalProblemsThrow() throws IOException {
		ImportException missing = assertThrows(ImportException.class,
				() -> CsvEventImporter.read(dir.resolve("absent.csv")));
		assertTrue(missing.getMessage().contains("absent.csv") && missing.getMessage().contains("not found"),
				missing.getMessage());
		ImportException empty = assertThrows(ImportException.class,
				() -> CsvEventImporter.read(write("empty.csv", "")));
		assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
		ImportException headerOnly = assertThrows(ImportException.class,
				() -> CsvEventImporter.read(write("header.csv", "viewer,stream,item,type,timestamp,value\n")));
		assertTrue(headerOnly.getMessage().contains("no data rows"), headerOnly.getMessage());
		ImportException allBad = assertThrows(ImportException.class, () -> CsvEventImporter
				.read(write("bad.csv", "viewer,stream,item,type,timestamp,value\nv,s,i,click,never,\nv,s,i,x,1,\n")));
		assertEquals(2, allBad.line());
		assertEquals("timestamp", allBad.column());
		assertTrue(allBad.getMessage().contains("all 2 rows were rejected"), allBad.getMessage());
	}

	@Test
	void isoEpochAndDateTimeFormsGiveEqualTimestamps() throws IOException {
		EventLog iso = CsvEventImporter.read(write("iso.csv", """
				viewer,type,timestamp
				a,join,2026-03-01T20:15:03Z
				b,join,2024-02-29T23:59:59Z
				c,join,1969-12-31T23:59:59Z
				d,join,2026-03-01T21:15:03+01:00
				e,join,2026-03-01T20:15:03.999Z
				""")).log();
		EventLog epoch = CsvEventImporter.read(write("epoch.csv", """
				viewer,type,timestamp
				a,join,1772396103
				b,join,1709251199
				c,join,-1
				d,join,1772396103
				e,join,1772396103
				""")).log();
		EventLog spaced = CsvEventImporter.read(write("spaced.csv", """
				viewer,type,timestamp
				a,join,2026-03-01 20:15:03
				b,join,2024-02-29 23:59:59
				c,join,1969-12-31 23:59:59
				d,join,2026-03-01 20:15:03
				e,join,2026-03-01 20:15:03
				""")).log();
		EventLog millis = read(write("millis.csv", """
				viewer,type,timestamp
				a,join,1772396103000
				b,join,1709251199000
				c,join,-1000
				d,join,1772396103000
				e,join,1772396103999
				"""), CsvMapping.parse("time-format=epoch-millis")).log();
		for (EventLog log : List.of(iso, epoch, spaced, millis)) {
			assertEquals(5, log.size());
			for (int r = 0; r < 5; r++) {
				assertEquals(epoch.viewers().id(epoch.viewer(r)), log.viewers().id(log.viewer(r)));
				assertEquals(epoch.timestamp(r), log.timestamp(r));
			}
		}
		assertEquals(-1L, epoch.timestamp(0));
		assertEquals(1_709_251_199L, epoch.timestamp(1));
		assertEquals(T0, epoch.timestamp(4));
	}

	@Test
	void cancellingMonitorStopsTheImport() throws IOException {
		StringBuilder sb = new StringBuilder("viewer,stream,item,type,timestamp,value\n");
		for (int i = 0; i < 70_000; i++) {
			sb.append('v').append(i % 100).append(",s,i,click,").append(i).append(",\n");
		}
		Path f = write("big.csv", sb.toString());
		int[] checks = new int[1];
		ProgressMonitor cancelling = ProgressMonitor.cancelledWhen(() -> ++checks[0] > 0);
		assertThrows(CancelledException.class,
				() -> CsvEventImporter.read(f, CsvMapping.defaults(), IdPolicy.raw(), cancelling));
		assertEquals(1, checks[0]);
	}

	@Test
	void progressIsReportedInAboutTheFileSize() throws IOException {
		StringBuilder sb = new StringBuilder("viewer,stream,item,type,timestamp,value\n");
		for (int i = 0; i < 70_000; i++) {
			sb.append("viewer").append(i % 100).append(",s,i,click,").append(i).append(",\n");
		}
		Path f = write("progress.csv", sb.toString());
		long[] total = new long[2];
		CsvEventImporter.read(f, CsvMapping.defaults(), IdPolicy.raw(), new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
				total[0] = totalWork;
			}

			@Override
			public void worked(long work) {
				total[1] += work;
			}

			@Override
			public boolean isCancelled() {
				return false;
			}
		});
		assertEquals(Files.size(f), total[0]);
		assertTrue(Math.abs(total[1] - total[0]) < total[0] / 20, total[1] + " of " + total[0]);
	}
}
