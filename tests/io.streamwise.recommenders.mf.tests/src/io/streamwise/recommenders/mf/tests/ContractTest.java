package io.streamwise.recommenders.mf.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.SettingsException;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.recommenders.mf.als.Ials;
import io.streamwise.recommenders.mf.als.IalsFactory;
import io.streamwise.recommenders.mf.als.IalsSettings;
import io.streamwise.recommenders.mf.bpr.Bpr;
import io.streamwise.recommenders.mf.bpr.BprFactory;
import io.streamwise.recommenders.mf.bpr.BprSettings;
import io.streamwise.recommenders.mf.ease.Ease;
import io.streamwise.recommenders.mf.ease.EaseFactory;
import io.streamwise.recommenders.mf.ease.EaseSettings;

/** What every recommender owes the experiment runner: cold viewers, empty data, cancellation, settings, services. */
class ContractTest {

	private static final Planted DATA = new Planted(2, 15, 6, 3, 5);

	private static List<RecommenderFactory<?>> factories() {
		return List.of(new BprFactory(), new IalsFactory(), new EaseFactory());
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Recommender small(RecommenderFactory<?> f) {
		Map<String, String> s = switch (f.info().id()) {
		case "bpr" -> Map.of("factors", "4", "epochs", "3");
		case "ials" -> Map.of("factors", "4", "iterations", "3");
		default -> Map.of("lambda", "5");
		};
		return ((RecommenderFactory) f).create(Settings.parse(f.settingsType(), s));
	}

	@Test
	void coldViewersGetPopularityAndFiniteScores() {
		int items = DATA.data.log().items().size();
		float[] popularity = new float[items];
		for (int u = 0; u < DATA.users(); u++) {
			DATA.seen[u].stream().forEach(i -> popularity[i]++);
		}
		for (RecommenderFactory<?> f : factories()) {
			Recommender rec = small(f);
			rec.fit(DATA.data, TaskContext.of(1));
			float[] scores = new float[items];
			rec.score(DATA.cold, scores);
			assertArrayEquals(popularity, scores, f.info().id());
			rec.score(DATA.users() + 100, scores); // an index beyond the training dictionary
			assertArrayEquals(popularity, scores, f.info().id());
			for (int u = 0; u < DATA.users(); u++) {
				rec.score(u, scores);
				for (float s : scores) {
					assertTrue(Float.isFinite(s), f.info().id() + " viewer " + u);
				}
			}
		}
	}

	@Test
	void dataWithoutCountedEventsOrWithoutEventsFitsAndScores() {
		Dataset watchOnly = Dataset.of(new EventLogBuilder().add("a", null, "x", EventType.WATCH, 1, Float.NaN)
				.add("b", null, "y", EventType.WATCH, 2, Float.NaN).build());
		Dataset empty = Dataset.of(new EventLogBuilder().build());
		for (RecommenderFactory<?> f : factories()) {
			Recommender rec = small(f);
			rec.fit(watchOnly, TaskContext.of(1));
			float[] scores = new float[2];
			rec.score(0, scores);
			assertArrayEquals(new float[2], scores, f.info().id());
			assertArrayEquals(new int[] { 0, 1 }, rec.recommend(1, 5, i -> true, scores), f.info().id());

			Recommender none = small(f);
			none.fit(empty, TaskContext.of(1));
			assertArrayEquals(new int[0], none.recommend(0, 5, i -> true, new float[0]), f.info().id());
		}
	}

	/** Cancels as soon as the model reports its first unit of progress: training must stop with CancelledException. */
	@Test
	void cancellationStopsTraining() {
		List<Recommender> recs = List.of(
				new Bpr(Settings.parse(BprSettings.class, Map.of("epochs", "50", "factors", "4"))),
				new Bpr(Settings.parse(BprSettings.class,
						Map.of("epochs", "50", "factors", "4", "blocks", "2", "threads", "2"))),
				new Ials(
						Settings.parse(IalsSettings.class, Map.of("iterations", "50", "factors", "4", "threads", "2"))),
				new Ease(Settings.parse(EaseSettings.class, Map.of())));
		for (Recommender rec : recs) {
			AtomicInteger worked = new AtomicInteger();
			ProgressMonitor cancelAfterFirstStep = new ProgressMonitor() {
				@Override
				public void begin(String task, long totalWork) {
					// nothing to check
				}

				@Override
				public void worked(long work) {
					worked.incrementAndGet();
				}

				@Override
				public boolean isCancelled() {
					return worked.get() > 0;
				}
			};
			assertThrows(CancelledException.class, () -> rec.fit(DATA.data, new TaskContext(1, cancelAfterFirstStep)),
					rec.getClass().getSimpleName());
			assertEquals(1, worked.get(), rec.getClass().getSimpleName() + " must stop at the next check");
		}
	}

	@Test
	void settingsRoundTripAndValidation() {
		for (RecommenderFactory<?> f : factories()) {
			Record defaults = f.defaultSettings();
			assertEquals(defaults, Settings.parse(f.settingsType(), Settings.format(defaults)), f.info().id());
		}
		BprSettings bpr = Settings.parse(BprSettings.class,
				Map.of("factors", "16", "learningRate", "0.01", "blocks", "4"));
		assertEquals(bpr, Settings.parse(BprSettings.class, Settings.format(bpr)));
		assertEquals("32", Settings.format(new BprFactory().defaultSettings()).get("factors"));
		assertEquals("30", Settings.format(new BprFactory().defaultSettings()).get("epochs"));
		assertEquals("purchase,cart,click,rate", Settings.format(new IalsFactory().defaultSettings()).get("events"));
		assertEquals("CHOLESKY", Settings.format(new IalsFactory().defaultSettings()).get("solver"));
		assertEquals("20000", Settings.format(new EaseFactory().defaultSettings()).get("maxItems"));
		assertThrows(SettingsException.class, () -> Settings.parse(BprSettings.class, Map.of("events", "clicks")));
		assertThrows(SettingsException.class, () -> Settings.parse(IalsSettings.class, Map.of("solver", "LU")));
		assertThrows(SettingsException.class, () -> Settings.parse(IalsSettings.class, Map.of("threads", "0")));
		assertThrows(SettingsException.class, () -> Settings.parse(EaseSettings.class, Map.of("lambda", "-1")));
	}

	@Test
	void easeRefusesMoreItemsThanItsMaximum() {
		Ease ease = new Ease(Settings.parse(EaseSettings.class, Map.of("maxItems", "5")));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> ease.fit(DATA.data, TaskContext.of(1)));
		assertTrue(e.getMessage().contains("maxItems = 5"), e.getMessage());
	}

