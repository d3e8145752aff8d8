package io.streamwise.api.data;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * An immutable, time-ordered log of live-commerce events held in primitive columns, so that millions of events cost
 * about 18 to 20 bytes each rather than an object apiece.
 * <p>
 * Columns per event: viewer index, item index (-1 when the event concerns no item), stream index and event type packed
 * into one int, seconds since {@link #baseEpochSecond()} (an unsigned int; a log whose times span more than 2^32-1
 * seconds, about 136 years, keeps epoch seconds in a long column instead), and the value (price or rating; NaN when absent) either as
 * a 2-byte code into a table of distinct values or, when there are more than 65,535 distinct values, as a float.
 * <p>
 * Subsets made by {@link #select(int[])} share the dictionaries of their source, so viewer and item indices mean the
 * same thing in a training and a test part of one log. Build logs with {@link EventLogBuilder}.
 */
public final class EventLog {

	/** Type codes take the low bits of the packed stream/type column. */
	private static final int TYPE_BITS = 4;
	private static final int TYPE_MASK = (1 << TYPE_BITS) - 1;
	/** Largest stream index that fits the packed column with the "no stream" value. */
	public static final int MAX_STREAMS = (Integer.MAX_VALUE >>> TYPE_BITS) - 1;

	private final IdDictionary viewers;
	private final IdDictionary items;
	private final IdDictionary streams;
	private final long baseEpochSecond;
	private final int[] viewer;
	private final int[] item;
	private final int[] streamType;
	/** Unsigned seconds since the base; null when {@link #wideTime} holds the times. */
	private final int[] time;
	/** Epoch seconds, for logs spanning more than 2^32-1 seconds; otherwise null. */
	private final long[] wideTime;
	/** Either valueCodes+valueTable (compact) or values (wide) is set. */
	private final char[] valueCodes;
	private final float[] valueTable;
	private final float[] values;

	EventLog(IdDictionary viewers, IdDictionary items, IdDictionary streams, long baseEpochSecond, int[] viewer,
			int[] item, int[] streamType, int[] time, char[] valueCodes, float[] valueTable, float[] values) {
		this(viewers, items, streams, baseEpochSecond, viewer, item, streamType, time, null, valueCodes, valueTable,
				values);
	}

	/** Exactly one of {@code time} (unsigned offsets from the base) and {@code wideTime} (epoch seconds) is set. */
	EventLog(IdDictionary viewers, IdDictionary items, IdDictionary streams, long baseEpochSecond, int[] viewer,
			int[] item, int[] streamType, int[] time, long[] wideTime, char[] valueCodes, float[] valueTable,
			float[] values) {
		this.viewers = viewers;
		this.items = items;
		this.streams = streams;
		this.baseEpochSecond = baseEpochSecond;
		this.viewer = viewer;
		this.item = item;
		this.streamType = streamType;
		this.time = time;
		this.wideTime = wideTime;
		this.valueCodes = valueCodes;
		this.valueTable = valueTable;
		this.values = values;
	}

	static int pack(int stream, int typeCode) {
		return ((stream + 1) << TYPE_BITS) | typeCode;
	}

	/** The stream index (-1 for none) of a {@link #pack} result. */
	static int packedStream(int streamType) {
		return (streamType >>> TYPE_BITS) - 1;
	}

	public int size() {
		return viewer.length;
	}

	public IdDictionary viewers() {
		return viewers;
	}

	public IdDictionary items() {
		return items;
	}

	public IdDictionary streams() {
		return streams;
	}

	public int viewer(int row) {
		return viewer[row];
	}

	/** The item index of an event, or -1 when it concerns no item (a join, say). */
	public int item(int row) {
		return item[row];
	}

	/** The stream index of an event, or -1 when the data has no streams (a plain interaction file). */
	public int stream(int row) {
		return (streamType[row] >>> TYPE_BITS) - 1;
	}

	public int typeCode(int row) {
		return streamType[row] & TYPE_MASK;
	}

	public EventType type(int row) {
		return EventType.ofCode(typeCode(row));
	}

	/** Seconds since the Unix epoch. */
	public long timestamp(int row) {
		return wideTime != null ? wideTime[row] : baseEpochSecond + Integer.toUnsignedLong(time[row]);
	}

	/** The event's value (price paid, rating), or NaN when it has none. */
	public float value(int row) {
		return values != null ? values[row] : valueTable[valueCodes[row]];
	}

	public long baseEpochSecond() {
		return baseEpochSecond;
	}

	/** A new log with the given rows, in the given order, sharing this log's dictionaries. */
	public EventLog select(int[] rows) {
		int n = rows.length;
		int[] v = new int[n], it = new int[n], st = new int[n];
		int[] t = time == null ? null : new int[n];
		long[] wt = wideTime == null ? null : new long[n];
		char[] codes = valueCodes == null ? null : new char[n];
		float[] vals = values == null ? null : new float[n];
		for (int k = 0; k < n; k++) {
			int r = rows[k];
			v[k] = viewer[r];
			it[k] = item[r];
			st[k] = streamType[r];
			if (t != null) {
				t[k] = time[r];
			} else {
				wt[k] = wideTime[r];
			}
			if (codes != null) {
				codes[k] = valueCodes[r];
			} else {
				vals[k] = values[r];
			}
		}
		return new EventLog(viewers, items, streams, baseEpochSecond, v, it, st, t, wt, codes, valueTable, vals);
	}

	/** The indices of the rows that satisfy a predicate, in log order. */
	public int[] rows(IntPredicate rowFilter) {
		int[] out = new int[size()];
		int n = 0;
		for (int r = 0; r < size(); r++) {
			if (rowFilter.test(r)) {
				out[n++] = r;
			}
		}
		return Arrays.copyOf(out, n);
	}

	public EventLog filter(IntPredicate rowFilter) {
		return select(rows(rowFilter));
	}

	/**
	 * Splits the log into {@code parts} disjoint logs by viewer (all events of one viewer land in one part), as needed
	 * to spread work over machines; every part keeps time order and the shared dictionaries.
	 */
	public EventLog[] partitionByViewer(int parts) {
		return partition(parts, true);
	}

	/** Like {@link #partitionByViewer(int)}, keyed by stream; events without a stream go to part 0. */
	public EventLog[] partitionByStream(int parts) {
		return partition(parts, false);
	}

	private EventLog[] partition(int parts, boolean byViewer) {
		if (parts < 1) {
			throw new IllegalArgumentException("parts must be at least 1, was " + parts);
		}
		EventLog[] out = new EventLog[parts];
		for (int p = 0; p < parts; p++) {
			int part = p;
			out[p] = filter(r -> Math.floorMod(byViewer ? viewer[r] : Math.max(0, stream(r)), parts) == part);
		}
		return out;
	}

	/** Number of events of each type, indexed by {@link EventType#code()}. */
	public long[] countByType() {
		long[] counts = new long[TYPE_MASK + 1];
		for (int st : streamType) {
			counts[st & TYPE_MASK]++;
		}
		return counts;
	}

	/** Bytes held by the per-event columns (excluding dictionaries), for memory reports. */
	public long columnBytes() {
		long b = 4L * 3 * size() + (wideTime != null ? 8L : 4L) * size();
		b += valueCodes != null ? 2L * valueCodes.length + 4L * valueTable.length : 4L * values.length;
		return b;
	}

	/** Bytes held by the id dictionaries (an estimate: strings and hash tables). */
	public long dictionaryBytes() {
		return viewers.estimatedBytes() + items.estimatedBytes() + streams.estimatedBytes();
	}

	/** Writes the per-event columns as held, for {@link EventLogFile}. */
	void writeColumns(java.io.DataOutputStream out) throws java.io.IOException {
		EventLogFile.writeInts(viewer, out);
		EventLogFile.writeInts(item, out);
		EventLogFile.writeInts(streamType, out);
		out.writeBoolean(wideTime != null);
		if (wideTime != null) {
			EventLogFile.writeLongs(wideTime, out);
		} else {
			EventLogFile.writeInts(time, out);
		}
		out.writeBoolean(valueCodes != null);
		if (valueCodes != null) {
			EventLogFile.writeFloats(valueTable, out);
			EventLogFile.writeChars(valueCodes, out);
		} else {
			EventLogFile.writeFloats(values, out);
		}
	}

	@Override
	public String toString() {
		return "EventLog[" + size() + " events, " + viewers.size() + " viewers, " + items.size() + " items, "
				+ streams.size() + " streams]";
	}
}
