package io.streamwise.core.experiment;

import java.util.List;
import java.util.Map;

import io.streamwise.core.significance.TestResult;

/**
 * Everything a run produced: values per algorithm, fold, metric and segment, the per-unit values behind them (per
 * viewer or viewer-in-stream session for ranking metrics, per row for conversion metrics) for significance tests,
 * summaries with confidence intervals, significance tests between the algorithms, cells that failed, what each cell
 * that completed cost (time and memory), and provenance.
 */
public record ExperimentResult(ExperimentSpec spec, Provenance provenance, List<Value> values, List<Summary> summary,
		List<TestResult> significance, List<Failure> failures, List<Warning> warnings, List<FoldCount> foldCounts,
		List<CellCost> costs, List<ConversionCurves.Curve> curves) {

	/** Segment of every evaluated unit. */
	public static final String ALL = "all";
	/** Segment of test viewers with training events. */
	public static final String WARM = "warm";
	/** Segment of test viewers without any training event (cold start). */
	public static final String COLD_VIEWERS = "cold-viewers";
	/** Units with relevant items that have no training event, judged on those items only. */
	public static final String COLD_ITEMS = "cold-items";

	public ExperimentResult {
		values = List.copyOf(values);
		summary = List.copyOf(summary);
		significance = List.copyOf(significance);
		failures = List.copyOf(failures);
		costs = List.copyOf(costs);
		warnings = List.copyOf(warnings);
		foldCounts = List.copyOf(foldCounts);
		curves = curves == null ? List.of() : List.copyOf(curves);
	}

	/** A result without conversion curves (recommenders only, or results made before the curves existed). */
	public ExperimentResult(ExperimentSpec spec, Provenance provenance, List<Value> values, List<Summary> summary,
			List<TestResult> significance, List<Failure> failures, List<Warning> warnings, List<FoldCount> foldCounts,
			List<CellCost> costs) {
		this(spec, provenance, values, summary, significance, failures, warnings, foldCounts, costs, List.of());
	}

	/**
	 * A reason to read some numbers of the run with care (weak statistics), shown with the results.
	 *
	 * @param code   stable name, such as {@code sampled-metrics}
	 * @param reason one sentence for the reader
	 */
	public record Warning(String code, String reason) {
	}

	/**
	 * Who the ranking metrics of one fold judged: the units (viewers, or viewer-in-stream sessions) with a test event,
	 * how many were evaluated, and how many were dropped because they had no relevant event in test, or because every
	 * relevant test item was excluded (seen in training or validation, or not on sale in the stream).
	 */
	public record FoldCount(int fold, String unit, int inTest, int evaluated, int noRelevant, int onlySeen) {
	}

	/**
	 * One algorithm's metric in one fold and segment.
	 *
	 * @param segment    {@value #ALL}, {@value #WARM}, {@value #COLD_VIEWERS} or {@value #COLD_ITEMS}
	 * @param unitIds    the ids of the units evaluated (viewer ids, "viewer@stream" sessions, or row numbers), aligned
	 *                   with unitValues; empty for aggregate metrics (coverage, Gini)
	 * @param unitValues the metric of each unit; the mean is {@code value} (except for AUC, where they are the
	 *                   predictions, since an AUC is not a mean of per-row values)
	 * @param standardError a closed-form standard error when the metric has one (AUC: Hanley-McNeil), else NaN
	 */
	public record Value(String algorithm, int fold, String metric, String segment, double value, int n,
			String[] unitIds, double[] unitValues, double standardError) {
	}

	/**
	 * Mean over folds (or over units when there is one fold) with a 95% confidence interval.
	 *
	 * @param basis what the interval is computed over: "folds", "viewers", "sessions", "rows", "hanley-mcneil"
	 *              (AUC) or "none" (an aggregate metric in one fold)
	 */
	public record Summary(String algorithm, String metric, String segment, double mean, double ciLow, double ciHigh,
			int n, String basis) {
	}

	/** A cell (algorithm, fold) that failed, with the reason; other cells still ran. */
	public record Failure(String algorithm, int fold, String reason) {
	}

	/**
	 * Where the result came from.
	 *
	 * @param datasetSha256 SHA-256 of the dataset's source (see {@link LoadedDataset#sha256()})
	 * @param environment   bundle versions, Java version, operating system
	 * @param pseudonymKey  which key pseudonymised the viewer ids (path and fingerprint, never the key); null if none
	 * @param origins       by algorithm label, the bundle that supplied the algorithm; empty when not known
	 */
	public record Provenance(String experimentFile, String datasetDescription, List<String> datasetSources,
			String datasetSha256, long seed, Map<String, Map<String, String>> algorithmSettings,
			Map<String, String> algorithmIds, Map<String, String> environment, String startedAt, double seconds,
			io.streamwise.core.io.KeyFile pseudonymKey, Map<String, Origin> origins) {

		public Provenance {
			origins = origins == null ? Map.of() : Map.copyOf(origins);
		}

		/** Provenance without the algorithms' origins (the runner's; {@code ProvenanceBuilder} adds them). */
		public Provenance(String experimentFile, String datasetDescription, List<String> datasetSources,
				String datasetSha256, long seed, Map<String, Map<String, String>> algorithmSettings,
				Map<String, String> algorithmIds, Map<String, String> environment, String startedAt, double seconds,
				io.streamwise.core.io.KeyFile pseudonymKey) {
			this(experimentFile, datasetDescription, datasetSources, datasetSha256, seed, algorithmSettings,
					algorithmIds, environment, startedAt, seconds, pseudonymKey, Map.of());
		}

		/** Provenance of data without pseudonymised ids. */
		public Provenance(String experimentFile, String datasetDescription, List<String> datasetSources,
				String datasetSha256, long seed, Map<String, Map<String, String>> algorithmSettings,
				Map<String, String> algorithmIds, Map<String, String> environment, String startedAt, double seconds) {
			this(experimentFile, datasetDescription, datasetSources, datasetSha256, seed, algorithmSettings,
					algorithmIds, environment, startedAt, seconds, null);
		}
	}

	/**
	 * The bundle an algorithm came from: symbolic name, version and the SHA-256 of its jar (null when it was not
	 * installed from a jar, as in a development runtime).
	 */
	public record Origin(String bundle, String version, String jarSha256) {
	}
}
