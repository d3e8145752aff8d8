package io.streamwise.recommenders.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.SettingDescriptor;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.SettingsException;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.recommenders.content.TfIdfFactory;
import io.streamwise.recommenders.content.TfIdfSettings;
import io.streamwise.recommenders.knn.ItemKnnFactory;
import io.streamwise.recommenders.knn.ItemKnnSettings;
import io.streamwise.recommenders.knn.UserKnnFactory;
import io.streamwise.recommenders.knn.UserKnnSettings;

class RegistrationTest {

	private static final List<AlgorithmFactory<?>> FACTORIES = List.of(new ItemKnnFactory(), new UserKnnFactory(),
			new TfIdfFactory());

	@Test
	void describedAlgorithmsWithReferences() {
		for (AlgorithmFactory<?> f : FACTORIES) {
			assertEquals(AlgorithmKind.RECOMMENDER, f.info().kind());
			assertFalse(f.info().description().isBlank(), f.info().id());
			assertFalse(f.info().reference().isBlank(), f.info().id());
			for (SettingDescriptor d : Settings.describe(f.settingsType())) {
				assertFalse(d.description().isBlank(), f.info().id() + "." + d.key());
			}
		}
	}

	@Test
	void defaultsAreAsDocumented() {
		assertEquals(Map.of("events", "purchase,cart,click,rate", "similarity", "COSINE", "alpha", "0.2",
				"neighbours", "50", "shrinkage", "10.0", "normalise", "false", "threads", "0"),
				Settings.format(Settings.defaults(ItemKnnSettings.class)));
		assertEquals(
				Map.of("events", "purchase,cart,click,rate", "neighbours", "50", "shrinkage", "10.0", "threads", "0"),
				Settings.format(Settings.defaults(UserKnnSettings.class)));
		assertEquals(Map.of("events", "purchase,cart,click,rate", "fields", "title,tags,category,kind",
				"minTokenLength", "2"), Settings.format(Settings.defaults(TfIdfSettings.class)));
	}

	@Test
	void settingsRoundTripThroughText() {
		List<Record> settings = List.of(
				new ItemKnnSettings("purchase:3,cart:1.5,click", ItemKnnSettings.Similarity.ASYMMETRIC_COSINE, 0.35, 7,
						2.5, true, 3),
				new UserKnnSettings("rate,purchase:2", 12, 0, 2), new TfIdfSettings("purchase", "tags,title", 3));
		for (Record s : settings) {
			@SuppressWarnings("unchecked")
			Class<Record> type = (Class<Record>) s.getClass();
			assertEquals(s, Settings.parse(type, Settings.format(s)));
			Record d = Settings.defaults(type);
			assertEquals(d, Settings.parse(type, Settings.format(d)));
		}
		assertEquals(ItemKnnSettings.Similarity.ASYMMETRIC_COSINE,
				Settings.parse(ItemKnnSettings.class, Map.of("similarity", "asymmetric_cosine")).similarity());
	}

	@Test
	void invalidSettingsNameTheProblem() {
		SettingsException e = assertThrows(SettingsException.class,
				() -> Settings.parse(ItemKnnSettings.class, Map.of("events", "purchase,clicks")));
		assertTrue(e.getMessage().contains("clicks"), e.getMessage());
		assertThrows(SettingsException.class,
				() -> Settings.parse(ItemKnnSettings.class, Map.of("events", "purchase:0")));
		assertThrows(SettingsException.class,
				() -> Settings.parse(ItemKnnSettings.class, Map.of("events", "purchase:x")));
		assertThrows(SettingsException.class,
				() -> Settings.parse(ItemKnnSettings.class, Map.of("events", "purchase:1e9")));
		assertThrows(SettingsException.class,
				() -> Settings.parse(ItemKnnSettings.class, Map.of("events", "click,click:2")));
		assertThrows(SettingsException.class, () -> Settings.parse(ItemKnnSettings.class, Map.of("events", " ")));
		assertThrows(SettingsException.class, () -> Settings.parse(ItemKnnSettings.class, Map.of("neighbours", "0")));
		assertThrows(SettingsException.class, () -> Settings.parse(ItemKnnSettings.class, Map.of("alpha", "1.5")));
		assertThrows(SettingsException.class,
				() -> Settings.parse(ItemKnnSettings.class, Map.of("similarity", "jaccard")));
		assertThrows(SettingsException.class, () -> Settings.parse(UserKnnSettings.class, Map.of("shrinkage", "-1")));
		assertThrows(SettingsException.class,
				() -> Settings.parse(TfIdfSettings.class, Map.of("fields", "title,price")));
		assertThrows(SettingsException.class, () -> Settings.parse(TfIdfSettings.class, Map.of("minTokenLength", "0")));
	}

	@Test
	void factoriesAreDeclarativeServicesFoundByTheRegistry() throws Exception {
		BundleContext ctx = FrameworkUtil.getBundle(AlgorithmRegistry.class).getBundleContext();
		if (ctx == null) { // lazy bundle not yet started: start it so that its component becomes available
			FrameworkUtil.getBundle(AlgorithmRegistry.class).start();
			ctx = FrameworkUtil.getBundle(AlgorithmRegistry.class).getBundleContext();
		}
		FrameworkUtil.getBundle(ItemKnnFactory.class).start();
		ServiceTracker<AlgorithmRegistry, AlgorithmRegistry> tracker = new ServiceTracker<>(ctx,
				AlgorithmRegistry.class, null);
		tracker.open();
		try {
			AlgorithmRegistry registry = tracker.waitForService(10_000);
			assertNotNull(registry, "AlgorithmRegistry service");
			List<String> ids = registry.all().stream().map(f -> f.info().id()).toList();
			assertTrue(ids.containsAll(List.of("itemknn", "userknn", "content-tfidf")), ids.toString());
			assertEquals(ItemKnnSettings.class, registry.get("itemknn").settingsType());
			assertTrue(registry.conflicts().isEmpty(), registry.conflicts().toString());
		} finally {
			tracker.close();
		}
	}
}
