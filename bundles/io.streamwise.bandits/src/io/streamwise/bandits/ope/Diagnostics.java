package io.streamwise.bandits.ope;

/**
 * How well the log supports a target policy.
 *
 * @param effectiveSampleSize (Σ w)² / Σ w² of the importance weights: the number of uniformly weighted decisions the
 *                            log is worth for this target
 * @param largestWeight       the largest importance weight
 * @param unsupportedShare    the mean probability the target puts on actions the logger never took in the whole log
 *                            (no estimator but the direct method can see what they bring)
 * @param replayMatches       how many decisions replay keeps
 */
public record Diagnostics(double effectiveSampleSize, double largestWeight, double unsupportedShare,
		long replayMatches) {

	public static Diagnostics of(OffPolicyData d) {
		double sum = 0, squares = 0, largest = 0, unsupported = 0;
		long matches = 0;
		for (int i = 0; i < d.size(); i++) {
			double w = d.target()[i] / d.propensity()[i];
			sum += w;
			squares += w * w;
			largest = Math.max(largest, w);
			unsupported += d.unsupported()[i];
			matches += d.replayMatch()[i] ? 1 : 0;
		}
		return new Diagnostics(squares == 0 ? 0 : sum * sum / squares, largest,
				d.size() == 0 ? Double.NaN : unsupported / d.size(), matches);
	}
}
