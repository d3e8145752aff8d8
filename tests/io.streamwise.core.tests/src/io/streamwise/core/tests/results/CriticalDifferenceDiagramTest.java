package io.streamwise.core.tests.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.streamwise.core.results.CriticalDifferenceDiagram;
import io.streamwise.core.results.CriticalDifferenceDiagram.Group;
import io.streamwise.core.results.CriticalDifferenceDiagram.Rank;
import io.streamwise.core.results.ExperimentResults;
import io.streamwise.core.results.ExperimentResults.Significance;
import io.streamwise.core.significance.Friedman;

class CriticalDifferenceDiagramTest {

	/**
	 * Demšar (2006), section 3.2.2: four algorithms over 14 data sets, CD = 2.569 √(4·5 / (6·14)) = 1.25; and for
	 * k = 3, N = 10: 2.343 √(3·4 / 60) = 1.048.
	 */
	@Test
	void criticalDifferenceMatchesDemsarsTable() {
		double[][] fourByFourteen = new double[14][];
		for (int i = 0; i < 14; i++) {
			fourByFourteen[i] = new double[] { 0.9 - i * 0.01, 0.8, 0.7 + (i % 2) * 0.2, 0.1 };
		}
		assertEquals(1.25, Friedman.test(fourByFourteen, true).criticalDifference(), 0.005);
		assertEquals(2.569 * Math.sqrt(20.0 / 84), Friedman.test(fourByFourteen, true).criticalDifference(), 1e-12);
		double[][] threeByTen = new double[10][];
		for (int i = 0; i < 10; i++) {
			threeByTen[i] = new double[] { 3, 2, 1 };
		}
		assertEquals(1.048, Friedman.test(threeByTen, true).criticalDifference(), 0.0005);
	}

	@Test
	void groupsJoinAlgorithmsWithinOneCriticalDifference() {
		// ranks 1.2, 1.9, 2.9, 4.0 with CD 1.25: {a, b} (0.7), {b, c} (1.0); c-d 1.1 < 1.25 gives {c, d}; a-c 1.7 no
		CriticalDifferenceDiagram d = CriticalDifferenceDiagram.of("ndcg@10", 14, 1.25, 0.001,
				List.of(new Rank("d", 4.0), new Rank("b", 1.9), new Rank("a", 1.2), new Rank("c", 2.9)));
		assertEquals(List.of("a", "b", "c", "d"), d.ranks().stream().map(Rank::algorithm).toList());
		assertEquals(List.of(new Group(0, 1), new Group(1, 2), new Group(2, 3)), d.groups());
		// a wide CD joins everything into one group, and its sub-runs add nothing
		assertEquals(List.of(new Group(0, 3)),
				CriticalDifferenceDiagram.of("m", 14, 5, 0.5, d.ranks()).groups());
		// all told apart: no group
		assertEquals(List.of(), CriticalDifferenceDiagram.of("m", 14, 0.5, 0.5, d.ranks()).groups());
	}

	@Test
	void readsTheFriedmanRowsOfResults() {
		List<Significance> rows = new ArrayList<>();
		rows.add(new Significance("friedman", "ndcg@10", "", "", 5, Double.NaN, 8.4, 0.015, Double.NaN, "nemenyi-cd",
				1.4818));
		rows.add(new Significance("friedman-rank", "ndcg@10", "pop", "", 5, Double.NaN, 1.0, Double.NaN, Double.NaN,
				"", Double.NaN));
		rows.add(new Significance("friedman-rank", "ndcg@10", "random", "", 5, Double.NaN, 3.0, Double.NaN,
				Double.NaN, "", Double.NaN));
		rows.add(new Significance("friedman-rank", "ndcg@10", "itemknn", "", 5, Double.NaN, 2.0, Double.NaN,
				Double.NaN, "", Double.NaN));
		rows.add(new Significance("paired-t", "ndcg@10", "pop", "random", 100, 0.1, 3, 0.01, 0.02, "cohen-d", 0.3));
		ExperimentResults r = ExperimentResults.of(null, null, List.of(), List.of(), rows, List.of(), List.of(),
				List.of(), List.of());
		assertEquals(List.of("ndcg@10"), CriticalDifferenceDiagram.metrics(r));
		CriticalDifferenceDiagram d = CriticalDifferenceDiagram.of(r, "ndcg@10").orElseThrow();
		assertEquals(5, d.blocks());
		assertEquals(1.4818, d.criticalDifference());
		assertEquals(List.of("pop", "itemknn", "random"), d.ranks().stream().map(Rank::algorithm).toList());
		assertEquals(List.of(new Group(0, 1), new Group(1, 2)), d.groups());
		assertTrue(CriticalDifferenceDiagram.of(r, "recall@10").isEmpty());
		assertTrue(CriticalDifferenceDiagram.of(r, "ndcg@10").map(x -> x.friedmanP() == 0.015).orElse(false));
	}
}
