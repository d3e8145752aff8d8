package io.streamwise.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventType;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.io.CsvEventImporter;
import io.streamwise.core.io.CsvMapping;
import io.streamwise.core.io.EventImport;
import io.streamwise.core.io.IdPolicy;
import io.streamwise.core.io.ImportOptions;
import io.streamwise.core.io.RejectedRow;
import io.streamwise.core.io.TrainTestImport;
import io.streamwise.core.io.TrainTestImporter;

/**
 * Issue 19, item 4: the parser thread numbers each file's item and stream ids, parses event types by length and first
 * letter, and reuses the epoch second of the last timestamp minute. Each shortcut must give what the full path gives.
 */
class ImportFastPathsTest {

	@TempDir
	Path dir;

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text);
	}

	private static EventImport readAll(Path file) throws IOException {
		return CsvEventImporter.read(file, CsvMapping.defaults(), IdPolicy.raw(),
				ImportOptions.defaults().withMaxRejectedShare(1.0), ProgressMonitor.NULL);
	}

	/** Ids that alternate row by row, a new id first seen in a rejected row, and ids that differ only at the end. */
	@Test
	void alternatingIdsNeverGetAStaleIndex() throws IOException {
		StringBuilder sb = new StringBuilder("viewer,stream,item,type,timestamp\n");
		List<String> expectedItems = new ArrayList<>(), expectedStreams = new ArrayList<>();
		sb.append("v,s-late,item-late,bogus,1\n"); // rejected: its ids must not be taken from a later row
		String[] items = { "consultation-11", "consultation-12", "a", "consultation-11x", "b" };
		String[] streams = { "s1", "stream-long-1", "s2" };
		for (int r = 0; r < 60; r++) {
			String item = items[(r * 7) % items.length], stream = streams[r % streams.length];
			sb.append("v").append(r % 4).append(',').append(stream).append(',').append(item).append(",click,")
					.append(100 + r).append('\n');
			expectedItems.add(item);
			expectedStreams.add(stream);
		}
		sb.append("v,s-late,item-late,click,1000\n");
		expectedItems.add("item-late");
		expectedStreams.add("s-late");
		EventImport imp = readAll(write("alternating.csv", sb.toString()));
		EventLog log = imp.log();
		assertEquals(61, log.size());
		assertEquals(1, imp.report().rejectedCount());
		for (int r = 0; r < log.size(); r++) {
			assertEquals(expectedItems.get(r), log.items().id(log.item(r)), "row " + r);
			assertEquals(expectedStreams.get(r), log.streams().id(log.stream(r)), "row " + r);
		}
	}

	/** Train and test number their ids separately: the test file's first item is not the train file's first. */
	@Test
	void eachFileNumbersItsOwnIds() throws IOException {
		Path train = write("train.csv", "viewer,stream,item,type,timestamp\nv1,s1,x,click,1\nv1,s2,y,click,2\n");
		Path test = write("test.csv", "viewer,stream,item,type,timestamp\nv2,s2,y,click,3\nv2,s3,z,click,4\n"
				+ "v2,s1,x,click,5\n");
		TrainTestImport imp = TrainTestImporter.read(train, test, CsvMapping.defaults(), IdPolicy.raw(),
				ProgressMonitor.NULL);
		EventLog log = imp.log();
		String[] items = new String[log.size()], streams = new String[log.size()];
		for (int r = 0; r < log.size(); r++) {
			items[r] = log.items().id(log.item(r));
			streams[r] = log.streams().id(log.stream(r));
		}
		assertEquals(List.of("x", "y", "y", "z", "x"), List.of(items));
		assertEquals(List.of("s1", "s2", "s2", "s3", "s1"), List.of(streams));
	}

	/**
	 * Rows sharing a minute with the row before, each checked against the value worked out by hand: other seconds,
	 * fractions and zones after a remembered minute, invalid seconds or zones after a valid minute (rejected, and the
	 * minute still right for the next row), and an invalid date between two rows of one minute.
	 */
	@Test
	void timestampsSharingAMinuteParseAsOnTheirOwn() throws IOException {
		long minute = 1_772_396_100L; // 2026-03-01T20:15:00Z
		String csv = """
				viewer,type,timestamp
				a,click,2026-03-01T20:15:03Z
				b,click,2026-03-01T20:15:59Z
				c,click,2026-03-01T20:15:60Z
				d,click,2026-03-01T20:15:07.250+01:00
				e,click,2026-03-01T20:15
				f,click,2026-03-01T20:15:08+0130
				g,click,2026-03-01T20:15:09+1
				h,click,2026-02-30T20:15:09Z
				i,click,2026-03-01T20:15:10z
				j,click,2026-03-01t20:15:11Z
				k,click,2026-03-01T20:16:01Z
				l,click,2026-03-01T20:15:12Z
				""";
		EventImport imp = readAll(write("minutes.csv", csv));
		EventLog log = imp.log();
		long[] expected = { minute + 3, minute + 59, minute + 7 - 3600, minute, minute + 8 - 5400, minute + 10,
				minute + 11, minute + 61, minute + 12 };
		String[] viewers = { "a", "b", "d", "e", "f", "i", "j", "k", "l" };
		// the log is in time order: sort the expectations the same way
		Integer[] order = new Integer[expected.length];
		java.util.Arrays.setAll(order, k -> k);
		java.util.Arrays.sort(order, java.util.Comparator.comparingLong(k -> expected[k]));
		assertEquals(expected.length, log.size());
		for (int r = 0; r < log.size(); r++) {
			assertEquals(viewers[order[r]], log.viewers().id(log.viewer(r)), "row " + r);
			assertEquals(expected[order[r]], log.timestamp(r), "row " + r);
		}
		List<Long> rejectedLines = imp.report().rejectedRows().stream().map(RejectedRow::line).toList();
		assertEquals(List.of(4L, 8L, 9L), rejectedLines);
	}

	/** Event types in any case and with blanks; near misses and letters that lower-case to a label's are rejected or not as Character.toLowerCase says. */
	@Test
	void eventTypesByLengthAndFirstLetterMatchTheFullComparison() throws IOException {
		String[] accepted = { "watch", "WATCH", "Click", " like ", "LIKE", "comment", "join", "leave", "cart",
				"purchase", "refund", "rate", "clic\u212A", "L\u0130KE" };
		EventType[] types = { EventType.WATCH, EventType.WATCH, EventType.CLICK, EventType.LIKE, EventType.LIKE,
				EventType.COMMENT, EventType.JOIN, EventType.LEAVE, EventType.CART, EventType.PURCHASE,
				EventType.REFUND, EventType.RATE, EventType.CLICK, EventType.LIKE };
		String[] rejected = { "likes", "lik", "c", "bogus", "purchasee", "\u212Ajoin", "joi n", "" };
		StringBuilder sb = new StringBuilder("viewer,type,timestamp\n");
		for (int k = 0; k < accepted.length; k++) {
			sb.append("a").append(k).append(',').append(accepted[k]).append(',').append(k).append('\n');
		}
		for (int k = 0; k < rejected.length; k++) {
			sb.append("r").append(k).append(',').append(rejected[k]).append(',').append(100 + k).append('\n');
		}
		EventImport imp = readAll(write("types.csv", sb.toString()));
		EventLog log = imp.log();
		assertEquals(accepted.length, log.size());
		for (int k = 0; k < accepted.length; k++) {
			assertEquals(types[k], log.type(k), accepted[k]);
		}
		assertEquals(rejected.length, imp.report().rejectedCount());
	}
}
