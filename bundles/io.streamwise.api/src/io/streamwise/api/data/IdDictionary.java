package io.streamwise.api.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An immutable dictionary between external ids (strings) and dense indices 0..size-1, as used by the columnar
 * {@link EventLog}. Algorithms work on indices; files and reports use ids.
 */
public final class IdDictionary {

	private final String[] ids;
	private final Map<String, Integer> index;

	private IdDictionary(String[] ids) {
		this.ids = ids;
		this.index = new HashMap<>(Math.max(16, ids.length * 4 / 3 + 1));
		for (int i = 0; i < ids.length; i++) {
			if (index.put(ids[i], i) != null) {
				throw new IllegalArgumentException("duplicate id '" + ids[i] + "' in dictionary");
			}
		}
	}

	public static IdDictionary of(String... ids) {
		return new IdDictionary(ids.clone());
	}

	static IdDictionary adopt(String[] ids) {
		return new IdDictionary(ids);
	}

	public int size() {
		return ids.length;
	}

	public String id(int index) {
		return ids[index];
	}

	/** Returns the index of an id, or -1 when the dictionary does not hold it. */
	public int indexOf(String id) {
		Integer i = index.get(id);
		return i == null ? -1 : i;
	}

	public String[] toArray() {
		return ids.clone();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof IdDictionary d && Arrays.equals(ids, d.ids);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(ids);
	}

	/** Approximate heap bytes held, for memory reports. */
	long estimatedBytes() {
		long b = 16L + 16 + 4L * ids.length; // arrays
		for (String s : ids) {
			b += 40 + s.length(); // String + compact Latin-1 array
		}
		return b + 48L * ids.length; // HashMap nodes and table slots
	}
}
