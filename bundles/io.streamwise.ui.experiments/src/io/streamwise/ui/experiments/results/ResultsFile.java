package io.streamwise.ui.experiments.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.streamwise.core.results.ExperimentResults;
import io.streamwise.core.results.MetricVocabulary;
import io.streamwise.core.results.MetricVocabulary.Direction;
import io.streamwise.core.results.PolicyResults;
import io.streamwise.core.results.PrequentialResults;
import io.streamwise.core.results.ProfileResults;
import io.streamwise.core.results.ResultsJson;

/**
 * A {@code results.json} as the results editor needs it: the summary (mean and 95% interval per algorithm and metric),
 * failures and a few lines of provenance, made from the results records of core (which read older files too).
 */
public record ResultsFile(String experimentId, String experimentName, String dataset, String protocol, long seed,
		double seconds, List<String> algorithms, List<String> metrics, List<Cell> cells, List<String> failures,
		List<LearningCurve> learningCurves, List<Cost> costs) {

	/** What one cell (algorithm, fold) cost; see CellCost in core. */
	public record Cost(String algorithm, int fold, double fitSeconds, double scoreSeconds, double peakHeapMb) {
	}

	/**
	 * An algorithm's cost over its folds: mean fit seconds, mean scoring seconds, the largest peak heap (MiB), as the
	 * command line's table gives them; empty when no cell of it has a cost.
	 */
	public Optional<double[]> cost(String algorithm) {
		List<Cost> cells = costs.stream().filter(c -> c.algorithm().equals(algorithm)).toList();
		if (cells.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new double[] { cells.stream().mapToDouble(Cost::fitSeconds).average().orElse(Double.NaN),
				cells.stream().mapToDouble(Cost::scoreSeconds).average().orElse(Double.NaN),
				cells.stream().mapToDouble(Cost::peakHeapMb).max().orElse(Double.NaN) });
	}

	/**
	 * A learner's prequential (or periodic hold-out) learning curve: accuracy after {@code at[i]} instances, and the
	 * positions where its drift detector fired.
	 */
	public record LearningCurve(String learner, double[] at, double[] accuracy, long[] drifts) {
	}

	/** One summary entry. */
	public record Cell(String algorithm, String metric, double mean, double ciLow, double ciHigh, int n, String basis) {
		public double halfWidth() {
			return Double.isNaN(ciLow) || Double.isNaN(ciHigh) ? Double.NaN : (ciHigh - ciLow) / 2;
		}
	}

	/**
	 * Reads a results file of an experiment or of {@code streamwise prequential} through the results records of
	 * core, so older files are accepted as core accepts them and an unknown metric is an error naming the file.
	 */
	public static ResultsFile read(Path file) throws IOException {
		return switch (ResultsJson.read(file)) {
		case ExperimentResults r -> experiment(r);
		case PrequentialResults r -> streamLearning(r);
		case ProfileResults r -> throw new IOException(file + " is an audience profile (" + r.format()
				+ "), not results of an experiment or of stream learning");
		case PolicyResults r -> throw new IOException(file + " holds bandit policy results (" + r.format()
				+ "), which have no algorithm-by-metric summary; the results editor shows them on their own");
		};
	}

	private static ResultsFile experiment(ExperimentResults r) {
		ExperimentResults.Experiment experiment = r.experiment() == null
				? new ExperimentResults.Experiment("", "", "", 0, 0, Map.of(), "", List.of())
				: r.experiment();
		ExperimentResults.Provenance provenance = r.provenance() == null
				? new ExperimentResults.Provenance("", "", List.of(), "", null, 0, List.of(), Map.of(), "", Double.NaN)
				: r.provenance();
		Set<String> algorithms = new LinkedHashSet<>();
		provenance.algorithms().forEach(a -> algorithms.add(a.label()));
		Set<String> metrics = new LinkedHashSet<>();
		if (experiment.metrics() != null) {
			experiment.metrics().forEach(m -> metrics.add(MetricVocabulary.canonical(m)));
		}
		List<Cell> cells = new ArrayList<>();
		for (ExperimentResults.Summary s : r.summary()) {
			Cell cell = new Cell(s.algorithm(), MetricVocabulary.canonical(s.metric()), s.mean(), s.ci95Low(),
					s.ci95High(), s.n(), text(s.ciBasis()));
			cells.add(cell);
			algorithms.add(cell.algorithm());
			metrics.add(cell.metric());
		}
		List<String> failures = r.failures().stream()
				.map(f -> f.algorithm() + " fold " + f.fold() + ": " + f.reason()).toList();
		List<Cost> costs = r.costs().stream() // none in results written before costs were measured
				.map(c -> new Cost(c.algorithm(), c.fold(), c.fitSeconds(), c.scoreSeconds(), c.peakHeapMb()))
				.toList();
		return new ResultsFile(text(experiment.id()), text(experiment.name()), text(provenance.dataset()),
				text(experiment.protocol()), provenance.seed(), provenance.seconds(), List.copyOf(algorithms),
				List.copyOf(metrics), cells, failures, List.of(), costs);
	}

	/** The results of {@code streamwise prequential}: final metrics per learner (no intervals) and learning curves. */
	private static ResultsFile streamLearning(PrequentialResults r) {
		List<String> learners = new ArrayList<>();
		Set<String> metrics = new LinkedHashSet<>();
		List<Cell> cells = new ArrayList<>();
		List<LearningCurve> curves = new ArrayList<>();
		for (PrequentialResults.Learner l : r.learners()) {
			learners.add(l.learner());
			Double instances = l.metrics().get(MetricVocabulary.INSTANCES.id());
			l.metrics().forEach((metric, value) -> {
				// counts such as the instances evaluated are no quality to compare
				if (MetricVocabulary.directionOf(metric) != Direction.NONE) {
					metrics.add(metric);
					cells.add(new Cell(l.learner(), metric, value, Double.NaN, Double.NaN,
							instances == null ? 0 : instances.intValue(), "final"));
				}
			});
			List<PrequentialResults.CurvePoint> points = l.curve();
			double[] at = new double[points.size()], accuracy = new double[points.size()];
			for (int i = 0; i < points.size(); i++) {
				at[i] = points.get(i).at();
				accuracy[i] = points.get(i).metrics().getOrDefault(MetricVocabulary.ACCURACY.id(), Double.NaN);
			}
			curves.add(new LearningCurve(l.learner(), at, accuracy,
					l.drifts().stream().mapToLong(Long::longValue).toArray()));
		}
		String file = r.data() == null ? "" : text(r.data().file());
		PrequentialResults.Settings settings = r.settings();
		return new ResultsFile("prequential",
				"Stream learning on " + Path.of(file.isEmpty() ? "?" : file).getFileName(),
				file, "prequential, " + (settings == null ? "" : text(settings.evaluation())),
				settings == null ? 0 : settings.seed(), 0, List.copyOf(learners), List.copyOf(metrics), cells,
				List.of(), curves, List.of());
	}

	public Optional<Cell> cell(String algorithm, String metric) {
		return cells.stream().filter(c -> c.algorithm().equals(algorithm) && c.metric().equals(metric)).findFirst();
	}

	/**
	 * Whether larger values of the metric are better, from the metric vocabulary of core; an unknown metric is an
	 * error (files with one are not read).
	 */
	public static boolean higherIsBetter(String metric) {
		return MetricVocabulary.directionOf(metric) == Direction.HIGHER;
	}

	/** The algorithm with the best finite mean of the metric, or null. */
	public String best(String metric) {
		Direction direction = MetricVocabulary.directionOf(metric);
		Cell best = null;
		for (Cell c : cells) {
			if (c.metric().equals(metric) && Double.isFinite(c.mean())
					&& (best == null || direction.better(c.mean(), best.mean()))) {
				best = c;
			}
		}
		return best == null ? null : best.algorithm();
	}

	private static String text(String s) {
		return s == null ? "" : s;
	}
}
