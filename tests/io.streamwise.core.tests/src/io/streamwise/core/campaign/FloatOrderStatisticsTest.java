// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.streamwise.core.campaign.Forecast.Summary;

/**
 * The forecast's order statistics by radix selection against a sort of the same floats (the summaries' former
 * method), on draws shaped to reach the selection's corners: signs and signed zeros, equal values, one bucket, an offset.
 */
class FloatOrderStatisticsTest {

	/** Every rank of {@code values} from the selection, compared bit for bit with the sorted copy. */
	private static void selectsAsTheSortDoes(float[] values) {
		float[] sorted = values.clone();
		Arrays.sort(sorted);
		int[] ranks = new int[values.length];
		Arrays.setAll(ranks, i -> i);
		double[] out = new double[ranks.length];
		new FloatOrderStatistics().select(values, 0, values.length, ranks, out);
		for (int r = 0; r < ranks.length; r++) {
			assertEquals(Double.doubleToRawLongBits(sorted[r]), Double.doubleToRawLongBits(out[r]),
					"rank " + r + " of " + Arrays.toString(values));
		}
	}

	@Test
	void everyRankIsTheSortedValueWithSignsSignedZerosAndTies() {
		selectsAsTheSortDoes(new float[] { 3f, -1f, 0f, -0f, 2.5f, -1f, Float.MAX_VALUE, -Float.MAX_VALUE,
				Float.MIN_VALUE, -Float.MIN_VALUE, 0f, 3f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY });
		selectsAsTheSortDoes(new float[] { 42f });
		selectsAsTheSortDoes(new float[] { 7f, 7f, 7f, 7f, 7f });
		// one high bucket: values that differ only in their low 16 bits, and neighbours of a bucket's edge
		float[] close = new float[300];
		for (int i = 0; i < close.length; i++) {
			close[i] = Float.intBitsToFloat(0x42C80000 + (i * 7919) % 70000);
		}
		selectsAsTheSortDoes(close);
		SplittableRandom random = new SplittableRandom(5);
		float[] mixed = new float[5000];
		for (int i = 0; i < mixed.length; i++) {
			mixed[i] = random.nextInt(4) == 0 ? random.nextInt(-3, 4) : (float) (random.nextGaussian() * 1e4);
		}
		selectsAsTheSortDoes(mixed);
	}

	@Test
	void aFewRanksOfAnOffsetRangeAndRanksPastTheEndAreRefused() {
		SplittableRandom random = new SplittableRandom(9);
		float[] values = new float[20_000];
		for (int i = 0; i < values.length; i++) {
			values[i] = (float) (random.nextDouble() * 200 - 150);
		}
		int from = 7000, n = 10_000;
		float[] range = Arrays.copyOfRange(values, from, from + n);
		Arrays.sort(range);
		int[] ranks = { 999, 0, 1000, 4999, 5000, 5000, 9999, 8999 }; // in any order, as the summaries of 2 draws ask
		double[] out = new double[ranks.length];
		FloatOrderStatistics order = new FloatOrderStatistics();
		order.select(values, from, n, ranks, out);
		for (int j = 0; j < ranks.length; j++) {
			assertEquals(range[ranks[j]], out[j], 0, "rank " + ranks[j]);
		}
		// the scratch space is left clean for the next call: the same answer again
		double[] again = new double[ranks.length];
		order.select(values, from, n, ranks, again);
		assertEquals(Arrays.toString(out), Arrays.toString(again));
		assertThrows(IllegalArgumentException.class, () -> order.select(values, from, n, new int[] { n }, out));
	}

	@Test
	void summariesAreThoseOfSortedDraws() {
		SplittableRandom random = new SplittableRandom(3);
		for (int n : new int[] { 1, 2, 3, 10, 11, 1001 }) {
			float[] values = new float[n + 5];
			for (int i = 0; i < values.length; i++) {
				values[i] = (float) (random.nextGaussian() * 50 + (i % 3 == 0 ? 0 : 20));
			}
			Summary s = CampaignForecaster.summary(values, 5, n, new FloatOrderStatistics());
			float[] sorted = Arrays.copyOfRange(values, 5, 5 + n);
			double sum = 0;
			for (float v : sorted) {
				sum += v;
			}
			Arrays.sort(sorted);
			assertEquals(sum / n, s.mean(), 0);
			assertEquals(sortedQuantile(sorted, 0.1), s.p10(), 0, "P10 of " + n);
			assertEquals(sortedQuantile(sorted, 0.5), s.p50(), 0, "P50 of " + n);
			assertEquals(sortedQuantile(sorted, 0.9), s.p90(), 0, "P90 of " + n);
		}
	}

	/** R's type 7 on sorted floats, the difference rounded to float: the summaries' formula before the selection. */
	private static double sortedQuantile(float[] sorted, double p) {
		double h = (sorted.length - 1) * p;
		int lo = (int) Math.floor(h);
		int hi = Math.min(sorted.length - 1, lo + 1);
		return sorted[lo] + (h - lo) * (float) ((double) sorted[hi] - sorted[lo]);
	}

	@Test
	void theDrawTableGivesEveryMetricItsOwnRangeAcrossArrays() {
		int metrics = 7, draws = 10;
		CampaignForecaster.DrawTable one = new CampaignForecaster.DrawTable(metrics, draws);
		assertSame(one.array(0), one.array(metrics - 1));
		assertEquals(metrics * draws, one.array(0).length);
		// at most 3 metrics' draws per array: arrays of 3, 3 and 1 metrics
		CampaignForecaster.DrawTable split = new CampaignForecaster.DrawTable(metrics, draws, 35);
		assertSame(split.array(0), split.array(2));
		assertNotSame(split.array(2), split.array(3));
		assertEquals(draws, split.array(6).length);
		for (int k = 0; k < metrics; k++) {
			for (int d = 0; d < draws; d++) {
				split.array(k)[split.offset(k) + d] = k * 100 + d;
			}
		}
		for (int k = 0; k < metrics; k++) {
			for (int d = 0; d < draws; d++) {
				assertEquals(k * 100 + d, split.array(k)[split.offset(k) + d], "metric " + k + ", draw " + d);
			}
		}
	}
}
