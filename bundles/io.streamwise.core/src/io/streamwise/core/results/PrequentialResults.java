package io.streamwise.core.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.annotations.SerializedName;

/**
 * {@code results.json} of {@code streamwise prequential}: the stream, the evaluation settings, and per learner its
 * final metrics, throughput, drift positions and learning curve. Metric names come from {@link MetricVocabulary}.
 * Version 2 spells log loss {@code logloss}, as experiments do; version 1 (files without {@code format}) spelt it
 * {@code log_loss}, which {@link ResultsJson} reads as {@code logloss}. Definitions: docs/stream-learning.md.
 *
 * @param command    always {@code prequential}, as in version 1
 * @param provenance the dataset's SHA-256 ({@code datasetSha256}), the MOA version ({@code moa}) and the environment
 *                   (bundle versions, Java, operating system), side by side as version 1 has them
 */
public record PrequentialResults(String format, int formatVersion, String command, Data data, Settings settings,
		List<Learner> learners, Map<String, String> provenance) implements ResultsDocument {

	public static final String FORMAT = "streamwise.prequential-results";
	public static final int VERSION = 2;
	public static final String COMMAND = "prequential";

	public PrequentialResults {
		learners = ResultsJson.list(learners);
	}

	public static PrequentialResults of(Data data, Settings settings, List<Learner> learners,
			Map<String, String> provenance) {
		return new PrequentialResults(FORMAT, VERSION, COMMAND, data, settings, learners, provenance);
	}

	@Override
	public List<String> metricNames() {
		List<String> names = new ArrayList<>();
		for (Learner l : learners) {
			names.addAll(ResultsJson.map(l.metrics()).keySet());
			for (CurvePoint p : l.curve()) {
				names.addAll(p.metrics().keySet());
			}
		}
		return names;
	}

	/**
	 * @param className    the class attribute ({@code class} in the file)
	 * @param positiveClass the class value that precision, recall, F1, AUC and Brier score treat as positive
	 */
	public record Data(String file, String sha256, long instances, @SerializedName("class") String className,
			List<String> classValues, String positiveClass) {
	}

	/**
	 * @param evaluation basic, window(N) or fading(A)
	 * @param drift      adwin, ddm, ph or none
	 * @param delay      a fixed delay, a column, or none
	 * @param time       the time column, or position
	 */
	public record Settings(String evaluation, int aucWindow, long curveEvery, String drift, String delay, String time,
			long seed) {
	}

	/**
	 * @param metrics the metrics after the last instance, by name, in the order of the stream metrics
	 * @param drifts  stream positions at which the drift detector fired
	 */
	public record Learner(String learner, Map<String, Double> metrics, long instances, long trained, double seconds,
			double instancesPerSecond, List<Long> drifts, List<CurvePoint> curve) {
		public Learner {
			drifts = ResultsJson.list(drifts);
			curve = ResultsJson.list(curve);
		}
	}

	/**
	 * A learning-curve point: the metrics after {@code at} instances (seen, or trained on for periodic hold-out). In
	 * the file the metrics sit beside {@code at}; {@link ResultsJson} writes and reads it so.
	 */
	public record CurvePoint(long at, Map<String, Double> metrics) {
		public CurvePoint {
			metrics = ResultsJson.map(metrics);
		}
	}
}
