package io.streamwise.core.experiment;

import java.util.List;
import java.util.Map;

/**
 * Everything a run produced: values per algorithm, fold and metric, the per-unit values behind them (per viewer for
 * ranking metrics, per row for conversion metrics) for significance tests, summaries with confidence intervals, cells
 * that failed, and provenance.
 */
public record ExperimentResult(ExperimentSpec spec, Provenance provenance, List<Value> values, List<Summary> summary,
		List<Failure> failures) {

	public ExperimentResult {
		values = List.copyOf(values);
		summary = List.copyOf(summary);
		failures = List.copyOf(failures);
	}

	/**
	 * One algorithm's metric in one fold.
	 *
	 * @param unitIds  the ids of the units evaluated (viewer ids, or row numbers), aligned with unitValues
	 * @param unitValues the metric of each unit; the mean is {@code value} (except for AUC, where they are the
	 *                   predictions, since an AUC is not a mean of per-row values)
	 * @param standardError a closed-form standard error when the metric has one (AUC: Hanley-McNeil), else NaN
	 */
	public record Value(String algorithm, int fold, String metric, double value, int n, String[] unitIds,
			double[] unitValues, double standardError) {
	}

	/**
	 * Mean over folds (or over units when there is one fold) with a 95% confidence interval.
	 *
	 * @param basis what the interval is computed over: "folds", "viewers", "rows" or "hanley-mcneil" (AUC)
	 */
	public record Summary(String algorithm, String metric, double mean, double ciLow, double ciHigh, int n,
			String basis) {
	}

	/** A cell (algorithm, fold) that failed, with the reason; other cells still ran. */
	public record Failure(String algorithm, int fold, String reason) {
	}

	/**
	 * Where the result came from.
	 *
	 * @param datasetSha256 SHA-256 of the dataset's source (see {@link LoadedDataset#sha256()})
	 * @param environment   bundle versions, Java version, operating system
	 */
	public record Provenance(String experimentFile, String datasetDescription, List<String> datasetSources,
			String datasetSha256, long seed, Map<String, Map<String, String>> algorithmSettings,
			Map<String, String> algorithmIds, Map<String, String> environment, String startedAt, double seconds) {
	}
}
