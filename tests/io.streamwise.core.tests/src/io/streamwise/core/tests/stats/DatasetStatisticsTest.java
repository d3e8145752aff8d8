package io.streamwise.core.tests.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.core.stats.DatasetStatistics;

class DatasetStatisticsTest {

	/** Three viewers, four items, two streams; item i1 is the hit. */
	private static EventLog fixture() {
		EventLogBuilder b = new EventLogBuilder();
		b.add("a", "s1", null, EventType.JOIN, 100, Float.NaN);
		b.add("a", "s1", "i1", EventType.CLICK, 110, Float.NaN);
		b.add("a", "s1", "i1", EventType.PURCHASE, 120, 10);
		b.add("b", "s1", "i1", EventType.CLICK, 130, Float.NaN);
		b.add("b", "s2", "i2", EventType.CLICK, 140, Float.NaN);
		b.add("c", "s2", "i1", EventType.CLICK, 150, Float.NaN);
		b.add("c", "s2", "i3", EventType.LIKE, 160, Float.NaN);
		b.add("c", "s2", "i1", EventType.COMMENT, 170, Float.NaN);
		b.add("c", null, "i4", EventType.RATE, 200, 4);
		return b.build();
	}

	@Test
	void handComputedFixture() {
		DatasetStatistics s = DatasetStatistics.of(fixture());
		assertEquals(9, s.events());
		assertEquals(3, s.viewers());
		assertEquals(4, s.items());
		assertEquals(2, s.streams());
		assertEquals(1L, s.eventsByType().get(EventType.JOIN));
		assertEquals(4L, s.eventsByType().get(EventType.CLICK));
		assertEquals(1L, s.eventsByType().get(EventType.RATE));
		assertEquals(0L, s.eventsByType().get(EventType.REFUND));
		// pairs a-i1, b-i1, b-i2, c-i1, c-i3, c-i4 out of 3 x 4 cells
		assertEquals(6, s.viewerItemPairs());
		assertEquals(0.5, s.sparsity(), 1e-12);
		assertEquals(100, s.firstTimestamp());
		assertEquals(200, s.lastTimestamp());
		// events per viewer: a 3, b 2, c 4
		assertEquals(2, s.minEventsPerViewer());
		assertEquals(3.0, s.medianEventsPerViewer());
		assertEquals(3.0, s.meanEventsPerViewer(), 1e-12);
		assertEquals(4, s.maxEventsPerViewer());
		// item events: i1 5, i2 1, i3 1, i4 1; top 20% of 4 items = 1 item
		assertEquals(8, s.itemEvents());
		assertEquals(5.0 / 8, s.top20PercentItemShare(), 1e-12);
		// Gini of (1,1,1,5): sum |xi - xj| over ordered pairs 24 / (2 * 4^2 * mean 2) = 0.375
		assertEquals(0.375, s.itemGini(), 1e-12);
		assertEquals(3, s.singleEventItems());
	}

	@Test
	void aSubsetCountsOnlyWhatOccursInIt() {
		EventLog log = fixture();
		EventLog c = log.filter(r -> log.viewers().id(log.viewer(r)).equals("c"));
		DatasetStatistics s = DatasetStatistics.of(c);
		assertEquals(4, s.events());
		assertEquals(1, s.viewers());
		assertEquals(3, s.items()); // i1, i3, i4
		assertEquals(1, s.streams()); // the rating has no stream
		assertEquals(3, s.viewerItemPairs());
		assertEquals(0.0, s.sparsity(), 1e-12);
		assertEquals(2.5, DatasetStatistics.of(log.filter(r -> log.viewer(r) < 2)).medianEventsPerViewer()); // a 3, b 2
		// (1,1,2): Gini = sum((2i - 4) x_i) / (3 * 4) = (-2 + 0 + 4) / 12
		assertEquals(2.0 / 12, s.itemGini(), 1e-12);
	}

	@Test
	void textAndJsonCarryTheFigures() {
		DatasetStatistics s = DatasetStatistics.of(fixture());
		String text = s.toText();
		assertTrue(text.contains("Sparsity                   0.500000"), text);
		assertTrue(text.contains("First event                1970-01-01T00:01:40Z"), text);
		assertTrue(text.contains("  click                    4"), text);
		for (String line : text.split("\\R")) {
			assertEquals(' ', line.charAt(26), line);
		}
		JsonObject json = JsonParser.parseString(s.toJson()).getAsJsonObject();
		assertEquals(9, json.get("events").getAsLong());
		assertEquals(4, json.getAsJsonObject("events_by_type").get("click").getAsLong());
		assertEquals(0.375, json.get("item_gini").getAsDouble(), 1e-12);
		assertEquals(3.0, json.getAsJsonObject("events_per_viewer").get("median").getAsDouble());
		assertEquals("1970-01-01T00:03:20Z", json.get("last_time").getAsString());
	}

	@Test
	void emptyLogGivesZeros() {
		DatasetStatistics s = DatasetStatistics.of(new EventLogBuilder().build());
		assertEquals(0, s.events());
		assertEquals(0, s.viewers());
		assertEquals(0.0, s.sparsity());
		assertEquals(0.0, s.itemGini());
		assertTrue(s.toJson().contains("\"events\": 0"));
	}
}
