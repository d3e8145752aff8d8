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
}
