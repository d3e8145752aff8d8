package io.streamwise.flink;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.flink.api.common.functions.MapPartitionFunction;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.util.Collector;

import io.streamwise.api.data.EventType;
import io.streamwise.api.feedback.EventWeights;
import io.streamwise.core.experiment.FlinkAggregation.Plan;

/**
 * The counting of the aggregation job: a viewer's events from all pieces, exact duplicates removed as the importer
 * removes them (viewer, stream, item, type, time and value equal), counted into per-task sums that are merged by key.
 * Records are (kind, key, payload): {@value #SCALARS} (the sums and time bounds), {@value #HISTOGRAM} (viewers by
 * their event count), {@value #ITEM} (an item's events, pop count and ItemKNN viewers), {@value #STREAM} (a stream
 * seen), {@value #PAIR} (two items' shared ItemKNN viewers), {@value #REPORT} (a piece's import report).
 */
final class Counting {

	static final String SCALARS = "S", HISTOGRAM = "H", ITEM = "I", STREAM = "T", PAIR = "P", REPORT = "R";
	/** The scalars' slots. */
	static final int S_EVENTS = 0, S_ITEM_EVENTS = 1, S_PAIRS = 2, S_VIEWERS_WITH_ITEMS = 3, S_FIRST = 4, S_LAST = 5,
			S_TYPES = 6, S_NANOS = S_TYPES + EventType.values().length;
	/** An item's slots. */
	static final int I_EVENTS = 0, I_POP = 1, I_KNN_VIEWERS = 2;

	private Counting() {
	}

	static Tuple2<String, byte[]> concat(Tuple2<String, byte[]> a, Tuple2<String, byte[]> b) {
		byte[] c = Arrays.copyOf(a.f1, a.f1.length + b.f1.length);
		System.arraycopy(b.f1, 0, c, a.f1.length, b.f1.length);
		return Tuple2.of(a.f0, c);
	}

	/** Two records of one key: sums, and for the scalars the earliest first and latest last time. */
	static Tuple3<String, String, byte[]> merge(Tuple3<String, String, byte[]> a, Tuple3<String, String, byte[]> b) {
		if (a.f0.equals(REPORT) || a.f0.equals(STREAM)) {
			return a; // one report per piece; a stream is only seen
		}
		long[] x = longs(a.f2), y = longs(b.f2);
		for (int i = 0; i < x.length; i++) {
			x[i] = a.f0.equals(SCALARS) && i == S_FIRST ? Math.min(x[i], y[i])
					: a.f0.equals(SCALARS) && i == S_LAST ? Math.max(x[i], y[i]) : x[i] + y[i];
		}
		return Tuple3.of(a.f0, a.f1, bytes(x));
	}

	static byte[] bytes(long... v) {
		ByteBuffer b = ByteBuffer.allocate(8 * v.length);
		for (long x : v) {
			b.putLong(x);
		}
		return b.array();
	}

	static long[] longs(byte[] b) {
		long[] v = new long[b.length / 8];
		ByteBuffer.wrap(b).asLongBuffer().get(v);
		return v;
	}

	/** A pair's key: the two ids, the first the smaller, each preceded by its length. */
	static String pairKey(String a, String b) {
		return a.length() + ":" + a + b;
	}

	static String[] splitPair(String key) {
		int colon = key.indexOf(':');
		int n = Integer.parseInt(key.substring(0, colon));
		return new String[] { key.substring(colon + 1, colon + 1 + n), key.substring(colon + 1 + n) };
	}

	static void writeString(DataOutputStream out, String s) throws IOException {
		byte[] b = s.getBytes(StandardCharsets.UTF_8);
		out.writeInt(b.length);
		out.write(b);
	}

	static String readString(DataInputStream in) throws IOException {
		byte[] b = new byte[in.readInt()];
		in.readFully(b);
		return new String(b, StandardCharsets.UTF_8);
	}

	static void writeEvent(DataOutputStream d, String stream, String item, int type, long time, float value)
			throws IOException {
		d.writeByte((stream != null ? 1 : 0) | (item != null ? 2 : 0));
		if (stream != null) {
			writeString(d, stream);
		}
		if (item != null) {
			writeString(d, item);
		}
		d.writeByte(type);
		d.writeLong(time);
		d.writeInt(Float.floatToIntBits(value));
	}

