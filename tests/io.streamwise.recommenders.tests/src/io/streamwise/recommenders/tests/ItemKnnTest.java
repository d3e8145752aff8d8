package io.streamwise.recommenders.tests;

import static io.streamwise.recommenders.tests.Fixtures.A;
import static io.streamwise.recommenders.tests.Fixtures.B;
import static io.streamwise.recommenders.tests.Fixtures.C;
import static io.streamwise.recommenders.tests.Fixtures.D;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.api.progress.CancelledException;
import io.streamwise.recommenders.knn.ItemKnn;
import io.streamwise.recommenders.knn.ItemKnnSettings;
import io.streamwise.recommenders.knn.ItemKnnSettings.Similarity;

class ItemKnnTest {

	private static final float EPS = 1e-6f;
	private static final String EVENTS = ItemKnnSettings.DEFAULT_EVENTS;

	private static ItemKnn fit(Dataset data, ItemKnnSettings settings) {
		ItemKnn knn = new ItemKnn(settings);
		knn.fit(data, TaskContext.of(1));
		return knn;
	}

	private static ItemKnnSettings cosine(int k, double shrinkage) {
		return new ItemKnnSettings(EVENTS, Similarity.COSINE, 0.2, k, shrinkage, false);
	}

	@Test
	void cosineOfTheFourByFourFixture() {
		ItemKnn knn = fit(Fixtures.fourByFour(), cosine(50, 0));
		// co(i,j) / sqrt(|i| |j|), viewer counts |A| = 2, |B| = |C| = 3, |D| = 1
		assertEquals(2 / Math.sqrt(6), knn.similarity(A, B), EPS);
		assertEquals(2 / Math.sqrt(6), knn.similarity(B, A), EPS);
		assertEquals(1 / Math.sqrt(6), knn.similarity(A, C), EPS);
		assertEquals(2 / 3.0, knn.similarity(B, C), EPS);
		assertEquals(1 / Math.sqrt(3), knn.similarity(C, D), EPS);
		assertEquals(0f, knn.similarity(A, D)); // no common viewer: not a neighbour at all
		assertEquals(0f, knn.similarity(A, A)); // an item is not its own neighbour
		assertArrayEquals(new int[] { B, C }, knn.neighbours(A));
		assertArrayEquals(new int[] { B, D, A }, knn.neighbours(C));
		assertArrayEquals(new int[] { C }, knn.neighbours(D));
	}

	@Test
	void asymmetricCosineWeighsTheCandidateByAlpha() {
		// alpha = 0: sim(i, j) = co(i, j) / |j|, the share of j's viewers who also had i
		ItemKnn p = fit(Fixtures.fourByFour(),
				new ItemKnnSettings(EVENTS, Similarity.ASYMMETRIC_COSINE, 0, 50, 0, false));
		assertEquals(2 / 3.0, p.similarity(A, B), EPS);
		assertEquals(1.0, p.similarity(B, A), EPS);
		assertEquals(1 / 3.0, p.similarity(A, C), EPS);
		assertEquals(1 / 2.0, p.similarity(C, A), EPS);
		assertEquals(1.0, p.similarity(C, D), EPS);
		assertEquals(1 / 3.0, p.similarity(D, C), EPS);
		// alpha = 0.25: co / (|i|^0.25 |j|^0.75)
		ItemKnn q = fit(Fixtures.fourByFour(),
				new ItemKnnSettings(EVENTS, Similarity.ASYMMETRIC_COSINE, 0.25, 50, 0, false));
		assertEquals(2 / (Math.pow(2, 0.25) * Math.pow(3, 0.75)), q.similarity(A, B), EPS);
		assertEquals(2 / (Math.pow(3, 0.25) * Math.pow(2, 0.75)), q.similarity(B, A), EPS);
		// alpha = 0.5 is the cosine; the COSINE choice ignores alpha
		ItemKnn half = fit(Fixtures.fourByFour(),
				new ItemKnnSettings(EVENTS, Similarity.ASYMMETRIC_COSINE, 0.5, 50, 0, false));
		ItemKnn cos = fit(Fixtures.fourByFour(), new ItemKnnSettings(EVENTS, Similarity.COSINE, 0.9, 50, 0, false));
		for (int i = 0; i < 4; i++) {
			for (int j = 0; j < 4; j++) {
				assertEquals(cos.similarity(i, j), half.similarity(i, j), EPS);
			}
		}
		assertEquals(2 / Math.sqrt(6), cos.similarity(A, B), EPS);
	}

