package io.streamwise.report.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

import io.streamwise.core.results.MetricVocabulary;
import io.streamwise.core.results.MetricVocabulary.Direction;

/**
 * A bar per algorithm: its mean of one metric with the 95% interval as error bar, cut at the bounds the metric
 * vocabulary gives the metric (no recall below 0, no AUC above 1). The workbench's results editor and the HTML report
 * draw the same chart.
 */
public final class IntervalBarChart {

	/** An algorithm's mean and interval; a NaN end means no interval. */
	public record Bar(String algorithm, double mean, double low, double high) {
	}

	private IntervalBarChart() {
	}

	/** The chart of the bars with a finite mean, in the order given. */
	public static JFreeChart of(String metric, List<Bar> bars) {
		MetricVocabulary entry = MetricVocabulary.of(metric);
		ClippedIntervalDataset data = new ClippedIntervalDataset();
		for (Bar b : bars) {
			if (Double.isFinite(b.mean())) {
				data.add(b.mean(), b.low(), b.high(), entry.lowerBound(), entry.upperBound(), metric, b.algorithm());
			}
		}
		boolean higherIsBetter = MetricVocabulary.directionOf(metric) == Direction.HIGHER;
		JFreeChart chart = ChartFactory.createBarChart(metric + (higherIsBetter ? "" : " (lower is better)"),
				"algorithm", metric, data, PlotOrientation.VERTICAL, false, true, false);
		CategoryPlot plot = chart.getCategoryPlot();
		IntervalBarRenderer renderer = new IntervalBarRenderer(data);
		renderer.setSeriesPaint(0, ChartStyle.BAR);
		renderer.setDrawBarOutline(false);
		renderer.setShadowVisible(false);
		renderer.setBarPainter(new StandardBarPainter());
		plot.setRenderer(renderer);
		ChartStyle.apply(chart);
		return chart;
	}

	/**
	 * Bars of the means with a black error bar from each item's (clipped) low to high end, at the middle of its own
	 * bar (several series stand side by side in a category). Campaign charts use it too.
	 */
	static final class IntervalBarRenderer extends BarRenderer {

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
			double x = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, row, column)
					+ state.getBarWidth() / 2;
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
}
