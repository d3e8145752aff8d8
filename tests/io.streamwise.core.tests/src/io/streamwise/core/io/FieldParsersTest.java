package io.streamwise.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import io.streamwise.core.io.CsvMapping.TimestampFormat;

/** Timestamps read with the cache of recent minutes are the times java.time reads, whichever minutes alternate. */
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
}
