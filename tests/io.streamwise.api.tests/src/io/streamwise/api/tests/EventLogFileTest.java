package io.streamwise.api.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventLogFile;
import io.streamwise.api.data.EventType;

/** The binary columnar file gives back the same log: every column, the dictionaries and their indices. */
class EventLogFileTest {

	private static EventLog roundTrip(EventLog log) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			EventLogFile.write(log, out);
		}
		return EventLogFile.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
	}

	private static void assertSameLog(EventLog a, EventLog b) {
		assertEquals(a.size(), b.size());
		assertArrayEquals(a.viewers().toArray(), b.viewers().toArray());
		assertArrayEquals(a.items().toArray(), b.items().toArray());
		assertArrayEquals(a.streams().toArray(), b.streams().toArray());
		assertEquals(a.baseEpochSecond(), b.baseEpochSecond());
		for (int r = 0; r < a.size(); r++) {
			assertEquals(a.viewer(r), b.viewer(r), "viewer of row " + r);
			assertEquals(a.item(r), b.item(r), "item of row " + r);
			assertEquals(a.stream(r), b.stream(r), "stream of row " + r);
			assertEquals(a.type(r), b.type(r), "type of row " + r);
			assertEquals(a.timestamp(r), b.timestamp(r), "time of row " + r);
			assertEquals(Float.floatToRawIntBits(a.value(r)), Float.floatToRawIntBits(b.value(r)), "value of row " + r);
		}
		assertEquals(a.columnBytes(), b.columnBytes(), "the same compact or wide columns");
	}

	@Test
	void aCompactLogComesBackColumnForColumn() throws IOException {
		EventLogBuilder b = new EventLogBuilder();
		b.add("v2", "s1", "i9", EventType.PURCHASE, 1_700_000_100L, 49.5f);
		b.add("v1", "s1", null, EventType.JOIN, 1_700_000_000L, Float.NaN);
		b.add("v3", null, "i9", EventType.CLICK, 1_700_000_100L, Float.NaN);
		b.add("vé", "s2", "i1", EventType.RATE, 1_700_000_200L, 4f);
		EventLog log = b.build();
		EventLog back = roundTrip(log);
		assertSameLog(log, back);
		assertEquals(back.items().indexOf("i9"), log.items().indexOf("i9"));
		assertEquals("vé", back.viewers().id(back.viewer(3)));
	}

	@Test
	void wideTimesAndManyDistinctValuesComeBackToo() throws IOException {
		EventLogBuilder b = new EventLogBuilder();
		// more than 2^32-1 seconds apart: epoch seconds in a long column; 70,000 distinct values: a float column
		b.add("v0", null, "i0", EventType.PURCHASE, 0L, 0f);
		for (int i = 1; i < 70_000; i++) {
			b.add("v" + (i % 97), null, "i" + (i % 13), EventType.PURCHASE, 5_000_000_000L + i, i + 0.25f);
		}
		EventLog log = b.build();
		assertSameLog(log, roundTrip(log));
	}

	@Test
	void anythingElseIsRefusedWithAReason() {
		IOException notOne = assertThrows(IOException.class,
				() -> EventLogFile.read(new DataInputStream(new ByteArrayInputStream("a,b,c\n".getBytes()))));
		assertTrue(notOne.getMessage().startsWith("not a Streamwise event log file"), notOne.getMessage());
		IOException empty = assertThrows(IOException.class,
				() -> EventLogFile.read(new DataInputStream(new ByteArrayInputStream(new byte[0]))));
		assertTrue(empty.getMessage().startsWith("not a Streamwise event log file"), empty.getMessage());
	}

	@Test
	void aFileCutShortIsSaidToBe() throws IOException {
		EventLogBuilder b = new EventLogBuilder();
		for (int i = 0; i < 1000; i++) {
			b.add("v" + i, null, "i" + (i % 7), EventType.CLICK, 1_700_000_000L + i, Float.NaN);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			EventLogFile.write(b.build(), out);
		}
		byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() - 100);
		IOException e = assertThrows(IOException.class,
				() -> EventLogFile.read(new DataInputStream(new ByteArrayInputStream(cut))));
		assertEquals("the event log file is cut short", e.getMessage());
	}
}