	@Test
	void bprDivergenceFailsWithAMessageInsteadOfScoringNaN() {
		Bpr bpr = new Bpr(Settings.parse(BprSettings.class, Map.of("learningRate", "10", "initStd", "10",
				"regViewer", "0", "regPositive", "0", "regNegative", "0", "epochs", "200", "itemBias", "false")));
		IllegalStateException e = assertThrows(IllegalStateException.class,
				() -> bpr.fit(DATA.data, TaskContext.of(1)));
		assertTrue(e.getMessage().contains("BPR diverged"), e.getMessage());
	}

	@Test
	void factoriesAreDeclarativeServicesFoundByTheRegistry() throws Exception {
		BundleContext ctx = FrameworkUtil.getBundle(AlgorithmRegistry.class).getBundleContext();
		if (ctx == null) { // lazy bundle not yet started: start it so that its component becomes available
			FrameworkUtil.getBundle(AlgorithmRegistry.class).start();
			ctx = FrameworkUtil.getBundle(AlgorithmRegistry.class).getBundleContext();
		}
		FrameworkUtil.getBundle(BprFactory.class).start();
		ServiceTracker<AlgorithmRegistry, AlgorithmRegistry> tracker = new ServiceTracker<>(ctx,
				AlgorithmRegistry.class, null);
		tracker.open();
		try {
			AlgorithmRegistry registry = tracker.waitForService(10_000);
			assertNotNull(registry, "AlgorithmRegistry service");
			List<String> ids = registry.all().stream().map(f -> f.info().id()).toList();
			assertTrue(ids.containsAll(List.of("bpr", "ials", "ease")), ids.toString());
			assertEquals(IalsSettings.class, registry.get("ials").settingsType());
		} finally {
			tracker.close();
		}
	}
}
