// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

import io.streamwise.core.results.PolicyResults;
import io.streamwise.report.charts.PolicyCharts;
import io.streamwise.report.charts.SvgCharts;

/**
 * Bandit policy results as pictures: the charts of {@link PolicyCharts} as SVG and PNG files beside the results. The
 * same results give the same bytes.
 */
public final class PolicyReport {

	/** Chart files go in this folder of the results folder. */
	public static final String CHARTS = "charts";

	static final int WIDTH = 800, HEIGHT = 480;

	private PolicyReport() {
	}

	/**
	 * Writes {@code charts/NAME.svg} and {@code charts/NAME.png} for every chart the results have data for into
	 * {@code dir}. The caller stages {@code dir} and moves it into place whole, so a failure leaves nothing
	 * half-written.
	 */
	public static void writeCharts(Path dir, PolicyResults results) throws IOException {
		Map<String, JFreeChart> charts = PolicyCharts.all(results);
		if (charts.isEmpty()) {
			return;
		}
		Path folder = Files.createDirectories(dir.resolve(CHARTS));
		for (Map.Entry<String, JFreeChart> e : charts.entrySet()) {
			Files.writeString(folder.resolve(e.getKey() + ".svg"),
					SvgCharts.document(e.getValue(), WIDTH, HEIGHT, e.getKey()), StandardCharsets.UTF_8);
			ChartUtils.saveChartAsPNG(folder.resolve(e.getKey() + ".png").toFile(), e.getValue(), WIDTH, HEIGHT);
		}
	}
}
