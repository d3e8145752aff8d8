package io.streamwise.core.io;

import java.util.Arrays;

/**
 * An open-addressing map from character sequences, looked up directly in a parser's char buffer, to int values.
 * It lets the importer find the index of an id it has seen before without creating a String per field; a String is
 * made once per distinct id. Lives only during an import.
 */
final class CharKeyIndex {

	private char[][] keys = new char[1024][];
	private int[] values = new int[1024];
	private int size;

	static int hash(char[] b, int off, int len) {
		int h = 0;
		for (int i = off; i < off + len; i++) {
			h = 31 * h + b[i];
		}
		return h ^ (h >>> 16);
	}

	/** The value stored for the range, or -1. */
	int get(char[] b, int off, int len, int hash) {
		int mask = keys.length - 1;
		for (int slot = hash & mask;; slot = (slot + 1) & mask) {
			char[] k = keys[slot];
			if (k == null) {
				return -1;
			}
			if (k.length == len && Arrays.equals(k, 0, len, b, off, off + len)) {
				return values[slot];
			}
		}
	}

	/** Stores a value for a range not yet present. */
	void put(char[] b, int off, int len, int hash, int value) {
		if (2 * (size + 1) > keys.length) {
			rehash();
		}
		insert(Arrays.copyOfRange(b, off, off + len), hash, value);
		size++;
	}

	int size() {
		return size;
	}

	private void insert(char[] key, int hash, int value) {
		int mask = keys.length - 1;
		int slot = hash & mask;
		while (keys[slot] != null) {
			slot = (slot + 1) & mask;
		}
		keys[slot] = key;
		values[slot] = value;
	}

	private void rehash() {
		char[][] oldKeys = keys;
		int[] oldValues = values;
		keys = new char[oldKeys.length * 2][];
		values = new int[oldKeys.length * 2];
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != null) {
				insert(oldKeys[i], hash(oldKeys[i], 0, oldKeys[i].length), oldValues[i]);
			}
		}
	}
}
