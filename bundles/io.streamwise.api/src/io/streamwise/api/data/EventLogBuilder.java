package io.streamwise.api.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects events one at a time and builds an {@link EventLog}: sorted by time (stably, so equal timestamps keep
 * their input order), with exact duplicate events removed and counted ({@link #duplicatesRemoved()}), never silently.
 * Not thread-safe; one builder per import.
 * <p>
 * A {@link #canonical()} builder makes the log independent of the order in which events were added, so that a file
 * with its rows permuted gives the identical log: ids get their indices in the order of their UTF-8 bytes, and events
 * with equal timestamps are ordered by viewer, item, stream, type and value. Importers of files use it; builders whose
 * callers rely on the indices they registered (the simulator, a catalog's order) use the plain constructor.
 */
public final class EventLogBuilder {

	private static final int COMPACT_VALUE_LIMIT = 1 << 16;

	private final List<String> viewerIds = new ArrayList<>();
	private final List<String> itemIds = new ArrayList<>();
	private final List<String> streamIds = new ArrayList<>();
	private final IdIndex viewerIndex = new IdIndex(viewerIds);
	private final IdIndex itemIndex = new IdIndex(itemIds);
	private final IdIndex streamIndex = new IdIndex(streamIds);

	private int size;
	/*
	 * Columns are kept in chunks of CHUNK events rather than in arrays that double: growing never copies, and build()
	 * frees each column as soon as the log's copy of it is made, so the peak stays well under twice the log. Stream and
	 * type are packed as the log packs them; values are kept as codes (floats only once there are too many).
	 */
	private static final int CHUNK_BITS = 16;
	private static final int CHUNK = 1 << CHUNK_BITS;
	private static final int MASK = CHUNK - 1;
	private int[][] viewer = new int[16][];
	private int[][] item = new int[16][];
	private int[][] streamType = new int[16][];
	/*
	 * Times as int offsets from the first event's time: 4 bytes an event while reading rather than 8. Only a time more
	 * than 2^31 seconds (68 years) from the first widens them to epoch seconds in long chunks.
	 */
	private int[][] time = new int[16][];
	private long[][] wideTime;
	private long timeOrigin;
	/** The earliest and latest time added, the last, and whether every time was at least the one before. */
	private long minTime = Long.MAX_VALUE, maxTime = Long.MIN_VALUE, lastTime = Long.MIN_VALUE;
	private boolean addedInOrder = true;
	/** The epoch seconds that fit an int offset from {@link #timeOrigin} (saturated at the ends of long). */
	private long timeLow, timeHigh;
	/*
	 * Values are coded as they arrive, on the importing thread, rather than in build(): an import that parses on a
	 * second thread has time to spare here, and build() runs alone.
	 */
	private char[][] valueCode = new char[16][];
	/** Only once the values outnumber what a char can code: the floats themselves. */
	private float[][] value;
	private final ValueCodes distinct = new ValueCodes();
	private boolean wideValues;
	/** During build(): the float of each value code. */
	private float[] distinctValues;
	private long duplicatesRemoved = -1;
	private int[] inputRows;
	private boolean built;
	private boolean canonical;
	/** Canonical builders, after build(): index in the log of each index this builder handed out. */
	private int[] viewerRemap, itemRemap, streamRemap;
	/** Canonical builders, during build(): the log's dictionaries, made beside the time sort. */
	private IdDictionary viewerDictionary, itemDictionary, streamDictionary;
	/** Canonical builders: what viewers are ordered by when it is not their id (see {@link #viewer(String, String)}). */
	private List<String> viewerOrderKeys;

	/**
	 * A builder whose log does not depend on the order of events and ids: dictionaries sorted by the ids' UTF-8 bytes
	 * at build time, and events in a total order (time, then viewer, item, stream, type, value). Indices returned by
	 * {@link #viewer(String)} and friends are provisional; after {@link #build()} {@link #viewerInLog(int)} and friends
	 * translate them.
	 */
	public static EventLogBuilder canonical() {
		EventLogBuilder b = new EventLogBuilder();
		b.canonical = true;
		return b;
	}

	/** After {@link #build()}: the log's index of a viewer index this builder returned (the same unless canonical). */
	public int viewerInLog(int builderIndex) {
		return remapped(viewerRemap, builderIndex);
	}

	/** After {@link #build()}: the log's index of an item index this builder returned (the same unless canonical). */
	public int itemInLog(int builderIndex) {
		return remapped(itemRemap, builderIndex);
	}

	/** After {@link #build()}: the log's index of a stream index this builder returned (the same unless canonical). */
	public int streamInLog(int builderIndex) {
		return remapped(streamRemap, builderIndex);
	}

	private int remapped(int[] remap, int builderIndex) {
		if (!built) {
			throw new IllegalStateException("build() has not run");
		}
		return remap == null || builderIndex < 0 ? builderIndex : remap[builderIndex];
	}

	/** Interns a viewer id and returns its index. */
	public int viewer(String id) {
		return viewerIndex.intern(id);
	}

	/**
	 * Interns a viewer id that a canonical builder orders by {@code orderKey} instead of by the id itself: an importer
	 * that pseudonymises passes the raw id, so that the viewers' order, and with it every result, does not depend on
	 * the pseudonymisation key. Order keys must be distinct, as ids are.
	 */
	public int viewer(String id, String orderKey) {
		int v = viewerIndex.intern(id);
		if (viewerOrderKeys == null) {
			if (v != 0) {
				throw new IllegalStateException("give every viewer an order key, or none");
			}
			viewerOrderKeys = new ArrayList<>();
		}
		if (v == viewerOrderKeys.size()) {
			viewerOrderKeys.add(orderKey);
		}
		return v;
	}

	/** Interns an item id and returns its index. */
	public int item(String id) {
		return itemIndex.intern(id);
	}

	/** Interns a stream id and returns its index. */
	public int stream(String id) {
		int s = streamIndex.intern(id);
		if (s > EventLog.MAX_STREAMS) {
			throw new IllegalStateException("more than " + EventLog.MAX_STREAMS + " streams");
		}
		return s;
	}

	/** Adds an event by ids; stream and item may be null. */
	public EventLogBuilder add(String viewerId, String streamId, String itemId, EventType eventType,
			long epochSecond, float eventValue) {
		return add(viewer(viewerId), streamId == null ? -1 : stream(streamId), itemId == null ? -1 : item(itemId),
				eventType, epochSecond, eventValue);
	}

	/** Adds an event by indices obtained from this builder; stream and item may be -1 for none. */
	public EventLogBuilder add(int viewerIdx, int streamIdx, int itemIdx, EventType eventType, long epochSecond,
			float eventValue) {
		if (built) {
			throw new IllegalStateException("build() was already called");
		}
		if (viewerIdx < 0 || viewerIdx >= viewerIds.size() || streamIdx < -1 || streamIdx >= streamIds.size()
				|| itemIdx < -1 || itemIdx >= itemIds.size()) {
			throw new IllegalArgumentException("index not obtained from this builder");
		}
		int c = size >>> CHUNK_BITS, i = size & MASK;
		if (i == 0) {
			addChunk(c);
		}
		viewer[c][i] = viewerIdx;
		item[c][i] = itemIdx;
		streamType[c][i] = EventLog.pack(streamIdx, eventType.code());
		if (size == 0) {
			setTimeOrigin(epochSecond);
		}
		// kept here rather than found by a pass of build(), which runs alone
		minTime = Math.min(minTime, epochSecond);
		maxTime = Math.max(maxTime, epochSecond);
		addedInOrder &= lastTime <= epochSecond;
		lastTime = epochSecond;
		if (wideTime == null && (epochSecond < timeLow || epochSecond > timeHigh)) {
			widenTimes();
		}
		if (wideTime == null) {
			time[c][i] = (int) (epochSecond - timeOrigin);
		} else {
			wideTime[c][i] = epochSecond;
		}
		if (!wideValues) {
			int code = distinct.code(Float.floatToIntBits(eventValue));
			if (code < 0) {
				widenValues(); // more distinct values than a char can code: the log keeps floats
			} else {
				valueCode[c][i] = (char) code;
			}
		}
		if (wideValues) {
			value[c][i] = eventValue;
		}
		size++;
		return this;
	}

	private void setTimeOrigin(long origin) {
		timeOrigin = origin;
		timeLow = origin < Long.MIN_VALUE - (long) Integer.MIN_VALUE ? Long.MIN_VALUE : origin + Integer.MIN_VALUE;
		timeHigh = origin > Long.MAX_VALUE - Integer.MAX_VALUE ? Long.MAX_VALUE : origin + Integer.MAX_VALUE;
	}

	/** Replaces the int time offsets of the events so far by epoch seconds. */
	private void widenTimes() {
		wideTime = new long[time.length][];
		for (int c = 0; c < time.length && time[c] != null; c++) {
			wideTime[c] = new long[CHUNK];
			int n = Math.min(CHUNK, size - (c << CHUNK_BITS));
			for (int i = 0; i < n; i++) {
				wideTime[c][i] = timeOrigin + time[c][i];
			}
		}
		time = null;
	}

	private void addChunk(int c) {
		if (c == viewer.length) {
			int n = viewer.length * 2;
			viewer = Arrays.copyOf(viewer, n);
			item = Arrays.copyOf(item, n);
			streamType = Arrays.copyOf(streamType, n);
			if (wideTime == null) {
				time = Arrays.copyOf(time, n);
			} else {
				wideTime = Arrays.copyOf(wideTime, n);
			}
			if (wideValues) {
				value = Arrays.copyOf(value, n);
			} else {
				valueCode = Arrays.copyOf(valueCode, n);
			}
		}
		viewer[c] = new int[CHUNK];
		item[c] = new int[CHUNK];
		streamType[c] = new int[CHUNK];
		if (wideTime == null) {
			time[c] = new int[CHUNK];
		} else {
			wideTime[c] = new long[CHUNK];
		}
		if (wideValues) {
			value[c] = new float[CHUNK];
		} else {
			valueCode[c] = new char[CHUNK];
		}
	}

	/** Replaces the value codes of the events so far by their floats. */
	private void widenValues() {
		wideValues = true;
		float[] table = distinct.values();
		value = new float[viewer.length][];
		for (int c = 0; c < viewer.length && viewer[c] != null; c++) {
			value[c] = new float[CHUNK];
			int n = Math.min(CHUNK, size - (c << CHUNK_BITS));
			for (int i = 0; i < n; i++) {
				value[c][i] = table[valueCode[c][i]];
			}
		}
		valueCode = null;
	}

	private float value(int r) {
		return wideValues ? value[r >>> CHUNK_BITS][r & MASK] : distinctValues[valueCode[r >>> CHUNK_BITS][r & MASK]];
	}

	private int valueBits(int r) {
		// codes stand one-to-one for bit patterns: equal codes, equal bits
		return wideValues ? Float.floatToIntBits(value[r >>> CHUNK_BITS][r & MASK])
				: valueCode[r >>> CHUNK_BITS][r & MASK];
	}

	/** A row's epoch second. */
	private long time(int r) {
		return wideTime != null ? wideTime[r >>> CHUNK_BITS][r & MASK] : timeOrigin + time[r >>> CHUNK_BITS][r & MASK];
	}

	private int viewer(int r) {
		return viewer[r >>> CHUNK_BITS][r & MASK];
	}

	private int item(int r) {
		return item[r >>> CHUNK_BITS][r & MASK];
	}

	private int streamType(int r) {
		return streamType[r >>> CHUNK_BITS][r & MASK];
	}

	public int size() {
		return size;
	}

	/** Number of exact duplicates removed by {@link #build()}; -1 before it ran. */
	public long duplicatesRemoved() {
		return duplicatesRemoved;
	}

	/**
	 * After {@link #build()}: for each row of the built log, the position (0-based, in order of {@code add} calls) of
	 * the event it came from. Lets an importer that read several files into one log tell which file a row came from.
	 */
	public int[] inputRows() {
		if (inputRows == null) {
			throw new IllegalStateException("build() has not run");
		}
		return inputRows.clone();
	}

	/**
	 * Builds the log. An event is an exact duplicate of an earlier one when viewer, stream, item, type, timestamp and
	 * value are all equal; only the first is kept.
	 *
	 * Times are kept as unsigned int offsets from the earliest, or, when they span more than 2^32-1 seconds (about 136
	 * years), as epoch seconds in a long column.
	 */
	public EventLog build() {
		if (built) {
			throw new IllegalStateException("build() was already called");
		}
		built = true;
		long base = minTime, max = maxTime;
		boolean inOrder = addedInOrder;
		if (size == 0) {
			base = 0;
			max = 0;
		}
		// max - base cannot overflow for the times importers accept (years 0 to 9999); guard others
		boolean wideTimes = max - base > 0xFFFF_FFFFL || max - base < 0;
		/*
		 * The dictionaries' sort and the time sort read disjoint data: on a large log the first runs on a second thread
		 * while this one sorts by time; the id columns are rewritten after both, on both cores.
		 */
		Thread dictionaries = null;
		Throwable[] dictionaryFailure = new Throwable[1];
		if (canonical) {
			if (viewerOrderKeys != null && viewerOrderKeys.size() != viewerIds.size()) {
				throw new IllegalStateException("give every viewer an order key, or none");
			}
			if (size >= PARALLEL_MIN) {
				dictionaries = new Thread(() -> {
					try {
						sortDictionaries();
					} catch (RuntimeException | Error e) {
						dictionaryFailure[0] = e;
					}
				}, "streamwise-sort-ids");
				dictionaries.setDaemon(true);
				dictionaries.start();
			} else {
				sortDictionaries();
			}
		}
		long[] distinctTimes;
		int[][] sorted;
		try {
			distinctValues = wideValues ? null : distinct.values();
			/*
			 * The order of rows and, alongside, each row's time as the log keeps it (an offset from the earliest, or
			 * the rank of the time when they span more than 2^32-1 seconds): from here on the time chunks are not
			 * needed.
			 */
			distinctTimes = wideTimes ? timeRanks() : null;
			sorted = sortByTime(base, distinctTimes, inOrder,
					distinctTimes != null ? distinctTimes.length - 1 : max - base);
		} finally {
			if (dictionaries != null) {
				joinUninterruptibly(dictionaries); // even when this thread failed: nothing runs on after build()
			}
		}
		int[] order = sorted[0];
		int[] times = sorted[1];
		sorted = null;
		if (dictionaries != null) {
			if (dictionaryFailure[0] instanceof Error e) {
				throw e;
			}
			if (dictionaryFailure[0] instanceof RuntimeException e) {
				throw e;
			}
		}
		if (canonical) {
			remapIdColumns();
		}
		int n = dropDuplicates(order, times);
		duplicatesRemoved = size - n;

		// each column of the log is made from the builder's, which is then let go: the peak stays near one copy
		int[] t = null;
		long[] wt = null;
		if (wideTimes) {
			wt = new long[n];
			for (int k = 0; k < n; k++) {
				wt[k] = distinctTimes[times[k]];
			}
			times = null;
		} else {
			t = times.length == n ? times : Arrays.copyOf(times, n);
			times = null;
		}
		/*
		 * The gathers below are bound by memory latency, and this thread is alone here: each is done in two halves, the
		 * upper one on a second thread. Column by column, so that each of the builder's columns is let go as before.
		 */
		int[] rows = order;
		int[] v = new int[n];
		inHalves(n, (from, to) -> {
			for (int k = from; k < to; k++) {
				v[k] = viewer(rows[k]);
			}
		});
		viewer = null;
		int[] it = new int[n];
		inHalves(n, (from, to) -> {
			for (int k = from; k < to; k++) {
				it[k] = item(rows[k]);
			}
		});
		item = null;
		int[] st = new int[n];
		inHalves(n, (from, to) -> {
			for (int k = from; k < to; k++) {
				st[k] = streamType(rows[k]);
			}
		});
		streamType = null;
		char[] codes = null;
		float[] table = null;
		float[] wide = null;
		if (!wideValues) {
			char[] c = codes = new char[n];
			inHalves(n, (from, to) -> {
				for (int k = from; k < to; k++) {
					int r = rows[k];
					c[k] = valueCode[r >>> CHUNK_BITS][r & MASK];
				}
			});
			table = distinctValues;
		} else {
			float[] w = wide = new float[n];
			inHalves(n, (from, to) -> {
				for (int k = from; k < to; k++) {
					int r = rows[k];
					w[k] = value[r >>> CHUNK_BITS][r & MASK];
				}
			});
		}
		valueCode = null;
		value = null;
		distinctValues = null;
		inputRows = order.length == n ? order : Arrays.copyOf(order, n);
		if (!canonical) {
			viewerDictionary = IdDictionary.adopt(viewerIds.toArray(String[]::new));
			itemDictionary = IdDictionary.adopt(itemIds.toArray(String[]::new));
			streamDictionary = IdDictionary.adopt(streamIds.toArray(String[]::new));
		}
		EventLog log = new EventLog(viewerDictionary, itemDictionary, streamDictionary, base, v, it, st, t, wt, codes,
				table, wide);
		viewerDictionary = itemDictionary = streamDictionary = null;
		return log;
	}

	/**
	 * The rows in stable time order (equal times in input order) and their times: offsets from {@code base}, or ranks
	 * in {@code distinctTimes} when given. Sorts row numbers on int arrays, never pairs of times and rows in longs,
	 * and lets go of the time chunks as it goes, so that it adds at most 12 bytes an event to the builder's columns.
	 */
	private int[][] sortByTime(long base, long[] distinctTimes, boolean inOrder, long maxKey) {
		if (inOrder) {
			int[] order = new int[size];
			int[] times = new int[size];
			for (int r = 0; r < size; r++) {
				order[r] = r;
				times[r] = timeKey(r, base, distinctTimes);
				releaseTimeChunk(r);
			}
			time = null;
			wideTime = null;
			return new int[][] { order, times };
		}
		// a log's seconds are mostly dense (several events a second): one counter per second is cheapest
		return maxKey < Math.max(size, COUNTING_MIN) ? countingSort(base, distinctTimes, (int) maxKey)
				: radixSort(base, distinctTimes, maxKey);
	}

	/** Below this many distinct keys the counting sort is used however few the events (its counters are small). */
	private static final int COUNTING_MIN = 1 << 16;
	private static final int RADIX_BITS = 11;
	private static final int RADIX_MASK = (1 << RADIX_BITS) - 1;

	/** A stable counting sort for keys up to maxKey (fewer than the events): one counter per key. */
	private int[][] countingSort(long base, long[] distinctTimes, int maxKey) {
		// next[k] starts as the number of rows with a smaller key: where key k's rows begin
		int[] next = new int[maxKey + 2];
		for (int r = 0; r < size; r++) {
			next[timeKey(r, base, distinctTimes) + 1]++;
		}
		for (int k = 1; k < next.length; k++) {
			next[k] += next[k - 1];
		}
		int[] order = new int[size];
		for (int r = 0; r < size; r++) {
			order[next[timeKey(r, base, distinctTimes)]++] = r;
			releaseTimeChunk(r);
		}
		time = null;
		wideTime = null;
		// now next[k] is where key k's rows end
		int[] times = new int[size];
		int p = 0;
		for (int k = 0; k <= maxKey; k++) {
			for (int end = next[k]; p < end; p++) {
				times[p] = k;
			}
		}
		return new int[][] { order, times };
	}

	/**
	 * A stable least-significant-digit radix sort of the row numbers by their keys (unsigned, up to maxKey), in
	 * digits of {@link #RADIX_BITS}; for times too sparse to count per second.
	 */
	private int[][] radixSort(long base, long[] distinctTimes, long maxKey) {
		int[] keys = new int[size];
		for (int r = 0; r < size; r++) {
			keys[r] = timeKey(r, base, distinctTimes);
			releaseTimeChunk(r);
		}
		time = null;
		wideTime = null;
		int[] order = new int[size];
		int[] spare = new int[size];
		for (int r = 0; r < size; r++) {
			order[r] = r;
		}
		int[] count = new int[(1 << RADIX_BITS) + 1];
		for (int shift = 0; shift < 64 - Long.numberOfLeadingZeros(maxKey); shift += RADIX_BITS) {
			Arrays.fill(count, 0);
			for (int k = 0; k < size; k++) {
				count[((keys[order[k]] >>> shift) & RADIX_MASK) + 1]++;
			}
			if (count[((keys[order[0]] >>> shift) & RADIX_MASK) + 1] == size) {
				continue; // every key has the same digit here
			}
			for (int d = 1; d < count.length; d++) {
				count[d] += count[d - 1];
			}
			for (int k = 0; k < size; k++) {
				int r = order[k];
				spare[count[(keys[r] >>> shift) & RADIX_MASK]++] = r;
			}
			int[] swap = order;
			order = spare;
			spare = swap;
		}
		for (int k = 0; k < size; k++) {
			spare[k] = keys[order[k]];
		}
		return new int[][] { order, spare };
	}

	/** After the last row of a chunk has been read: its times are no longer needed. */
	private void releaseTimeChunk(int r) {
		if ((r & MASK) == MASK) {
			if (wideTime != null) {
				wideTime[r >>> CHUNK_BITS] = null;
			} else {
				time[r >>> CHUNK_BITS] = null;
			}
		}
	}

	/** A row's time as an unsigned int: its offset from base, or its rank among the distinct times. */
	private int timeKey(int r, long base, long[] distinctTimes) {
		return distinctTimes == null ? (int) (time(r) - base) : Arrays.binarySearch(distinctTimes, time(r));
	}

	/** The distinct times in increasing order (fewer than 2^31), for times spanning more than 2^32-1 seconds. */
	private long[] timeRanks() {
		long[] distinct = new long[size];
		for (int r = 0; r < size; r++) {
			distinct[r] = time(r);
		}
		Arrays.sort(distinct);
		int d = 0;
		for (int i = 0; i < distinct.length; i++) {
			if (i == 0 || distinct[i] != distinct[d - 1]) {
				distinct[d++] = distinct[i];
			}
		}
		return Arrays.copyOf(distinct, d);
	}

	/** Logs of at least this many events sort their dictionaries on a second thread (see {@link #build()}). */
	private static final int PARALLEL_MIN = 1 << 16;

	/** A loop over rows from..to-1. */
	private interface RowRange {
		void run(int from, int to);
	}

	/** Runs body over 0..n-1: for at least {@link #PARALLEL_MIN} rows, the upper half on a second thread. */
	private static void inHalves(int n, RowRange body) {
		if (n < PARALLEL_MIN) {
			body.run(0, n);
			return;
		}
		int mid = n >>> 1;
		inParallel(() -> body.run(mid, n), () -> body.run(0, mid));
	}

	/** Runs one task on a second thread and the other on this one; returns when both are done. */
	private static void inParallel(Runnable second, Runnable here) {
		Throwable[] failure = new Throwable[1];
		Thread upper = new Thread(() -> {
			try {
				second.run();
			} catch (RuntimeException | Error e) {
				failure[0] = e;
			}
		}, "streamwise-build-half");
		upper.setDaemon(true);
		upper.start();
		try {
			here.run();
		} finally {
			joinUninterruptibly(upper);
		}
		if (failure[0] instanceof Error e) {
			throw e;
		}
		if (failure[0] instanceof RuntimeException e) {
			throw e;
		}
	}

	private static void joinUninterruptibly(Thread t) {
		boolean interrupted = false;
		while (true) {
			try {
				t.join();
				break;
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Gives ids their indices in the order of their UTF-8 bytes (the viewers' order keys were checked by
	 * {@link #build()}); {@link #remapIdColumns} then rewrites the columns to match.
	 */
	private void sortDictionaries() {
		String[][] sorted = new String[1][];
		viewerRemap = sortIds(viewerIds, viewerOrderKeys, sorted);
		viewerOrderKeys = null; // raw ids, when pseudonymised: keep them no longer than needed
		viewerDictionary = IdDictionary.adopt(sorted[0]);
		itemRemap = sortIds(itemIds, null, sorted);
		itemDictionary = IdDictionary.adopt(sorted[0]);
		streamRemap = sortIds(streamIds, null, sorted);
		streamDictionary = IdDictionary.adopt(sorted[0]);
	}

	/**
	 * Rewrites the id columns to the sorted dictionaries' indices, on both cores: done by the dictionaries' thread, it
	 * made the time sort wait for it (0.11–0.12 s against 0.06 s for 10 M events and 200,000 viewers).
	 */
	private void remapIdColumns() {
		int[] viewers = viewerRemap, items = itemRemap, streams = streamRemap;
		inHalves(size, (from, to) -> {
			for (int r = from; r < to; r++) {
				int c = r >>> CHUNK_BITS, i = r & MASK;
				viewer[c][i] = viewers[viewer[c][i]];
				if (item[c][i] >= 0) {
					item[c][i] = items[item[c][i]];
				}
				int st = streamType[c][i];
				int s = EventLog.packedStream(st);
				if (s >= 0) {
					streamType[c][i] = EventLog.pack(streams[s], st - EventLog.pack(s, 0));
				}
			}
		});
	}

	/**
	 * Sorts ids by their order keys (the ids when null) into {@code sorted[0]}, leaving the list as it is (the builder's
	 * indices stay valid for {@link #viewerInLog} and friends); returns, for each old index, the new one.
	 */
	private static int[] sortIds(List<String> ids, List<String> orderKeys, String[][] sorted) {
		int n = ids.size();
		byte[][] utf8 = new byte[n][];
		boolean inOrder = true;
		for (int i = 0; i < n; i++) {
			utf8[i] = (orderKeys == null ? ids : orderKeys).get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
			inOrder &= i == 0 || Arrays.compareUnsigned(utf8[i - 1], utf8[i]) < 0;
		}
		int[] remap = new int[n];
		if (inOrder) {
			Arrays.setAll(remap, i -> i);
			sorted[0] = ids.toArray(String[]::new);
			return remap;
		}
		/*
		 * Comparing byte arrays scattered over the heap costs a cache miss or two per comparison, which made this sort a
		 * third of build() for 200,000 viewers. So the ids are sorted by their first 8 bytes (a long, unsigned) with a
		 * radix sort of the indices, and only ids sharing those 8 bytes are compared whole.
		 */
		long[] prefix = new long[n];
		for (int i = 0; i < n; i++) {
			prefix[i] = prefix(utf8[i]);
		}
		int[] order = radixSortUnsigned(prefix);
		Integer[] group = new Integer[0];
		for (int from = 0; from < n;) {
			int to = from + 1;
			while (to < n && prefix[order[to]] == prefix[order[from]]) {
				to++;
			}
			if (to - from > 1) {
				if (group.length < to - from) {
					group = new Integer[to - from];
				}
				for (int k = from; k < to; k++) {
					group[k - from] = order[k];
				}
				// keys are distinct (ties, which only a caller's duplicate order keys make, fall back on the ids)
				Arrays.sort(group, 0, to - from, (x, y) -> {
					int c = Arrays.compareUnsigned(utf8[x], utf8[y]);
					return c != 0 ? c : ids.get(x).compareTo(ids.get(y));
				});
				for (int k = from; k < to; k++) {
					order[k] = group[k - from];
				}
			}
			from = to;
		}
		String[] sortedIds = new String[n];
		for (int k = 0; k < n; k++) {
			remap[order[k]] = k;
			sortedIds[k] = ids.get(order[k]);
		}
		sorted[0] = sortedIds;
		return remap;
	}

	/** The first 8 bytes of a byte string as an unsigned big-endian long, padded with zeros. */
	private static long prefix(byte[] b) {
		long p = 0;
		for (int i = 0; i < 8; i++) {
			p = p << 8 | (i < b.length ? b[i] & 0xFF : 0);
		}
		return p;
	}

	/** The indices of the keys in increasing unsigned order, equal keys by index (an LSD radix sort by bytes). */
	private static int[] radixSortUnsigned(long[] keys) {
		int n = keys.length;
		int[] order = new int[n];
		int[] spare = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		int[] count = new int[257];
		for (int shift = 0; shift < 64; shift += 8) {
			Arrays.fill(count, 0);
			for (int k = 0; k < n; k++) {
				count[(int) (keys[order[k]] >>> shift & 0xFF) + 1]++;
			}
			if (n == 0 || count[(int) (keys[order[0]] >>> shift & 0xFF) + 1] == n) {
				continue; // the same byte in every key
			}
			for (int d = 1; d < count.length; d++) {
				count[d] += count[d - 1];
			}
			for (int k = 0; k < n; k++) {
				int i = order[k];
				spare[count[(int) (keys[i] >>> shift & 0xFF)]++] = i;
			}
			int[] swap = order;
			order = spare;
			spare = swap;
		}
		return order;
	}

	/** Viewer, item, stream, type, value, then row: the packed stream and type order as stream, then type. */
	private int compareEvents(int a, int b) {
		int c = Integer.compare(viewer(a), viewer(b));
		if (c == 0) {
			c = Integer.compare(item(a), item(b));
		}
		if (c == 0) {
			c = Integer.compare(streamType(a), streamType(b));
		}
		if (c == 0) {
			c = Float.compare(value(a), value(b));
		}
		return c != 0 ? c : Integer.compare(a, b);
	}

	/** Sorts order[from, to) by {@link #compareEvents}: insertion sort for short runs, merge sort otherwise. */
	private void sortRun(int[] order, int from, int to, int[] buffer) {
		if (to - from <= 32) {
			for (int i = from + 1; i < to; i++) {
				int x = order[i];
				int j = i - 1;
				while (j >= from && compareEvents(order[j], x) > 0) {
					order[j + 1] = order[j];
					j--;
				}
				order[j + 1] = x;
			}
			return;
		}
		int mid = (from + to) >>> 1;
		sortRun(order, from, mid, buffer);
		sortRun(order, mid, to, buffer);
		if (compareEvents(order[mid - 1], order[mid]) <= 0) {
			return;
		}
		int left = mid - from;
		System.arraycopy(order, from, buffer, 0, left);
		int i = 0, j = mid, k = from;
		while (i < left && j < to) {
			order[k++] = compareEvents(buffer[i], order[j]) <= 0 ? buffer[i++] : order[j++];
		}
		while (i < left) {
			order[k++] = buffer[i++];
		}
	}

	/**
	 * Keeps the first of each group of exact duplicates, compacting {@code order} and {@code times} in place; returns
	 * how many rows are kept. Duplicates share a timestamp, so only runs are compared. A canonical builder first
	 * orders each run by viewer, item, stream, type and value (then input position, which only decides between exact
	 * duplicates): done here, while the run's rows are in cache, it costs little.
	 */
	private int dropDuplicates(int[] order, int[] times) {
		int size = order.length;
		if (size < PARALLEL_MIN) {
			return dropDuplicates(order, times, 0, size);
		}
		// duplicates share a time: the two halves, split between runs, are done at once, then joined up
		int mid = size >>> 1;
		while (mid < size && times[mid] == times[mid - 1]) {
			mid++;
		}
		int split = mid;
		int[] upperEnd = new int[1], lowerEnd = new int[1];
		inParallel(() -> upperEnd[0] = dropDuplicates(order, times, split, size),
				() -> lowerEnd[0] = dropDuplicates(order, times, 0, split));
		int upperKept = upperEnd[0] - split;
		System.arraycopy(order, split, order, lowerEnd[0], upperKept);
		System.arraycopy(times, split, times, lowerEnd[0], upperKept);
		return lowerEnd[0] + upperKept;
	}

	/** As {@link #dropDuplicates(int[], int[])} for the runs in from..to-1, compacted from from on; returns the end. */
	private int dropDuplicates(int[] order, int[] times, int from, int to) {
		int n = from;
		int start = from;
		int[] buffer = null;
		int[] sorted = null;
		while (start < to) {
			int end = start + 1;
			while (end < to && times[end] == times[start]) {
				end++;
			}
			int runTime = times[start];
			if (canonical && end - start > 1) {
				if (end - start > 32 && (buffer == null || buffer.length < end - start)) {
					buffer = new int[Math.max(end - start, 1024)];
				}
				sortRun(order, start, end, buffer);
			}
			if (end - start <= 16) {
				/*
				 * Kept rows move down over the run as it is read, so a row is compared with the run's rows kept so far
				 * (order[kept, n)), never with positions start..a-1, which the moves may have overwritten. A duplicate
				 * of a removed row is a duplicate of the kept row it repeated, so nothing is missed.
				 */
				int kept = n;
				for (int a = start; a < end; a++) {
					int row = order[a];
					// sorted by event, a duplicate follows the kept row it repeats (or another duplicate of it)
					boolean dup = canonical && n > kept && sameEvent(row, order[n - 1]);
					for (int b = kept; !canonical && b < n && !dup; b++) {
						dup = sameEvent(row, order[b]);
					}
					if (!dup) {
						order[n] = row;
						times[n++] = runTime;
					}
				}
			} else {
				// long runs: sorted by event (then row), a duplicate follows the row it repeats
				int len = end - start;
				if (sorted == null || sorted.length < len) {
					sorted = new int[Math.max(len, 1024)];
					buffer = buffer == null || buffer.length < len ? new int[sorted.length] : buffer;
				}
				System.arraycopy(order, start, sorted, 0, len);
				if (!canonical) {
					sortRun(sorted, 0, len, buffer);
				}
				int dups = 0;
				for (int a = 1; a < len; a++) {
					if (sameEvent(sorted[a], sorted[a - 1])) {
						sorted[dups++] = sorted[a]; // safe: dups < a
					}
				}
				Arrays.sort(sorted, 0, dups);
				for (int a = start; a < end; a++) {
					if (Arrays.binarySearch(sorted, 0, dups, order[a]) < 0) {
						order[n] = order[a];
						times[n++] = runTime;
					}
				}
			}
			start = end;
		}
		return n;
	}

	private boolean sameEvent(int a, int b) {
		return viewer(a) == viewer(b) && streamType(a) == streamType(b) && item(a) == item(b)
				&& valueBits(a) == valueBits(b);
	}

	/**
	 * Interns ids into a list: an open-addressing table of indices with each id's hash kept beside the list. A
	 * {@code HashMap<String, Integer>} made a node and a boxed Integer per id and rehashed them as it grew, which was a
	 * quarter of an import's reading for 200,000 viewers.
	 */
	private static final class IdIndex {
		private final List<String> ids;
		/** Index + 1 of the id in the slot, 0 when empty; load at most 1/2. */
		private int[] table = new int[64];
		private int[] hashes = new int[32];

		IdIndex(List<String> ids) {
			this.ids = ids;
		}

		int intern(String id) {
			if (id == null) {
				throw new IllegalArgumentException("id must not be null");
			}
			int h = mix(id.hashCode());
			int mask = table.length - 1;
			int slot = h & mask;
			for (int e; (e = table[slot]) != 0; slot = (slot + 1) & mask) {
				if (hashes[e - 1] == h && ids.get(e - 1).equals(id)) {
					return e - 1;
				}
			}
			int i = ids.size();
			ids.add(id);
			if (i == hashes.length) {
				hashes = Arrays.copyOf(hashes, i * 2);
			}
			hashes[i] = h;
			table[slot] = i + 1;
			if (2 * (i + 1) > table.length) {
				rehash();
			}
			return i;
		}

		/** String hashes of similar ids (v1, v2, …) differ in few low bits: MurmurHash3's final mix spreads them. */
		private static int mix(int h) {
			h ^= h >>> 16;
			h *= 0x85EB_CA6B;
			h ^= h >>> 13;
			h *= 0xC2B2_AE35;
			return h ^ (h >>> 16);
		}

		private void rehash() {
			table = new int[table.length * 2];
			int mask = table.length - 1;
			for (int i = 0; i < ids.size(); i++) {
				int slot = hashes[i] & mask;
				while (table[slot] != 0) {
					slot = (slot + 1) & mask;
				}
				table[slot] = i + 1;
			}
		}
	}

	/** Codes distinct float bit patterns 0, 1, 2, … in order of appearance, up to {@link #COMPACT_VALUE_LIMIT}. */
	private static final class ValueCodes {
		private int[] keys = new int[64];
		private int[] codes = new int[64]; // code + 1; 0 marks an empty slot
		private float[] values = new float[16];
		private int size;
		private int lastBits = Float.floatToIntBits(Float.NaN);
		private int lastCode = -1;

		/** The code of a value, or -1 when the limit is reached. */
		int code(int bits) {
			if (bits == lastBits && lastCode >= 0) {
				return lastCode; // runs of one value (no value at all, mostly) are common
			}
			lastBits = bits;
			lastCode = lookup(bits);
			return lastCode;
		}

		/*
		 * The slot is taken from the high bits of a Fibonacci hash: floats of whole numbers end in many zero bits,
		 * which the low bits of the product keep, so taking those crowded every watch-seconds value into a few runs.
		 */
		private int slot(int bits) {
			return (bits * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(keys.length - 1);
		}

		private int lookup(int bits) {
			int mask = keys.length - 1;
			int slot = slot(bits);
			while (codes[slot] != 0) {
				if (keys[slot] == bits) {
					return codes[slot] - 1;
				}
				slot = (slot + 1) & mask;
			}
			if (size == COMPACT_VALUE_LIMIT) {
				return -1;
			}
			keys[slot] = bits;
			codes[slot] = size + 1;
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size] = Float.intBitsToFloat(bits);
			size++;
			if (size * 2 > keys.length) {
				rehash();
			}
			return size - 1;
		}

		private void rehash() {
			int[] oldKeys = keys, oldCodes = codes;
			keys = new int[oldKeys.length * 2];
			codes = new int[oldKeys.length * 2];
			int mask = keys.length - 1;
			for (int i = 0; i < oldKeys.length; i++) {
				if (oldCodes[i] != 0) {
					int slot = slot(oldKeys[i]);
					while (codes[slot] != 0) {
						slot = (slot + 1) & mask;
					}
					keys[slot] = oldKeys[i];
					codes[slot] = oldCodes[i];
				}
			}
		}

		float[] values() {
			return Arrays.copyOf(values, size);
		}
	}
}
