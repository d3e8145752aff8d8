package io.streamwise.stream.profiling;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventType;
import io.streamwise.api.data.ItemCatalog;

/**
 * What each viewer has done so far, by item category: the running state that profiling reads, updated one event at a
 * time in log order, so that a profile taken at any moment uses nothing after it. Categories are the distinct
 * non-empty categories of the catalog, sorted; events on items without a category count towards the totals only.
 * <p>
 * A profile ({@link #profile}) is, in this order: per category the viewer's clicks, carts and purchases; then total
 * clicks, total purchases, log(1 + spend), streams joined, hours since the last purchase and hours since the last
 * event (−1 when there was none), and the category of the last purchase (an index into {@link #categories()}, or
 * {@code categories().size()} for "none").
 */
public final class ViewerProfiles {

	/** Weights of clicks, carts and purchases in the interest mix that clustering uses. */
	public static final double CLICK_WEIGHT = 1, CART_WEIGHT = 2, PURCHASE_WEIGHT = 4;

	private final List<String> categories;
	private final int[] itemCategory;
	private final int k;
	/** [viewer][3 * category + 0 clicks, 1 carts, 2 purchases] */
	private final double[][] counts;
	private final double[] clicks, purchases, spend, streamsJoined;
	private final long[] lastPurchase, lastEvent;
	private final int[] lastPurchaseCategory;
	private final int[] lastStream;

	public ViewerProfiles(ItemCatalog catalog, int viewerCount) {
		int items = catalog.items().size();
		TreeSet<String> names = new TreeSet<>();
		for (int i = 0; i < items; i++) {
			String c = catalog.category(i);
			if (c != null && !c.isBlank()) {
				names.add(c);
			}
		}
		categories = List.copyOf(names);
		k = categories.size();
		itemCategory = new int[items];
		for (int i = 0; i < items; i++) {
			String c = catalog.category(i);
			itemCategory[i] = c == null || c.isBlank() ? -1 : categories.indexOf(c);
		}
		counts = new double[viewerCount][3 * k];
		clicks = new double[viewerCount];
		purchases = new double[viewerCount];
		spend = new double[viewerCount];
		streamsJoined = new double[viewerCount];
		lastPurchase = new long[viewerCount];
		lastEvent = new long[viewerCount];
		lastPurchaseCategory = new int[viewerCount];
		lastStream = new int[viewerCount];
		java.util.Arrays.fill(lastPurchase, Long.MIN_VALUE);
		java.util.Arrays.fill(lastEvent, Long.MIN_VALUE);
		java.util.Arrays.fill(lastPurchaseCategory, -1);
		java.util.Arrays.fill(lastStream, -2);
	}

	/** The categories, sorted; profile and interest vectors are indexed like this list. */
	public List<String> categories() {
		return categories;
	}

	/** The category index of an item, or -1 when it has none. */
	public int categoryOf(int item) {
		return item < 0 || item >= itemCategory.length ? -1 : itemCategory[item];
	}

	/** Names of the profile's values, in order. */
	public List<String> featureNames() {
		List<String> names = new ArrayList<>();
		for (String c : categories) {
			String slug = c.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
			names.add("clicks_" + slug);
			names.add("carts_" + slug);
			names.add("purchases_" + slug);
		}
		names.addAll(List.of("clicks", "purchases", "spend_log", "streams_joined", "hours_since_purchase",
				"hours_since_event", "last_purchase_category"));
		return names;
	}

	/** Takes one event of the log into its viewer's state. Events must come in log (time) order. */
	public void observe(EventLog log, int row) {
		int v = log.viewer(row);
		long t = log.timestamp(row);
		int stream = log.stream(row);
		if (stream >= 0 && stream != lastStream[v]) {
			streamsJoined[v]++;
		}
		lastStream[v] = stream;
		lastEvent[v] = t;
		EventType type = log.type(row);
		int c = categoryOf(log.item(row));
		switch (type) {
		case CLICK -> {
			clicks[v]++;
			if (c >= 0) {
				counts[v][3 * c]++;
			}
		}
		case CART -> {
			if (c >= 0) {
				counts[v][3 * c + 1]++;
			}
		}
		case PURCHASE -> {
			purchases[v]++;
			float value = log.value(row);
			spend[v] += Float.isNaN(value) ? 0 : value;
			lastPurchase[v] = t;
			if (c >= 0) {
				counts[v][3 * c + 2]++;
				lastPurchaseCategory[v] = c;
			}
		}
		default -> {
			// joins, watches, likes, comments, refunds and ratings only move the clock
		}
		}
	}

	/** The viewer's profile at a moment (for recency); see the class comment for the layout. */
	public double[] profile(int viewer, long now) {
		double[] out = new double[3 * k + 7];
		System.arraycopy(counts[viewer], 0, out, 0, 3 * k);
		int i = 3 * k;
		out[i++] = clicks[viewer];
		out[i++] = purchases[viewer];
		out[i++] = Math.log1p(spend[viewer]);
		out[i++] = streamsJoined[viewer];
		out[i++] = lastPurchase[viewer] == Long.MIN_VALUE ? -1 : (now - lastPurchase[viewer]) / 3600.0;
		out[i++] = lastEvent[viewer] == Long.MIN_VALUE ? -1 : (now - lastEvent[viewer]) / 3600.0;
		out[i] = lastPurchaseCategory[viewer] < 0 ? k : lastPurchaseCategory[viewer];
		return out;
	}

	/**
	 * The viewer's interest mix: per category the weighted interactions (clicks + 2 carts + 4 purchases) as a share of
	 * the viewer's total, or null when the viewer has no interaction with a categorised item.
	 */
	public double[] interestMix(int viewer) {
		double[] mix = new double[k];
		double total = 0;
		for (int c = 0; c < k; c++) {
			mix[c] = CLICK_WEIGHT * counts[viewer][3 * c] + CART_WEIGHT * counts[viewer][3 * c + 1]
					+ PURCHASE_WEIGHT * counts[viewer][3 * c + 2];
			total += mix[c];
		}
		if (total == 0) {
			return null;
		}
		for (int c = 0; c < k; c++) {
			mix[c] /= total;
		}
		return mix;
	}
}
