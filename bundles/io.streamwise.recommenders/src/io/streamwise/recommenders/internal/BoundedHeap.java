package io.streamwise.recommenders.internal;

import java.util.Arrays;

/**
 * Keeps the k best (index, value) pairs offered: a min-heap with the worst kept pair at the root. A pair is better
 * when its value is larger or, on equal values, its index smaller, so that selection is deterministic.
 */
public final class BoundedHeap {

	private final int capacity;
	private final int[] index;
	private final float[] value;
	private int size;

	public BoundedHeap(int capacity) {
		this.capacity = capacity;
		this.index = new int[capacity];
		this.value = new float[capacity];
	}

	public void clear() {
		size = 0;
	}

	public int capacity() {
		return capacity;
	}

	public int size() {
		return size;
	}

	/** Whether k pairs are kept: a pair must then beat {@link #worstValue()} (or tie it with a lower index). */
	public boolean full() {
		return size == capacity;
	}

	/** The value of the worst kept pair; only while {@link #full()} and before {@link #sortBestFirst()}. */
	public float worstValue() {
		return value[0];
	}

	public void offer(int i, float v) {
		if (size < capacity) {
			index[size] = i;
			value[size] = v;
			siftUp(size++);
		} else if (capacity > 0 && better(i, v, index[0], value[0])) {
			index[0] = i;
			value[0] = v;
			siftDown(0);
		}
	}

	/**
	 * Sorts the kept pairs best first, in place; read them with {@link #indices()} and {@link #values()}. The arrays
	 * are no longer a heap afterwards: {@link #clear()} before offering again.
	 */
	public void sortBestFirst() {
		int n = size;
		while (size > 1) {
			swap(0, --size); // the worst goes to the end
			siftDown(0);
		}
		size = n;
	}

	public int[] indices() {
		return Arrays.copyOf(index, size);
	}

	public float[] values() {
		return Arrays.copyOf(value, size);
	}

	private static boolean better(int i, float v, int j, float w) {
		return v > w || (v == w && i < j);
	}

	private void siftUp(int at) {
		while (at > 0) {
			int parent = (at - 1) >>> 1;
			if (better(index[parent], value[parent], index[at], value[at])) {
				swap(parent, at);
				at = parent;
			} else {
				return;
			}
		}
	}

	private void siftDown(int at) {
		while (true) {
			int l = 2 * at + 1, r = l + 1, worst = at;
			if (l < size && better(index[worst], value[worst], index[l], value[l])) {
				worst = l;
			}
			if (r < size && better(index[worst], value[worst], index[r], value[r])) {
				worst = r;
			}
			if (worst == at) {
				return;
			}
			swap(at, worst);
			at = worst;
		}
	}

	private void swap(int a, int b) {
		int ti = index[a];
		index[a] = index[b];
		index[b] = ti;
		float tv = value[a];
		value[a] = value[b];
		value[b] = tv;
	}
}
