package io.streamwise.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.streamwise.api.data.EventType;
import io.streamwise.core.io.CsvMapping;
import io.streamwise.core.io.CsvMapping.ColumnRef;
import io.streamwise.core.io.CsvMapping.Field;
import io.streamwise.core.io.CsvMapping.TimestampFormat;

/** Issue 11, item 7: {@link CsvMapping#toSpec()} is the inverse of {@link CsvMapping#parse(String)}. */
class CsvMappingSpecRoundTripTest {

	/** Header names a spec can write, some of them awkward: spaces, '=', '#' with letters, non-ASCII, case. */
	private static final String[] NAMES = { "user_id", "Kunde", "price (€)", "a=b", "#x", "#", "user id", "ts",
			"VIEWER", "rating", "时间", "x-y", "_", "value" };
	private static final char[] SEPARATORS = { ',', ';', '\t', '|', ' ', '=', '#', 'x', 'é', ':', '-' };

	private static CsvMapping randomMapping(SplittableRandom r) {
		CsvMapping.Builder b = CsvMapping.builder().separator(SEPARATORS[r.nextInt(SEPARATORS.length)])
				.header(r.nextBoolean()).timestampFormat(TimestampFormat.values()[r.nextInt(4)]);
		for (Field f : Field.values()) {
			switch (r.nextInt(4)) {
			case 0 -> {
			} // detected from the header
			case 1 -> b.ignore(f);
			case 2 -> b.column(f, r.nextInt(30));
			default -> b.column(f, NAMES[r.nextInt(NAMES.length)]);
			}
		}
		if (r.nextInt(3) == 0) {
			b.defaultType(EventType.values()[r.nextInt(EventType.values().length)]);
		}
		return b.build();
	}

	@Test
	void mappingToSpecToMappingIsTheSameMappingForManyMappings() {
		SplittableRandom r = new SplittableRandom(7);
		for (int i = 0; i < 5000; i++) {
			CsvMapping m = randomMapping(r);
			String spec = m.toSpec();
			assertEquals(m, CsvMapping.parse(spec), spec);
			assertEquals(spec, CsvMapping.parse(spec).toSpec());
		}
	}

	/** Specs as people write them: aliases, positional lists, rating columns, options in any order. */
	private static String randomSpec(SplittableRandom r) {
		List<String> entries = new ArrayList<>();
		if (r.nextBoolean()) {
			List<String> fields = new ArrayList<>(List.of("user", "item", "rating", "timestamp", "stream", "type",
					"ts", "product", "score"));
			int n = 2 + r.nextInt(4);
			List<String> used = new ArrayList<>();
			for (int k = 0; k < n; k++) {
				String f = r.nextInt(4) == 0 ? "-" : fields.get(r.nextInt(fields.size()));
				if (!f.equals("-")) {
					Field field = Field.byAlias(f);
					if (used.contains(field.label())) {
						continue;
					}
					used.add(field.label());
				}
				entries.add(f);
			}
		} else {
			for (String alias : List.of("viewer", "user_id", "item_id", "rating", "time", "event", "live")) {
				if (r.nextInt(3) == 0) {
					String col = switch (r.nextInt(4)) {
					case 0 -> "-";
					case 1 -> Integer.toString(r.nextInt(9));
					case 2 -> "#" + r.nextInt(9);
					default -> NAMES[r.nextInt(NAMES.length)];
					};
					entries.add(alias + "=" + col);
				}
			}
		}
		if (r.nextBoolean()) {
			entries.add("sep=" + List.of("tab", "comma", "semicolon", "pipe", "space", ";", "|").get(r.nextInt(7)));
		}
		if (r.nextBoolean()) {
			entries.add("header=" + List.of("yes", "no", "true", "0").get(r.nextInt(4)));
		}
		if (r.nextInt(3) == 0) {
			entries.add("default-type=" + List.of("purchase", "WATCH", "rate").get(r.nextInt(3)));
		}
		if (r.nextInt(3) == 0) {
			entries.add("time-format=" + List.of("ms", "epoch", "iso", "auto").get(r.nextInt(4)));
		}
		if (entries.isEmpty()) {
			entries.add("header=yes");
		}
		return String.join(",", entries);
	}

	@Test
	void specToMappingToSpecReadsBackTheSameMappingForManySpecs() {
		SplittableRandom r = new SplittableRandom(11);
		int positional = 0;
		for (int i = 0; i < 5000; i++) {
			String spec = randomSpec(r);
			CsvMapping m = CsvMapping.parse(spec);
			String canonical = m.toSpec();
			assertEquals(m, CsvMapping.parse(canonical), spec + " -> " + canonical);
			assertEquals(canonical, CsvMapping.parse(canonical).toSpec());
			positional += spec.contains("=") && !spec.startsWith("sep") ? 0 : 1;
		}
		assertTrue(positional > 100, "the generator made too few positional specs: " + positional);
	}

	@Test
	void canonicalSpecOfHandWrittenOnes() {
		// MovieLens u.data: positional, the rating column makes the default type rate, skipped fields written as -
		assertEquals("viewer=#0,stream=-,item=#1,type=-,timestamp=#3,value=#2,sep=tab,header=no,default-type=rate,"
				+ "time-format=auto", CsvMapping.parse("user,item,rating,timestamp,sep=tab,header=no").toSpec());
		assertEquals("sep=comma,header=yes,time-format=auto", CsvMapping.defaults().toSpec());
		assertEquals("", CsvMapping.defaults().columnsSpec());
		assertEquals("viewer=user id,time-format=epoch-millis",
				CsvMapping.parse("user=user id,time-format=ms,sep=;").columnsSpec());
	}

	@Test
	void namesASpecCannotWriteAreRefusedNotMangled() {
		for (String bad : List.of("a,b", "-", "12", "#3")) {
			assertFalse(ColumnRef.writable(bad), bad);
			CsvMapping m = CsvMapping.builder().column(Field.VIEWER, bad).build();
			IllegalStateException e = assertThrows(IllegalStateException.class, m::toSpec);
			assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
		}
		CsvMapping vt = CsvMapping.builder().separator('\u000B').build();
		assertThrows(IllegalStateException.class, vt::toSpec);
	}
}
