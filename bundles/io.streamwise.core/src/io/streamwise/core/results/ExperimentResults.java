package io.streamwise.core.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code results.json} of an experiment run: what was run, where it came from, the value of every algorithm, fold,
 * metric and segment, the summaries with 95% intervals, significance tests, failed cells, warnings, the units each
 * fold evaluated and what each cell cost. Field names are those of the files written before {@code format} existed
 * (version 1 without the two format fields); scripts read them. Definitions: docs/metrics.md.
 */
public record ExperimentResults(String format, int formatVersion, Experiment experiment, Provenance provenance,
		List<Value> values, List<Summary> summary, List<Significance> significance, List<Failure> failures,
		List<Warning> warnings, List<EvaluatedUnits> evaluatedUnits, List<Cost> costs,
		List<ConversionCurve> conversionCurves) implements ResultsDocument {

	public static final String FORMAT = "streamwise.experiment-results";
	public static final int VERSION = 1;

	/** Lists absent from a file (older files lack costs and warnings) read as empty. */
	public ExperimentResults {
		values = ResultsJson.list(values);
		summary = ResultsJson.list(summary);
		significance = ResultsJson.list(significance);
		failures = ResultsJson.list(failures);
		warnings = ResultsJson.list(warnings);
		evaluatedUnits = ResultsJson.list(evaluatedUnits);
		costs = ResultsJson.list(costs);
		// absent, not empty, without curves: files of recommender runs and older files stay byte for byte the same
		conversionCurves = conversionCurves == null || conversionCurves.isEmpty() ? null
				: ResultsJson.list(conversionCurves);
	}

	/** Results of the current format and version without conversion curves. */
	public static ExperimentResults of(Experiment experiment, Provenance provenance, List<Value> values,
			List<Summary> summary, List<Significance> significance, List<Failure> failures, List<Warning> warnings,
			List<EvaluatedUnits> evaluatedUnits, List<Cost> costs) {
		return of(experiment, provenance, values, summary, significance, failures, warnings, evaluatedUnits, costs,
				null);
	}

	/** The ROC, precision-recall and calibration curves of the conversion models; empty when there are none. */
	public List<ConversionCurve> curves() {
		return conversionCurves == null ? List.of() : conversionCurves;
	}

	/** Results of the current format and version. */
	public static ExperimentResults of(Experiment experiment, Provenance provenance, List<Value> values,
			List<Summary> summary, List<Significance> significance, List<Failure> failures, List<Warning> warnings,
			List<EvaluatedUnits> evaluatedUnits, List<Cost> costs, List<ConversionCurve> conversionCurves) {
		return new ExperimentResults(FORMAT, VERSION, experiment, provenance, values, summary, significance, failures,
				warnings, evaluatedUnits, costs, conversionCurves);
	}

	@Override
	public List<String> metricNames() {
		List<String> names = new ArrayList<>();
		if (experiment != null) {
			names.addAll(ResultsJson.list(experiment.metrics()));
		}
		values.forEach(v -> names.add(v.metric()));
		summary.forEach(s -> names.add(s.metric()));
		significance.forEach(s -> names.add(s.metric()));
		return names;
	}

	/**
	 * @param protocol   the protocol kind in lower case, such as {@code temporal}
	 * @param candidates which items are ranked: {@code all}, {@code showcase}, {@code sampled:N} or both
	 * @param metrics    the metric names as the experiment file gives them
	 */
	public record Experiment(String id, String name, String protocol, double trainRatio, int folds,
			Map<String, String> protocolOptions, String candidates, List<String> metrics) {
	}

	/**
	 * @param dataset      a sentence on the data, as printed
	 * @param pseudonymKey which key pseudonymised viewer ids; absent when none did
	 * @param environment  bundle versions, Java, operating system
	 * @param startedAt    ISO-8601 instant
	 */
	public record Provenance(String experimentFile, String dataset, List<String> datasetSources, String datasetSha256,
			PseudonymKey pseudonymKey, long seed, List<Algorithm> algorithms, Map<String, String> environment,
			String startedAt, double seconds) {
		public Provenance {
			algorithms = ResultsJson.list(algorithms);
		}
	}

	/** Where the key is and its fingerprint; the key itself never leaves its file. */
	public record PseudonymKey(String file, String fingerprint) {
	}

	/**
	 * An algorithm by its label in the experiment, its id in the registry and its settings, and the bundle that
	 * supplied it: symbolic name, version and the SHA-256 of its jar (absent in files written before they were
	 * recorded, and the hash when the bundle was no jar).
	 */
	public record Algorithm(String label, String id, Map<String, String> settings, String bundle, String bundleVersion,
			String jarSha256) {

		public Algorithm(String label, String id, Map<String, String> settings) {
			this(label, id, settings, null, null, null);
		}
	}

	public record Value(String algorithm, int fold, String metric, String segment, double value, int n) {
	}

	/** @param ciBasis what the interval is over: folds, viewers, sessions, rows, hanley-mcneil or none */
	public record Summary(String algorithm, String metric, String segment, double mean, double ci95Low,
			double ci95High, int n, String ciBasis) {
		/** Half the width of the interval; NaN without one. */
		public double halfWidth() {
			return Double.isNaN(ci95Low) || Double.isNaN(ci95High) ? Double.NaN : (ci95High - ci95Low) / 2;
		}
	}

	public record Significance(String test, String metric, String a, String b, int n, double difference,
			double statistic, double p, double pHolm, String effectName, double effect) {
	}

	public record Failure(String algorithm, int fold, String reason) {
	}

	public record Warning(String code, String reason) {
	}

	public record EvaluatedUnits(int fold, String unit, int inTest, int evaluated, int droppedNoRelevant,
			int droppedOnlySeen) {
	}

	public record Cost(String algorithm, int fold, double fitSeconds, double scoreSeconds, double peakHeapMb) {
	}

	/**
	 * A conversion model's curve on one fold (added in version 1 as an optional field: files without it read as
	 * without curves). docs/metrics.md, "Conversion curves".
	 *
	 * @param kind      roc, precision-recall or calibration
	 * @param x         false positive rate, recall, or mean predicted probability of the bin
	 * @param y         true positive rate, precision, or observed rate of positives in the bin
	 * @param threshold smallest prediction counted positive, or the bin's lower edge
	 * @param count     predictions counted positive, or predictions in the bin
	 */
	public record ConversionCurve(String algorithm, int fold, String kind, double[] x, double[] y, double[] threshold,
			int[] count) {
	}
}
