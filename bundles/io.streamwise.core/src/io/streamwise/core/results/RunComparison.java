package io.streamwise.core.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import io.streamwise.core.results.MetricVocabulary.Direction;

/**
 * Two runs side by side (two runs of one experiment, or the results of two experiments): the change of every
 * summary mean (segment {@code all}) from the first run to the second, and every setting or fact of provenance that
 * differs. Timing facts (start, end, seconds) always differ and are left out of the changes.
 */
public record RunComparison(List<Delta> deltas, List<Change> changes) {

	/** Facts of provenance that differ between any two runs and say nothing about what was run. */
	private static final Set<String> TIMING = Set.of("startedAt", "finishedAt", "seconds");

	/**
	 * The change of one algorithm's mean of one metric.
	 *
	 * @param a       the first run's mean; NaN when the first run lacks the cell
	 * @param b       the second run's mean; NaN when the second lacks it
	 * @param outcome whether the second run is better, worse or the same by the metric's direction, or changed
	 *                when the metric has no direction or a side is missing
	 * @param beyondIntervals whether the two 95% intervals do not overlap (a change the noise hardly explains)
	 */
	public record Delta(String algorithm, String metric, double a, double b, Outcome outcome,
			boolean beyondIntervals) {
		/** b - a; NaN when a side is missing. */
		public double difference() {
			return b - a;
		}
	}

	public enum Outcome {
		BETTER, WORSE, SAME, CHANGED
	}

	/** A setting or fact of provenance that differs; a side is null where it is absent. */
	public record Change(String field, String a, String b) {
	}

	public static RunComparison of(ExperimentResults a, ExperimentResults b) {
		return new RunComparison(deltas(a, b), changes(a, b));
	}

	private static List<Delta> deltas(ExperimentResults a, ExperimentResults b) {
		Map<String, ExperimentResults.Summary> left = summaries(a), right = summaries(b);
		Set<String> keys = new LinkedHashSet<>(left.keySet());
		keys.addAll(right.keySet());
		List<Delta> out = new ArrayList<>();
		for (String key : keys) {
			ExperimentResults.Summary x = left.get(key), y = right.get(key);
			ExperimentResults.Summary any = x != null ? x : y;
			String metric = MetricVocabulary.canonical(any.metric());
			double va = x == null ? Double.NaN : x.mean(), vb = y == null ? Double.NaN : y.mean();
			Direction direction = MetricVocabulary.directionOf(metric);
			Outcome outcome;
			if (Double.compare(va, vb) == 0) {
				outcome = Outcome.SAME;
			} else if (Double.isNaN(va) || Double.isNaN(vb) || direction == Direction.NONE) {
				outcome = Outcome.CHANGED;
			} else {
				outcome = direction.better(vb, va) ? Outcome.BETTER : Outcome.WORSE;
			}
			boolean beyond = x != null && y != null && Double.isFinite(x.ci95Low()) && Double.isFinite(y.ci95Low())
					&& (x.ci95High() < y.ci95Low() || y.ci95High() < x.ci95Low());
			out.add(new Delta(any.algorithm(), metric, va, vb, outcome, beyond));
		}
		return out;
	}

	private static Map<String, ExperimentResults.Summary> summaries(ExperimentResults r) {
		Map<String, ExperimentResults.Summary> out = new LinkedHashMap<>();
		for (ExperimentResults.Summary s : r.summary()) {
			if (s.segment() == null || s.segment().equals("all")) {
				out.put(s.algorithm() + "\u0000" + MetricVocabulary.canonical(s.metric()), s);
			}
		}
		return out;
	}

	private static List<Change> changes(ExperimentResults a, ExperimentResults b) {
		Map<String, String> left = facts(a), right = facts(b);
		Set<String> keys = new LinkedHashSet<>(left.keySet());
		keys.addAll(right.keySet());
		List<Change> out = new ArrayList<>();
		for (String key : keys) {
			if (!Objects.equals(left.get(key), right.get(key))) {
				out.add(new Change(key, left.get(key), right.get(key)));
			}
		}
		return out;
	}

	/** Every setting and fact of a run as one flat map, in a stable order. */
	static Map<String, String> facts(ExperimentResults r) {
		Map<String, String> out = new LinkedHashMap<>();
		ExperimentResults.Experiment e = r.experiment();
		if (e != null) {
			out.put("experiment.id", e.id());
			out.put("experiment.name", e.name());
			out.put("protocol", e.protocol());
			out.put("trainRatio", String.valueOf(e.trainRatio()));
			out.put("folds", String.valueOf(e.folds()));
			out.put("candidates", e.candidates());
			out.put("metrics", String.join(",", ResultsJson.list(e.metrics())));
			new TreeSet<>(ResultsJson.map(e.protocolOptions()).keySet())
					.forEach(k -> out.put("protocol." + k, e.protocolOptions().get(k)));
		}
		ExperimentResults.Provenance p = r.provenance();
		if (p != null) {
			out.put("seed", String.valueOf(p.seed()));
			out.put("dataset", p.dataset());
			out.put("datasetSha256", p.datasetSha256());
			out.put("datasetSources", String.join(", ", ResultsJson.list(p.datasetSources())));
			if (p.pseudonymKey() != null) {
				out.put("pseudonymKey", p.pseudonymKey().fingerprint());
			}
			for (ExperimentResults.Algorithm alg : p.algorithms()) {
				out.put("algorithm " + alg.label(), alg.id());
				Map<String, String> settings = ResultsJson.map(alg.settings());
				new TreeSet<>(settings.keySet())
						.forEach(k -> out.put("algorithm " + alg.label() + "." + k, settings.get(k)));
			}
			Map<String, String> env = ResultsJson.map(p.environment());
			new TreeSet<>(env.keySet()).stream().filter(k -> !TIMING.contains(k))
					.forEach(k -> out.put("environment." + k, env.get(k)));
		}
		return out;
	}

	/** The delta of one cell, if either run has it. */
	public java.util.Optional<Delta> delta(String algorithm, String metric) {
		return deltas.stream().filter(d -> d.algorithm().equals(algorithm) && d.metric().equals(metric)).findFirst();
	}
}
