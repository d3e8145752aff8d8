package io.streamwise.core.experiment;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

import io.streamwise.core.experiment.ExperimentResult.Value;

/**
 * What one cell (an algorithm's fit and evaluation in one fold) cost: wall-clock seconds of fitting and of scoring the
 * test units and computing their metrics, and the peak heap use above the cell's start.
 * <p>
 * The heap figure is approximate: the peak usage of every heap memory pool (java.lang.management), reset when the cell
 * starts, summed, minus the heap in use at the start. It counts garbage the cell made and that was not yet collected
 * (pools also peak at different moments), which inflates it, and garbage from before the cell that a collection
 * during the cell frees hides part of what the cell holds, which deflates it; it depends on the collector and the heap
 * size. Compare it between algorithms of one run, not across machines. No collection is forced at the start: that
 * would take time from the cell's time limit. Cells run one at a time, so the process's heap is the cell's. Times and
 * memory vary from run to run, unlike every metric.
 *
 * @param fitSeconds   wall-clock seconds of {@code fit} (with {@code initialise} for conversion models)
 * @param scoreSeconds wall-clock seconds of scoring the test part and computing the metrics
 * @param peakHeapMb   peak heap in use above the cell's start, in MiB (2^20 bytes); NaN when not measurable
 */
public record CellCost(String algorithm, int fold, double fitSeconds, double scoreSeconds, double peakHeapMb) {

	/**
	 * The segment under which a cell's cost travels among its values (one {@link Value} whose unit ids name the
	 * figures), so that it goes wherever the cell's values go; the runner takes it out again.
	 */
	static final String SEGMENT = "cost";
	private static final String[] FIGURES = { "fitSeconds", "scoreSeconds", "peakHeapMb" };

	static boolean isCost(Value v) {
		return v.segment().equals(SEGMENT);
	}

	static CellCost of(Value v) {
		double[] f = new double[FIGURES.length];
		for (int i = 0; i < FIGURES.length; i++) {
			f[i] = v.unitIds()[i].equals(FIGURES[i]) ? v.unitValues()[i] : Double.NaN;
		}
		return new CellCost(v.algorithm(), v.fold(), f[0], f[1], f[2]);
	}

	/** Measures a cell from the thread that runs it: {@link #start()}, {@link #fitted()}, {@link #append}. */
	static final class Meter {
		private final List<MemoryPoolMXBean> heap = new ArrayList<>();
		private final long start;
		private final long heapAtStart;
		private long fitted;

		private Meter() {
			long used = 0;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
					pool.resetPeakUsage();
					used += pool.getUsage().getUsed();
					heap.add(pool);
				}
			}
			heapAtStart = used;
			start = System.nanoTime();
		}

		static Meter start() {
			return new Meter();
		}

		void fitted() {
			fitted = System.nanoTime();
		}

		/** The cell's values followed by its cost. */
		List<Value> append(List<Value> values, String algorithm, int fold) {
			long end = System.nanoTime();
			long peak = 0;
			for (MemoryPoolMXBean pool : heap) {
				peak += pool.getPeakUsage().getUsed();
			}
			double peakMb = heap.isEmpty() ? Double.NaN : Math.max(0, peak - heapAtStart) / (double) (1 << 20);
			double fit = (fitted - start) / 1e9, score = (end - fitted) / 1e9;
			List<Value> out = new ArrayList<>(values);
			out.add(new Value(algorithm, fold, SEGMENT, SEGMENT, fit, 1, FIGURES.clone(),
					new double[] { fit, score, peakMb }, Double.NaN));
			return out;
		}
	}
}
