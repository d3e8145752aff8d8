package io.streamwise.stream.profiling;

import java.util.HashMap;
import java.util.Map;

/** How well a clustering agrees with known labels (ground truth), for checks and summaries. */
public final class ClusterAgreement {

	private ClusterAgreement() {
	}

	/**
	 * Hubert and Arabie's adjusted Rand index: 1 for identical partitions, 0 in expectation for independent ones
	 * (can be negative). Labels are any ints; both arrays must be equally long.
	 */
	public static double adjustedRandIndex(int[] a, int[] b) {
		check(a, b);
		Map<Long, Long> pairs = new HashMap<>();
		Map<Integer, Long> rowSums = new HashMap<>(), columnSums = new HashMap<>();
		for (int i = 0; i < a.length; i++) {
			pairs.merge(((long) a[i] << 32) | (b[i] & 0xFFFFFFFFL), 1L, Long::sum);
			rowSums.merge(a[i], 1L, Long::sum);
			columnSums.merge(b[i], 1L, Long::sum);
		}
		double index = pairs.values().stream().mapToDouble(ClusterAgreement::choose2).sum();
		double rows = rowSums.values().stream().mapToDouble(ClusterAgreement::choose2).sum();
		double columns = columnSums.values().stream().mapToDouble(ClusterAgreement::choose2).sum();
		double expected = rows * columns / choose2(a.length);
		double max = (rows + columns) / 2;
		if (max == expected) {
			return 1; // both partitions trivial (one cluster each, or all singletons): they agree
		}
		return (index - expected) / (max - expected);
	}

	/** Share of the points whose label is the most common label of their cluster. */
	public static double purity(int[] clusters, int[] labels) {
		check(clusters, labels);
		Map<Integer, Map<Integer, Integer>> byCluster = new HashMap<>();
		for (int i = 0; i < clusters.length; i++) {
			byCluster.computeIfAbsent(clusters[i], c -> new HashMap<>()).merge(labels[i], 1, Integer::sum);
		}
		long majority = 0;
		for (Map<Integer, Integer> counts : byCluster.values()) {
			majority += counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		}
		return majority / (double) clusters.length;
	}

	private static double choose2(long n) {
		return n * (n - 1) / 2.0;
	}

	private static void check(int[] a, int[] b) {
		if (a.length != b.length) {
			throw new IllegalArgumentException("label arrays differ in length: " + a.length + " and " + b.length);
		}
		if (a.length < 2) {
			throw new IllegalArgumentException("need at least two points, got " + a.length);
		}
	}
}