	@Test
	void shrinkageDampsPairsWithFewCommonViewers() {
		ItemKnn knn = fit(Fixtures.fourByFour(), cosine(50, 2));
		// times n / (n + 2), n the number of common viewers
		assertEquals(2 / Math.sqrt(6) * 2 / 4, knn.similarity(A, B), EPS);
		assertEquals(1 / Math.sqrt(6) * 1 / 3, knn.similarity(A, C), EPS);
		assertEquals(2 / 3.0 * 2 / 4, knn.similarity(B, C), EPS);
		assertEquals(1 / Math.sqrt(3) * 1 / 3, knn.similarity(C, D), EPS);
	}

	@Test
	void scoresSumSimilaritiesOverTheCandidatesNeighboursInTheHistory() {
		ItemKnn knn = fit(Fixtures.fourByFour(), cosine(50, 0));
		float[] u3 = new float[4]; // u3 had C and D
		knn.score(3, u3);
		assertEquals(1 / Math.sqrt(6), u3[A], EPS); // sim(A,C) + sim(A,D) = 1/√6 + 0
		assertEquals(2 / 3.0, u3[B], EPS);
		assertEquals(1 / Math.sqrt(3), u3[C], EPS);
		assertEquals(1 / Math.sqrt(3), u3[D], EPS);
		float[] u0 = new float[4]; // u0 had A and B
		knn.score(0, u0);
		assertEquals(1 / Math.sqrt(6) + 2 / 3.0, u0[C], EPS);
		assertEquals(0f, u0[D]);
		assertArrayEquals(new int[] { C }, knn.recommend(0, 1, i -> i >= C, new float[4]));
	}

	@Test
	void onlyTheTopKNeighboursOfACandidateVote() {
		ItemKnn knn = fit(Fixtures.fourByFour(), cosine(1, 0));
		assertArrayEquals(new int[] { B }, knn.neighbours(A));
		assertArrayEquals(new int[] { A }, knn.neighbours(B));
		assertArrayEquals(new int[] { B }, knn.neighbours(C));
		assertArrayEquals(new int[] { C }, knn.neighbours(D));
		float[] u3 = new float[4];
		knn.score(3, u3);
		// N(A) = {B}, N(B) = {A}, N(C) = {B} miss u3's history {C, D}; only N(D) = {C} hits
		assertArrayEquals(new float[] { 0, 0, 0, (float) (1 / Math.sqrt(3)) }, u3, EPS);
		float[] u0 = new float[4];
		knn.score(0, u0);
		assertEquals(2 / 3.0, u0[C], EPS); // only B votes for C now
	}

	@Test
	void truncationKeepsThePrefixOfTheFullNeighbourList() {
		Dataset data = Fixtures.random(3, 300, 120, 6000);
		ItemKnn full = fit(data, cosine(100_000, 10));
		ItemKnn five = fit(data, cosine(5, 10));
		int items = data.log().items().size();
		int truncated = 0;
		for (int i = 0; i < items; i++) {
			int[] all = full.neighbours(i), top = five.neighbours(i);
			assertArrayEquals(Arrays.copyOf(all, Math.min(5, all.length)), top);
			for (int p = 1; p < all.length; p++) {
				assertTrue(full.similarity(i, all[p - 1]) >= full.similarity(i, all[p]), "best first");
			}
			truncated += all.length > 5 ? 1 : 0;
		}
		assertTrue(truncated > items / 2, "fixture must exercise truncation, did for " + truncated);
	}

