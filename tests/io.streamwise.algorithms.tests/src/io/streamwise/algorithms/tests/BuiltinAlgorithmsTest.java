package io.streamwise.algorithms.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.streamwise.algorithms.baseline.BaseRateFactory;
import io.streamwise.algorithms.baseline.RandomRecommenderFactory;
import io.streamwise.algorithms.popularity.MostPopular;
import io.streamwise.algorithms.popularity.MostPopularFactory;
import io.streamwise.algorithms.popularity.MostPopularSettings;
import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.api.data.FeatureSchema;
import io.streamwise.core.registry.AlgorithmRegistry;

class BuiltinAlgorithmsTest {

	@Test
	void mostPopularCountsDistinctViewersOfCountedTypes() {
		EventLogBuilder b = new EventLogBuilder();
		b.add("a", null, "x", EventType.CLICK, 1, Float.NaN);
		b.add("a", null, "x", EventType.CLICK, 2, Float.NaN); // same viewer again: counts once
		b.add("b", null, "y", EventType.PURCHASE, 3, 5f);
		b.add("c", null, "y", EventType.CART, 4, Float.NaN);
		b.add("d", null, "z", EventType.WATCH, 5, Float.NaN); // not counted by default
		Dataset data = Dataset.of(b.build());
		MostPopular distinct = new MostPopular(Settings.defaults(MostPopularSettings.class));
		distinct.fit(data, TaskContext.of(1));
		int x = data.log().items().indexOf("x"), y = data.log().items().indexOf("y"),
				z = data.log().items().indexOf("z");
		float[] pop = distinct.popularity();
		assertEquals(1f, pop[x]);
		assertEquals(2f, pop[y]);
		assertEquals(0f, pop[z]);
		assertArrayEquals(new int[] { y, x }, distinct.recommend(0, 2, i -> true, new float[3]));

		MostPopular events = new MostPopular(new MostPopularSettings("click", false));
		events.fit(data, TaskContext.of(1));
		assertEquals(2f, events.popularity()[x]);
		assertEquals(0f, events.popularity()[y]);
		assertThrows(IllegalArgumentException.class, () -> new MostPopularSettings("clicks", true));
	}

	@Test
	void randomRecommenderDependsOnSeedOnly() {
		var f = new RandomRecommenderFactory();
		Dataset data = Dataset.of(new EventLogBuilder().add("a", null, "x", EventType.CLICK, 1, 1f).build());
		Recommender r1 = f.create(f.defaultSettings()), r2 = f.create(f.defaultSettings()),
				r3 = f.create(f.defaultSettings());
		r1.fit(data, TaskContext.of(5));
		r2.fit(data, TaskContext.of(5));
		r3.fit(data, TaskContext.of(6));
		float[] a = new float[50], b = new float[50], c = new float[50];
		r1.score(3, a);
		r2.score(3, b);
		r3.score(3, c);
		assertArrayEquals(a, b);
		assertNotEquals(Arrays.toString(a), Arrays.toString(c));
	}

	@Test
	void baseRateIsLaplaceSmoothed() {
		var f = new BaseRateFactory();
		ConversionModel m = f.create(f.defaultSettings());
		m.initialise(new FeatureSchema("t", List.of()), TaskContext.of(1));
		assertEquals(0.5, m.predict(new double[0]));
		m.learn(new double[0], true);
		m.learn(new double[0], false);
		m.learn(new double[0], false);
		assertEquals(2 / 5.0, m.predict(new double[0]), 1e-12);
	}

	@Test
	void builtinsAreDeclarativeServicesFoundByTheRegistry() throws Exception {
		BundleContext ctx = FrameworkUtil.getBundle(AlgorithmRegistry.class).getBundleContext();
		if (ctx == null) { // lazy bundle not yet started: start it so that its component becomes available
			FrameworkUtil.getBundle(AlgorithmRegistry.class).start();
			ctx = FrameworkUtil.getBundle(AlgorithmRegistry.class).getBundleContext();
		}
		FrameworkUtil.getBundle(MostPopularFactory.class).start();
		ServiceTracker<AlgorithmRegistry, AlgorithmRegistry> tracker = new ServiceTracker<>(ctx,
				AlgorithmRegistry.class, null);
		tracker.open();
		try {
			AlgorithmRegistry registry = tracker.waitForService(10_000);
			assertNotNull(registry, "AlgorithmRegistry service");
			List<String> ids = registry.all().stream().map(f -> f.info().id()).toList();
			assertTrue(ids.containsAll(List.of("base-rate", "pop", "random")), ids.toString());
			assertEquals(Map.of("countedEvents", "click,cart,purchase,rate", "distinctViewers", "true"),
					Settings.format(registry.get("pop").defaultSettings()));
		} finally {
			tracker.close();
		}
	}
}
