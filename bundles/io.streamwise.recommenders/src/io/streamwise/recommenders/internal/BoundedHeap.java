package io.streamwise.recommenders.internal;

/**
 * Keeps the k best (index, value) pairs offered: a min-heap with the worst kept pair at the root. A pair is better
 * when its value is larger or, on equal values, its index smaller, so that selection is deterministic. Indices are
 * 0 or more; values are not NaN, and -0 ranks below +0.
 * <p>
 * Each pair is held as one {@code long} whose order is the pair's rank (the value's bits made to order like the
 * float in the high half, the complement of the index in the low half): one load and one comparison per step of a
 * sift, which is what the neighbour search spends its selection time in, cold (interpreted, C1) or warm.
 */
public final class BoundedHeap {

	private final int capacity;
	private final long[] key;
	private int size;

	public BoundedHeap(int capacity) {
		this.capacity = capacity;
		this.key = new long[capacity];
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
		return value(key[0]);
	}

	public void offer(int i, float v) {
		long k = key(i, v);
		long[] h = key;
		if (size < capacity) {
			// sift up: the new pair rises while it is worse than its parent
			int at = size++;
			while (at > 0) {
				int parent = (at - 1) >>> 1;
				if (h[parent] <= k) {
					break;
				}
				h[at] = h[parent];
				at = parent;
			}
			h[at] = k;
		} else if (capacity > 0 && k > h[0]) {
			siftDown(h, k, size);
		}
	}

	/**
	 * Sorts the kept pairs best first, in place; read them with {@link #indices()} and {@link #values()}. The arrays
	 * are no longer a heap afterwards: {@link #clear()} before offering again.
	 */
	public void sortBestFirst() {
		long[] h = key;
		for (int n = size; n > 1;) {
			long worst = h[0];
			n--;
			siftDown(h, h[n], n); // the last pair goes in at the root of the heap one shorter
			h[n] = worst; // and the worst to the end
		}
	}

	public int[] indices() {
		int[] out = new int[size];
		for (int p = 0; p < size; p++) {
			out[p] = ~(int) key[p];
		}
		return out;
	}

	public float[] values() {
		float[] out = new float[size];
		for (int p = 0; p < size; p++) {
			out[p] = value(key[p]);
		}
		return out;
	}

	/** Puts k at the root of the heap h[0..n) and sifts it down: the worse of the two children rises. */
	private static void siftDown(long[] h, long k, int n) {
		int at = 0;
		while (true) {
			int child = 2 * at + 1;
			if (child >= n) {
				break;
			}
			long c = h[child];
			if (child + 1 < n) {
				// the worse child, in a form the JIT can compile without a branch: which one it is cannot be predicted
				long d = h[child + 1];
				child += d < c ? 1 : 0;
				c = Math.min(c, d);
			}
			if (k <= c) {
				break;
			}
			h[at] = c;
			at = child;
		}
		h[at] = k;
	}

	/** The pair as one long: larger is better (higher value, then lower index). */
	private static long key(int index, float value) {
		int bits = Float.floatToRawIntBits(value);
		bits ^= (bits >> 31) & 0x7fffffff; // negative floats: reverse their order, so that the ints order as the floats
		return ((long) bits << 32) | (~index & 0xffffffffL);
	}

	private static float value(long key) {
		int bits = (int) (key >> 32);
		return Float.intBitsToFloat(bits ^ ((bits >> 31) & 0x7fffffff));
	}
}
