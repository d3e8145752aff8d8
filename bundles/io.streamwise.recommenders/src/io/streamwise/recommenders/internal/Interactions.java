package io.streamwise.recommenders.internal;

import java.util.Arrays;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.progress.ProgressMonitor;

/**
 * The implicit-feedback matrix of a log: one entry per (viewer, item) pair that has at least one counted event, whose
 * value is the largest weight among those events (so repeated clicks do not outweigh one purchase, and bare type lists
 * give binary feedback). Held both ways: by viewer (rows = viewers, items ascending) and by item (rows = items,
 * viewers ascending).
 *
 * @param byViewer viewers x items
 * @param byItem   items x viewers, the transpose
 */
public record Interactions(SparseMatrix byViewer, SparseMatrix byItem) {

	private static final int CHECK_EVERY = 1 << 16;

	public static Interactions of(EventLog log, EventWeights weights, ProgressMonitor monitor) {
		int viewers = log.viewers().size(), items = log.items().size();
		int[] start = new int[viewers + 1];
		for (int r = 0; r < log.size(); r++) {
			if ((r & (CHECK_EVERY - 1)) == 0) {
				monitor.checkCancelled();
			}
			if (log.item(r) >= 0 && weights.weight(log.typeCode(r)) > 0) {
				start[log.viewer(r) + 1]++;
			}
		}
		for (int v = 0; v < viewers; v++) {
			start[v + 1] += start[v];
		}
		// per viewer: item in the high half, weight bits in the low half; positive floats order like their bits,
		// so after sorting, the last entry of each item's run holds its largest weight
		long[] packed = new long[start[viewers]];
		int[] next = Arrays.copyOf(start, viewers);
		for (int r = 0; r < log.size(); r++) {
			if ((r & (CHECK_EVERY - 1)) == 0) {
				monitor.checkCancelled();
			}
			float w = log.item(r) >= 0 ? weights.weight(log.typeCode(r)) : 0;
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
			for (int p = start[v]; p < start[v + 1]; p++) {
				int item = (int) (packed[p] >>> 32);
				if (p + 1 < start[v + 1] && (int) (packed[p + 1] >>> 32) == item) {
					continue; // a larger weight for this item follows
				}
				index[n] = item;
				value[n] = Float.intBitsToFloat((int) packed[p]);
				n++;
			}
			rowStart[v + 1] = n;
		}
		SparseMatrix byViewer = new SparseMatrix(viewers, items, rowStart, Arrays.copyOf(index, n),
				Arrays.copyOf(value, n));
		return new Interactions(byViewer, byViewer.transpose());
	}

	public int viewers() {
		return byViewer.rows();
	}

	public int items() {
		return byViewer.columns();
	}

	/** Whether the viewer index lies in the matrix and the viewer has at least one counted event. */
	public boolean hasHistory(int viewer) {
		return viewer >= 0 && viewer < byViewer.rows() && byViewer.rowLength(viewer) > 0;
	}
}
