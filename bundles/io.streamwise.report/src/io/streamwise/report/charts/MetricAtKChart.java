package io.streamwise.report.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import io.streamwise.core.experiment.Metric;

/** A ranking metric against the list length K, one line per algorithm with its 95% intervals. */
public final class MetricAtKChart {

	/** The mean at one K with its interval; a NaN end is drawn at the mean. */
	public record Point(int k, double mean, double low, double high) {
	}

	private MetricAtKChart() {
	}

	/**
	 * Ranking metrics among the given names that were measured at two or more list lengths, with those lengths in
	 * order (ndcg@5, ndcg@10 give ndcg: [5, 10]); names that are no known metric are left out.
	 */
	public static Map<String, List<Integer>> curves(List<String> metrics) {
		Map<String, List<Integer>> byName = new LinkedHashMap<>();
		for (String m : metrics) {
			try {
				Metric metric = Metric.parse(m);
				if (metric.k() > 0) {
					byName.computeIfAbsent(metric.name(), n -> new ArrayList<>()).add(metric.k());
				}
			} catch (IllegalArgumentException e) {
				// unknown metric names get bars only
			}
		}
		Map<String, List<Integer>> out = new LinkedHashMap<>();
		byName.forEach((name, ks) -> {
			if (ks.stream().distinct().count() >= 2) {
				out.put(name, ks.stream().distinct().sorted().toList());
			}
		});
		return out;
	}

	/** The chart of the algorithms' points (in order of K), one series each, in the map's order. */
	public static JFreeChart of(String metricName, Map<String, List<Point>> byAlgorithm) {
		YIntervalSeriesCollection data = new YIntervalSeriesCollection();
		byAlgorithm.forEach((algorithm, points) -> {
			List<Point> finite = points.stream().filter(p -> Double.isFinite(p.mean())).toList();
			if (finite.isEmpty()) {
				return;
			}
			YIntervalSeries series = new YIntervalSeries(algorithm);
			for (Point p : finite) {
				series.add(p.k(), p.mean(), Double.isFinite(p.low()) ? p.low() : p.mean(),
						Double.isFinite(p.high()) ? p.high() : p.mean());
			}
			data.addSeries(series);
		});
		JFreeChart chart = ChartFactory.createXYLineChart(metricName + "@K", "K (list length)", metricName, data,
				PlotOrientation.VERTICAL, true, true, false);
		XYPlot plot = chart.getXYPlot();
		XYErrorRenderer renderer = new XYErrorRenderer();
		renderer.setDrawXError(false);
		renderer.setDefaultLinesVisible(true);
		plot.setRenderer(renderer);
		plot.getDomainAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		ChartStyle.apply(chart);
		return chart;
	}
}
