package io.streamwise.stream;

import java.util.List;

/**
 * What a prequential run of one learner found.
 *
 * @param learner   the learner's name
 * @param settings  how it was evaluated
 * @param metrics   the metrics after the last instance
 * @param curve     learning-curve points, the last one equal to {@code metrics}
 * @param drifts    stream positions (1-based count of instances that had arrived) at which drift was detected
 * @param instances instances that arrived (predicted)
 * @param trained   instances the learner was trained on (those whose label arrived, all at the end)
 * @param seconds   wall-clock time of the loop
 */
public record PrequentialResult(String learner, PrequentialSettings settings, StreamMetrics metrics,
		List<CurvePoint> curve, long[] drifts, long instances, long trained, double seconds) {

	public PrequentialResult {
		curve = List.copyOf(curve);
		drifts = drifts.clone();
	}

	/** One learning-curve point: the metrics after {@code instance} instances. */
	public record CurvePoint(long instance, StreamMetrics metrics) {
	}

	/** Instances per second of the whole loop (prediction, evaluation, training, reading the stream). */
	public double throughput() {
		return instances / seconds;
	}
}
