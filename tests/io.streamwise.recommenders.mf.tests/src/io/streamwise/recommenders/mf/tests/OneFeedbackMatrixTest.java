package io.streamwise.recommenders.mf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.SettingsException;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.api.feedback.EventWeights;
import io.streamwise.api.feedback.InteractionMatrix;
import io.streamwise.api.feedback.Weighting;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.recommenders.content.TfIdfFactory;
import io.streamwise.recommenders.content.TfIdfRecommender;
import io.streamwise.recommenders.knn.ItemKnn;
import io.streamwise.recommenders.knn.ItemKnnFactory;
import io.streamwise.recommenders.knn.UserKnn;
import io.streamwise.recommenders.knn.UserKnnFactory;
import io.streamwise.recommenders.mf.als.Ials;
import io.streamwise.recommenders.mf.als.IalsFactory;
import io.streamwise.recommenders.mf.bpr.Bpr;
import io.streamwise.recommenders.mf.bpr.BprFactory;
import io.streamwise.recommenders.mf.ease.Ease;
import io.streamwise.recommenders.mf.ease.EaseFactory;

/**
 * Every built-in recommender reads its {@code events} setting with one grammar and learns from one matrix: the same
 * text is accepted or refused alike, with the same message, and gives the same matrix. Before, bpr, ials and ease
 * refused weights ({@code purchase:3}) that itemknn accepted.
 */
class OneFeedbackMatrixTest {

	/** Each recommender with the accessor of the matrix it fitted. */
	private static final Map<RecommenderFactory<?>, Function<Recommender, InteractionMatrix>> ALL = all();

	private static Map<RecommenderFactory<?>, Function<Recommender, InteractionMatrix>> all() {
		Map<RecommenderFactory<?>, Function<Recommender, InteractionMatrix>> m = new LinkedHashMap<>();
		m.put(new ItemKnnFactory(), r -> ((ItemKnn) r).interactions());
		m.put(new UserKnnFactory(), r -> ((UserKnn) r).interactions());
		m.put(new TfIdfFactory(), r -> ((TfIdfRecommender) r).interactions());
		m.put(new BprFactory(), r -> ((Bpr) r).interactions());
		m.put(new IalsFactory(), r -> ((Ials) r).interactions());
		m.put(new EaseFactory(), r -> ((Ease) r).interactions());
		return m;
	}

	/**
	 * Viewer a watches x, puts it in the cart twice and buys y; viewer b buys x and clicks y; viewer c only likes z.
	 * Items x, y, z.
	 */
	private static Dataset data() {
		EventLogBuilder b = new EventLogBuilder();
		long t = 1;
		b.add("a", null, "x", EventType.WATCH, t++, Float.NaN);
		b.add("a", null, "x", EventType.CART, t++, Float.NaN);
		b.add("a", null, "x", EventType.CART, t++, Float.NaN);
		b.add("a", null, "y", EventType.PURCHASE, t++, 10f);
		b.add("b", null, "x", EventType.PURCHASE, t++, 10f);
		b.add("b", null, "y", EventType.CLICK, t++, Float.NaN);
		b.add("c", null, "z", EventType.LIKE, t++, Float.NaN);
		return Dataset.of(b.build());
	}

	private static Recommender fitted(RecommenderFactory<?> f, Map<String, String> settings, Dataset data) {
		Recommender r = create(f, settings);
		r.fit(data, TaskContext.of(1));
		return r;
	}

	private static <S extends Record> Recommender create(RecommenderFactory<S> f, Map<String, String> settings) {
		return f.create(Settings.parse(f.settingsType(), settings));
	}

	@Test
	void weightedEventsAreAcceptedByEveryRecommenderAndGiveOneMatrix() {
		Dataset data = data();
		EventLog log = data.log();
		String events = "watch, cart:2 ,purchase:3";
		InteractionMatrix expected = InteractionMatrix.of(log, EventWeights.parse(events), Weighting.BINARY,
				ProgressMonitor.NULL);
		// by hand: a-x = max(watch 1, cart 2, cart 2) = 2, a-y = purchase 3, b-x = purchase 3; clicks and likes do not count
		int a = log.viewers().indexOf("a"), b = log.viewers().indexOf("b"), c = log.viewers().indexOf("c");
		int x = log.items().indexOf("x"), y = log.items().indexOf("y");
		assertEquals(2f, expected.value(a, x));
		assertEquals(3f, expected.value(a, y));
		assertEquals(3f, expected.value(b, x));
		assertEquals(0f, expected.value(b, y));
		assertEquals(3, expected.entries());
		assertTrue(!expected.hasHistory(c));
		for (Map.Entry<RecommenderFactory<?>, Function<Recommender, InteractionMatrix>> e : ALL.entrySet()) {
			String id = e.getKey().info().id();
			Recommender r = fitted(e.getKey(), Map.of("events", events), data);
			InteractionMatrix m = e.getValue().apply(r);
			assertNotNull(m, id);
			assertEquals(expected, m, id + " learns from another matrix");
		}
	}

	@Test
	void purchaseWithAWeightIsAcceptedByBprIalsEaseAndItemknnAlike() {
		for (RecommenderFactory<?> f : List.of(new BprFactory(), new IalsFactory(), new EaseFactory(),
				new ItemKnnFactory())) {
			Record s = Settings.parse(f.settingsType(), Map.of("events", "purchase:3"));
			assertEquals("purchase:3", Settings.format(s).get("events"), f.info().id());
		}
	}

	@Test
	void theWeightingSettingChangesOnlyTheValues() {
		Dataset data = data();
		InteractionMatrix counted = InteractionMatrix.of(data.log(), EventWeights.parse("watch,cart:2,purchase:3"),
				Weighting.COUNT, ProgressMonitor.NULL);
		int a = data.log().viewers().indexOf("a"), x = data.log().items().indexOf("x");
		assertEquals(1f + 2f + 2f, counted.value(a, x));
		for (RecommenderFactory<?> f : List.of(new IalsFactory(), new EaseFactory())) {
			Recommender r = fitted(f, Map.of("events", "watch,cart:2,purchase:3", "weighting", "COUNT"), data);
			assertEquals(counted, ALL.get(ALL.keySet().stream().filter(k -> k.info().id().equals(f.info().id()))
					.findFirst().orElseThrow()).apply(r), f.info().id());
		}
	}

	@Test
	void badEventListsFailAlikeInEveryRecommenderNamingTheSetting() {
		for (String bad : List.of("", "click,,cart", "click,", "view", "cart:0", "cart:-1", "cart:x", "cart,cart:2")) {
			List<String> messages = new ArrayList<>();
			for (RecommenderFactory<?> f : ALL.keySet()) {
				SettingsException e = assertThrows(SettingsException.class,
						() -> Settings.parse(f.settingsType(), Map.of("events", bad)), f.info().id() + " " + bad);
				assertEquals(Optional.of("events"), e.key(), f.info().id() + " " + bad);
				// the message after the settings type's name is the grammar's, word for word
				messages.add(e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
			}
			assertEquals(1, messages.stream().distinct().count(), bad + ": " + messages);
			assertTrue(messages.get(0).startsWith("setting 'events': "), messages.get(0));
		}
	}
}