	/** One event of a viewer. */
	record Event(String stream, String item, int type, long time, int valueBits) {
	}

	/** A viewer's events from all its pieces' records. */
	static List<Event> events(byte[] parts) throws IOException {
		List<Event> events = new ArrayList<>();
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(parts))) {
			while (in.available() > 0) {
				int n = in.readInt();
				for (int i = 0; i < n; i++) {
					int flags = in.readByte();
					String stream = (flags & 1) != 0 ? readString(in) : null;
					String item = (flags & 2) != 0 ? readString(in) : null;
					events.add(new Event(stream, item, in.readByte(), in.readLong(), in.readInt()));
				}
			}
		}
		return events;
	}

	/** Counts the viewers of one task and sends the task's sums at its end (a combiner). */
	static final class PerTask implements MapPartitionFunction<Tuple2<String, byte[]>, Tuple3<String, String, byte[]>> {
		private static final long serialVersionUID = 1L;
		private final String popEvents, knnEvents;
		private final boolean popDistinct;

		PerTask(Plan plan) {
			popEvents = plan.pop() == null ? null : plan.pop().countedEvents();
			popDistinct = plan.pop() != null && plan.pop().distinctViewers();
			knnEvents = plan.itemKnn() == null ? null : plan.itemKnn().events();
		}

		@Override
		public void mapPartition(Iterable<Tuple2<String, byte[]>> viewers,
				Collector<Tuple3<String, String, byte[]>> out) throws Exception {
			EventWeights pop = popEvents == null ? null : EventWeights.parse(popEvents);
			EventWeights knn = knnEvents == null ? null : EventWeights.parse(knnEvents);
			long started = System.nanoTime();
			long[] s = new long[S_NANOS + 1];
			s[S_FIRST] = Long.MAX_VALUE;
			s[S_LAST] = Long.MIN_VALUE;
			Map<Integer, long[]> histogram = new HashMap<>();
			Map<String, Integer> itemIndex = new HashMap<>();
			List<String> itemIds = new ArrayList<>();
			List<long[]> itemCounts = new ArrayList<>();
			Set<String> streams = new HashSet<>();
			LongCounts pairs = new LongCounts();
			int[] seen = new int[0], knnItems = new int[0];
			int stamp = 0;
			for (Tuple2<String, byte[]> viewer : viewers) {
				List<Event> events = events(viewer.f1);
				events.sort(EVENT_ORDER);
				stamp++;
				int distinct = 0, distinctItems = 0, knnCount = 0;
				Event previous = null;
				for (Event e : events) {
					if (previous != null && EVENT_ORDER.compare(previous, e) == 0) {
						continue; // an exact duplicate
					}
					previous = e;
					distinct++;
					s[S_TYPES + e.type()]++;
					s[S_FIRST] = Math.min(s[S_FIRST], e.time());
					s[S_LAST] = Math.max(s[S_LAST], e.time());
					if (e.stream() != null) {
						streams.add(e.stream());
					}
					if (e.item() == null) {
						continue;
					}
					s[S_ITEM_EVENTS]++;
					Integer boxed = itemIndex.get(e.item());
					int i;
					if (boxed == null) {
						i = itemIds.size();
						itemIndex.put(e.item(), i);
						itemIds.add(e.item());
						itemCounts.add(new long[3]);
					} else {
						i = boxed;
					}
					if (i >= seen.length) {
						seen = Arrays.copyOf(seen, Math.max(64, 2 * (i + 1)));
					}
					long[] c = itemCounts.get(i);
					c[I_EVENTS]++;
					boolean first = (seen[i] & 0x3FFFFFFF) != (stamp & 0x3FFFFFFF);
					if (first) {
						seen[i] = stamp & 0x3FFFFFFF; // flags: 1 << 30 counted for pop, 1 << 31 for knn
						distinctItems++;
					}
					if (pop != null && pop.weight(e.type()) > 0) {
						if (!popDistinct) {
							c[I_POP]++;
						} else if ((seen[i] & (1 << 30)) == 0) {
							c[I_POP]++;
							seen[i] |= 1 << 30;
						}
					}
					if (knn != null && knn.weight(e.type()) > 0 && (seen[i] & (1 << 31)) == 0) {
						seen[i] |= 1 << 31;
						c[I_KNN_VIEWERS]++;
						if (knnCount == knnItems.length) {
							knnItems = Arrays.copyOf(knnItems, Math.max(16, 2 * knnCount));
						}
						knnItems[knnCount++] = i;
					}
				}
				s[S_EVENTS] += distinct;
				s[S_PAIRS] += distinctItems;
				s[S_VIEWERS_WITH_ITEMS] += distinctItems > 0 ? 1 : 0;
				histogram.computeIfAbsent(distinct, k -> new long[1])[0]++;
				for (int a = 0; a < knnCount; a++) {
					for (int b = a + 1; b < knnCount; b++) {
						int x = Math.min(knnItems[a], knnItems[b]), y = Math.max(knnItems[a], knnItems[b]);
						pairs.add(((long) x << 32) | y);
					}
				}
			}
			if (s[S_EVENTS] == 0) {
				return; // no viewers here
			}
			s[S_NANOS] = System.nanoTime() - started; // the task's counting, for the job's timings
			out.collect(Tuple3.of(SCALARS, "", bytes(s)));
			histogram.forEach((count, v) -> out.collect(Tuple3.of(HISTOGRAM, Integer.toString(count), bytes(v))));
			for (int i = 0; i < itemIds.size(); i++) {
				out.collect(Tuple3.of(ITEM, itemIds.get(i), bytes(itemCounts.get(i))));
			}
			for (String stream : streams) {
				out.collect(Tuple3.of(STREAM, stream, new byte[0]));
			}
			pairs.forEach((key, count) -> {
				String a = itemIds.get((int) (key >>> 32)), b = itemIds.get((int) (key & 0xFFFFFFFFL));
				out.collect(Tuple3.of(PAIR, a.compareTo(b) < 0 ? pairKey(a, b) : pairKey(b, a), bytes(count)));
			});
		}
	}

	/** Events in an order where exact duplicates are neighbours. */
	static final java.util.Comparator<Event> EVENT_ORDER = (a, b) -> {
		int c = Long.compare(a.time(), b.time());
		if (c == 0) {
			c = compare(a.item(), b.item());
		}
		if (c == 0) {
			c = compare(a.stream(), b.stream());
		}
		if (c == 0) {
			c = Integer.compare(a.type(), b.type());
		}
		return c != 0 ? c : Integer.compare(a.valueBits(), b.valueBits());
	};

	private static int compare(String a, String b) {
		return Objects.equals(a, b) ? 0 : a == null ? -1 : b == null ? 1 : a.compareTo(b);
	}

	/** Counts by long key in an open-addressing table (pair counts run into the millions). */
	static final class LongCounts {
		private long[] keys = new long[1 << 12];
		private long[] counts = new long[1 << 12];
		private boolean[] used = new boolean[1 << 12];
		private int size;

		void add(long key) {
			if (2 * (size + 1) > keys.length) {
				grow();
			}
			int mask = keys.length - 1;
			int slot = (int) (mix(key) & mask);
			while (used[slot] && keys[slot] != key) {
				slot = (slot + 1) & mask;
			}
			if (!used[slot]) {
				used[slot] = true;
				keys[slot] = key;
				size++;
			}
			counts[slot]++;
		}

		private static long mix(long k) {
			k ^= k >>> 33;
			k *= 0xff51afd7ed558ccdL;
			return k ^ (k >>> 33);
		}

		private void grow() {
			long[] k = keys, c = counts;
			boolean[] u = used;
			keys = new long[2 * k.length];
			counts = new long[2 * k.length];
			used = new boolean[2 * k.length];
			int mask = keys.length - 1;
			for (int i = 0; i < k.length; i++) {
				if (u[i]) {
					int slot = (int) (mix(k[i]) & mask);
					while (used[slot]) {
						slot = (slot + 1) & mask;
					}
					used[slot] = true;
					keys[slot] = k[i];
					counts[slot] = c[i];
				}
			}
		}

		void forEach(java.util.function.BiConsumer<Long, Long> each) {
			for (int i = 0; i < keys.length; i++) {
				if (used[i]) {
					each.accept(keys[i], counts[i]);
				}
			}
		}
	}
}
