package io.streamwise.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.SettingDescriptor;
import io.streamwise.api.algorithm.Setting;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.SettingsException;

class SettingsTest {

	enum Similarity { COSINE, JACCARD }

	record Knn(@Setting(label = "Neighbours", defaultValue = "50", min = 1, max = 10_000) int k,
			@Setting(label = "Shrinkage", defaultValue = "0.5", min = 0) double shrink,
			@Setting(label = "Normalise", defaultValue = "true") boolean normalise,
			@Setting(label = "Similarity", defaultValue = "COSINE") Similarity similarity,
			@Setting(label = "Name", defaultValue = "knn") String name) {
	}

	record Bad(int k) {
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
}
