package io.streamwise.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.io.CsvEventImporter;
import io.streamwise.core.io.CsvMapping;
import io.streamwise.core.io.EventImport;
import io.streamwise.core.io.IdPolicy;
import io.streamwise.core.io.ImportException;
import io.streamwise.core.io.ImportOptions;
import io.streamwise.core.io.ImportReport;
import io.streamwise.core.io.RecBoleImporter;
import io.streamwise.core.io.RejectedRow;
import io.streamwise.core.io.TooManyRejectedException;

/** Issue 10, items 3 to 6: no row is lost or misread without a word, and the word names file, line and field. */
class ImportStrictnessTest {

	private static final long T0 = 1_772_396_103L; // 2026-03-01T20:15:03Z
	private static final String HEADER = "viewer,stream,item,type,timestamp,value";

	@TempDir
	Path dir;

	/** n good canonical rows (lines 2 to n+1), viewer v&lt;i&gt;, one second apart from T0. */
	private static List<String> goodRows(int n) {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			rows.add("v" + (i % 37) + ",s1,i" + (i % 11) + ",click," + (T0 + i) + ",");
		}
		return rows;
	}

	private Path write(String name, List<String> rows) throws IOException {
		return Files.writeString(dir.resolve(name), HEADER + "\n" + String.join("\n", rows) + "\n");
	}

	private static EventImport read(Path file, ImportOptions options) throws IOException {
		return CsvEventImporter.read(file, CsvMapping.defaults(), IdPolicy.raw(), options, ProgressMonitor.NULL);
	}

	// item 3

	@Test
	void unbalancedQuoteInTheMiddleRejectsOnlyItsOwnRow() throws IOException {
		List<String> rows = goodRows(1000);
		rows.set(499, "v1,s1,\"i-open,click," + (T0 + 499) + ","); // line 501: the quote never closes
		Path f = write("quote.csv", rows);
		EventImport imp = CsvEventImporter.read(f);
		ImportReport r = imp.report();
		assertEquals(1000, r.rowsRead());
		assertEquals(999, r.rowsAccepted());
		assertEquals(1, r.rejectedCount());
		RejectedRow bad = r.rejectedRows().get(0);
		assertEquals(501, bad.line());
		assertEquals("item", bad.column());
		assertTrue(bad.reason().contains("quoted field not closed"), bad.reason());
		assertEquals(rows.get(499), bad.rawText());
		assertEquals(999, imp.log().size());
		assertEquals(T0 + 999, imp.log().timestamp(998)); // the last line was read
	}

	@Test
	void charactersAfterAClosingQuoteRejectTheRowNotTheFile() throws IOException {
		List<String> rows = goodRows(300);
		rows.set(9, "v1,s1,\"i1\"x,click," + T0 + ","); // line 11
		rows.set(19, "v2,s1,\"a \"\"quoted\"\" item, with comma\",click," + T0 + ",");
		EventImport imp = CsvEventImporter.read(write("after.csv", rows));
		assertEquals(299, imp.report().rowsAccepted());
		assertEquals(11, imp.report().rejectedRows().get(0).line());
		assertTrue(imp.report().rejectedRows().get(0).reason().contains("after the closing quote"));
		assertTrue(imp.log().items().indexOf("a \"quoted\" item, with comma") >= 0);
	}

	@Test
	void aRejectedRowsRawTextQuotesItsFieldsAsTheFileDid() throws IOException {
		List<String> rows = goodRows(200);
		String bad = "v2,s1,\"a \"\"quoted\"\" item, with comma\",clack," + T0 + ",";
		rows.set(9, bad); // line 11: an unknown event type, found after the fields were parsed
		EventImport imp = CsvEventImporter.read(write("requote.csv", rows));
		RejectedRow row = imp.report().rejectedRows().get(0);
		assertEquals(11, row.line());
		assertEquals("type", row.column());
		assertEquals(bad, row.rawText());
	}

	@Test
	void crlfLinesByteOrderMarkAndMultiByteCharactersAcrossBufferBoundaries() throws IOException {
		// 3,000 rows of ids with two-byte characters: about 150 KB, so characters straddle the 64 KB read buffers
		StringBuilder text = new StringBuilder("\uFEFF" + HEADER + "\r\n");
		for (int i = 0; i < 3000; i++) {
			String viewer = i == 1500 ? "\"é-open" : "é" + (i % 97) + "ü".repeat(i % 13);
			text.append(viewer).append(",s1,i1,click,").append(T0 + i).append(",\r\n");
		}
		Path f = Files.write(dir.resolve("crlf.csv"), text.toString().getBytes(StandardCharsets.UTF_8));
		EventImport imp = CsvEventImporter.read(f);
		assertEquals(3000, imp.report().rowsRead());
		assertEquals(1, imp.report().rejectedCount());
		assertEquals(1502, imp.report().rejectedRows().get(0).line());
		assertEquals("viewer", imp.report().rejectedRows().get(0).column());
		EventLog log = imp.log();
		assertEquals(2999, log.size());
		for (int row = 0; row < log.size(); row++) {
			String id = log.viewers().id(log.viewer(row));
			long i = log.timestamp(row) - T0;
			assertEquals("é" + (i % 97) + "ü".repeat((int) (i % 13)), id);
		}
	}

	@Test
	void moreRejectedRowsThanAllowedFailWithTheSummary() throws IOException {
		List<String> rows = goodRows(1000);
		for (int i = 0; i < 20; i++) {
			rows.set(50 * i, "v1,s1,i1,click,never,"); // 2 % of the rows
		}
		Path f = write("dirty.csv", rows);
		TooManyRejectedException e = assertThrows(TooManyRejectedException.class,
				() -> read(f, ImportOptions.defaults()));
		assertEquals(20, e.report().rejectedCount());
		assertTrue(e.getMessage().contains("20 of 1,000 data rows (2.00 %)"), e.getMessage());
		assertTrue(e.getMessage().contains("more than the 1 % allowed"), e.getMessage());
		assertTrue(e.getMessage().contains("line 2, column timestamp"), e.getMessage()); // the summary's first row
		assertTrue(e.getMessage().contains("--max-rejected-share"), e.getMessage());
		// a limit of 2 % lets exactly this file through
		assertEquals(980, read(f, ImportOptions.defaults().withMaxRejectedShare(0.02)).log().size());
	}

	// item 4

	@Test
	void invalidUtf8RejectsTheRowWithLineAndByteOffsetAndDoesNotMergeViewers() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes(("José,s1,i1,click," + T0 + ",\n").getBytes(StandardCharsets.UTF_8)); // line 2
		int offset = bytes.size() + 3; // line 3 starts here; "Jos" then the Latin-1 byte of è
		bytes.writeBytes(("Jos\u00e8,s1,i1,click," + (T0 + 1) + ",\n").getBytes(StandardCharsets.ISO_8859_1));
		for (String row : goodRows(200)) {
			bytes.writeBytes((row + "\n").getBytes(StandardCharsets.UTF_8));
		}
		Path f = Files.write(dir.resolve("mixed.csv"), bytes.toByteArray());
		EventImport imp = CsvEventImporter.read(f);
		assertEquals(1, imp.report().rejectedCount());
		RejectedRow bad = imp.report().rejectedRows().get(0);
		assertEquals(3, bad.line());
		assertEquals("viewer", bad.column());
		assertTrue(bad.reason().contains("0xE8") && bad.reason().contains("byte offset " + offset), bad.reason());
		assertTrue(imp.log().viewers().indexOf("José") >= 0);
		for (int v = 0; v < imp.log().viewers().size(); v++) {
			assertFalse(imp.log().viewers().id(v).contains("\uFFFD"), imp.log().viewers().id(v));
		}
	}

	@Test
	void latin1FileIsReadWithItsEncoding() throws IOException {
		String text = HEADER + "\nJos\u00e9,s1,caf\u00e9,click," + T0 + ",\nJos\u00e8,s1,caf\u00e9,click," + (T0 + 1)
				+ ",\n";
		Path f = Files.write(dir.resolve("latin1.csv"), text.getBytes(StandardCharsets.ISO_8859_1));
		ImportException utf8 = assertThrows(ImportException.class, () -> CsvEventImporter.read(f));
		assertTrue(utf8.getMessage().contains("byte offset"), utf8.getMessage());
		EventLog log = read(f, ImportOptions.defaults().withEncoding(StandardCharsets.ISO_8859_1)).log();
		assertEquals(2, log.size());
		assertEquals(List.of("José", "Josè"),
				List.of(log.viewers().id(log.viewer(0)), log.viewers().id(log.viewer(1))));
		assertEquals("café", log.items().id(log.item(0)));
	}

	@Test
	void gb18030FileIsReadWithItsEncoding() throws IOException {
		Charset gb = ImportOptions.charset("GB18030");
		String text = HEADER + "\n张伟,直播间1,课程,purchase," + T0 + ",99.5\n王芳,直播间1,课程,click," + (T0 + 1) + ",\n";
		Path f = Files.write(dir.resolve("gb.csv"), text.getBytes(gb));
		EventLog log = read(f, ImportOptions.defaults().withEncoding(gb)).log();
		assertEquals(2, log.size());
		assertEquals("张伟", log.viewers().id(log.viewer(0)));
		assertEquals("王芳", log.viewers().id(log.viewer(1)));
		assertEquals("直播间1", log.streams().id(log.stream(0)));
		assertEquals(99.5f, log.value(0));
		// read as UTF-8 the same bytes are rejected, not turned into other names
		ImportException utf8 = assertThrows(ImportException.class, () -> CsvEventImporter.read(f));
		assertTrue(utf8.getMessage().contains("line 2") && utf8.getMessage().contains("byte offset"),
				utf8.getMessage());
	}

	@Test
	void recBoleHeaderWithABadByteNamesFileAndLine() throws IOException {
		String text = "user_id:token\titem_id:token\ttimestamp:float\ttitl\u00e9:token\n1\t2\t3\tx\n";
		int offset = text.indexOf('\u00e9'); // every character before it is one byte
		byte[] header = text.getBytes(StandardCharsets.ISO_8859_1);
		Path inter = Files.write(dir.resolve("bad.inter"), header);
		ImportException e = assertThrows(ImportException.class, () -> RecBoleImporter.read(inter));
		assertEquals(1, e.line());
		assertTrue(e.getMessage().startsWith(inter.toString()) && e.getMessage().contains("byte offset " + offset),
				e.getMessage());
	}

	// item 5

	@Test
	void outOfRangeTimestampRejectsOneRowWithItsLine() throws IOException {
		List<String> rows = goodRows(300);
		rows.set(99, "v1,s1,i1,click,99999999999999,"); // line 101: the year 3170843 in seconds
		EventImport imp = CsvEventImporter.read(write("range.csv", rows));
		assertEquals(299, imp.log().size());
		assertEquals(1, imp.report().rejectedCount());
		RejectedRow bad = imp.report().rejectedRows().get(0);
		assertEquals(101, bad.line());
		assertEquals("timestamp", bad.column());
		assertTrue(bad.reason().contains("year 3170843"), bad.reason());
	}

	@Test
	void logSpanningMoreThanTheIntColumnReadsWithExactTimes() throws IOException {
		// 1850-01-01T00:00:00Z and 2020-01-01T00:00:00Z: 170 years, more than the 2^32-1 s (136 years) of an int offset
		long early = -3_786_825_600L, late = 1_577_836_800L;
		Path f = write("span.csv", List.of("a,,,click,2020-01-01T00:00:00Z,", "b,,,click,1850-01-01T00:00:00Z,",
				"a,,,click,2020-01-01T00:00:00Z,", "c,,,click,1969-12-31T23:59:59Z,"));
		EventImport imp = CsvEventImporter.read(f);
		EventLog log = imp.log();
		assertEquals(3, log.size());
		assertEquals(1, imp.report().duplicatesRemoved());
		assertEquals(List.of(early, -1L, late), List.of(log.timestamp(0), log.timestamp(1), log.timestamp(2)));
		EventLog tail = log.select(new int[] { 2, 0 });
		assertEquals(List.of(late, early), List.of(tail.timestamp(0), tail.timestamp(1)));
	}

	@Test
	void epochMillisecondsAreRecognisedWithAWarningAndTheUnitCanBeSet() throws IOException {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			rows.add("v" + i + ",s1,i1,click," + (T0 * 1000 + 1500 * i) + ",");
		}
		Path f = write("millis.csv", rows);
		EventImport imp = CsvEventImporter.read(f);
		assertEquals(T0, imp.log().timestamp(0));
		assertEquals(T0 + 13, imp.log().timestamp(9)); // 13.5 s later, floor
		assertEquals(1, imp.report().warnings().size());
		String warning = imp.report().warnings().get(0);
		assertTrue(warning.contains("milliseconds") && warning.contains("--time-unit seconds"), warning);
		assertTrue(imp.report().summary().contains("Warning"), imp.report().summary());

		// said to be seconds, every row is in the year 58134 and rejected
		ImportException seconds = assertThrows(ImportException.class,
				() -> read(f, ImportOptions.defaults().withTimeUnit(ImportOptions.EpochUnit.SECONDS)));
		assertTrue(seconds.getMessage().contains("year 58134"), seconds.getMessage());
		// said to be milliseconds, no warning
		EventImport said = read(f, ImportOptions.defaults().withTimeUnit(ImportOptions.EpochUnit.MILLISECONDS));
		assertEquals(T0, said.log().timestamp(0));
		assertEquals(List.of(), said.report().warnings());
		// ordinary seconds: no warning
		assertEquals(List.of(), CsvEventImporter.read(write("secs.csv", goodRows(5))).report().warnings());
	}

	// item 6

	@Test
	void javaNumberSyntaxIsNotAPrice() throws IOException {
		List<String> rows = goodRows(500);
		String[] bad = { "12d", "0x1p4", "NaN", "Infinity", "-Infinity" };
		for (int i = 0; i < bad.length; i++) {
			rows.set(100 + i, "v1,s1,i1,purchase," + T0 + "," + bad[i]); // lines 102 to 106
		}
		rows.set(200, "v1,s1,i1,purchase," + T0 + ", 12.50 "); // blanks around a plain decimal are fine
		rows.set(201, "v1,s1,i1,purchase," + (T0 + 1) + ",1.5e2");
		EventImport imp = read(write("prices.csv", rows), ImportOptions.defaults());
		assertEquals(bad.length, imp.report().rejectedCount());
		for (int i = 0; i < bad.length; i++) {
			RejectedRow r = imp.report().rejectedRows().get(i);
			assertEquals(102 + i, r.line());
			assertEquals("value", r.column());
			assertTrue(r.reason().contains("'" + bad[i] + "'"), r.reason());
		}
		EventLog log = imp.log();
		List<Float> values = new ArrayList<>();
		for (int row = 0; row < log.size(); row++) {
			if (!Float.isNaN(log.value(row))) {
				values.add(log.value(row));
			}
		}
		assertEquals(List.of(12.5f, 150f), values);
	}

	@Test
	void duplicateHeaderNameIsAnErrorNamingTheColumns() throws IOException {
		Path f = Files.writeString(dir.resolve("dup.csv"),
				"viewer,stream,item,type,timestamp,value,Viewer\nv1,s1,i1,click," + T0 + ",,v2\n");
		ImportException e = assertThrows(ImportException.class, () -> CsvEventImporter.read(f));
		assertEquals(1, e.line());
		assertEquals("viewer", e.column());
		assertTrue(e.getMessage().contains("appears twice") && e.getMessage().contains("columns 1 and 7"),
				e.getMessage());
	}

	@Test
	void duplicateRecBoleFieldIsAnError() throws IOException {
		Path inter = Files.writeString(dir.resolve("dup.inter"),
				"user_id:token\titem_id:token\ttimestamp:float\titem_id:token\n1\t2\t3\t4\n");
		ImportException e = assertThrows(ImportException.class, () -> RecBoleImporter.read(inter));
		assertEquals(1, e.line());
		assertTrue(e.getMessage().contains("'item_id' appears twice"), e.getMessage());
	}
}
