package io.streamwise.core.stats;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.annotations.SerializedName;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventType;

/**
 * Descriptive statistics of an event log, as reported for a data set before any experiment. Viewers, items and
 * streams are counted when they occur in the log (a part made by {@link EventLog#select(int[])} shares larger
 * dictionaries). Item figures count every event that concerns an item, whatever its type. Figures that are undefined
 * for an empty log or a log without item events are 0.
 *
 * @param events                 events in the log
 * @param viewers                distinct viewers with at least one event
 * @param items                  distinct items with at least one event
 * @param streams                distinct streams with at least one event
 * @param eventsByType           events of each type (every type present, possibly 0)
 * @param viewerItemPairs        distinct (viewer, item) pairs among events with an item
 * @param sparsity               1 - pairs / (viewers with an item event × items)
 * @param firstTimestamp         earliest event, epoch seconds
 * @param lastTimestamp          latest event, epoch seconds
 * @param minEventsPerViewer     fewest events of a viewer
 * @param medianEventsPerViewer  median events per viewer (mean of the middle two for an even count)
 * @param meanEventsPerViewer    mean events per viewer
 * @param maxEventsPerViewer     most events of a viewer
 * @param itemEvents             events that concern an item
 * @param top20PercentItemShare  share of item events on the most popular 20% of items (rounded up to whole items)
 * @param itemGini               Gini index of events per item: 0 when all items are equally popular, towards 1 when
 *                               few items take everything
 * @param singleEventItems       items with exactly one event
 */
