package io.streamwise.core.tests.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.streamwise.core.experiment.Metric;
import io.streamwise.core.results.MetricVocabulary;
import io.streamwise.core.results.MetricVocabulary.Direction;

class MetricVocabularyTest {

	@Test
	void everyMetricAnExperimentWritesIsInTheVocabulary() {
		List<String> written = new ArrayList<>();
		Metric.RANKING.forEach(m -> written.add(m + "@10"));
		Metric.AGGREGATE.forEach(m -> written.add(m + "@10"));
		written.add(Metric.RANK_AUC);
		written.addAll(Metric.CONVERSION);
		for (String name : written) {
			assertEquals(name, MetricVocabulary.canonical(name), "written under its own name");
		}
	}

	@Test
	void logLossHasOneSpellingAndIsLowerIsBetterOnBothSides() {
		assertEquals("logloss", MetricVocabulary.canonical("log_loss"), "the spelling of prequential files before v2");
		assertEquals(MetricVocabulary.LOGLOSS, MetricVocabulary.of("log_loss"));
		assertEquals(Direction.LOWER, MetricVocabulary.directionOf("log_loss"));
		assertEquals(Direction.LOWER, MetricVocabulary.directionOf("logloss"));
		assertFalse(Metric.parse("logloss").higherIsBetter());
	}

	@Test
	void directionsFollowTheDefinitions() {
		for (String lower : List.of("logloss", "brier", "gini@10", "avgpop@20")) {
			assertEquals(Direction.LOWER, MetricVocabulary.directionOf(lower), lower);
			assertFalse(Metric.parse(lower).higherIsBetter(), lower);
		}
		for (String higher : List.of("ndcg@10", "hitrate@5", "auc", "rankauc", "kappa_m", "f1", "accuracy")) {
			assertEquals(Direction.HIGHER, MetricVocabulary.directionOf(higher), higher);
		}
		assertEquals(Direction.NONE, MetricVocabulary.directionOf("instances"), "a count, not a quality");
		assertTrue(Direction.LOWER.better(0.78, 0.87));
		assertFalse(Direction.HIGHER.better(0.78, 0.87));
		assertFalse(Direction.NONE.better(2, 1));
	}

	@Test
	void rankingMetricsTakeAListLengthAndClassificationPrecisionDoesNot() {
		assertEquals(MetricVocabulary.PRECISION_AT_K, MetricVocabulary.of("precision@10"));
		assertEquals(MetricVocabulary.PRECISION, MetricVocabulary.of("precision"), "of the positive class (stream)");
		assertEquals("hit@5", MetricVocabulary.canonical("HitRate@5"));
		assertEquals("nDCG@10", MetricVocabulary.displayName("ndcg@10"));
		assertEquals("Log loss", MetricVocabulary.displayName("log_loss"));
	}

	@Test
	void unknownNamesAreAnErrorNamingThem() {
		for (String unknown : List.of("briar", "ndcg", "auc@10", "ndcg@0", "ndcg@x", "")) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> MetricVocabulary.of(unknown), unknown);
			assertTrue(e.getMessage().contains("'" + unknown + "'"), e.getMessage());
		}
	}
}
