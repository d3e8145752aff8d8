package io.streamwise.api.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An immutable dictionary between external ids (strings) and dense indices 0..size-1, as used by the columnar
 * {@link EventLog}. Algorithms work on indices; files and reports use ids.
 * <p>
 * A log of millions of events may have hundreds of thousands of viewers, so ids are kept as one UTF-8 byte array with
 * offsets and looked up through an open-addressing table of ints: about (id length + 12) bytes per id instead of the
 * ~100 of a String per id in a HashMap. {@link #id(int)} therefore makes a new String on each call; hot loops should
 * work on indices.
 */
public final class IdDictionary {

	private final byte[] bytes;
	/** Start of id i in {@code bytes}; {@code offsets[size]} is the end of the last. */
	private final int[] offsets;
	/** Open addressing with linear probing: index + 1, or 0 for an empty slot. Load factor at most 1/2. */
	private final int[] table;
	private final int[] hashes;

	private IdDictionary(String[] ids) {
		int n = ids.length;
		offsets = new int[n + 1];
		hashes = new int[n];
		byte[][] encoded = new byte[n][];
		long total = 0;
		for (int i = 0; i < n; i++) {
			encoded[i] = ids[i].getBytes(StandardCharsets.UTF_8);
			total += encoded[i].length;
		}
		if (total > Integer.MAX_VALUE - 16) {
			throw new IllegalArgumentException("ids take more than 2 GB");
		}
		bytes = new byte[(int) total];
		int at = 0;
		for (int i = 0; i < n; i++) {
			offsets[i] = at;
			System.arraycopy(encoded[i], 0, bytes, at, encoded[i].length);
			at += encoded[i].length;
		}
		offsets[n] = at;
		int capacity = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
		table = new int[capacity];
		for (int i = 0; i < n; i++) {
			int h = hash(encoded[i], 0, encoded[i].length);
			hashes[i] = h;
			int slot = h & (capacity - 1);
			while (table[slot] != 0) {
				int other = table[slot] - 1;
				if (hashes[other] == h && same(other, encoded[i])) {
					throw new IllegalArgumentException("duplicate id '" + ids[i] + "' in dictionary");
				}
				slot = (slot + 1) & (capacity - 1);
			}
			table[slot] = i + 1;
		}
	}

	public static IdDictionary of(String... ids) {
		return new IdDictionary(ids.clone());
	}

	static IdDictionary adopt(String[] ids) {
		return new IdDictionary(ids);
	}

	private static int hash(byte[] b, int from, int to) {
		int h = 0x9E3779B9;
		for (int k = from; k < to; k++) {
			h = (h ^ b[k]) * 0x01000193;
		}
		return h ^ (h >>> 15);
	}

	private boolean same(int index, byte[] key) {
		int from = offsets[index], len = offsets[index + 1] - from;
		return len == key.length && Arrays.equals(bytes, from, from + len, key, 0, len);
	}

	public int size() {
		return offsets.length - 1;
	}

	public String id(int index) {
		return new String(bytes, offsets[index], offsets[index + 1] - offsets[index], StandardCharsets.UTF_8);
	}

	/** Returns the index of an id, or -1 when the dictionary does not hold it. */
	public int indexOf(String id) {
		byte[] key = id.getBytes(StandardCharsets.UTF_8);
		int h = hash(key, 0, key.length);
		int mask = table.length - 1;
		for (int slot = h & mask;; slot = (slot + 1) & mask) {
			int entry = table[slot];
			if (entry == 0) {
				return -1;
			}
			if (hashes[entry - 1] == h && same(entry - 1, key)) {
				return entry - 1;
			}
		}
	}

	public String[] toArray() {
		String[] out = new String[size()];
		Arrays.setAll(out, this::id);
		return out;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof IdDictionary d && Arrays.equals(offsets, d.offsets) && Arrays.equals(bytes, d.bytes);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(offsets) + Arrays.hashCode(bytes);
	}

	/** Heap bytes held, for memory reports. */
	long estimatedBytes() {
		return 16L * 4 + bytes.length + 4L * offsets.length + 4L * table.length + 4L * hashes.length;
	}
}
