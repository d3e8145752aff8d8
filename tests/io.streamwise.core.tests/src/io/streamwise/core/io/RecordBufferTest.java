package io.streamwise.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * The records {@link RecordBuffer} collects, by where their fields lie in the text a chunk keeps, are the records
 * FastCSV itself makes of the same text: across FastCSV's buffer refills and growth, quoted fields with doubled quotes
 * and line breaks, and chunks switched after any record, with the next record read ahead into the old one.
 */
class RecordBufferTest {

	@Test
	void collectsTheFieldsFastCsvReadsAcrossBuffersAndChunks() throws Exception {
		String text = randomCsv(new SplittableRandom(20261201L), 6_000);
		List<List<String>> expected = new ArrayList<>();
		try (CsvReader<CsvRecord> csv = builder().ofCsvRecord(text)) {
			for (CsvRecord r : csv) {
				expected.add(r.getFields());
			}
		}
		List<List<String>> collected = collect(text, new SplittableRandom(5));
		assertTrue(expected.size() > 5_000, "records: " + expected.size());
		assertEquals(expected.size(), collected.size());
		for (int i = 0; i < expected.size(); i++) {
			assertEquals(expected.get(i), collected.get(i), "record " + i);
		}
	}

	@Test
	void aFieldOutsideTheBufferFastCsvReadIntoFailsInsteadOfGoingInWrong() throws Exception {
		RecordBuffer source = new RecordBuffer(new StringReader("abc,def\n"));
		char[] block = new char[16];
		assertEquals(8, source.input().read(block, 0, block.length));
		source.target(new RecordChunk());
		source.handleBegin(1);
		source.handleField(0, block, 0, 3, false); // in the buffer the text was read into: accepted
		char[] elsewhere = "abc,def\n".toCharArray(); // as FastCSV's relaxed parser hands fields over
		IllegalStateException e = assertThrows(IllegalStateException.class,
				() -> source.handleField(1, elsewhere, 4, 3, false));
		assertTrue(e.getMessage().startsWith("line 1: "), e.getMessage());
	}

	private static CsvReader.CsvReaderBuilder builder() {
		return CsvReader.builder().allowExtraFields(true).allowMissingFields(true);
	}

	/** Reads the text as the parser thread does, switching between two reused chunks after a random number of records. */
	private static List<List<String>> collect(String text, SplittableRandom rnd) throws Exception {
		List<List<String>> out = new ArrayList<>();
		RecordBuffer source = new RecordBuffer(new StringReader(text));
		RecordChunk[] chunks = { new RecordChunk(), new RecordChunk() };
		int current = 0;
		try (CsvReader<RecordBuffer> reader = builder().build(source, source.input())) {
			var it = reader.iterator();
			source.target(chunks[current]);
			int limit = 1 + rnd.nextInt(300);
			while (it.hasNext()) {
				it.next();
				source.commit();
				if (chunks[current].records == limit) {
					addRecords(chunks[current], out);
					boolean more = rnd.nextBoolean() && it.hasNext(); // sometimes the next record is read ahead
					current ^= 1;
					chunks[current].clear(); // stale text stays in it: a field pointing there would show
					source.target(chunks[current]);
					limit = 1 + rnd.nextInt(300);
					if (more) {
						continue;
					}
				}
			}
			addRecords(chunks[current], out);
		}
		return out;
	}

	private static void addRecords(RecordChunk c, List<List<String>> out) {
		for (int r = 0; r < c.records; r++) {
			List<String> fields = new ArrayList<>();
			for (int f = c.firstField[r]; f < c.firstField[r] + c.fieldCount[r]; f++) {
				fields.add(new String(c.chars, c.fieldStart[f], c.fieldLen[f]));
			}
			out.add(fields);
		}
	}

	private static String randomCsv(SplittableRandom rnd, int records) {
		String[] breaks = { "\n", "\r\n", "\r" };
		StringBuilder sb = new StringBuilder();
		for (int r = 0; r < records; r++) {
			int fields = 1 + rnd.nextInt(8);
			for (int f = 0; f < fields; f++) {
				if (f > 0) {
					sb.append(',');
				}
				switch (rnd.nextInt(10)) {
				case 0 -> {
					// empty
				}
				case 1 -> sb.append('"').append(word(rnd)).append("\"\"").append(word(rnd)).append(",\"\"\"");
				case 2 -> sb.append('"').append(word(rnd)).append(breaks[rnd.nextInt(3)]).append(word(rnd)).append('"');
				case 3 -> sb.append("caf\u00e9-\u4e2d-\ud83d\ude00-").append(word(rnd));
				case 4 -> {
					if (rnd.nextInt(40) == 0) { // longer than FastCSV's buffer, which then grows
						sb.append("long-".repeat(4_000 + rnd.nextInt(4_000)));
					} else {
						sb.append(word(rnd));
					}
				}
				default -> sb.append(word(rnd));
				}
			}
			sb.append(breaks[rnd.nextInt(3)]);
		}
		return sb.toString();
	}

	private static String word(SplittableRandom rnd) {
		return "w" + rnd.nextInt(1_000_000);
	}
}
