package io.streamwise.core.io;

import java.util.Arrays;

/**
 * An open-addressing map from character sequences, looked up directly in a parser's char buffer, to int values.
 * It lets the importer find the index of an id it has seen before without creating a String per field; a String is
 * made once per distinct id. Lives only during an import.
 * <p>
 * With 200K viewers a lookup is bound by cache misses, not by comparing characters. Short keys (up to 7 chars of at
 * most 0xFF, such as {@code v123456} or a numeric user id) are therefore packed into a long and stored next to their
 * value, so that a hit costs one cache line. Keys of 8 to 16 such characters (none of them NUL), such as
 * {@code ebook-1108}, are packed into two longs the same way; only longer keys go to a table of char arrays checked by
 * hash first, which costs a hash loop, a pointer to follow and a comparison per lookup.
 */
final class CharKeyIndex {

	private static final int SHORT_MAX = 7;

	/** Short keys: packed key at 2*slot (0 = empty), value at 2*slot+1. */
	private long[] shortTable = new long[2 * 1024];
	private int shortSize;

	private static final int MEDIUM_MAX = 16;

	/** Medium keys: first 8 chars at 3*slot (0 = empty), the rest at 3*slot+1, value at 3*slot+2. */
	private long[] mediumTable = new long[3 * 1024];
	private int mediumSize;

	private char[][] keys = new char[1024][];
	private int[] hashes = new int[1024];
	private int[] values = new int[1024];
	private int longSize;

	/**
	 * A well-mixed hash of a long key. Ids such as {@code v1234} differ in few bits; with linear probing unmixed
	 * hashes form long runs of occupied slots, so keys go through MurmurHash3's final mix.
	 */
	static int hash(char[] b, int off, int len) {
		long h = 0;
		for (int i = off; i < off + len; i++) {
			h = 31 * h + b[i];
		}
		return mix(h);
	}

	private static int mix(long k) {
		k ^= k >>> 33;
		k *= 0xFF51_AFD7_ED55_8CCDL;
		k ^= k >>> 33;
		k *= 0xC4CE_B9FE_1A85_EC53L;
		k ^= k >>> 33;
		return (int) k;
	}

	/** The key packed as length then chars, unique per key; 0 when it does not fit a long. */
	static long pack(char[] b, int off, int len) {
		if (len == 0 || len > SHORT_MAX) {
			return 0;
		}
		long k = len;
		for (int i = off; i < off + len; i++) {
			char c = b[i];
			if (c > 0xFF) {
				return 0;
			}
			k = (k << 8) | c;
		}
		return k;
	}

	/**
	 * Chars off..off+7 of a medium key as a long, the first highest; 0 when one is NUL or above 0xFF (the key then
	 * goes to the long keys).
	 */
	private static long packHigh(char[] b, int off) {
		long k = 0;
		for (int i = off; i < off + 8; i++) {
			int c = b[i];
			if (c == 0 || c > 0xFF) {
				return 0;
			}
			k = (k << 8) | c;
		}
		return k;
	}

	/** The remaining chars (1 to 8, or none) of a medium key; -1 when one does not fit. Unique since none is NUL. */
	private static long packLow(char[] b, int off, int end) {
		long k = 0;
		for (int i = off; i < end; i++) {
			int c = b[i];
			if (c == 0 || c > 0xFF) {
				return -1;
			}
			k = (k << 8) | c;
		}
		return k;
	}

	/** The value stored for the range, or -1. The hash is computed only when the key is long. */
	int get(char[] b, int off, int len) {
		if (len <= SHORT_MAX) {
			long packed = pack(b, off, len);
			if (packed != 0) {
				return getPacked(packed);
			}
		} else if (len <= MEDIUM_MAX) {
			long high = packHigh(b, off);
			long low = high == 0 ? -1 : packLow(b, off + 8, off + len);
			if (low != -1) {
				return getMedium(high, low);
			}
		}
		int hash = hash(b, off, len);
		int mask = keys.length - 1;
		for (int slot = hash & mask;; slot = (slot + 1) & mask) {
			char[] k = keys[slot];
			if (k == null) {
				return -1;
			}
			if (hashes[slot] == hash && k.length == len && Arrays.equals(k, 0, len, b, off, off + len)) {
				return values[slot];
			}
		}
	}

	/**
	 * Reads the slot where a packed key's probe starts and returns what is there. Calling it for a batch of keys
	 * before resolving them lets the processor fetch their cache lines in parallel instead of one miss at a time.
	 */
	long touch(long packed) {
		long[] t = shortTable;
		return t[2 * (mix(packed) & ((t.length >> 1) - 1))];
	}

