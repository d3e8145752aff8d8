package io.streamwise.core.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code results.json} of {@code streamwise policy simulate}, {@code policy evaluate} and {@code policy accuracy}:
 * bandit policies judged online on the simulator, off-policy on a log, or the off-policy estimators judged against
 * the truth. One row per policy, estimator, metric and group; learning curves for online runs. Definitions:
 * docs/bandits.md.
 *
 * @param command     {@code policy simulate}, {@code policy evaluate} or {@code policy accuracy}
 * @param data        where the decisions came from (the simulator's preset and seed, or the log file and its SHA-256)
 * @param settings    the command's settings (rounds, seeds, estimators, clipping...), as text
 * @param policies    the policies: label, algorithm id and settings
 * @param rows        the results
 * @param curves      cumulative reward and regret after some rounds, mean and interval over seeds (online runs)
 * @param warnings    what the reader should know (weak support of the target by the logger, few seeds...)
 * @param provenance  versions, Java, operating system
 */
public record PolicyResults(String format, int formatVersion, String command, Map<String, String> data,
		Map<String, String> settings, List<PolicyEntry> policies, List<Row> rows, List<CurvePoint> curves,
		List<String> warnings, Map<String, String> provenance) implements ResultsDocument {

	public static final String FORMAT = "streamwise.policy-results";
	public static final int VERSION = 1;

	public PolicyResults {
		policies = ResultsJson.list(policies);
		rows = ResultsJson.list(rows);
		curves = ResultsJson.list(curves);
		warnings = ResultsJson.list(warnings);
	}

	public static PolicyResults of(String command, Map<String, String> data, Map<String, String> settings,
			List<PolicyEntry> policies, List<Row> rows, List<CurvePoint> curves, List<String> warnings,
			Map<String, String> provenance) {
		return new PolicyResults(FORMAT, VERSION, command, data, settings, policies, rows, curves, warnings,
				provenance);
	}

	@Override
	public List<String> metricNames() {
		List<String> names = new ArrayList<>();
		rows.forEach(r -> names.add(r.metric()));
		curves.forEach(c -> names.add(c.metric()));
		return names;
	}

	/** A policy as the command line named it: its label, algorithm id and every setting. */
	public record PolicyEntry(String label, String algorithm, Map<String, String> settings) {
	}

	/**
	 * One result.
	 *
	 * @param policy      the policy's label (or the logger's, for accuracy rows, the target's)
	 * @param estimator   {@code online} for a simulation, else the off-policy estimator ({@code ips}, {@code dr}...)
	 * @param metric      a name of {@link MetricVocabulary} ({@code reward}, {@code regret}, {@code policy_value},
	 *                    {@code bias}, {@code rmse}, {@code interval_coverage})
	 * @param group       what else the row depends on (log size, target–logger distance), empty when nothing
	 * @param value       the mean (over seeds), or the estimate
	 * @param low         the lower end of its 95 % interval (NaN when none)
	 * @param high        the upper end
	 * @param truth       the true value when the simulator knows it, else NaN
	 * @param n           seeds, log rows or logs the value is over
	 * @param diagnostics weight diagnostics of an off-policy estimate (effective sample size {@code ess}, largest
	 *                    weight {@code maxWeight}, share of the target's probability on actions the logger never took
	 *                    {@code unsupportedShare}), empty otherwise
	 */
	public record Row(String policy, String estimator, String metric, Map<String, String> group, double value,
			double low, double high, double truth, long n, Map<String, Double> diagnostics) {
	}

	/** Cumulative {@code metric} ({@code reward} or {@code regret}) after {@code round} rounds, over seeds. */
	public record CurvePoint(String policy, long round, String metric, double mean, double low, double high) {
	}
}
