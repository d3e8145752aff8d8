package io.streamwise.ui.experiments.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import io.streamwise.core.experiment.Metric;
import io.streamwise.core.results.MetricVocabulary;
import io.streamwise.ui.experiments.results.ResultsFile;
import io.streamwise.ui.experiments.results.ResultsFile.Cell;

/** The charts of a result: a bar chart per metric with 95% intervals, and metric@K curves. */
public final class ResultCharts {

	private ResultCharts() {
	}

	/**
	 * Bars of each algorithm's mean with its 95% interval as error bar, cut at the bounds the metric vocabulary gives
	 * the metric (no recall below 0, no AUC above 1).
	 */
	public static JFreeChart bars(ResultsFile results, String metric) {
		MetricVocabulary entry = MetricVocabulary.of(metric);
		ClippedIntervalDataset data = new ClippedIntervalDataset();
		for (String algorithm : results.algorithms()) {
			results.cell(algorithm, metric).filter(c -> Double.isFinite(c.mean()))
					.ifPresent(c -> data.add(c.mean(), c.ciLow(), c.ciHigh(), entry.lowerBound(), entry.upperBound(),
							metric, algorithm));
		}
		JFreeChart chart = ChartFactory.createBarChart(
				metric + (ResultsFile.higherIsBetter(metric) ? "" : " (lower is better)"),
				"algorithm", metric, data, PlotOrientation.VERTICAL, false, true, false);
		CategoryPlot plot = chart.getCategoryPlot();
		IntervalBarRenderer renderer = new IntervalBarRenderer(data);
		renderer.setSeriesPaint(0, new Color(0x3B, 0x75, 0xAF));
		renderer.setDrawBarOutline(false);
		renderer.setShadowVisible(false);
		renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
		plot.setRenderer(renderer);
		style(chart);
		return chart;
	}

	/** Bars of the means with a black error bar from each item's (clipped) low to high end. */
	private static final class IntervalBarRenderer extends BarRenderer {

		private static final long serialVersionUID = 1L;
		private final transient ClippedIntervalDataset intervals;

		IntervalBarRenderer(ClippedIntervalDataset intervals) {
			this.intervals = intervals;
		}

		/** The axis shows the error bars whole, not only the means. */
		@Override
		public Range findRangeBounds(CategoryDataset dataset) {
			Range range = super.findRangeBounds(dataset);
			for (int row = 0; row < intervals.getRowCount(); row++) {
				for (int column = 0; column < intervals.getColumnCount(); column++) {
					for (double end : new double[] { intervals.low(row, column), intervals.high(row, column) }) {
						if (Double.isFinite(end)) {
							range = Range.expandToInclude(range, end);
						}
					}
				}
			}
			return range;
		}

		@Override
		public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
				CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row,
				int column, int pass) {
			super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
			double low = intervals.low(row, column), high = intervals.high(row, column);
			if (pass != 0 || Double.isNaN(low) || Double.isNaN(high) || high <= low) {
				return;
			}
			double x = domainAxis.getCategoryMiddle(column, getColumnCount(), dataArea, plot.getDomainAxisEdge());
			double y0 = rangeAxis.valueToJava2D(low, dataArea, plot.getRangeAxisEdge());
			double y1 = rangeAxis.valueToJava2D(high, dataArea, plot.getRangeAxisEdge());
			double whisker = state.getBarWidth() / 4;
			g2.setPaint(Color.BLACK);
			g2.setStroke(new BasicStroke(1f));
			g2.draw(new Line2D.Double(x, y0, x, y1));
			g2.draw(new Line2D.Double(x - whisker, y0, x + whisker, y0));
			g2.draw(new Line2D.Double(x - whisker, y1, x + whisker, y1));
		}
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
			// the paint the renderer draws the series with (chosen now, once, from the plot's drawing supplier);
			// taking the supplier's next paint instead gave the markers colours of no curve
			java.awt.Paint paint = plot.getRenderer().getItemPaint(s, 0);
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
