package io.streamwise.stream;

/**
 * How a prequential run evaluates.
 *
 * @param window        over which predictions metrics are averaged
 * @param curveEvery    a learning-curve point every this many instances (0: only the final point)
 * @param positiveClass class index for precision, recall, F1, AUC and Brier
 * @param drift         drift detector on the error stream, or null for none
 */
public record PrequentialSettings(EvaluationWindow window, long curveEvery, int positiveClass, DriftDetection drift) {

	public PrequentialSettings {
		if (window == null) {
			throw new IllegalArgumentException("evaluation window must be given");
		}
		if (curveEvery < 0) {
			throw new IllegalArgumentException("curve interval must not be negative, got " + curveEvery);
		}
		if (positiveClass < 0) {
			throw new IllegalArgumentException("positive class index must not be negative");
		}
	}

	/** Basic (cumulative) evaluation, a curve point every 1000 instances, positive class 1, no drift detector. */
	public static PrequentialSettings defaults() {
		return new PrequentialSettings(EvaluationWindow.basic(), 1000, 1, null);
	}

	public PrequentialSettings withWindow(EvaluationWindow w) {
		return new PrequentialSettings(w, curveEvery, positiveClass, drift);
	}

	public PrequentialSettings withCurveEvery(long n) {
		return new PrequentialSettings(window, n, positiveClass, drift);
	}

	public PrequentialSettings withPositiveClass(int c) {
		return new PrequentialSettings(window, curveEvery, c, drift);
	}

	public PrequentialSettings withDrift(DriftDetection d) {
		return new PrequentialSettings(window, curveEvery, positiveClass, d);
	}
}