	@Test
	void normalisedVotesOfEachConsumedItemSumToOne() {
		ItemKnn knn = fit(Fixtures.fourByFour(), new ItemKnnSettings(EVENTS, Similarity.COSINE, 0.2, 50, 0, true));
		float[] u0 = new float[4]; // history A, B
		knn.score(0, u0);
		// A votes for B (2/√6) and C (1/√6); B votes for A (2/√6) and C (2/3); each vote list scaled to sum 1
		double a = 2 / Math.sqrt(6), c = 1 / Math.sqrt(6), bc = 2 / 3.0;
		assertEquals(a / (a + bc), u0[A], EPS);
		assertEquals(a / (a + c), u0[B], EPS);
		assertEquals(c / (a + c) + bc / (a + bc), u0[C], EPS);
		assertEquals(0f, u0[D]);
		assertEquals(2 / Math.sqrt(6), knn.similarity(A, B), EPS); // similarities themselves stay raw
	}

	@Test
	void normalisationScalesEachItemsOwnNeighboursAsDeshpandeAndKarypis() {
		// Deshpande and Karypis 2004, section 4: the model M keeps in column j the k most similar items of j, each
		// column scaled to sum 1, and a viewer's scores are x = M·U, U the viewer's consumed items. By hand on the
		// four-by-four fixture with k = 2 and the cosine:
		// sim(A,B) = 2/√6 ≈ .816, sim(A,C) = 1/√6 ≈ .408, sim(B,C) = 2/3, sim(C,D) = 1/√3 ≈ .577, AD = BD = 0
		// N(A) = {B .816, C .408} -> B 2/3, C 1/3
		// N(B) = {A .816, C .667} -> A .816/1.483, C .667/1.483
		// N(C) = {B .667, D .577} -> B .667/1.244, D .577/1.244 (A .408 is third and dropped)
		// N(D) = {C .577} -> C 1
		ItemKnn knn = fit(Fixtures.fourByFour(), new ItemKnnSettings(EVENTS, Similarity.COSINE, 0.2, 2, 0, true));
		double ab = 2 / Math.sqrt(6), ac = 1 / Math.sqrt(6), bc = 2 / 3.0, cd = 1 / Math.sqrt(3);
		float[] u3 = new float[4]; // history C, D: C votes for B and D, D votes for C
		knn.score(3, u3);
		assertEquals(0, u3[A], EPS); // A is not among C's two neighbours
		assertEquals(bc / (bc + cd), u3[B], EPS);
		assertEquals(1, u3[C], EPS);
		assertEquals(cd / (bc + cd), u3[D], EPS);
		// u3's votes add up to 1 per consumed item: 2 in all
		assertEquals(2, u3[A] + u3[B] + u3[C] + u3[D], EPS);
		float[] u2 = new float[4]; // history B, C
		knn.score(2, u2);
		assertEquals(ab / (ab + bc), u2[A], EPS);
		assertEquals(bc / (bc + cd), u2[B], EPS);
		assertEquals(bc / (ab + bc), u2[C], EPS);
		assertEquals(cd / (bc + cd), u2[D], EPS);
		assertEquals(ac / (ab + ac), 1 / 3.0, EPS); // (the fixture's A weights: B 2/3, C 1/3)
		float[] u0 = new float[4]; // history A, B
		knn.score(0, u0);
		assertEquals(ab / (ab + bc), u0[A], EPS);
		assertEquals(2 / 3.0, u0[B], EPS);
		assertEquals(1 / 3.0 + bc / (ab + bc), u0[C], EPS);
		assertEquals(0, u0[D], EPS);
	}

