package io.streamwise.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;

import org.junit.jupiter.api.Test;

import de.siegmar.fastcsv.reader.CsvReader;
import io.streamwise.core.io.ImportOptions.EpochUnit;

/** What ends the parser thread, in FastCSV or in the field work, reaches the thread that builds the log after the chunks before it. */
class ParserThreadTest {

	@Test
	void anErrorInTheParserThreadIsRethrownToTheCaller() throws Exception {
		OutOfMemoryError planted = new OutOfMemoryError("planted");
		Iterator<RecordBuffer> failing = new Iterator<>() {
			@Override
			public boolean hasNext() {
				throw planted;
			}

			@Override
			public RecordBuffer next() {
				throw new AssertionError("never reached");
			}
		};
		FieldColumns fields = new FieldColumns(0, -1, -1, -1, -1, -1, null, EpochUnit.AUTO);
		try (ParserThread parser = new ParserThread(failing, new RecordBuffer(Reader.nullReader()),
				Path.of("events.csv"), fields)) {
			// before the fix the error died with the parser thread (printed by the default handler) and the
			// caller saw a clean end of file: a silently truncated log
			assertSame(planted, assertThrows(OutOfMemoryError.class, parser::next));
		}
	}

	@Test
	void aFailureInTheFieldWorkIsRethrownAfterTheChunksBeforeIt() throws Exception {
		// the first chunk's rows have empty times, which the field work skips; the second chunk's first row has a
		// time, which it parses with a format the test leaves out (null): a planted failure in the field work alone,
		// which the importing thread does as it takes each chunk
		StringBuilder csv = new StringBuilder();
		for (int i = 0; i < RecordChunk.CHUNK_RECORDS; i++) {
			csv.append('v').append(i).append(",\n");
		}
		csv.append("v-last,2026-01-01T00:00:00Z\n");
		RecordBuffer source = new RecordBuffer(new StringReader(csv.toString()));
		FieldColumns fields = new FieldColumns(0, 1, -1, -1, -1, -1, null, EpochUnit.AUTO);
		try (CsvReader<RecordBuffer> reader = CsvReader.builder().build(source, source.input());
				ParserThread parser = new ParserThread(reader.iterator(), source, Path.of("events.csv"), fields)) {
			RecordChunk first = parser.next();
			assertEquals(RecordChunk.CHUNK_RECORDS, first.records);
			assertEquals(1, first.line[0]);
			assertEquals(FieldParsers.NO_TIME, first.time[first.records - 1]);
			parser.recycle(first);
			// a clean end here would be a silently truncated log
			assertThrows(NullPointerException.class, parser::next);
		}
	}

	@Test
	void aRuntimeExceptionOnTheParserThreadIsRethrownAfterTheChunksBeforeIt() throws Exception {
		// the previous test's failure now happens on the importing thread (timestamps are parsed there); this one is
		// planted on the parser thread, in the record after a full chunk, where its own field work would fail
		StringBuilder csv = new StringBuilder();
		for (int i = 0; i < RecordChunk.CHUNK_RECORDS + 2; i++) {
			csv.append('v').append(i).append(",2026-01-01T00:00:00Z\n");
		}
		IllegalStateException planted = new IllegalStateException("planted");
		RecordBuffer source = new RecordBuffer(new StringReader(csv.toString()));
		FieldColumns fields = new FieldColumns(0, 1, -1, -1, -1, -1, CsvMapping.TimestampFormat.AUTO,
				EpochUnit.AUTO);
		try (CsvReader<RecordBuffer> reader = CsvReader.builder().build(source, source.input())) {
			Iterator<RecordBuffer> records = reader.iterator();
			Iterator<RecordBuffer> failing = new Iterator<>() {
				private int read;

				@Override
				public boolean hasNext() {
					return records.hasNext();
				}

				@Override
				public RecordBuffer next() {
					if (++read == RecordChunk.CHUNK_RECORDS + 2) {
						throw planted;
					}
					return records.next();
				}
			};
			try (ParserThread parser = new ParserThread(failing, source, Path.of("events.csv"), fields)) {
				RecordChunk first = parser.next();
				assertEquals(RecordChunk.CHUNK_RECORDS, first.records);
				parser.recycle(first);
				// a clean end here would be a silently truncated log
				assertSame(planted, assertThrows(IllegalStateException.class, parser::next));
			}
		}
	}

