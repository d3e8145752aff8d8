package io.streamwise.ui.experiments.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import io.streamwise.core.experiment.Metric;
import io.streamwise.ui.experiments.results.ResultsFile;
import io.streamwise.ui.experiments.results.ResultsFile.Cell;

/** The charts of a result: a bar chart per metric with 95% intervals, and metric@K curves. */
public final class ResultCharts {

	private ResultCharts() {
	}

	/**
	 * Bars of each algorithm's mean, with the interval's half-width as error bar (the runner's intervals are
	 * symmetric about the mean).
	 */
	public static JFreeChart bars(ResultsFile results, String metric) {
		DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
		for (String algorithm : results.algorithms()) {
			results.cell(algorithm, metric).filter(c -> Double.isFinite(c.mean())).ifPresent(c -> data.add(c.mean(),
					Double.isFinite(c.halfWidth()) ? c.halfWidth() : 0, metric, algorithm));
		}
		JFreeChart chart = ChartFactory.createBarChart(
				metric + (ResultsFile.higherIsBetter(metric) ? "" : " (lower is better)"),
				"algorithm", metric, data, PlotOrientation.VERTICAL, false, true, false);
		CategoryPlot plot = chart.getCategoryPlot();
		StatisticalBarRenderer renderer = new StatisticalBarRenderer();
		renderer.setErrorIndicatorPaint(Color.BLACK);
		renderer.setSeriesPaint(0, new Color(0x3B, 0x75, 0xAF));
		renderer.setDrawBarOutline(false);
		plot.setRenderer(renderer);
		style(chart);
		return chart;
	}

	/** Ranking metrics that were measured at two or more list lengths, with those lengths in order. */
	public static Map<String, List<Integer>> curves(ResultsFile results) {
		Map<String, List<Integer>> byName = new LinkedHashMap<>();
		for (String m : results.metrics()) {
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

	/** One line per algorithm: the metric against K, with its intervals. */
	public static JFreeChart curve(ResultsFile results, String metricName, List<Integer> ks) {
		YIntervalSeriesCollection data = new YIntervalSeriesCollection();
		for (String algorithm : results.algorithms()) {
			Map<Integer, Cell> points = new TreeMap<>();
			for (int k : ks) {
				results.cell(algorithm, metricName + "@" + k).filter(c -> Double.isFinite(c.mean()))
						.ifPresent(c -> points.put(k, c));
			}
			if (points.isEmpty()) {
				continue;
			}
			YIntervalSeries series = new YIntervalSeries(algorithm);
			points.forEach((k, c) -> series.add(k, c.mean(), Double.isFinite(c.ciLow()) ? c.ciLow() : c.mean(),
					Double.isFinite(c.ciHigh()) ? c.ciHigh() : c.mean()));
			data.addSeries(series);
		}
		JFreeChart chart = ChartFactory.createXYLineChart(metricName + "@K", "K (list length)", metricName, data,
				PlotOrientation.VERTICAL, true, true, false);
		XYPlot plot = chart.getXYPlot();
		XYErrorRenderer renderer = new XYErrorRenderer();
		renderer.setDrawXError(false);
		renderer.setDefaultLinesVisible(true);
		plot.setRenderer(renderer);
		plot.getDomainAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		style(chart);
		return chart;
	}

	/** Accuracy over the stream per learner, with a dashed vertical line in the learner's colour at each drift. */
	public static JFreeChart learningCurves(ResultsFile results) {
		XYSeriesCollection data = new XYSeriesCollection();
		for (ResultsFile.LearningCurve c : results.learningCurves()) {
			XYSeries series = new XYSeries(c.learner(), false, true);
			for (int i = 0; i < c.at().length; i++) {
				series.add(c.at()[i], c.accuracy()[i]);
			}
			data.addSeries(series);
		}
		JFreeChart chart = ChartFactory.createXYLineChart("Learning curve", "instances", "accuracy", data,
				PlotOrientation.VERTICAL, true, true, false);
		XYPlot plot = chart.getXYPlot();
		for (int s = 0; s < results.learningCurves().size(); s++) {
			java.awt.Paint paint = plot.getRenderer().getSeriesPaint(s) != null ? plot.getRenderer().getSeriesPaint(s)
					: plot.getDrawingSupplier().getNextPaint();
			for (long at : results.learningCurves().get(s).drifts()) {
				plot.addDomainMarker(new ValueMarker(at, paint, new BasicStroke(1f, BasicStroke.CAP_BUTT,
						BasicStroke.JOIN_MITER, 1f, new float[] { 4f, 3f }, 0f)));
			}
		}
		style(chart);
		return chart;
	}

	static void style(JFreeChart chart) {
		chart.setBackgroundPaint(Color.WHITE);
		chart.getPlot().setBackgroundPaint(new Color(0xF7, 0xF7, 0xF7));
		chart.setAntiAlias(true);
	}
}