public record DatasetStatistics(long events, int viewers, int items, int streams, Map<EventType, Long> eventsByType,
		long viewerItemPairs, double sparsity, long firstTimestamp, long lastTimestamp, int minEventsPerViewer,
		double medianEventsPerViewer, double meanEventsPerViewer, int maxEventsPerViewer, long itemEvents,
		double top20PercentItemShare, double itemGini, int singleEventItems) {

	public DatasetStatistics {
		EnumMap<EventType, Long> copy = new EnumMap<>(EventType.class);
		for (EventType t : EventType.values()) {
			copy.put(t, eventsByType.getOrDefault(t, 0L));
		}
		eventsByType = Collections.unmodifiableMap(copy);
	}

	public static DatasetStatistics of(EventLog log) {
		int n = log.size();
		int[] perViewer = new int[log.viewers().size()];
		int[] perItem = new int[log.items().size()];
		boolean[] streamSeen = new boolean[log.streams().size()];
		boolean[] viewerWithItem = new boolean[perViewer.length];
		long[] byCode = log.countByType();
		long first = n == 0 ? 0 : Long.MAX_VALUE, last = n == 0 ? 0 : Long.MIN_VALUE;
		long itemEvents = 0;
		for (int r = 0; r < n; r++) {
			perViewer[log.viewer(r)]++;
			int item = log.item(r);
			if (item >= 0) {
				perItem[item]++;
				viewerWithItem[log.viewer(r)] = true;
				itemEvents++;
			}
			int s = log.stream(r);
			if (s >= 0) {
				streamSeen[s] = true;
			}
			long t = log.timestamp(r);
			first = Math.min(first, t);
			last = Math.max(last, t);
		}
		Map<EventType, Long> byType = new EnumMap<>(EventType.class);
		for (EventType t : EventType.values()) {
			byType.put(t, byCode[t.code()]);
		}

		long pairs = distinctPairs(log, itemEvents);
		int[] viewerCounts = Arrays.stream(perViewer).filter(c -> c > 0).sorted().toArray();
		int[] itemCounts = Arrays.stream(perItem).filter(c -> c > 0).sorted().toArray();
		int streams = 0, viewersWithItems = 0;
		for (boolean b : streamSeen) {
			streams += b ? 1 : 0;
		}
		for (boolean b : viewerWithItem) {
			viewersWithItems += b ? 1 : 0;
		}
		return of(n, viewerCounts, itemCounts, streams, byType, pairs, viewersWithItems, first, last, itemEvents);
	}

	/**
	 * The statistics from a log's counts, as an aggregation that never holds the log computes them (the Flink engine's,
	 * docs/scale-out.md); {@link #of(EventLog)} ends here too, so both give the same numbers.
	 *
	 * @param events           events in the log
	 * @param viewerCounts     events of each viewer with at least one, ascending
	 * @param itemCounts       events of each item with at least one, ascending
	 * @param streams          distinct streams with at least one event
	 * @param byType           events of each type
	 * @param pairs            distinct (viewer, item) pairs
	 * @param viewersWithItems viewers with at least one event that concerns an item
	 * @param first            earliest event, epoch seconds (0 for an empty log)
	 * @param last             latest event, epoch seconds (0 for an empty log)
	 * @param itemEvents       events that concern an item
	 */
	public static DatasetStatistics of(long events, int[] viewerCounts, int[] itemCounts, int streams,
			Map<EventType, Long> byType, long pairs, int viewersWithItems, long first, long last, long itemEvents) {
		long n = events;
		int activeViewers = viewerCounts.length, activeItems = itemCounts.length;
		double cells = (double) viewersWithItems * activeItems;
		double sparsity = cells == 0 ? 0 : 1 - pairs / cells;

		double median = 0;
		if (activeViewers > 0) {
			int mid = activeViewers / 2;
			median = activeViewers % 2 == 1 ? viewerCounts[mid] : (viewerCounts[mid - 1] + viewerCounts[mid]) / 2.0;
		}

		double topShare = 0, gini = 0;
		int singles = 0;
		if (activeItems > 0) {
			int top = (int) Math.ceil(0.2 * activeItems);
			long topSum = 0;
			for (int k = 0; k < top; k++) {
				topSum += itemCounts[activeItems - 1 - k]; // ascending order: the largest are at the end
			}
			topShare = (double) topSum / itemEvents;
			// Gini over the ascending counts x_1..x_m: sum((2i - m - 1) x_i) / (m * sum x)
			double weighted = 0;
			for (int i = 0; i < activeItems; i++) {
				weighted += (2.0 * (i + 1) - activeItems - 1) * itemCounts[i];
				singles += itemCounts[i] == 1 ? 1 : 0;
			}
			gini = weighted / ((double) activeItems * itemEvents);
		}
		return new DatasetStatistics(n, activeViewers, activeItems, streams, byType, pairs, sparsity, first, last,
				activeViewers == 0 ? 0 : viewerCounts[0], median, activeViewers == 0 ? 0 : (double) n / activeViewers,
				activeViewers == 0 ? 0 : viewerCounts[activeViewers - 1], itemEvents, topShare, gini, singles);
	}

	private static long distinctPairs(EventLog log, long itemEvents) {
		long[] keys = new long[(int) itemEvents];
		long width = log.items().size();
		int k = 0;
		for (int r = 0; r < log.size(); r++) {
			if (log.item(r) >= 0) {
				keys[k++] = log.viewer(r) * width + log.item(r);
			}
		}
		Arrays.sort(keys);
		long distinct = 0;
		for (int i = 0; i < keys.length; i++) {
			if (i == 0 || keys[i] != keys[i - 1]) {
				distinct++;
			}
		}
		return distinct;
	}

	/** An aligned two-column table for terminals and logs. */
	public String toText() {
		StringBuilder sb = new StringBuilder();
		row(sb, "Events", count(events));
		row(sb, "Viewers", count(viewers));
		row(sb, "Items", count(items));
		row(sb, "Streams", count(streams));
		for (Map.Entry<EventType, Long> e : eventsByType.entrySet()) {
			if (e.getValue() > 0) {
				row(sb, "  " + e.getKey().label(), count(e.getValue()));
			}
		}
		row(sb, "Viewer-item pairs", count(viewerItemPairs));
		row(sb, "Sparsity", String.format(Locale.ROOT, "%.6f", sparsity));
		row(sb, "First event", events == 0 ? "-" : Instant.ofEpochSecond(firstTimestamp).toString());
		row(sb, "Last event", events == 0 ? "-" : Instant.ofEpochSecond(lastTimestamp).toString());
		row(sb, "Events per viewer", String.format(Locale.ROOT, "min %d, median %.1f, mean %.2f, max %d",
				minEventsPerViewer, medianEventsPerViewer, meanEventsPerViewer, maxEventsPerViewer));
		row(sb, "Item events", count(itemEvents));
		row(sb, "Share on top 20% items", String.format(Locale.ROOT, "%.1f%%", 100 * top20PercentItemShare));
		row(sb, "Gini of item popularity", String.format(Locale.ROOT, "%.4f", itemGini));
		row(sb, "Items with one event", count(singleEventItems));
		return sb.toString();
	}

	private static void row(StringBuilder sb, String label, String value) {
		sb.append(String.format(Locale.ROOT, "%-26s %s%n", label, value));
	}

	private static String count(long v) {
		return String.format(Locale.ROOT, "%,d", v);
	}

	/** The statistics as pretty-printed JSON with snake_case keys; times also as ISO-8601 text. */
	public String toJson() {
		Map<String, Long> types = new LinkedHashMap<>();
		eventsByType.forEach((t, c) -> types.put(t.label(), c));
		return new GsonBuilder().setPrettyPrinting().create().toJson(new Json(events, viewers, items, streams, types,
				viewerItemPairs, sparsity, firstTimestamp, lastTimestamp,
				Instant.ofEpochSecond(firstTimestamp).toString(), Instant.ofEpochSecond(lastTimestamp).toString(),
				new PerViewer(minEventsPerViewer, medianEventsPerViewer, meanEventsPerViewer, maxEventsPerViewer),
				itemEvents, top20PercentItemShare, itemGini, singleEventItems));
	}

	/** What {@code stats --json} prints, in its order and with its names. */
	private record Json(long events, int viewers, int items, int streams,
			@SerializedName("events_by_type") Map<String, Long> eventsByType,
			@SerializedName("viewer_item_pairs") long viewerItemPairs, double sparsity,
			@SerializedName("first_timestamp") long firstTimestamp,
			@SerializedName("last_timestamp") long lastTimestamp, @SerializedName("first_time") String firstTime,
			@SerializedName("last_time") String lastTime, @SerializedName("events_per_viewer") PerViewer perViewer,
			@SerializedName("item_events") long itemEvents,
			@SerializedName("top20_percent_item_share") double top20PercentItemShare,
			@SerializedName("item_gini") double itemGini, @SerializedName("single_event_items") int singleEventItems) {
	}

	private record PerViewer(int min, double median, double mean, int max) {
	}
}
