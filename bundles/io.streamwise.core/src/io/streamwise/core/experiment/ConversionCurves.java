package io.streamwise.core.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.streamwise.core.experiment.ExperimentResult.Value;

/**
 * The curves of a conversion model's predictions on one test fold: ROC (false against true positive rate), precision
 * against recall, and calibration (reliability: mean predicted probability against the observed rate of positives,
 * in ten equal-width bins of the prediction). ROC and precision-recall have a point per distinct threshold (every
 * prediction at or above it counts as positive), thinned to at most {@value #MAX_POINTS} points, always keeping the
 * first and the last; the AUC in the results is computed from all predictions, not from these points. Definitions:
 * docs/metrics.md, "Conversion curves".
 */
public final class ConversionCurves {

	public static final String ROC = "roc", PRECISION_RECALL = "precision-recall", CALIBRATION = "calibration";
	/** Enough for a smooth plot, few enough to keep results.json small (thousands of test sessions per fold). */
	public static final int MAX_POINTS = 201;
	public static final int CALIBRATION_BINS = 10;

	/** Curves travel out of a cell (and back from worker processes) as values of this segment prefix. */
	private static final String SEGMENT_PREFIX = "curve:";
	private static final String X = "x", Y = "y", THRESHOLD = "threshold", COUNT = "count";

	/**
	 * One curve.
	 *
	 * @param kind      {@value #ROC}, {@value #PRECISION_RECALL} or {@value #CALIBRATION}
	 * @param x         false positive rate, recall, or mean predicted probability of the bin
	 * @param y         true positive rate, precision, or observed rate of positives in the bin
	 * @param threshold the smallest prediction counted positive (ROC, precision-recall; +∞ for ROC's first point),
	 *                  or the bin's lower edge (calibration)
	 * @param count     predictions counted positive at the threshold, or predictions in the bin
	 */
	public record Curve(String algorithm, int fold, String kind, double[] x, double[] y, double[] threshold,
			int[] count) {
	}

	private ConversionCurves() {
	}

	/** The three curves of one cell; none when the test part lacks positives or negatives. */
	public static List<Curve> of(String algorithm, int fold, double[] p, boolean[] y) {
		long positives = 0;
		for (boolean b : y) {
			positives += b ? 1 : 0;
		}
		if (positives == 0 || positives == y.length) {
			return List.of();
		}
		return List.of(roc(algorithm, fold, p, y), precisionRecall(algorithm, fold, p, y),
				calibration(algorithm, fold, p, y));
	}

	/** Cumulative true and false positives at each distinct threshold, from the highest prediction down. */
	private record Sweep(double[] threshold, long[] tp, long[] fp, long positives, long negatives) {
	}

	private static Sweep sweep(double[] p, boolean[] y) {
		Integer[] order = new Integer[p.length];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
		List<double[]> points = new ArrayList<>();
		long tp = 0, fp = 0;
		int i = 0;
		while (i < p.length) {
			double t = p[order[i]];
			while (i < p.length && p[order[i]] == t) {
				if (y[order[i]]) {
					tp++;
				} else {
					fp++;
				}
				i++;
			}
			points.add(new double[] { t, tp, fp });
		}
		double[] threshold = new double[points.size()];
		long[] tps = new long[points.size()], fps = new long[points.size()];
		for (int k = 0; k < points.size(); k++) {
			threshold[k] = points.get(k)[0];
			tps[k] = (long) points.get(k)[1];
			fps[k] = (long) points.get(k)[2];
		}
		return new Sweep(threshold, tps, fps, tp, fp);
	}

	/** ROC from (0, 0) at threshold +∞ to (1, 1) at the lowest prediction. */
	public static Curve roc(String algorithm, int fold, double[] p, boolean[] y) {
		Sweep s = sweep(p, y);
		int n = s.threshold().length + 1;
		double[] x = new double[n], yy = new double[n], t = new double[n];
		int[] count = new int[n];
		t[0] = Double.POSITIVE_INFINITY;
		for (int k = 1; k < n; k++) {
			x[k] = s.fp()[k - 1] / (double) s.negatives();
			yy[k] = s.tp()[k - 1] / (double) s.positives();
			t[k] = s.threshold()[k - 1];
			count[k] = (int) (s.tp()[k - 1] + s.fp()[k - 1]);
		}
		return thin(new Curve(algorithm, fold, ROC, x, yy, t, count));
	}

