package io.streamwise.recommenders.mf.common;

import java.util.Arrays;
import java.util.Set;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventType;

/**
 * The implicit-feedback matrix of a training log: one entry r(u, i) &gt; 0 per (viewer, item) pair with at least one
 * counted event, held twice, by viewer rows (CSR) and by item columns (CSC), both with ascending indices. Dimensions
 * are those of the log's dictionaries, so viewers and items without training events are empty rows and columns.
 */
public final class Interactions {

	private final int users;
	private final int items;
	private final int[] userStart;
	private final int[] userItems;
	private final float[] userValues;
	private final int[] itemStart;
	private final int[] itemUsers;
	private final float[] itemValues;

	private Interactions(int users, int items, int[] userStart, int[] userItems, float[] userValues) {
		this.users = users;
		this.items = items;
		this.userStart = userStart;
		this.userItems = userItems;
		this.userValues = userValues;
		// transpose by a stable counting sort on the item: users stay ascending within each column
		int nnz = userItems.length;
		itemStart = new int[items + 1];
		for (int i : userItems) {
			itemStart[i + 1]++;
		}
		for (int i = 0; i < items; i++) {
			itemStart[i + 1] += itemStart[i];
		}
		itemUsers = new int[nnz];
		itemValues = new float[nnz];
		int[] next = Arrays.copyOf(itemStart, items);
		for (int u = 0; u < users; u++) {
			for (int p = userStart[u]; p < userStart[u + 1]; p++) {
				int at = next[userItems[p]]++;
				itemUsers[at] = u;
				itemValues[at] = userValues[p];
			}
		}
	}

	/** The matrix of the events of the given types; events without an item are ignored. */
	public static Interactions of(EventLog log, Set<EventType> counted, Weighting weighting) {
		boolean[] countedCode = new boolean[16];
		for (EventType t : counted) {
			countedCode[t.code()] = true;
		}
		long[] pairs = new long[log.size()];
		int n = 0;
		for (int r = 0; r < log.size(); r++) {
			if (log.item(r) >= 0 && countedCode[log.typeCode(r)]) {
				pairs[n++] = ((long) log.viewer(r) << 32) | log.item(r);
			}
		}
		Arrays.sort(pairs, 0, n);
		int users = log.viewers().size();
		int[] start = new int[users + 1];
		int[] its = new int[n];
		float[] vals = new float[n];
		int nnz = 0;
		for (int k = 0; k < n;) {
			int end = k + 1;
			while (end < n && pairs[end] == pairs[k]) {
				end++;
			}
			int u = (int) (pairs[k] >>> 32);
			start[u + 1]++;
			its[nnz] = (int) pairs[k];
			vals[nnz] = weighting.value(end - k);
			nnz++;
			k = end;
		}
		for (int u = 0; u < users; u++) {
			start[u + 1] += start[u];
		}
		return new Interactions(users, log.items().size(), start, Arrays.copyOf(its, nnz), Arrays.copyOf(vals, nnz));
	}

	/** A matrix from dense rows (tests and small examples): entries &gt; 0 are interactions. */
	public static Interactions ofDense(float[][] matrix, int items) {
		int users = matrix.length;
		int[] start = new int[users + 1];
		int nnz = 0;
		for (float[] row : matrix) {
			for (float v : row) {
				nnz += v > 0 ? 1 : 0;
			}
		}
		int[] its = new int[nnz];
		float[] vals = new float[nnz];
		int p = 0;
		for (int u = 0; u < users; u++) {
			for (int i = 0; i < items; i++) {
				if (matrix[u][i] > 0) {
					its[p] = i;
					vals[p++] = matrix[u][i];
				}
			}
			start[u + 1] = p;
		}
		return new Interactions(users, items, start, its, vals);
	}

	public int users() {
		return users;
	}

	public int items() {
		return items;
	}

	/** Number of non-zero entries. */
	public int size() {
		return userItems.length;
	}

	/** Position of viewer u's first entry in {@link #userItems()} and {@link #userValues()}. */
	public int userStart(int u) {
		return userStart[u];
	}

	public int userEnd(int u) {
		return userStart[u + 1];
	}

	public int itemStart(int i) {
		return itemStart[i];
	}

	public int itemEnd(int i) {
		return itemStart[i + 1];
	}

	/** Shared, not copied: callers must not write. */
	public int[] userItems() {
		return userItems;
	}

	public float[] userValues() {
		return userValues;
	}

	public int[] itemUsers() {
		return itemUsers;
	}

	public float[] itemValues() {
		return itemValues;
	}

	/** Whether viewer u has an entry for item i (binary search in the row). */
	public boolean contains(int u, int i) {
		return Arrays.binarySearch(userItems, userStart[u], userStart[u + 1], i) >= 0;
	}

	/** Whether a viewer index has at least one training interaction. */
	public boolean isWarm(int u) {
		return u >= 0 && u < users && userStart[u + 1] > userStart[u];
	}

	/** Number of distinct viewers per item: the ranking cold viewers get. */
	public float[] popularity() {
		float[] pop = new float[items];
		for (int i = 0; i < items; i++) {
			pop[i] = itemStart[i + 1] - itemStart[i];
		}
		return pop;
	}
}
