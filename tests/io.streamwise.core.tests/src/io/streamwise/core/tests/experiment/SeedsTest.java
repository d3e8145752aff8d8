package io.streamwise.core.tests.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.streamwise.core.experiment.Seeds;

class SeedsTest {

	@Test
	void aRenamedSettingKeyKeepsTheCellSeed() {
		// BPR's regUser became regViewer: the same configuration must draw the same numbers under either name
		long before = Seeds.cell(7, 2, "bpr", Map.of("epochs", "5", "regUser", "0.01"));
		long after = Seeds.cell(7, 2, "bpr", Map.of("epochs", "5", "regViewer", "0.01"));
		assertEquals(before, after);
		// other algorithms and other values still draw differently
		assertNotEquals(after, Seeds.cell(7, 2, "bpr", Map.of("epochs", "5", "regViewer", "0.02")));
		assertNotEquals(Seeds.cell(7, 2, "other", Map.of("regUser", "0.01")),
				Seeds.cell(7, 2, "other", Map.of("regViewer", "0.01")));
	}

	@Test
	void theThreadCountIsNotPartOfTheCellSeed() {
		// iALS and BPR give the same bits on any number of threads; the seed must not make them differ
		long one = Seeds.cell(7, 2, "ials", Map.of("factors", "16", "threads", "1"));
		assertEquals(one, Seeds.cell(7, 2, "ials", Map.of("factors", "16", "threads", "2")));
		assertEquals(one, Seeds.cell(7, 2, "ials", Map.of("factors", "16", "threads", "0")));
		assertNotEquals(one, Seeds.cell(7, 2, "ials", Map.of("factors", "32", "threads", "1")));
	}
}
