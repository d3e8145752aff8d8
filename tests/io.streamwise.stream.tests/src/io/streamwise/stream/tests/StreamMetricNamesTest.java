package io.streamwise.stream.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.streamwise.core.results.MetricVocabulary;
import io.streamwise.core.results.MetricVocabulary.Direction;
import io.streamwise.stream.StreamMetrics;

/** The stream side writes its metrics under the names of the vocabulary, log loss as experiments spell it. */
class StreamMetricNamesTest {

	@Test
	void everyStreamMetricIsWrittenUnderItsVocabularyName() {
		for (String name : StreamMetrics.NAMES) {
			assertEquals(name, MetricVocabulary.canonical(name));
		}
		// rows of prequential's results.csv beside the metrics
		assertEquals(Direction.NONE, MetricVocabulary.directionOf("drifts"));
		assertEquals(Direction.HIGHER, MetricVocabulary.directionOf("instances_per_second"));
	}

	@Test
	void logLossIsSpeltAsExperimentsSpellItAndLowerIsBetter() {
		assertTrue(List.of(StreamMetrics.NAMES).contains("logloss"));
		assertEquals(Direction.LOWER, MetricVocabulary.directionOf(StreamMetrics.NAMES[9]));
		assertEquals(9, List.of(StreamMetrics.NAMES).indexOf("logloss"), "values() puts logLoss tenth");
	}
}
