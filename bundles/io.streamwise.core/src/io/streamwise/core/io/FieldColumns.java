package io.streamwise.core.io;

import java.util.Arrays;

import io.streamwise.core.io.CsvMapping.TimestampFormat;
import io.streamwise.core.io.ImportOptions.EpochUnit;

/**
 * The value and event type columns and the packed viewer ids, made on the parser thread as records arrive
 * ({@link #parse}), and the numbers of item and stream ids and the timestamps, made by the importing thread for each
 * chunk it takes ({@link #complete}). That balances the two threads: the importing thread also interns viewer ids and
 * codes values, but it used to wait for nearly every chunk. The timestamps of a chunk go to whichever thread is ahead
 * ({@link #parseTimes}). A record too short for a column gets nothing parsed: the importing thread rejects it for its
 * field count first.
 * <p>
 * At every record the parser thread reads and writes only the chunk and objects of its own, never a small object of
 * the importing thread's: two objects side by side in the heap can share a cache line, which then moves between the
 * cores at every row when one thread writes it and the other reads it.
 */
final class FieldColumns {
	/** Stands in the time column of a chunk for a timestamp outside {@link FieldParsers#MIN_TIME}..MAX_TIME. */
	static final long OUT_OF_RANGE = Long.MIN_VALUE + 1;

	/** The columns the parser thread parses (it keeps them in locals: see {@link #parse}). */
	final int viewerCol, valueCol, typeCol, timeCol;
	private final int itemCol, streamCol;
	/** Item and stream ids of this file, numbered in order of first appearance (see {@link RecordChunk#itemKey}). */
	private final CharKeyIndex items = new CharKeyIndex(), streams = new CharKeyIndex();
	/** Used by the importing thread only. */
	private final FieldParsers.MinuteCache minutes = new FieldParsers.MinuteCache();
	final TimestampFormat timeFormat;
	/** Used by the importing thread only. */
	private final boolean[] numeric = new boolean[1];
	/** The unit of numeric timestamps; AUTO until the first chunk with numbers decides it. */
	private EpochUnit unit;
	/** Set when milliseconds were inferred, with the median they were inferred from and a line near it. */
	boolean inferredMillis;
	long sampleMedian, sampleLine;

	FieldColumns(int viewerCol, int timeCol, int valueCol, int typeCol, int itemCol, int streamCol,
			TimestampFormat timeFormat, EpochUnit unit) {
		this.viewerCol = viewerCol;
		this.timeCol = timeCol;
		this.valueCol = valueCol;
		this.typeCol = typeCol;
		this.itemCol = itemCol;
		this.streamCol = streamCol;
		this.timeFormat = timeFormat;
		this.unit = unit;
	}

	/**
	 * Parses what the parser thread parses of record r of the chunk, as it arrives. Static, with the columns passed
	 * in: read from this object at every record, they cost the parser thread a cache miss whenever the importing
	 * thread had allocated, next to it, an object it writes at every row (the import then took 20 % longer).
	 */
	static void parse(RecordChunk c, int r, int viewerCol, int valueCol, int typeCol) {
		int first = c.firstField[r], n = c.fieldCount[r];
		// packed here while the record's text is in this core's cache: the importing thread looks it up
		c.viewerKey[r] = viewerCol >= 0 && viewerCol < n
				? CharKeyIndex.pack(c.chars, c.fieldStart[first + viewerCol], c.fieldLen[first + viewerCol])
				: 0;
		c.value[r] = valueCol >= 0 && valueCol < n && c.fieldLen[first + valueCol] > 0
				? FieldParsers.decimal(c.chars, c.fieldStart[first + valueCol], c.fieldLen[first + valueCol])
				: Float.NaN;
		c.type[r] = typeCol >= 0 && typeCol < n
				? FieldParsers.eventType(c.chars, c.fieldStart[first + typeCol], c.fieldLen[first + typeCol])
				: null;
	}

