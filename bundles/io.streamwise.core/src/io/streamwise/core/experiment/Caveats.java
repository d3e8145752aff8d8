package io.streamwise.core.experiment;

import java.util.ArrayList;
import java.util.List;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.core.experiment.ExperimentResult.Warning;
import io.streamwise.core.significance.TestResult;

/**
 * The warnings of a run: statistics that the run reports but that a reader should not take at face value. Each has a
 * stable code and one sentence of reason; docs/metrics.md, "Warnings", lists them.
 */
final class Caveats {

	/** Fewer Friedman blocks than this draw a warning. */
	static final int FRIEDMAN_MIN_BLOCKS = 5;

	private Caveats() {
	}

	static List<Warning> of(ExperimentSpec spec, List<Metric> metrics, List<TestResult> significance,
			List<AlgorithmInfo> algorithms) {
		List<Warning> out = new ArrayList<>();
		// an old id kept so that old files still run: say once per algorithm what replaces it
		algorithms.stream().filter(AlgorithmInfo::deprecated).map(AlgorithmInfo::deprecationNotice).distinct()
				.forEach(notice -> out.add(new Warning("deprecated-algorithm", notice)));
		int sampled = RankingEvaluation.sampledNegatives(spec.protocol());
		boolean ranking = metrics.stream()
				.anyMatch(m -> m.kind() == io.streamwise.api.algorithm.AlgorithmKind.RECOMMENDER);
		if (sampled > 0 && ranking) {
			out.add(new Warning("sampled-metrics", "ranking metrics rank the relevant items among " + sampled
					+ " sampled non-relevant ones, not among all items; sampled metrics can order algorithms"
					+ " differently from full ranking (Krichene and Rendle 2020)"));
		}
		int blocks = significance.stream().filter(t -> t.test().equals("friedman")).mapToInt(TestResult::n).min()
				.orElse(0);
		if (blocks > 0) {
			if (blocks < FRIEDMAN_MIN_BLOCKS) {
				out.add(new Warning("friedman-few-blocks", "Friedman's test ran on " + blocks + " blocks; with fewer"
						+ " than " + FRIEDMAN_MIN_BLOCKS + " its chi-square approximation is poor and it has almost no"
						+ " power (Demsar 2006 asks for 10 or more data sets)"));
			}
			out.add(new Warning("friedman-folds-of-one-dataset", "Friedman's blocks are folds of one data set, which"
					+ " share data, not independent data sets; its p-values are optimistic"));
		}
		boolean paired = significance.stream().anyMatch(t -> t.test().equals("wilcoxon"));
		if (paired && spec.protocol().kind().protocol().foldsOverlap(spec.protocol())) {
			out.add(new Warning("paired-units-repeat-across-folds", "paired tests pool the units of "
					+ spec.protocol().folds() + " repeated random splits of one data set; a unit tested in several"
					+ " folds is counted several times, so the tests' p-values are optimistic"));
		}
		return out;
	}
}
