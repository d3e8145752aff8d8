package io.streamwise.recommenders.tests;

import static io.streamwise.recommenders.tests.Fixtures.A;
import static io.streamwise.recommenders.tests.Fixtures.B;
import static io.streamwise.recommenders.tests.Fixtures.C;
import static io.streamwise.recommenders.tests.Fixtures.D;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.recommenders.knn.UserKnn;
import io.streamwise.recommenders.knn.UserKnnSettings;

class UserKnnTest {

	private static final float EPS = 1e-6f;

	private static UserKnn fit(Dataset data, UserKnnSettings settings) {
		UserKnn knn = new UserKnn(settings);
		knn.fit(data, TaskContext.of(1));
		return knn;
	}

	private static final String EVENTS = "purchase,cart,click,rate";

	private static UserKnnSettings settings(int k, double shrinkage) {
		return new UserKnnSettings(EVENTS, k, shrinkage);
	}

	@Test
	void cosineBetweenViewersOfTheFourByFourFixture() {
		UserKnn knn = fit(Fixtures.fourByFour(), settings(50, 0));
		// items per viewer: u0 {A,B}, u1 {A,B,C}, u2 {B,C}, u3 {C,D}
		assertEquals(2 / Math.sqrt(6), knn.similarity(0, 1), EPS);
		assertEquals(1 / 2.0, knn.similarity(0, 2), EPS);
		assertEquals(0f, knn.similarity(0, 3));
		assertEquals(2 / Math.sqrt(6), knn.similarity(1, 2), EPS);
		assertEquals(1 / Math.sqrt(6), knn.similarity(1, 3), EPS);
		assertEquals(1 / 2.0, knn.similarity(3, 2), EPS);
		assertArrayEquals(new int[] { 1, 2 }, knn.neighbours(0));
		assertArrayEquals(new int[] { 2, 1 }, knn.neighbours(3));
	}

	@Test
	void scoresSumNeighbourSimilaritiesOverTheirItems() {
		UserKnn all = fit(Fixtures.fourByFour(), settings(50, 0));
		float[] u0 = new float[4];
		all.score(0, u0);
		// neighbours u1 (2/√6: A, B, C) and u2 (1/2: B, C)
		double s1 = 2 / Math.sqrt(6), s2 = 0.5;
		assertArrayEquals(new float[] { (float) s1, (float) (s1 + s2), (float) (s1 + s2), 0 }, u0, EPS);

		UserKnn one = fit(Fixtures.fourByFour(), settings(1, 0));
		one.score(0, u0);
		assertArrayEquals(new float[] { (float) s1, (float) s1, (float) s1, 0 }, u0, EPS);
		float[] u3 = new float[4];
		one.score(3, u3); // nearest is u2 (1/2) ahead of u1 (1/√6)
		assertArrayEquals(new float[] { 0, 0.5f, 0.5f, 0 }, u3, EPS);
	}

	@Test
	void shrinkageDampsViewersAlikeOnFewItems() {
		UserKnn knn = fit(Fixtures.fourByFour(), settings(50, 3));
		assertEquals(2 / Math.sqrt(6) * 2 / 5, knn.similarity(0, 1), EPS);
		assertEquals(1 / 2.0 * 1 / 4, knn.similarity(0, 2), EPS);
		assertEquals(1 / Math.sqrt(6) * 1 / 4, knn.similarity(1, 3), EPS);
	}

	@Test
	void recommendsWithinThePlantedCluster() {
		EventLog log = Fixtures.twoClusters(42);
		int[] heldOut = Fixtures.lastPurchaseOfEachViewer(log);
		EventLog train = log.filter(r -> Arrays.binarySearch(heldOut, r) < 0);
		UserKnn knn = fit(Dataset.of(train), Settings.defaults(UserKnnSettings.class));
		PlantedClusters.assertRecommendsWithinCluster(knn, log, train, heldOut);
	}

	@Test
	void coldViewersAndEmptyLogsScoreZero() {
		Dataset full = Fixtures.fourByFour();
		UserKnn knn = fit(full.withLog(full.log().filter(r -> full.log().viewer(r) != 3)), settings(50, 0));
		float[] u3 = { 1, 1, 1, 1 };
		knn.score(3, u3);
		assertArrayEquals(new float[4], u3);
		float[] u0 = new float[4];
		knn.score(0, u0);
		assertEquals(0f, u0[D]); // D's only buyer is not in training

		UserKnn empty = fit(full.withLog(full.log().select(new int[0])), settings(50, 0));
		for (float[] row : Fixtures.allScores(empty, full.log())) {
			assertArrayEquals(new float[4], row);
		}
		assertArrayEquals(new int[] { A, B, C }, empty.recommend(1, 3, i -> true, new float[4]));
	}

	@Test
	void sameResultsOnOneTwoOrFourThreads() {
		Dataset data = Fixtures.random(5, 2500, 200, 15_000); // many chunks of work
		float[][] one = Fixtures.allScores(fit(data, new UserKnnSettings(EVENTS, 15, 2, 1)), data.log());
		for (int threads : new int[] { 2, 4, 0 }) {
			UserKnn knn = fit(data, new UserKnnSettings(EVENTS, 15, 2, threads));
			float[][] many = Fixtures.allScores(knn, data.log());
			for (int v = 0; v < one.length; v++) {
				assertArrayEquals(one[v], many[v], "threads " + threads + ", viewer " + v);
			}
		}
	}

	@Test
	void honoursCancellationBeforeAndDuringTheNeighbourSearch() {
		UserKnn knn = new UserKnn(settings(50, 0));
		assertThrows(CancelledException.class, () -> knn.fit(Fixtures.fourByFour(), Fixtures.cancelled()));
		// cancelled once the first chunk of 32 viewers is done: no further chunk is reported, the fit stops
		for (int threads : new int[] { 1, 2 }) {
			cancelAfterTheFirstChunk(threads);
		}
	}

	private static void cancelAfterTheFirstChunk(int threads) {
		UserKnn knn = new UserKnn(new UserKnnSettings(EVENTS, 50, 0, threads));
		long[] worked = new long[1];
		ProgressMonitor lateCancel = new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
				// nothing to do
			}

			@Override
			public void worked(long work) {
				worked[0] += work;
			}

			@Override
			public boolean isCancelled() {
				return worked[0] > 0;
			}
		};
		Dataset data = Fixtures.random(5, 2500, 200, 15_000);
		assertThrows(CancelledException.class, () -> knn.fit(data, new TaskContext(1, lateCancel)));
		assertEquals(32, worked[0], "threads " + threads);
	}
}