	/**
	 * Numbers the item and stream ids and parses the timestamps of every record of a chunk, unless the parser thread
	 * parsed them. Called by the importing thread as it takes each chunk, in file order, so the numbers and the
	 * inferred unit of numeric timestamps are the same as on one thread. When the parser thread parsed every chunk's
	 * timestamps, it was the longer of the two, and this one waited for most chunks (for 10 M events, 0.3 to 0.6 s).
	 */
	void complete(RecordChunk c) {
		for (int r = 0; r < c.records; r++) {
			int first = c.firstField[r], n = c.fieldCount[r];
			c.itemKey[r] = key(items, c, first, itemCol, n);
			c.streamKey[r] = key(streams, c, first, streamCol, n);
		}
		if (!c.timesParsed) {
			parseTimes(c, timeCol, timeFormat, numeric, minutes);
		}
		toSeconds(c);
	}

	/**
	 * Parses the timestamps of every record of a chunk, as numbers in the file's unit, which {@link #complete}
	 * decides. The parser thread does it for a chunk when the importing thread is behind
	 * ({@link ParserThread#HELP_WHEN_WAITING}); the cache and the out-parameter belong to the thread that calls.
	 */
	static void parseTimes(RecordChunk c, int timeCol, TimestampFormat timeFormat, boolean[] numeric,
			FieldParsers.MinuteCache minutes) {
		boolean anyNumeric = false;
		for (int r = 0; r < c.records; r++) {
			int first = c.firstField[r];
			if (timeCol < c.fieldCount[r] && c.problem[r] == null) {
				c.time[r] = FieldParsers.timestampRaw(c.chars, c.fieldStart[first + timeCol],
						c.fieldLen[first + timeCol], timeFormat, numeric, minutes);
				c.numeric[r] = numeric[0];
				anyNumeric |= numeric[0];
			} else {
				c.time[r] = FieldParsers.NO_TIME;
				c.numeric[r] = false;
			}
		}
		c.anyNumeric = anyNumeric;
		c.timesParsed = true;
	}

	/** The file's number for the id in a column of record r (whose first field is first), or -1 when empty. */
	private static int key(CharKeyIndex ids, RecordChunk c, int first, int col, int n) {
		if (col < 0 || col >= n || c.fieldLen[first + col] == 0) {
			return -1;
		}
		int off = c.fieldStart[first + col], len = c.fieldLen[first + col];
		int k = ids.get(c.chars, off, len);
		if (k < 0) {
			k = ids.size();
			ids.put(c.chars, off, len, k);
		}
		return k;
	}

	/**
	 * Decides the unit of numeric timestamps if it is not known yet (from the median of the chunk's numbers),
	 * converts them to seconds and marks times outside the years 0 to 9999.
	 */
	private void toSeconds(RecordChunk c) {
		if (unit == EpochUnit.AUTO && c.anyNumeric) {
			inferUnit(c);
		}
		boolean millis = unit == EpochUnit.MILLISECONDS;
		c.millis = millis;
		long[] time = c.time;
		for (int r = 0; r < c.records; r++) {
			long t = time[r];
			if (t == FieldParsers.NO_TIME) {
				continue;
			}
			if (millis && c.numeric[r]) {
				t = Math.floorDiv(t, 1000L);
			}
			time[r] = t >= FieldParsers.MIN_TIME && t <= FieldParsers.MAX_TIME ? t : OUT_OF_RANGE;
		}
	}

	private void inferUnit(RecordChunk c) {
		long[] numbers = new long[c.records];
		int k = 0;
		for (int r = 0; r < c.records; r++) {
			if (c.numeric[r] && c.time[r] != FieldParsers.NO_TIME) {
				numbers[k++] = c.time[r];
			}
		}
		if (k == 0) {
			return; // no numbers yet: the next chunk decides
		}
		long[] sorted = Arrays.copyOf(numbers, k);
		Arrays.sort(sorted);
		long median = sorted[k / 2];
		// 10^11 seconds is the year 5138; 10^11 milliseconds is March 1973
		unit = Math.abs(median) >= 100_000_000_000L ? EpochUnit.MILLISECONDS : EpochUnit.SECONDS;
		if (unit == EpochUnit.MILLISECONDS) {
			inferredMillis = true;
			sampleMedian = median;
			for (int r = 0; r < c.records; r++) {
				if (c.numeric[r] && c.time[r] == median) {
					sampleLine = c.line[r];
					break;
				}
			}
		}
	}
}
