package io.streamwise.report.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import io.streamwise.core.results.CriticalDifferenceDiagram;

/**
 * Draws a {@link CriticalDifferenceDiagram} as Demšar (2006) does: the mean-rank axis (1 = best, on the left), each
 * algorithm at its mean rank with its name, thick bars joining the algorithms whose ranks differ by less than the
 * critical difference, and the critical difference itself as a bar above the axis.
 */
public final class CriticalDifferenceChart {

	private CriticalDifferenceChart() {
	}

	public static JFreeChart of(CriticalDifferenceDiagram d) {
		int k = d.ranks().size();
		XYSeries points = new XYSeries("mean rank", false, true);
		for (int i = 0; i < k; i++) {
			points.add(d.ranks().get(i).meanRank(), k - i);
		}
		NumberAxis rank = new NumberAxis("mean rank (1 = best)");
		rank.setRange(0.5, k + 0.5);
		rank.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		NumberAxis rows = new NumberAxis();
		rows.setVisible(false);
		int groupRows = d.groups().size();
		rows.setRange(0, k + 2 + groupRows * 0.4);
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
		renderer.setSeriesPaint(0, new Color(0x3B, 0x75, 0xAF));
		XYPlot plot = new XYPlot(new XYSeriesCollection(points), rank, rows, renderer);
		plot.setRangeGridlinesVisible(false);
		Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
		for (int i = 0; i < k; i++) {
			CriticalDifferenceDiagram.Rank r = d.ranks().get(i);
			XYTextAnnotation name = new XYTextAnnotation(
					String.format(Locale.ROOT, "  %s (%.2f)", r.algorithm(), r.meanRank()), r.meanRank(), k - i);
			name.setFont(font);
			name.setTextAnchor(TextAnchor.CENTER_LEFT);
			plot.addAnnotation(name);
		}
		BasicStroke thick = new BasicStroke(4f);
		for (int g = 0; g < groupRows; g++) {
			CriticalDifferenceDiagram.Group group = d.groups().get(g);
			double y = k + 0.6 + g * 0.4;
			plot.addAnnotation(new XYLineAnnotation(d.ranks().get(group.first()).meanRank(), y,
					d.ranks().get(group.last()).meanRank(), y, thick, Color.BLACK));
		}
		if (Double.isFinite(d.criticalDifference())) {
			double y = k + 1.4 + groupRows * 0.4;
			plot.addAnnotation(new XYLineAnnotation(1, y, 1 + d.criticalDifference(), y, new BasicStroke(2f),
					Color.RED.darker()));
			XYTextAnnotation cd = new XYTextAnnotation(
					String.format(Locale.ROOT, "CD = %.3f", d.criticalDifference()), 1 + d.criticalDifference(), y);
			cd.setFont(font);
			cd.setTextAnchor(TextAnchor.CENTER_LEFT);
			plot.addAnnotation(cd);
		}
		JFreeChart chart = new JFreeChart(String.format(Locale.ROOT,
				"Critical difference: %s (Nemenyi, α = 0.05, %d folds; Friedman p = %.4f)", d.metric(), d.blocks(),
				d.friedmanP()), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
		chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
		ChartStyle.apply(chart);
		return chart;
	}
}