	@Test
	void aParseErrorAfterAFullChunkReachesTheCallerWithItsLine() throws Exception {
		// a record longer than FastCSV's field limit (16 M characters) on line 4,099, after a full chunk
		StringBuilder csv = new StringBuilder();
		for (int i = 0; i < RecordChunk.CHUNK_RECORDS + 2; i++) {
			csv.append('v').append(i).append(",2026-01-01T00:00:00Z\n");
		}
		csv.append("x".repeat(16 * 1024 * 1024 + 1)).append('\n');
		RecordBuffer source = new RecordBuffer(new StringReader(csv.toString()));
		FieldColumns fields = new FieldColumns(0, 1, -1, -1, 0, -1, CsvMapping.TimestampFormat.AUTO, EpochUnit.AUTO);
		try (CsvReader<RecordBuffer> reader = CsvReader.builder().build(source, source.input());
				ParserThread parser = new ParserThread(reader.iterator(), source, Path.of("events.csv"), fields)) {
			RecordChunk first = parser.next();
			assertEquals(RecordChunk.CHUNK_RECORDS, first.records);
			assertEquals(1_767_225_600L, first.time[0]);
			assertEquals(RecordChunk.CHUNK_RECORDS - 1, first.itemKey[first.records - 1]); // ids numbered in order
			parser.recycle(first);
			// the two good records after it die with the import (the partial chunk is not handed over)
			ImportException e = assertThrows(ImportException.class, parser::next);
			assertEquals(RecordChunk.CHUNK_RECORDS + 3, e.line());
		}
	}

	@Test
	void theTimestampsAreTheSameWhicheverThreadParsesThem() throws Exception {
		// epoch milliseconds, so the unit is inferred from the first chunk's numbers; ISO times and empty ones among
		// them; two full chunks and a partial one
		StringBuilder csv = new StringBuilder();
		int rows = 2 * RecordChunk.CHUNK_RECORDS + 5;
		for (int i = 0; i < rows; i++) {
			csv.append('v').append(i).append(',');
			if (i % 7 == 3) {
				csv.append("2026-01-01T00:00:").append(String.format("%02d", i % 60)).append('Z');
			} else if (i % 11 != 5) {
				csv.append(1_767_225_600_000L + 1000L * i + 999);
			}
			csv.append('\n');
		}
		long[] byParser = times(csv.toString(), 0), byImporter = times(csv.toString(), Integer.MAX_VALUE);
		assertEquals(1_767_225_600L, byParser[0]); // 999 ms later, still in the same second
		assertEquals(1_767_225_603L, byParser[3]);
		assertEquals(FieldParsers.NO_TIME, byParser[5]);
		assertEquals(1_767_225_600L + rows - 1, byParser[rows - 1]);
		assertArrayEquals(byImporter, byParser);
	}

	/** The time column of every record, with the parser thread parsing full chunks' times as told. */
	private static long[] times(String csv, int helpWhenWaiting) throws Exception {
		RecordBuffer source = new RecordBuffer(new StringReader(csv));
		FieldColumns fields = new FieldColumns(0, 1, -1, -1, -1, -1, CsvMapping.TimestampFormat.AUTO, EpochUnit.AUTO);
		long[] times = new long[0];
		try (CsvReader<RecordBuffer> reader = CsvReader.builder().allowMissingFields(true).build(source,
				source.input());
				ParserThread parser = new ParserThread(reader.iterator(), source, Path.of("events.csv"), fields,
						helpWhenWaiting)) {
			for (RecordChunk c = parser.next(); c != null; c = parser.next()) {
				int at = times.length;
				times = Arrays.copyOf(times, at + c.records);
				System.arraycopy(c.time, 0, times, at, c.records);
				parser.recycle(c);
			}
		}
		return times;
	}
}
