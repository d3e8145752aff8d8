package io.streamwise.report.charts;

import java.awt.Color;

import org.jfree.chart.JFreeChart;

/** The look every Streamwise chart shares, on screen, in exports and in reports: white around a light grey plot. */
public final class ChartStyle {

	/** The colour of single-series bars and of the critical-difference diagram's points. */
	public static final Color BAR = new Color(0x3B, 0x75, 0xAF);

	private ChartStyle() {
	}

	public static void apply(JFreeChart chart) {
		chart.setBackgroundPaint(Color.WHITE);
		chart.getPlot().setBackgroundPaint(new Color(0xF7, 0xF7, 0xF7));
		chart.setAntiAlias(true);
	}
}
