package io.streamwise.core.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a critical-difference diagram (Demšar 2006, figure 1) shows for one metric, from the Friedman analysis a run
 * wrote into results.json: each algorithm's mean rank over the blocks (folds), Nemenyi's critical difference at
 * α = 0.05 (computed by {@link io.streamwise.core.significance.Friedman} from Demšar's table of studentised range
 * quantiles), and the groups of algorithms whose mean ranks lie within one critical difference of each other (the
 * bars that join algorithms whose difference is not significant).
 */
public record CriticalDifferenceDiagram(String metric, int blocks, double criticalDifference, double friedmanP,
		List<Rank> ranks, List<Group> groups) {

	/** An algorithm's mean rank; rank 1 is best. */
	public record Rank(String algorithm, double meanRank) {
	}

	/** Indexes into {@link #ranks()} (sorted best first) of a maximal run of algorithms not told apart. */
	public record Group(int first, int last) {
	}

	/**
	 * The diagram of one metric, when the run has a Friedman analysis of it (3 or more algorithms over 2 or more
	 * folds); empty otherwise.
	 */
	public static Optional<CriticalDifferenceDiagram> of(ExperimentResults results, String metric) {
		String name = MetricVocabulary.canonical(metric);
		ExperimentResults.Significance friedman = null;
		List<Rank> ranks = new ArrayList<>();
		for (ExperimentResults.Significance s : results.significance()) {
			if (!MetricVocabulary.canonical(s.metric()).equals(name)) {
				continue;
			}
			if ("friedman".equals(s.test())) {
				friedman = s;
			} else if ("friedman-rank".equals(s.test())) {
				ranks.add(new Rank(s.a(), s.statistic()));
			}
		}
		if (friedman == null || ranks.size() < 2) {
			return Optional.empty();
		}
		return Optional.of(of(name, friedman.n(), friedman.effect(), friedman.p(), ranks));
	}

	/** The diagram of given mean ranks and critical difference. */
	public static CriticalDifferenceDiagram of(String metric, int blocks, double criticalDifference, double p,
			List<Rank> ranks) {
		List<Rank> sorted = ranks.stream().sorted(Comparator.comparingDouble(Rank::meanRank)).toList();
		List<Group> groups = new ArrayList<>();
		if (Double.isFinite(criticalDifference)) {
			int lastEnd = -1;
			for (int i = 0; i < sorted.size(); i++) {
				int j = i;
				while (j + 1 < sorted.size()
						&& sorted.get(j + 1).meanRank() - sorted.get(i).meanRank() < criticalDifference) {
					j++;
				}
				// a group contained in the previous one adds nothing; a single algorithm is no group
				if (j > i && j > lastEnd) {
					groups.add(new Group(i, j));
					lastEnd = j;
				}
			}
		}
		return new CriticalDifferenceDiagram(metric, blocks, criticalDifference, p, sorted, List.copyOf(groups));
	}

	/** Metrics of the run that have a Friedman analysis, in the order of the file. */
	public static List<String> metrics(ExperimentResults results) {
		return results.significance().stream().filter(s -> "friedman".equals(s.test()))
				.map(s -> MetricVocabulary.canonical(s.metric())).distinct().toList();
	}
}