	@Test
	void eventWeightsTakeTheLargestPerViewerAndItem() {
		EventLogBuilder b = new EventLogBuilder();
		b.add("u0", null, "A", EventType.CLICK, 1, Float.NaN);
		b.add("u0", null, "A", EventType.PURCHASE, 2, 9f); // u0's value for A: max(1, 2) = 2
		b.add("u0", null, "B", EventType.CLICK, 3, Float.NaN);
		b.add("u1", null, "A", EventType.CLICK, 4, Float.NaN);
		b.add("u1", null, "B", EventType.CLICK, 5, Float.NaN);
		b.add("u1", null, "B", EventType.CLICK, 6, Float.NaN); // repeats do not add up
		b.add("u1", null, "C", EventType.WATCH, 7, Float.NaN); // not counted: C stays a cold item
		b.add("u2", null, "C", EventType.WATCH, 8, Float.NaN); // u2 is a cold viewer
		Dataset data = Dataset.of(b.build());
		ItemKnn knn = fit(data, new ItemKnnSettings("purchase:2,click", Similarity.COSINE, 0.2, 50, 0, false));
		// A = (2, 1), B = (1, 1) over (u0, u1)
		double sim = 3 / (Math.sqrt(5) * Math.sqrt(2));
		assertEquals(sim, knn.similarity(0, 1), EPS);
		float[] u0 = new float[3];
		knn.score(0, u0);
		assertArrayEquals(new float[] { (float) sim, (float) (2 * sim), 0 }, u0, EPS);
		float[] u2 = new float[] { 7, 7, 7 };
		knn.score(2, u2);
		assertArrayEquals(new float[3], u2);
		assertEquals(0, knn.neighbours(2).length);
	}

	@Test
	void recommendsWithinThePlantedCluster() {
		EventLog log = Fixtures.twoClusters(42);
		int[] heldOut = Fixtures.lastPurchaseOfEachViewer(log);
		EventLog train = log.filter(r -> Arrays.binarySearch(heldOut, r) < 0);
		ItemKnn knn = fit(Dataset.of(train), defaults());
		PlantedClusters.assertRecommendsWithinCluster(knn, log, train, heldOut);
	}

	private static ItemKnnSettings defaults() {
		return Settings.defaults(ItemKnnSettings.class);
	}

	@Test
	void sameResultsOnOneTwoOrFourThreads() {
		Dataset data = Fixtures.random(11, 600, 300, 20_000);
		float[][] one = Fixtures.allScores(fit(data, settings(1)), data.log());
		for (int threads : new int[] { 2, 4, 0 }) {
			float[][] many = Fixtures.allScores(fit(data, settings(threads)), data.log());
			for (int v = 0; v < one.length; v++) {
				assertArrayEquals(one[v], many[v], "threads " + threads + ", viewer " + v);
			}
		}
	}

	private static ItemKnnSettings settings(int threads) {
		return new ItemKnnSettings(EVENTS, Similarity.ASYMMETRIC_COSINE, 0.3, 20, 5, true, threads);
	}

	@Test
	void emptyTrainingLogScoresZeroEverywhere() {
		Dataset full = Fixtures.fourByFour();
		Dataset empty = full.withLog(full.log().select(new int[0]));
		ItemKnn knn = fit(empty, defaults());
		for (float[] row : Fixtures.allScores(knn, full.log())) {
			assertArrayEquals(new float[4], row);
		}
		assertArrayEquals(new int[] { A, B }, knn.recommend(0, 2, i -> true, new float[4]));
	}

	@Test
	void unfittedRecommenderScoresZero() {
		float[] s = { 1, 2, 3 };
		new ItemKnn(defaults()).score(0, s);
		assertArrayEquals(new float[3], s);
	}

	@Test
	void honoursCancellation() {
		ItemKnn knn = new ItemKnn(defaults());
		assertThrows(CancelledException.class, () -> knn.fit(Fixtures.fourByFour(), Fixtures.cancelled()));
	}
}
