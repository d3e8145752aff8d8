package io.streamwise.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.Setting;
import io.streamwise.api.algorithm.SettingDescriptor;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.SettingsException;

class SettingsTest {

	enum Similarity {
		COSINE, JACCARD
	}

	record Knn(@Setting(label = "Neighbours", defaultValue = "50", min = 1, max = 10_000) int k,
			@Setting(label = "Shrinkage", defaultValue = "0.5", min = 0) double shrink,
			@Setting(label = "Normalise", defaultValue = "true") boolean normalise,
			@Setting(label = "Similarity", defaultValue = "COSINE") Similarity similarity,
			@Setting(label = "Name", defaultValue = "knn") String name) {
	}

	record Bad(int k) {
	}

	/** Persisted keys differ from the component names and the labels. */
	record Keyed(@Setting(key = "neighbours", label = "k", defaultValue = "5", min = 1) int k,
			@Setting(key = "events", label = "Events", defaultValue = "click") String interactions) {
		Keyed {
			if (interactions.contains(";")) {
				throw new SettingsException("events", "setting 'events': write commas, not semicolons");
			}
			if (k > 100 && interactions.equals("click")) {
				throw new IllegalArgumentException("more than 100 neighbours need more than clicks");
			}
		}
	}

	record SameKey(@Setting(key = "k", label = "A", defaultValue = "1") int a,
			@Setting(label = "B", defaultValue = "1") int k) {
	}

	@Test
	void defaultsComeFromTheAnnotations() {
		assertEquals(new Knn(50, 0.5, true, Similarity.COSINE, "knn"), Settings.defaults(Knn.class));
	}

	@Test
	void formatAndParseRoundTrip() {
		Knn s = new Knn(7, 2.25, false, Similarity.JACCARD, "x y");
		Map<String, String> text = Settings.format(s);
		assertEquals(List.of("k", "shrink", "normalise", "similarity", "name"), List.copyOf(text.keySet()));
		assertEquals("JACCARD", text.get("similarity"));
		assertEquals(s, Settings.parse(Knn.class, text));
	}

	@Test
	void describesEverySetting() {
		List<SettingDescriptor> d = Settings.describe(Knn.class);
		assertEquals(5, d.size());
		assertEquals("k", d.get(0).key());
		assertEquals(1.0, d.get(0).min());
		assertEquals(List.of("COSINE", "JACCARD"), d.get(3).choices());
	}

	@Test
	void errorsNameTheSetting() {
		SettingsException e = assertThrows(SettingsException.class, () -> Settings.parse(Knn.class, Map.of("k", "0")));
		assertTrue(e.getMessage().contains("'k'") && e.getMessage().contains("[1, 10000]"), e.getMessage());
		e = assertThrows(SettingsException.class, () -> Settings.parse(Knn.class, Map.of("shrink", "abc")));
		assertTrue(e.getMessage().contains("'shrink'"), e.getMessage());
		e = assertThrows(SettingsException.class, () -> Settings.parse(Knn.class, Map.of("normalise", "yes")));
		assertTrue(e.getMessage().contains("'normalise'"), e.getMessage());
		e = assertThrows(SettingsException.class, () -> Settings.parse(Knn.class, Map.of("similarity", "dice")));
		assertTrue(e.getMessage().contains("'similarity'"), e.getMessage());
		e = assertThrows(SettingsException.class, () -> Settings.parse(Knn.class, Map.of("neighbours", "3")));
		assertTrue(e.getMessage().contains("unknown setting 'neighbours'"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Settings.defaults(Bad.class));
	}

	@Test
	void errorsCarryTheKeyOfTheSettingAtFault() {
		assertEquals(java.util.Optional.of("k"),
				assertThrows(SettingsException.class, () -> Settings.parse(Knn.class, Map.of("k", "0"))).key());
		assertEquals(java.util.Optional.of("normalise"), assertThrows(SettingsException.class,
				() -> Settings.parse(Knn.class, Map.of("normalise", "yes"))).key());
		assertEquals(java.util.Optional.of("similarity"), assertThrows(SettingsException.class,
				() -> Settings.parse(Knn.class, Map.of("similarity", "dice"))).key());
		assertEquals(java.util.Optional.of("neighbours"), assertThrows(SettingsException.class,
				() -> Settings.parse(Knn.class, Map.of("neighbours", "3"))).key());
		// the record's own check: its key survives, and a check of no single setting has none
		SettingsException own = assertThrows(SettingsException.class,
				() -> Settings.parse(Keyed.class, Map.of("events", "click;cart")));
		assertEquals(java.util.Optional.of("events"), own.key());
		assertEquals("Keyed: setting 'events': write commas, not semicolons", own.getMessage());
		SettingsException combination = assertThrows(SettingsException.class,
				() -> Settings.parse(Keyed.class, Map.of("neighbours", "200")));
		assertTrue(combination.key().isEmpty());
		assertTrue(new SettingsException("whole").key().isEmpty());
	}

	@Test
	void filesAndFormsUseThePersistedKeyNotTheComponentOrLabel() {
		Keyed s = Settings.parse(Keyed.class, Map.of("neighbours", "7", "events", "cart"));
		assertEquals(new Keyed(7, "cart"), s);
		assertEquals(Map.of("neighbours", "7", "events", "cart"), Settings.format(s));
		assertEquals(List.of("neighbours", "events"),
				Settings.describe(Keyed.class).stream().map(SettingDescriptor::key).toList());
		assertEquals("k", Settings.describe(Keyed.class).get(0).label());
		SettingsException e = assertThrows(SettingsException.class,
				() -> Settings.parse(Keyed.class, Map.of("k", "7")));
		assertTrue(e.getMessage().contains("known settings: neighbours, events"), e.getMessage());
		IllegalArgumentException clash = assertThrows(IllegalArgumentException.class,
				() -> Settings.describe(SameKey.class));
		assertTrue(clash.getMessage().contains("two settings"), clash.getMessage());
	}

	@Test
	void deprecatedAlgorithmsNameTheirReplacement() {
		var info = new io.streamwise.api.algorithm.AlgorithmInfo("knn-old", "Old k-NN", "", "",
				io.streamwise.api.algorithm.AlgorithmKind.RECOMMENDER);
		assertTrue(!info.deprecated() && info.replacedBy().isEmpty() && info.deprecationNotice().isEmpty());
		var old = info.deprecatedFor("itemknn");
		assertTrue(old.deprecated());
		assertEquals("itemknn", old.replacedBy());
		assertEquals("algorithm 'knn-old' is deprecated; use 'itemknn' instead", old.deprecationNotice());
		assertThrows(IllegalArgumentException.class, () -> info.deprecatedFor("knn-old"));
		assertThrows(IllegalArgumentException.class, () -> info.deprecatedFor("Item KNN"));
		assertThrows(IllegalArgumentException.class, () -> new io.streamwise.api.algorithm.AlgorithmInfo("a", "A", "",
				"", io.streamwise.api.algorithm.AlgorithmKind.RECOMMENDER, false, "b"));
	}
}
