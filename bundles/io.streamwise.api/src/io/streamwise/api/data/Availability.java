package io.streamwise.api.data;

import java.util.Arrays;
import java.util.List;

/**
 * Which items were on sale in which live stream, and when: the showcases of each stream of an {@link EventLog}'s
 * stream dictionary. Live commerce only sells what is showcased, so evaluation can restrict a viewer's candidates to
 * the items on sale in the stream they watched. Immutable; indices are those of the log's stream and item
 * dictionaries.
 */
public final class Availability {

	/**
	 * An item on sale in a stream.
	 *
	 * @param item  item index
	 * @param from  epoch second at which it goes on sale
	 * @param until epoch second until which it is on sale (inclusive)
	 */
	public record Window(int item, long from, long until) {
	}

	private final long[] starts;
	private final long[] ends;
	private final Window[][] windows;
	/** Distinct items on sale in each stream, ascending, for fast membership tests. */
	private final int[][] items;

	/**
	 * @param starts  epoch second at which each stream starts
	 * @param ends    epoch second at which each stream ends
	 * @param windows the showcases of each stream
	 */
	public Availability(long[] starts, long[] ends, List<List<Window>> windows) {
		if (starts.length != ends.length || starts.length != windows.size()) {
			throw new IllegalArgumentException("starts, ends and windows must have one entry per stream");
		}
		this.starts = starts.clone();
		this.ends = ends.clone();
		this.windows = new Window[starts.length][];
		this.items = new int[starts.length][];
		for (int s = 0; s < starts.length; s++) {
			this.windows[s] = windows.get(s).toArray(Window[]::new);
			this.items[s] = Arrays.stream(this.windows[s]).mapToInt(Window::item).distinct().sorted().toArray();
		}
	}

	/** Number of streams (the size of the log's stream dictionary). */
	public int streams() {
		return starts.length;
	}

	public long start(int stream) {
		return starts[stream];
	}

	public long end(int stream) {
		return ends[stream];
	}

	public List<Window> windows(int stream) {
		return List.of(windows[stream]);
	}

	/** The distinct items showcased in a stream at any time, ascending. */
	public int[] items(int stream) {
		return items[stream].clone();
	}

	/** Whether an item is showcased in a stream at any time. */
	public boolean onSale(int stream, int item) {
		return Arrays.binarySearch(items[stream], item) >= 0;
	}

	/** Whether an item is on sale in a stream at a moment. */
	public boolean onSaleAt(int stream, int item, long epochSecond) {
		for (Window w : windows[stream]) {
			if (w.item() == item && epochSecond >= w.from() && epochSecond <= w.until()) {
				return true;
			}
		}
		return false;
	}
}
