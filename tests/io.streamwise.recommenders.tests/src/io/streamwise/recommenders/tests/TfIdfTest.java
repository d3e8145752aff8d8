package io.streamwise.recommenders.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.api.data.ItemCatalog;
import io.streamwise.api.progress.CancelledException;
import io.streamwise.recommenders.content.TextTokens;
import io.streamwise.recommenders.content.TfIdfRecommender;
import io.streamwise.recommenders.content.TfIdfSettings;

class TfIdfTest {

	private static final float EPS = 1e-6f;
	private static final int YOGA_BASICS = 0, BREAD = 1, YOGA_MAT = 2;

	/**
	 * Three items: "Yoga Basics" (tag yoga, fitness, course), "Bread baking" (tag baking, cooking, course) and "Yoga
	 * mat" (no tag, fitness, goods). Viewer x bought the yoga course, y the bread course; nobody touched the mat, and
	 * z only watched.
	 */
	private static Dataset threeItems() {
		EventLogBuilder b = new EventLogBuilder();
		for (String item : new String[] { "yoga-basics", "bread", "yoga-mat" }) {
			b.item(item);
		}
		b.add("x", null, "yoga-basics", EventType.PURCHASE, 1, 30f);
		b.add("y", null, "bread", EventType.PURCHASE, 2, 20f);
		b.add("z", null, "bread", EventType.WATCH, 3, Float.NaN);
		EventLog log = b.build();
		ItemCatalog catalog = new ItemCatalog(log.items(), new float[] { 30, 20, 15 },
				new String[] { "Yoga Basics", "Bread baking", "Yoga mat" },
				new String[] { "course", "course", "goods" },
				new String[] { "fitness", "cooking", "fitness" },
				new String[][] { { "yoga" }, { "baking" }, {} });
		return new Dataset(log, catalog);
	}

	private static TfIdfRecommender fit(Dataset data, TfIdfSettings settings) {
		TfIdfRecommender rec = new TfIdfRecommender(settings);
		rec.fit(data, TaskContext.of(1));
		return rec;
	}

	private static TfIdfSettings defaults() {
		return Settings.defaults(TfIdfSettings.class);
	}

	@Test
	void tokensAreLowerCaseRunsOfLettersAndDigits() {
		assertEquals(List.of("yoga", "basics", "30", "days"), TextTokens.of("Yoga-Basics: 30 DAYS!", 2));
		assertEquals(List.of("cd", "cd"), TextTokens.of("a b cd, x CD", 2));
		assertEquals(List.of("café", "über", "straße"), TextTokens.of("Café/Über straße", 2));
		assertEquals(List.of("abc"), TextTokens.of("ab abc", 3));
		assertEquals(List.of(), TextTokens.of("", 1));
	}

	@Test
	void unitTfIdfVectorsByHand() {
		TfIdfRecommender rec = fit(threeItems(), defaults());
		double common = Math.log(3 / 2.0), rare = Math.log(3); // idf of terms in two items, in one item
		// "Yoga Basics": yoga twice (title and tag), basics, fitness, course
		double norm = Math.sqrt(4 * common * common + rare * rare + 2 * common * common);
		Map<String, Float> v = rec.vector(YOGA_BASICS);
		assertEquals(Set.of("yoga", "basics", "fitness", "course"), v.keySet());
		assertEquals(2 * common / norm, v.get("yoga"), EPS);
		assertEquals(rare / norm, v.get("basics"), EPS);
		assertEquals(common / norm, v.get("fitness"), EPS);
		assertEquals(common / norm, v.get("course"), EPS);
	}

