// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.campaign;

import java.util.Arrays;

/**
 * Order statistics of float draws by a two-level radix selection on their bits: one pass counts the draws by the high
 * 16 bits of an order-preserving key, a second gathers the few buckets that hold the wanted ranks, and counting those by
 * the low 16 bits gives each wanted value exactly. The draws are neither copied nor reordered, and the loops are small,
 * so the JIT compiles them at once: a forecast's summaries cost a third of its CPU with Commons Numbers' selection on
 * double copies in a fresh JVM. The order is {@link Float#compare}'s (which {@code Arrays.sort} uses, -0.0 before 0.0);
 * NaN draws are not expected. One instance per thread: it keeps its scratch space between calls.
 */
final class FloatOrderStatistics {

	private static final int BUCKETS = 1 << 16;

	private final int[] counts = new int[BUCKETS];
	private int[] gathered = new int[0];

	/**
	 * Writes to {@code out[j]} the value of rank {@code ranks[j]} (0 the smallest) among the {@code n} values from
	 * {@code values[from]} on.
	 *
	 * @param wanted ranks in any order, each below {@code n}
	 */
	void select(float[] values, int from, int n, int[] wanted, double[] out) {
		int k = wanted.length;
		// the ranks in ascending order (a few: insertion sort), position[j] where the j-th smallest goes in out
		int[] ranks = new int[k], position = new int[k];
		for (int i = 0; i < k; i++) {
			int j = i;
			for (; j > 0 && ranks[j - 1] > wanted[i]; j--) {
				ranks[j] = ranks[j - 1];
				position[j] = position[j - 1];
			}
			ranks[j] = wanted[i];
			position[j] = i;
		}
		int[] counts = this.counts;
		for (int i = from; i < from + n; i++) {
			counts[key(values[i]) >>> 16]++;
		}
		// the bucket of each rank and its rank within the bucket; the ranks ascend, so their buckets do too
		int[] bucketOf = new int[k], within = new int[k], slotOf = new int[k];
		int[] slotBucket = new int[k], slotStart = new int[k + 1];
		int slots = 0;
		int j = 0;
		for (int b = 0, below = 0; b < BUCKETS && j < k; b++) {
			int c = counts[b];
			for (; j < k && ranks[j] < below + c; j++) {
				bucketOf[j] = b;
				within[j] = ranks[j] - below;
				if (slots == 0 || slotBucket[slots - 1] != b) {
					slotBucket[slots] = b;
					slotStart[slots + 1] = slotStart[slots] + c;
					slots++;
				}
				slotOf[j] = slots - 1;
			}
			below += c;
		}
		if (j < k) {
			throw new IllegalArgumentException("rank " + ranks[j] + " of " + n + " values");
		}
		// second pass: the keys of the wanted buckets, each bucket's together (marked by its slot + 1)
		Arrays.fill(counts, 0);
		for (int s = 0; s < slots; s++) {
			counts[slotBucket[s]] = s + 1;
		}
		if (gathered.length < slotStart[slots]) {
			gathered = new int[slotStart[slots]];
		}
		int[] fill = Arrays.copyOf(slotStart, slots);
		for (int i = from; i < from + n; i++) {
			int key = key(values[i]);
			int s = counts[key >>> 16];
			if (s != 0) {
				gathered[fill[s - 1]++] = key;
			}
		}
		for (int s = 0; s < slots; s++) {
			counts[slotBucket[s]] = 0;
		}
		// within each wanted bucket, the low 16 bits decide
		j = 0;
		for (int s = 0; s < slots; s++) {
			for (int i = slotStart[s]; i < slotStart[s + 1]; i++) {
				counts[gathered[i] & 0xFFFF]++;
			}
			for (int low = 0, below = 0; low < BUCKETS && j < k && slotOf[j] == s; low++) {
				int c = counts[low];
				for (; j < k && slotOf[j] == s && within[j] < below + c; j++) {
					out[position[j]] = value(bucketOf[j] << 16 | low);
				}
				below += c;
			}
			for (int i = slotStart[s]; i < slotStart[s + 1]; i++) {
				counts[gathered[i] & 0xFFFF] = 0;
			}
		}
	}

	/** A key whose unsigned order is the float's order: negative floats have their bits inverted, others the sign bit. */
	static int key(float v) {
		int bits = Float.floatToRawIntBits(v);
		return bits ^ (bits >> 31 | Integer.MIN_VALUE);
	}

	/** The float of a {@link #key(float)}. */
	static float value(int key) {
		return Float.intBitsToFloat(key ^ (~key >> 31 | Integer.MIN_VALUE));
	}
}