	/** Precision against recall at each distinct threshold, from the highest prediction down. */
	public static Curve precisionRecall(String algorithm, int fold, double[] p, boolean[] y) {
		Sweep s = sweep(p, y);
		int n = s.threshold().length;
		double[] x = new double[n], yy = new double[n], t = new double[n];
		int[] count = new int[n];
		for (int k = 0; k < n; k++) {
			long predicted = s.tp()[k] + s.fp()[k];
			x[k] = s.tp()[k] / (double) s.positives();
			yy[k] = s.tp()[k] / (double) predicted;
			t[k] = s.threshold()[k];
			count[k] = (int) predicted;
		}
		return thin(new Curve(algorithm, fold, PRECISION_RECALL, x, yy, t, count));
	}

	/** Ten bins [0, 0.1), …, [0.9, 1]; bins without predictions are left out. */
	public static Curve calibration(String algorithm, int fold, double[] p, boolean[] y) {
		int bins = CALIBRATION_BINS;
		double[] sum = new double[bins];
		int[] n = new int[bins], positives = new int[bins];
		for (int i = 0; i < p.length; i++) {
			int b = Math.min(bins - 1, (int) Math.floor(p[i] * bins));
			sum[b] += p[i];
			n[b]++;
			positives[b] += y[i] ? 1 : 0;
		}
		int used = (int) Arrays.stream(n).filter(c -> c > 0).count();
		double[] x = new double[used], yy = new double[used], t = new double[used];
		int[] count = new int[used];
		int k = 0;
		for (int b = 0; b < bins; b++) {
			if (n[b] > 0) {
				x[k] = sum[b] / n[b];
				yy[k] = positives[b] / (double) n[b];
				t[k] = b / (double) bins;
				count[k] = n[b];
				k++;
			}
		}
		return new Curve(algorithm, fold, CALIBRATION, x, yy, t, count);
	}

	/** At most {@link #MAX_POINTS} points, evenly spaced in index, keeping the first and the last. */
	static Curve thin(Curve c) {
		int n = c.x().length;
		if (n <= MAX_POINTS) {
			return c;
		}
		double[] x = new double[MAX_POINTS], y = new double[MAX_POINTS], t = new double[MAX_POINTS];
		int[] count = new int[MAX_POINTS];
		for (int k = 0; k < MAX_POINTS; k++) {
			int i = (int) Math.round(k * (n - 1) / (double) (MAX_POINTS - 1));
			x[k] = c.x()[i];
			y[k] = c.y()[i];
			t[k] = c.threshold()[i];
			count[k] = c.count()[i];
		}
		return new Curve(c.algorithm(), c.fold(), c.kind(), x, y, t, count);
	}

	/** The curve as a value that travels with the cell's metrics (like the cell's cost). */
	static Value toValue(Curve c) {
		int n = c.x().length;
		String[] ids = new String[4 * n];
		double[] values = new double[4 * n];
		for (int i = 0; i < n; i++) {
			ids[4 * i] = X;
			values[4 * i] = c.x()[i];
			ids[4 * i + 1] = Y;
			values[4 * i + 1] = c.y()[i];
			ids[4 * i + 2] = THRESHOLD;
			values[4 * i + 2] = c.threshold()[i];
			ids[4 * i + 3] = COUNT;
			values[4 * i + 3] = c.count()[i];
		}
		return new Value(c.algorithm(), c.fold(), "auc", SEGMENT_PREFIX + c.kind(), Double.NaN, n, ids, values,
				Double.NaN);
	}

	static boolean isCurve(Value v) {
		return v.segment().startsWith(SEGMENT_PREFIX);
	}

	static Curve fromValue(Value v) {
		int n = v.unitValues().length / 4;
		double[] x = new double[n], y = new double[n], t = new double[n];
		int[] count = new int[n];
		for (int i = 0; i < n; i++) {
			x[i] = v.unitValues()[4 * i];
			y[i] = v.unitValues()[4 * i + 1];
			t[i] = v.unitValues()[4 * i + 2];
			count[i] = (int) v.unitValues()[4 * i + 3];
		}
		return new Curve(v.algorithm(), v.fold(), v.segment().substring(SEGMENT_PREFIX.length()), x, y, t, count);
	}
}