	/** The value stored for a packed key (see {@link #pack}), or -1. */
	int getPacked(long packed) {
		long[] t = shortTable;
		int mask = (t.length >> 1) - 1;
		for (int slot = mix(packed) & mask;; slot = (slot + 1) & mask) {
			long k = t[2 * slot];
			if (k == packed) {
				return (int) t[2 * slot + 1];
			}
			if (k == 0) {
				return -1;
			}
		}
	}

	private static int mediumHash(long high, long low) {
		return mix(high * 0x9E37_79B9_7F4A_7C15L + low);
	}

	private int getMedium(long high, long low) {
		long[] t = mediumTable;
		int mask = t.length / 3 - 1;
		for (int slot = mediumHash(high, low) & mask;; slot = (slot + 1) & mask) {
			long k = t[3 * slot];
			if (k == high && t[3 * slot + 1] == low) {
				return (int) t[3 * slot + 2];
			}
			if (k == 0) {
				return -1;
			}
		}
	}

	private void putMedium(long high, long low, int value) {
		if (2 * (mediumSize + 1) > mediumTable.length / 3) { // load at most 1/2
			long[] old = mediumTable;
			mediumTable = new long[old.length * 2];
			for (int i = 0; i < old.length; i += 3) {
				if (old[i] != 0) {
					insertMedium(old[i], old[i + 1], old[i + 2]);
				}
			}
		}
		insertMedium(high, low, value);
		mediumSize++;
	}

	private void insertMedium(long high, long low, long value) {
		long[] t = mediumTable;
		int mask = t.length / 3 - 1;
		int slot = mediumHash(high, low) & mask;
		while (t[3 * slot] != 0) {
			slot = (slot + 1) & mask;
		}
		t[3 * slot] = high;
		t[3 * slot + 1] = low;
		t[3 * slot + 2] = value;
	}

	/** The characters of a packed key: the length sits in the byte above the characters, the first one highest. */
	static String unpack(long packed) {
		int len = 1;
		while (len < SHORT_MAX && (packed >>> (8 * len)) != len) {
			len++;
		}
		char[] c = new char[len];
		for (int i = 0; i < len; i++) {
			c[i] = (char) ((packed >>> (8 * (len - 1 - i))) & 0xFF);
		}
		return new String(c);
	}

	/** Stores a value for a range not yet present. */
	void put(char[] b, int off, int len, int value) {
		if (len <= SHORT_MAX) {
			long packed = pack(b, off, len);
			if (packed != 0) {
				putPacked(packed, value);
				return;
			}
		} else if (len <= MEDIUM_MAX) {
			long high = packHigh(b, off);
			long low = high == 0 ? -1 : packLow(b, off + 8, off + len);
			if (low != -1) {
				putMedium(high, low, value);
				return;
			}
		}
		if (2 * (longSize + 1) > keys.length) {
			rehash();
		}
		insert(Arrays.copyOfRange(b, off, off + len), hash(b, off, len), value);
		longSize++;
	}

	/** Stores a value for a packed key (see {@link #pack}) not yet present. */
	void putPacked(long packed, int value) {
		if (4 * (shortSize + 1) > shortTable.length) { // load at most 1/2
			long[] old = shortTable;
			shortTable = new long[old.length * 2];
			for (int i = 0; i < old.length; i += 2) {
				if (old[i] != 0) {
					insertShort(old[i], (int) old[i + 1]);
				}
			}
		}
		insertShort(packed, value);
		shortSize++;
	}

	int size() {
		return shortSize + mediumSize + longSize;
	}

	private void insertShort(long packed, int value) {
		int mask = (shortTable.length >> 1) - 1;
		int slot = mix(packed) & mask;
		while (shortTable[2 * slot] != 0) {
			slot = (slot + 1) & mask;
		}
		shortTable[2 * slot] = packed;
		shortTable[2 * slot + 1] = value;
	}

	private void insert(char[] key, int hash, int value) {
		int mask = keys.length - 1;
		int slot = hash & mask;
		while (keys[slot] != null) {
			slot = (slot + 1) & mask;
		}
		keys[slot] = key;
		hashes[slot] = hash;
		values[slot] = value;
	}

	private void rehash() {
		char[][] oldKeys = keys;
		int[] oldHashes = hashes;
		int[] oldValues = values;
		keys = new char[oldKeys.length * 2][];
		hashes = new int[oldKeys.length * 2];
		values = new int[oldKeys.length * 2];
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != null) {
				insert(oldKeys[i], oldHashes[i], oldValues[i]);
			}
		}
	}
}
