package io.streamwise.ui.experiments.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;

import io.streamwise.report.charts.ChartStyle;
import io.streamwise.report.charts.IntervalBarChart;
import io.streamwise.report.charts.LearningCurveChart;
import io.streamwise.report.charts.MetricAtKChart;
import io.streamwise.ui.experiments.results.ResultsFile;

/**
 * The charts of a result: a bar chart per metric with 95% intervals, metric@K curves and learning curves. The charts
 * themselves are built in io.streamwise.report.charts, which the HTML report shares; this class feeds them from
 * what the results editor shows.
 */
public final class ResultCharts {

	private ResultCharts() {
	}

	/**
	 * Bars of each algorithm's mean with its 95% interval as error bar, cut at the bounds the metric vocabulary gives
	 * the metric (no recall below 0, no AUC above 1).
	 */
	public static JFreeChart bars(ResultsFile results, String metric) {
		List<IntervalBarChart.Bar> bars = new ArrayList<>();
		for (String algorithm : results.algorithms()) {
			results.cell(algorithm, metric)
					.ifPresent(c -> bars.add(new IntervalBarChart.Bar(algorithm, c.mean(), c.ciLow(), c.ciHigh())));
		}
		return IntervalBarChart.of(metric, bars);
	}

	/** Ranking metrics that were measured at two or more list lengths, with those lengths in order. */
	public static Map<String, List<Integer>> curves(ResultsFile results) {
		return MetricAtKChart.curves(results.metrics());
	}

	/** One line per algorithm: the metric against K, with its intervals. */
	public static JFreeChart curve(ResultsFile results, String metricName, List<Integer> ks) {
		Map<String, List<MetricAtKChart.Point>> byAlgorithm = new LinkedHashMap<>();
		for (String algorithm : results.algorithms()) {
			List<MetricAtKChart.Point> points = new ArrayList<>();
			for (int k : ks) {
				results.cell(algorithm, metricName + "@" + k)
						.ifPresent(c -> points.add(new MetricAtKChart.Point(k, c.mean(), c.ciLow(), c.ciHigh())));
			}
			byAlgorithm.put(algorithm, points);
		}
		return MetricAtKChart.of(metricName, byAlgorithm);
	}

	/** Accuracy over the stream per learner, with a dashed vertical line in the learner's colour at each drift. */
	public static JFreeChart learningCurves(ResultsFile results) {
		List<LearningCurveChart.Curve> curves = results.learningCurves().stream()
				.map(c -> new LearningCurveChart.Curve(c.learner(), c.at(), c.accuracy(), c.drifts())).toList();
		return LearningCurveChart.of("Learning curve", "accuracy", curves);
	}

	static void style(JFreeChart chart) {
		ChartStyle.apply(chart);
	}
}
