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
		// two stable counting sorts, by item and then by viewer, instead of sorting each viewer's events: a handful of
		// linear loops, which a cold JVM compiles at once, leave each viewer's events ordered by item, one run per item
		int viewers = log.viewers().size(), items = log.items().size(), rows = log.size();
		int[] itemStart = new int[items + 1];
		for (int r = 0; r < rows; r++) {
			if ((r & (CHECK_EVERY - 1)) == 0) {
				monitor.checkCancelled();
			}
			int item = log.item(r);
			if (item >= 0 && events.weight(log.typeCode(r)) > 0) {
				itemStart[item + 1]++;
			}
		}
		for (int i = 0; i < items; i++) {
			itemStart[i + 1] += itemStart[i];
		}
		int counted = itemStart[items];
		// by item, in log order: each counted event's viewer and weight
		int[] itemViewer = new int[counted];
		float[] itemWeight = new float[counted];
		int[] next = Arrays.copyOf(itemStart, items);
		int[] viewerStart = new int[viewers + 1];
		for (int r = 0; r < rows; r++) {
			if ((r & (CHECK_EVERY - 1)) == 0) {
				monitor.checkCancelled();
			}
			int item = log.item(r);
			float w = item >= 0 ? events.weight(log.typeCode(r)) : 0f;
			if (w > 0) {
				int at = next[item]++;
				int v = log.viewer(r);
				itemViewer[at] = v;
				itemWeight[at] = w;
				viewerStart[v + 1]++;
			}
		}
		for (int v = 0; v < viewers; v++) {
			viewerStart[v + 1] += viewerStart[v];
		}
		monitor.checkCancelled();
		// by viewer, items ascending (taken in item order), each item's events in log order
		int[] eventItem = new int[counted];
		float[] eventWeight = new float[counted];
		next = Arrays.copyOf(viewerStart, viewers);
		for (int i = 0; i < items; i++) {
			for (int p = itemStart[i], end = itemStart[i + 1]; p < end; p++) {
				int at = next[itemViewer[p]]++;
				eventItem[at] = i;
				eventWeight[at] = itemWeight[p];
			}
		}
		monitor.checkCancelled();
		// one entry per run of the same item: the largest weight, or the sum taken in ascending order of weight
		int[] rowStart = new int[viewers + 1];
		int n = 0;
		float[] run = new float[16];
		for (int v = 0; v < viewers; v++) {
			int p = viewerStart[v], end = viewerStart[v + 1];
			while (p < end) {
				int item = eventItem[p], from = p;
				float largest = eventWeight[p++];
				for (; p < end && eventItem[p] == item; p++) {
					largest = Math.max(largest, eventWeight[p]);
				}
				eventItem[n] = item; // n <= from: the runs move down in place
				if (weighting == Weighting.BINARY) {
					eventWeight[n] = largest;
				} else {
					if (run.length < p - from) {
						run = new float[p - from];
					}
					System.arraycopy(eventWeight, from, run, 0, p - from);
					Arrays.sort(run, 0, p - from);
					double sum = 0;
					for (int q = 0; q < p - from; q++) {
						sum += run[q];
					}
					eventWeight[n] = weighting == Weighting.COUNT ? (float) sum : (float) Math.log1p(sum);
				}
				n++;
			}
			rowStart[v + 1] = n;
		}
		return new InteractionMatrix(viewers, items, rowStart, Arrays.copyOf(eventItem, n),
				Arrays.copyOf(eventWeight, n));
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
