package io.streamwise.api.feedback;

import java.util.Arrays;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.progress.ProgressMonitor;

/**
 * The implicit-feedback matrix of a training log: one entry r(viewer, item) &gt; 0 per pair with at least one counted
 * event (an event of a type {@link EventWeights} counts, with an item), its value given by the {@link Weighting} of
 * those events. Dimensions are those of the log's dictionaries, so viewers and items without counted events are empty
 * rows and columns.
 * <p>
 * Held twice, in compressed sparse form: by viewer (the entries of viewer v at positions {@link #viewerStart(int)}
 * .. {@link #viewerEnd(int)} − 1 of {@link #viewerItems()} and {@link #viewerValues()}, items ascending) and by item
 * (the same for item i in {@link #itemViewers()} and {@link #itemValues()}, viewers ascending). The arrays are shared,
 * not copied, so that fitting loops touch no boxed values and no copies: callers must not write to them. Immutable
 * otherwise; two matrices are equal when they hold the same entries.
 */
public final class InteractionMatrix {

	/** Log rows between two checks for cancellation. */
	private static final int CHECK_EVERY = 1 << 16;

	private final int viewers;
	private final int items;
	private final int[] viewerStart;
	private final int[] viewerItems;
	private final float[] viewerValues;
	private final int[] itemStart;
	private final int[] itemViewers;
	private final float[] itemValues;

	private InteractionMatrix(int viewers, int items, int[] viewerStart, int[] viewerItems, float[] viewerValues) {
		this.viewers = viewers;
		this.items = items;
		this.viewerStart = viewerStart;
		this.viewerItems = viewerItems;
		this.viewerValues = viewerValues;
		// the transpose by a counting sort on the item: viewers stay ascending within each column
		int entries = viewerItems.length;
		itemStart = new int[items + 1];
		for (int i : viewerItems) {
			itemStart[i + 1]++;
		}
		for (int i = 0; i < items; i++) {
			itemStart[i + 1] += itemStart[i];
		}
		itemViewers = new int[entries];
		itemValues = new float[entries];
		int[] next = Arrays.copyOf(itemStart, items);
		for (int v = 0; v < viewers; v++) {
			for (int p = viewerStart[v]; p < viewerStart[v + 1]; p++) {
				int at = next[viewerItems[p]]++;
				itemViewers[at] = v;
				itemValues[at] = viewerValues[p];
			}
		}
	}

	/**
	 * Builds the matrix of a log, checking {@code monitor} for cancellation as it goes.
	 *
	 * @throws io.streamwise.api.progress.CancelledException when the monitor is cancelled
	 */
	public static InteractionMatrix of(EventLog log, EventWeights events, Weighting weighting,
			ProgressMonitor monitor) {
		int viewers = log.viewers().size(), items = log.items().size();
		int[] start = new int[viewers + 1];
		for (int r = 0; r < log.size(); r++) {
			if ((r & (CHECK_EVERY - 1)) == 0) {
				monitor.checkCancelled();
			}
			if (log.item(r) >= 0 && events.weight(log.typeCode(r)) > 0) {
				start[log.viewer(r) + 1]++;
			}
		}
		for (int v = 0; v < viewers; v++) {
			start[v + 1] += start[v];
		}
		// per viewer: item in the high half, weight bits in the low half; positive floats order like their bits, so
		// after sorting, each item's events form one run, ending with its largest weight
		long[] packed = new long[start[viewers]];
		int[] next = Arrays.copyOf(start, viewers);
		for (int r = 0; r < log.size(); r++) {
			if ((r & (CHECK_EVERY - 1)) == 0) {
				monitor.checkCancelled();
			}
			float w = log.item(r) >= 0 ? events.weight(log.typeCode(r)) : 0f;
			if (w > 0) {
				packed[next[log.viewer(r)]++] = ((long) log.item(r) << 32) | Float.floatToIntBits(w);
			}
		}
		int[] rowStart = new int[viewers + 1];
		int[] index = new int[packed.length];
		float[] value = new float[packed.length];
		int n = 0;
		for (int v = 0; v < viewers; v++) {
			if ((v & 4095) == 0) {
				monitor.checkCancelled();
			}
			Arrays.sort(packed, start[v], start[v + 1]);
			int p = start[v];
			while (p < start[v + 1]) {
				int item = (int) (packed[p] >>> 32);
				double sum = 0;
				float largest = 0f;
				for (; p < start[v + 1] && (int) (packed[p] >>> 32) == item; p++) {
					largest = Float.intBitsToFloat((int) packed[p]);
					sum += largest;
				}
				index[n] = item;
				value[n] = switch (weighting) {
				case BINARY -> largest;
				case COUNT -> (float) sum;
				case LOG_COUNT -> (float) Math.log1p(sum);
				};
				n++;
			}
			rowStart[v + 1] = n;
		}
		return new InteractionMatrix(viewers, items, rowStart, Arrays.copyOf(index, n), Arrays.copyOf(value, n));
	}