	@Test
	void scoresAreCosinesWithTheProfileAndReachColdItems() {
		TfIdfRecommender rec = fit(threeItems(), defaults());
		double common = Math.log(3 / 2.0), rare = Math.log(3);
		double normBasics = Math.sqrt(6 * common * common + rare * rare);
		double normBread = Math.sqrt(6 * rare * rare + common * common); // bread, baking x2, cooking; course
		double normMat = Math.sqrt(2 * common * common + 2 * rare * rare); // yoga, fitness; mat, goods
		float[] x = new float[3];
		rec.score(0, x);
		assertEquals(1.0, x[YOGA_BASICS], EPS);
		assertEquals(common * common / (normBasics * normBread), x[BREAD], EPS); // only "course" shared
		assertEquals(3 * common * common / (normBasics * normMat), x[YOGA_MAT], EPS); // yoga (2·1) + fitness
		// the mat has no interaction at all, yet is x's best new item
		assertArrayEquals(new int[] { YOGA_MAT, BREAD }, rec.recommend(0, 2, i -> i != YOGA_BASICS, x));
		float[] y = new float[3];
		rec.score(1, y);
		assertEquals(0f, y[YOGA_MAT]); // nothing in common with bread
	}

	@Test
	void eventWeightsShiftTheProfile() {
		// w bought a yoga course and clicked a bread course; candidates: a yoga mat and a bread tin
		EventLogBuilder b = new EventLogBuilder();
		for (String item : new String[] { "yoga-course", "bread-course", "yoga-mat", "bread-tin" }) {
			b.item(item);
		}
		b.add("w", null, "yoga-course", EventType.PURCHASE, 1, 30f);
		b.add("w", null, "bread-course", EventType.CLICK, 2, Float.NaN);
		EventLog log = b.build();
		ItemCatalog catalog = new ItemCatalog(log.items(), new float[4],
				new String[] { "Yoga for beginners", "Bread for beginners", "Yoga mat", "Bread tin" },
				new String[] { "course", "course", "goods", "goods" },
				new String[] { "fitness", "cooking", "fitness", "cooking" },
				new String[][] { {}, {}, {}, {} });
		Dataset data = new Dataset(log, catalog);
		int mat = 2, tin = 3;
		float[] s = new float[4];
		assertEquals(mat, fit(data, new TfIdfSettings("purchase:5,click", "title,tags,category,kind", 2))
				.recommend(0, 1, i -> i >= mat, s)[0]);
		assertEquals(tin, fit(data, new TfIdfSettings("purchase,click:5", "title,tags,category,kind", 2))
				.recommend(0, 1, i -> i >= mat, s)[0]);
	}

	@Test
	void fieldsChooseTheDocument() {
		TfIdfRecommender titles = fit(threeItems(), new TfIdfSettings("purchase", "title", 2));
		assertEquals(Set.of("yoga", "basics"), titles.vector(YOGA_BASICS).keySet());
		TfIdfRecommender kinds = fit(threeItems(), new TfIdfSettings("purchase", "kind", 2));
		assertEquals(Map.of("course", 1f), kinds.vector(YOGA_BASICS));
		assertEquals(Set.of("goods"), kinds.vector(YOGA_MAT).keySet());
	}

	@Test
	void coldViewersItemsWithoutTextAndEmptyLogsScoreZero() {
		Dataset data = threeItems();
		TfIdfRecommender rec = fit(data, defaults());
		float[] z = { 1, 1, 1 };
		rec.score(2, z); // z only watched
		assertArrayEquals(new float[3], z);

		TfIdfRecommender noText = fit(Dataset.of(data.log()), defaults());
		float[] x = { 1, 1, 1 };
		noText.score(0, x);
		assertArrayEquals(new float[3], x);

		TfIdfRecommender empty = fit(data.withLog(data.log().select(new int[0])), defaults());
		for (float[] row : Fixtures.allScores(empty, data.log())) {
			assertArrayEquals(new float[3], row);
		}
	}

	@Test
	void deterministic() {
		Dataset data = threeItems();
		assertArrayEquals(Fixtures.allScores(fit(data, defaults()), data.log()),
				Fixtures.allScores(fit(data, defaults()), data.log()));
	}

	@Test
	void honoursCancellation() {
		TfIdfRecommender rec = new TfIdfRecommender(defaults());
		assertThrows(CancelledException.class, () -> rec.fit(threeItems(), Fixtures.cancelled()));
	}
}
