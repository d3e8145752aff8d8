package io.streamwise.stream;

import java.util.Locale;

/**
 * Over which predictions the metrics are averaged: all so far (basic, cumulative), the last {@code width} (sliding
 * window), or all with weight αᵏ for the prediction k steps back (fading factor).
 *
 * @param kind  which of the three
 * @param width window length in instances (sliding window; also the AUC window of the other kinds)
 * @param alpha fading factor in (0, 1] (fading only)
 */
public record EvaluationWindow(Kind kind, int width, double alpha) {

	/** The kinds of evaluation window. */
	public enum Kind {
		BASIC, WINDOW, FADING
	}

	/** AUC needs a ranking, which is kept over this many recent predictions unless a window says otherwise. */
	public static final int DEFAULT_AUC_WINDOW = 1000;

	public EvaluationWindow {
		if (kind == null) {
			throw new IllegalArgumentException("evaluation window kind must be given");
		}
		if (width < 1) {
			throw new IllegalArgumentException("window width must be at least 1, not " + width);
		}
		if (!(alpha > 0 && alpha <= 1)) {
			throw new IllegalArgumentException("fading factor must lie in (0, 1], not " + alpha);
		}
	}

	public static EvaluationWindow basic() {
		return new EvaluationWindow(Kind.BASIC, DEFAULT_AUC_WINDOW, 1);
	}

	public static EvaluationWindow window(int width) {
		return new EvaluationWindow(Kind.WINDOW, width, 1);
	}

	public static EvaluationWindow fading(double alpha) {
		return new EvaluationWindow(Kind.FADING, DEFAULT_AUC_WINDOW, alpha);
	}

	Estimator newEstimator() {
		return switch (kind) {
		case BASIC -> new Estimator.Cumulative();
		case WINDOW -> new Estimator.Window(width);
		case FADING -> new Estimator.Fading(alpha);
		};
	}

	/** "basic", "window(1000)", "fading(0.999)". */
	public String describe() {
		return switch (kind) {
		case BASIC -> "basic";
		case WINDOW -> "window(" + width + ")";
		case FADING -> String.format(Locale.ROOT, "fading(%s)", alpha);
		};
	}
}
