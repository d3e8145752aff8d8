package io.streamwise.api.algorithm;

import java.util.Arrays;
import java.util.function.IntPredicate;

/** Selects the k highest scores with a bounded min-heap: O(n log k), deterministic tie-breaking by lower index. */
public final class TopK {

	private TopK() {
	}

	public static int[] select(float[] scores, int k, IntPredicate candidate) {
		if (k <= 0) {
			return new int[0];
		}
		int[] heap = new int[k]; // min-heap of item indices, "worst" at the root
		int n = 0;
		for (int i = 0; i < scores.length; i++) {
			if (!candidate.test(i)) {
				continue;
			}
			if (n < k) {
				heap[n] = i;
				siftUp(heap, n++, scores);
			} else if (better(i, heap[0], scores)) {
				heap[0] = i;
				siftDown(heap, n, scores);
			}
		}
		// heap-sort the survivors best first in place: the worst goes to the end, one at a time (no boxing, no
		// comparator: a cold JVM pays for both on every viewer)
		for (int size = n; size > 1;) {
			swap(heap, 0, --size);
			siftDown(heap, size, scores);
		}
		return n == k ? heap : Arrays.copyOf(heap, n);
	}

	/** Whether item a ranks before item b. */
	static boolean better(int a, int b, float[] s) {
		return s[a] > s[b] || (s[a] == s[b] && a < b);
	}

	private static void siftUp(int[] h, int i, float[] s) {
		while (i > 0) {
			int p = (i - 1) >>> 1;
			if (better(h[p], h[i], s)) {
				swap(h, p, i);
				i = p;
			} else {
				return;
			}
		}
	}

	private static void siftDown(int[] h, int n, float[] s) {
		int i = 0;
		while (true) {
			int l = 2 * i + 1, r = l + 1, worst = i;
			if (l < n && better(h[worst], h[l], s)) {
				worst = l;
			}
			if (r < n && better(h[worst], h[r], s)) {
				worst = r;
			}
			if (worst == i) {
				return;
			}
			swap(h, i, worst);
			i = worst;
		}
	}

	private static void swap(int[] h, int a, int b) {
		int t = h[a];
		h[a] = h[b];
		h[b] = t;
	}
}
