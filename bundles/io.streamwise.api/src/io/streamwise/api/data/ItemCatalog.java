package io.streamwise.api.data;

import java.util.Arrays;
import java.util.List;

/**
 * What is known of each item of an {@link EventLog}'s item dictionary: price, title, kind, category and tags. Arrays
 * are aligned with the dictionary; unknown prices are NaN and unknown texts empty.
 */
public final class ItemCatalog {

	private final IdDictionary items;
	private final float[] prices;
	private final String[] titles;
	private final String[] kinds;
	private final String[] categories;
	private final String[][] tags;

	public ItemCatalog(IdDictionary items, float[] prices, String[] titles, String[] kinds, String[] categories,
			String[][] tags) {
		int n = items.size();
		if (prices.length != n || titles.length != n || kinds.length != n || categories.length != n
				|| tags.length != n) {
			throw new IllegalArgumentException("catalog arrays must all have " + n + " entries");
		}
		this.items = items;
		this.prices = prices.clone();
		this.titles = titles.clone();
		this.kinds = kinds.clone();
		this.categories = categories.clone();
		this.tags = tags.clone();
	}

	/** A catalog that knows nothing but the ids: for plain interaction files. */
	public static ItemCatalog unknown(IdDictionary items) {
		int n = items.size();
		float[] p = new float[n];
		Arrays.fill(p, Float.NaN);
		String[] empty = new String[n];
		Arrays.fill(empty, "");
		String[][] t = new String[n][];
		Arrays.fill(t, new String[0]);
		return new ItemCatalog(items, p, empty, empty, empty, t);
	}

	public IdDictionary items() {
		return items;
	}

	public float price(int item) {
		return prices[item];
	}

	public String title(int item) {
		return titles[item];
	}

	public String kind(int item) {
		return kinds[item];
	}

	public String category(int item) {
		return categories[item];
	}

	public List<String> tags(int item) {
		return List.of(tags[item]);
	}
}