	public int viewers() {
		return viewers;
	}

	public int items() {
		return items;
	}

	/** Number of entries (viewer-item pairs with counted events). */
	public int entries() {
		return viewerItems.length;
	}

	/** Position of viewer v's first entry in {@link #viewerItems()} and {@link #viewerValues()}. */
	public int viewerStart(int v) {
		return viewerStart[v];
	}

	/** Position after viewer v's last entry. */
	public int viewerEnd(int v) {
		return viewerStart[v + 1];
	}

	/** Position of item i's first entry in {@link #itemViewers()} and {@link #itemValues()}. */
	public int itemStart(int i) {
		return itemStart[i];
	}

	/** Position after item i's last entry. */
	public int itemEnd(int i) {
		return itemStart[i + 1];
	}

	/** The row offsets by viewer, {@code viewers() + 1} of them. Shared: do not write. */
	public int[] viewerOffsets() {
		return viewerStart;
	}

	/** The item of each entry, by viewer. Shared: do not write. */
	public int[] viewerItems() {
		return viewerItems;
	}

	/** The value of each entry, by viewer. Shared: do not write. */
	public float[] viewerValues() {
		return viewerValues;
	}

	/** The column offsets by item, {@code items() + 1} of them. Shared: do not write. */
	public int[] itemOffsets() {
		return itemStart;
	}

	/** The viewer of each entry, by item. Shared: do not write. */
	public int[] itemViewers() {
		return itemViewers;
	}

	/** The value of each entry, by item. Shared: do not write. */
	public float[] itemValues() {
		return itemValues;
	}

	/** r(viewer, item), or 0 when the pair has no entry or either index lies outside the matrix. */
	public float value(int viewer, int item) {
		if (viewer < 0 || viewer >= viewers) {
			return 0f;
		}
		int p = Arrays.binarySearch(viewerItems, viewerStart[viewer], viewerStart[viewer + 1], item);
		return p >= 0 ? viewerValues[p] : 0f;
	}

	/** Whether the viewer has an entry for the item. */
	public boolean contains(int viewer, int item) {
		return value(viewer, item) > 0;
	}

	/** Whether the viewer index lies in the matrix and the viewer has at least one entry. */
	public boolean hasHistory(int viewer) {
		return viewer >= 0 && viewer < viewers && viewerStart[viewer + 1] > viewerStart[viewer];
	}

	/** Number of viewers with an entry, per item: the ranking viewers without history get from several models. */
	public float[] popularity() {
		float[] pop = new float[items];
		for (int i = 0; i < items; i++) {
			pop[i] = itemStart[i + 1] - itemStart[i];
		}
		return pop;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof InteractionMatrix m && viewers == m.viewers && items == m.items
				&& Arrays.equals(viewerStart, m.viewerStart) && Arrays.equals(viewerItems, m.viewerItems)
				&& Arrays.equals(viewerValues, m.viewerValues);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(viewerItems) + Arrays.hashCode(viewerValues);
	}

	@Override
	public String toString() {
		return "InteractionMatrix[" + viewers + " viewers x " + items + " items, " + entries() + " entries]";
	}
}
