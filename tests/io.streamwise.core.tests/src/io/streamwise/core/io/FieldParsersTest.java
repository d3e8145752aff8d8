package io.streamwise.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import io.streamwise.core.io.CsvMapping.TimestampFormat;

/**
 * Timestamps read with the cache of recent minutes are the times java.time reads, whichever minutes alternate; values
 * are NaN exactly when their text is no number.
 */
class FieldParsersTest {

	@Test
	void timesReadThroughTheMinuteCacheAreThoseOfJavaTime() {
		String[] times = { "2026-01-01T00:00:59Z", "2026-01-01T00:01:00Z", "2026-01-01T00:00:58Z",
				"2026-01-01T00:01:01Z", "2026-01-01T00:00:57Z", // two minutes alternating, as near a minute's turn
				"2026-01-01T00:02:00Z", "2026-01-01T00:00:56Z", // a third minute, then the one it pushed out
				"2026-02-01T00:00:55Z", "2026-01-01T00:00:54Z", // the same but for the month
				"2027-01-01T00:00:53Z", "2026-01-01T10:00:52Z", "2026-01-01T00:00:51+02:00", "2026-01-01T00:00:50Z",
				"2026-01-01T00:00", "2026-01-01 00:01:02.5Z", "2026-01-01T00:01:03Z" };
		FieldParsers.MinuteCache cache = new FieldParsers.MinuteCache();
		boolean[] numeric = new boolean[1];
		for (String t : times) {
			char[] c = ("," + t + ",").toCharArray(); // off the start of the buffer, as fields are
			long read = FieldParsers.timestampRaw(c, 1, t.length(), TimestampFormat.AUTO, numeric, cache);
			String iso = t.length() == 16 ? t + ":00Z" : t.replace(' ', 'T').replace(".5", "");
			assertEquals(OffsetDateTime.parse(iso).toEpochSecond(), read, t);
		}
	}

	@Test
	void aValueIsNaNExactlyWhenItsTextIsNoNumber() {
		// the importer tells "no number" by NaN alone: a number must never come back as NaN
		String[] numbers = { "12.5", " -0.25 ", "+3", "161.49", "0", "16777215", "16777216.5", "1.5e2", "1e40",
				"123456789012.75", ".5", "5." };
		for (String t : numbers) {
			char[] c = ("," + t + ",").toCharArray();
			float v = FieldParsers.decimal(c, 1, t.length());
			assertEquals(Float.parseFloat(t.strip()), v, 0f, t);
		}
		String[] noNumbers = { "abc", "NaN", "Infinity", "-Infinity", "12d", "0x1p4", "1.2.3", "-", "." };
		for (String t : noNumbers) {
			char[] c = ("," + t + ",").toCharArray();
			assertTrue(Float.isNaN(FieldParsers.decimal(c, 1, t.length())), t);
		}
	}
}
