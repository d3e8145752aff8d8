package io.streamwise.api.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.TopK;

class TopKTest {

	@Test
	void picksHighestScoresBestFirstWithLowerIndexWinningTies() {
		float[] s = { 0.1f, 0.9f, 0.5f, 0.9f, 0.3f, 0.7f };
		assertArrayEquals(new int[] { 1, 3, 5 }, TopK.select(s, 3, i -> true));
		assertArrayEquals(new int[] { 3, 5, 2 }, TopK.select(s, 3, i -> i != 1));
		assertArrayEquals(new int[] { 1, 3, 5, 2, 4, 0 }, TopK.select(s, 10, i -> true));
		assertArrayEquals(new int[0], TopK.select(s, 0, i -> true));
		assertArrayEquals(new int[0], TopK.select(s, 3, i -> false));
	}

	@Test
	void agreesWithAFullSortOnManyTies() {
		java.util.SplittableRandom r = new java.util.SplittableRandom(3);
		for (int round = 0; round < 50; round++) {
			float[] s = new float[200];
			for (int i = 0; i < s.length; i++) {
				s[i] = r.nextInt(12) / 4f; // few distinct values: ties everywhere
			}
			int k = 1 + r.nextInt(60);
			int[] expected = java.util.stream.IntStream.range(0, s.length)
					.filter(i -> i % 3 != 0)
					.boxed()
					.sorted((a, b) -> s[a] != s[b] ? Float.compare(s[b], s[a]) : Integer.compare(a, b))
					.limit(k)
					.mapToInt(Integer::intValue)
					.toArray();
			assertArrayEquals(expected, TopK.select(s, k, i -> i % 3 != 0), "round " + round);
		}
	}
}
