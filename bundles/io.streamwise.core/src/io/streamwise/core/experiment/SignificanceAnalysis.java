package io.streamwise.core.experiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.ExperimentResult.Value;
import io.streamwise.core.significance.Friedman;
import io.streamwise.core.significance.Holm;
import io.streamwise.core.significance.PairedTests;
import io.streamwise.core.significance.TestResult;

/**
 * Significance tests between the algorithms of a run, from its values in the {@code all} segment: for every metric
 * with per-unit values, paired t and Wilcoxon signed-rank tests for every pair of algorithms on the units both
 * evaluated (matched by fold and unit id), Holm-adjusted over the pairs; for every metric with at least 3 algorithms
 * and 2 folds, Friedman's test over the folds with mean ranks, Nemenyi's critical difference and Holm-adjusted
 * post-hoc tests.
 */
final class SignificanceAnalysis {

	private SignificanceAnalysis() {
	}

	static List<TestResult> analyse(List<Value> values, List<String> algorithms, List<Metric> metrics) {
		return analyse(values, algorithms, metrics, ProgressMonitor.NULL);
	}

	/** @throws io.streamwise.api.progress.CancelledException when the monitor is cancelled between two tests */
	static List<TestResult> analyse(List<Value> values, List<String> algorithms, List<Metric> metrics,
			ProgressMonitor monitor) {
		List<TestResult> out = new ArrayList<>();
		for (Metric metric : metrics) {
			monitor.checkCancelled();
			String name = metric.toString();
			Map<String, List<Value>> byAlgorithm = new HashMap<>();
			for (Value v : values) {
				if (v.metric().equals(name) && v.segment().equals(ExperimentResult.ALL)) {
					byAlgorithm.computeIfAbsent(v.algorithm(), a -> new ArrayList<>()).add(v);
				}
			}
			List<String> present = algorithms.stream().filter(byAlgorithm::containsKey).toList();
			if (!metric.aggregate()) {
				paired(out, name, present, byAlgorithm, monitor);
			}
			friedman(out, metric, present, byAlgorithm);
		}
		return out;
	}

	private static void paired(List<TestResult> out, String metric, List<String> algorithms,
			Map<String, List<Value>> byAlgorithm, ProgressMonitor monitor) {
		List<String[]> pairs = new ArrayList<>();
		List<PairedTests.Paired> results = new ArrayList<>();
		for (int i = 0; i < algorithms.size(); i++) {
			for (int j = i + 1; j < algorithms.size(); j++) {
				monitor.checkCancelled();
				Map<String, Double> a = units(byAlgorithm.get(algorithms.get(i)));
				Map<String, Double> b = units(byAlgorithm.get(algorithms.get(j)));
				// in the order of evaluation (folds, then units by index), not of the ids: pseudonyms differ by key
				List<String> common = a.keySet().stream().filter(b::containsKey).toList();
				if (common.size() < 2) {
					continue; // too few shared units to test
				}
				double[] x = common.stream().mapToDouble(a::get).toArray();
				double[] y = common.stream().mapToDouble(b::get).toArray();
				pairs.add(new String[] { algorithms.get(i), algorithms.get(j) });
				results.add(PairedTests.compare(x, y));
			}
		}
		double[] tHolm = Holm.adjust(results.stream().mapToDouble(PairedTests.Paired::tP).toArray());
		double[] wHolm = Holm.adjust(results.stream().mapToDouble(PairedTests.Paired::wilcoxonP).toArray());
		for (int p = 0; p < results.size(); p++) {
			PairedTests.Paired r = results.get(p);
			String a = pairs.get(p)[0], b = pairs.get(p)[1];
			out.add(new TestResult("paired-t", metric, a, b, r.n(), r.meanDiff(), r.t(), r.tP(), tHolm[p], "cohen-d",
					r.cohenD()));
			out.add(new TestResult("wilcoxon", metric, a, b, r.n(), r.meanDiff(), r.wPlus(), r.wilcoxonP(), wHolm[p],
					"rank-biserial", r.rankBiserial()));
		}
	}

	/** Per-unit values keyed by fold and unit id, so that repeated folds do not mix. */
	private static Map<String, Double> units(List<Value> cells) {
		Map<String, Double> out = new LinkedHashMap<>();
		for (Value v : cells) {
			for (int i = 0; i < v.unitIds().length; i++) {
				out.put(v.fold() + "/" + v.unitIds()[i], v.unitValues()[i]);
			}
		}
		return out;
	}

	private static void friedman(List<TestResult> out, Metric metric, List<String> algorithms,
			Map<String, List<Value>> byAlgorithm) {
		if (algorithms.size() < 3) {
			return;
		}
		// blocks: the folds in which every algorithm has a finite value
		List<double[]> blocks = new ArrayList<>();
		int maxFold = byAlgorithm.values().stream().flatMap(List::stream).mapToInt(Value::fold).max().orElse(-1);
		for (int f = 0; f <= maxFold; f++) {
			double[] block = new double[algorithms.size()];
			boolean complete = true;
			for (int j = 0; j < algorithms.size() && complete; j++) {
				int fold = f;
				Value v = byAlgorithm.get(algorithms.get(j)).stream().filter(x -> x.fold() == fold).findFirst()
						.orElse(null);
				complete = v != null && !Double.isNaN(v.value());
				block[j] = complete ? v.value() : Double.NaN;
			}
			if (complete) {
				blocks.add(block);
			}
		}
		if (blocks.size() < 2) {
			return;
		}
		String name = metric.toString();
		Friedman.Result r = Friedman.test(blocks.toArray(double[][]::new), metric.higherIsBetter());
		out.add(new TestResult("friedman", name, "", "", r.blocks(), Double.NaN, r.chiSquare(), r.p(), Double.NaN,
				"nemenyi-cd", r.criticalDifference()));
		for (int j = 0; j < algorithms.size(); j++) {
			out.add(new TestResult("friedman-rank", name, algorithms.get(j), "", r.blocks(), Double.NaN,
					r.meanRanks()[j], Double.NaN, Double.NaN, "", Double.NaN));
		}
		int at = 0;
		for (int i = 0; i < algorithms.size(); i++) {
			for (int j = i + 1; j < algorithms.size(); j++) {
				out.add(new TestResult("friedman-posthoc", name, algorithms.get(i), algorithms.get(j), r.blocks(),
						r.meanRanks()[i] - r.meanRanks()[j], r.postHocZ()[at], r.postHocP()[at], r.postHocPHolm()[at],
						"", Double.NaN));
				at++;
			}
		}
	}
}
