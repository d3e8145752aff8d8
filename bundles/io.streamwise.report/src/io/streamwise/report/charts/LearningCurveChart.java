package io.streamwise.report.charts;

import java.awt.BasicStroke;
import java.awt.Paint;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A metric over the stream, one line per learner, with a dashed vertical line in the learner's colour at each
 * position where its drift detector fired.
 */
public final class LearningCurveChart {

	/** A learner's values of the metric after {@code at[i]} instances (NaN: not measured there), and its drifts. */
	public record Curve(String learner, double[] at, double[] values, long[] drifts) {
	}

	private LearningCurveChart() {
	}

	/** The chart titled {@code title}, the metric on the vertical axis. */
	public static JFreeChart of(String title, String metric, List<Curve> curves) {
		XYSeriesCollection data = new XYSeriesCollection();
		for (Curve c : curves) {
			XYSeries series = new XYSeries(c.learner(), false, true);
			for (int i = 0; i < c.at().length; i++) {
				if (Double.isFinite(c.values()[i])) {
					series.add(c.at()[i], c.values()[i]);
				}
			}
			data.addSeries(series);
		}
		JFreeChart chart = ChartFactory.createXYLineChart(title, "instances", metric, data,
				PlotOrientation.VERTICAL, true, true, false);
		XYPlot plot = chart.getXYPlot();
		for (int s = 0; s < curves.size(); s++) {
			// the paint the renderer draws the series with (chosen now, once, from the plot's drawing supplier);
			// taking the supplier's next paint instead gave the markers colours of no curve
			Paint paint = plot.getRenderer().getItemPaint(s, 0);
			for (long at : curves.get(s).drifts()) {
				plot.addDomainMarker(new ValueMarker(at, paint, new BasicStroke(1f, BasicStroke.CAP_BUTT,
						BasicStroke.JOIN_MITER, 1f, new float[] { 4f, 3f }, 0f)));
			}
		}
		ChartStyle.apply(chart);
		return chart;
	}
}
