package io.streamwise.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventType;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.io.CsvEventImporter;
import io.streamwise.core.io.CsvMapping;
import io.streamwise.core.io.CsvMapping.Field;
import io.streamwise.core.io.EventImport;
import io.streamwise.core.io.IdPolicy;
import io.streamwise.core.io.ImportOptions;
import io.streamwise.core.io.ImportReport;
import io.streamwise.core.io.RejectedRow;

/**
 * The parser thread copies each record straight into the chunk it hands over (4,096 records a chunk), and the first
 * data record is read ahead before the thread starts. This file puts quoted fields (separators and doubled quotes
 * inside), CRLF line ends, empty fields, an empty line, a field longer than a chunk's characters, a record with more
 * fields than a chunk's field table, and bad rows on both sides of two chunk boundaries; every accepted row is checked
 * against what was written and every rejected one by line, column and reason.
 */
class ImportChunkEdgesTest {

	private static final long T0 = 1_772_396_103L; // 2026-03-01T20:15:03Z
	private static final int ROWS = 3 * 4096 + 10;
	/** The empty line comes after this data row: later rows are one line further down. */
	private static final int EMPTY_LINE_AFTER = 100;
	private static final int LONG_FIELD_ROW = 5000, LONG_FIELD = 300_000;
	private static final int WIDE_ROW = 6000, EXTRA_FIELDS = 40_000;

	@TempDir
	Path dir;

	private static String viewer(int i) {
		return "v" + i % 500;
	}

	/** Item ids with a separator and a quote in them, written quoted; one is longer than a chunk's characters. */
	private static String item(int i) {
		return i == LONG_FIELD_ROW ? "x".repeat(LONG_FIELD) : "it,em \"" + i % 13 + "\"";
	}

	/** Every tenth row has no stream. */
	private static String stream(int i) {
		return i % 10 == 0 ? "" : "s" + i % 7;
	}

	private static boolean purchase(int i) {
		return i % 5 == 0;
	}

	/** The line of data row i: after the header (if any) and the empty line. */
	private static long line(int i, boolean header) {
		return i + (header ? 2 : 1) + (i > EMPTY_LINE_AFTER ? 1 : 0);
	}

	private Path write(boolean header) throws IOException {
		StringBuilder sb = new StringBuilder();
		if (header) {
			sb.append("viewer,stream,item,type,timestamp,value\r\n");
		}
		for (int i = 0; i < ROWS; i++) {
			String quotedItem = "\"" + item(i).replace("\"", "\"\"") + "\"";
			String row = viewer(i) + "," + stream(i) + "," + quotedItem + "," + (purchase(i) ? "purchase" : "watch")
					+ "," + (T0 + i) + "," + (purchase(i) ? "1.5" : "");
			row = switch (i) {
			case 4095 -> viewer(i) + ",s1," + quotedItem + ",teleport," + (T0 + i) + ",";
			case 4096 -> viewer(i) + ",s1," + quotedItem + ",watch," + (T0 + i);
			case WIDE_ROW -> row + ",extra".repeat(EXTRA_FIELDS);
			case 8191 -> viewer(i) + ",s1,\"open item,watch," + (T0 + i) + ",";
			case 8192 -> viewer(i) + ",s1," + quotedItem + ",watch,yesterday,";
			default -> row;
			};
			sb.append(row).append("\r\n");
			if (i == EMPTY_LINE_AFTER) {
				sb.append("\r\n");
			}
		}
		return Files.writeString(dir.resolve(header ? "with-header.csv" : "no-header.csv"), sb.toString(),
				StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void everyRowIsReadOnceWithItsFieldsAndLine(boolean header) throws IOException {
		CsvMapping mapping = header ? CsvMapping.defaults()
				: CsvMapping.builder().header(false).column(Field.VIEWER, 0).column(Field.STREAM, 1)
						.column(Field.ITEM, 2).column(Field.TYPE, 3).column(Field.TIMESTAMP, 4).column(Field.VALUE, 5)
						.build();
		EventImport imp = CsvEventImporter.read(write(header), mapping, IdPolicy.raw(),
				ImportOptions.defaults().withMaxRejectedShare(0.5), ProgressMonitor.NULL);
		ImportReport report = imp.report();

		assertEquals(ROWS, report.rowsRead());
		assertEquals(5, report.rejectedCount());
		assertEquals(ROWS - 5, report.rowsAccepted());
		assertEquals(0, report.duplicatesRemoved());

		List<RejectedRow> rejected = report.rejectedRows();
		assertEquals(List.of(line(4095, header), line(4096, header), line(WIDE_ROW, header), line(8191, header),
				line(8192, header)), rejected.stream().map(RejectedRow::line).toList());
		assertEquals(
				header ? List.of("type", "*", "*", "item", "timestamp") : List.of("type", "*", "*", "#2", "timestamp"),
				rejected.stream().map(RejectedRow::column).toList());
		assertEquals("unknown event type 'teleport'", rejected.get(0).reason());
		assertEquals("has 5 fields, expected 6", rejected.get(1).reason());
		assertEquals("has " + (6 + EXTRA_FIELDS) + " fields, expected 6", rejected.get(2).reason());
		assertTrue(rejected.get(3).reason().startsWith("quoted field not closed on its line"),
				rejected.get(3).reason());
		assertEquals("unparseable timestamp 'yesterday' for time format auto", rejected.get(4).reason());

		// times are distinct and increasing, so the log keeps the rows in file order
		EventLog log = imp.log();
		List<Integer> accepted = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			if (i != 4095 && i != 4096 && i != WIDE_ROW && i != 8191 && i != 8192) {
				accepted.add(i);
			}
		}
		assertEquals(accepted.size(), log.size());
		for (int row = 0; row < log.size(); row++) {
			int i = accepted.get(row);
			String at = "data row " + i;
			assertEquals(viewer(i), log.viewers().id(log.viewer(row)), at);
			assertEquals(item(i), log.items().id(log.item(row)), at);
			assertEquals(stream(i).isEmpty() ? -1 : log.streams().indexOf(stream(i)), log.stream(row), at);
			assertEquals(purchase(i) ? EventType.PURCHASE : EventType.WATCH, log.type(row), at);
			assertEquals(T0 + i, log.timestamp(row), at);
			assertEquals(purchase(i) ? 1.5f : Float.NaN, log.value(row), at);
		}
		assertEquals(500, log.viewers().size());
		assertEquals(14, log.items().size()); // 13 short ones and the long one
		assertEquals(7, log.streams().size());
	}
}
