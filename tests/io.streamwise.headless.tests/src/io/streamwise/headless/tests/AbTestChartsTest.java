// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.streamwise.core.abtest.AbAnalysis;
import io.streamwise.core.abtest.AbCalibration;
import io.streamwise.core.abtest.AbMonitor;
import io.streamwise.core.abtest.AbStatistics;
import io.streamwise.core.abtest.AbTestSpec;
import io.streamwise.core.abtest.AbUnits;
import io.streamwise.core.abtest.MixtureSprt;
import io.streamwise.model.abtest.AnalysisMethod;
import io.streamwise.model.abtest.Correction;
import io.streamwise.report.charts.AbTestCharts;
import io.streamwise.report.charts.SvgCharts;

/** Each A/B chart drawn from small hand-made results holds the results' numbers, and draws as SVG and PNG. */
class AbTestChartsTest {

	private static final List<String> ARMS = List.of("control", "b", "c");

	/**
	 * 3 arms × 200 units; conversion: control 40, b 60, c 50 buyers; revenue: each buyer pays 10 (b: 12), so every
	 * comparison has a relative lift.
	 */
	static AbAnalysis.Result analysis() throws Exception {
		int n = 600;
		int[] arm = new int[n];
		double[] conversion = new double[n], revenue = new double[n];
		int[] buyers = { 40, 60, 50 };
		for (int i = 0; i < n; i++) {
			arm[i] = i / 200;
			boolean bought = i % 200 < buyers[arm[i]];
			conversion[i] = bought ? 1 : 0;
			revenue[i] = bought ? (arm[i] == 1 ? 12 : 10) : 0;
		}
		AbUnits conv = AbUnits.of(ARMS, arm, conversion, null, null, null, true);
		AbUnits rev = AbUnits.of(ARMS, arm, revenue, null, null, null, false);
		AbTestSpec spec = AbTestSpec.forData(ARMS, "control", 0.05, AnalysisMethod.ZPOOLED, Correction.HOLM, 0.1, 100);
		return AbAnalysis.analyse(spec, List.of("conversion", "revenue"), List.of(conv, rev), 7);
	}

	private static Document svg(JFreeChart chart, String id) throws Exception {
		return ReportCommandTest.parse(SvgCharts.document(chart, AbTestCharts.WIDTH, AbTestCharts.HEIGHT, id));
	}

	/** The SVG's elements stroked or filled in the given colour (as rgb(r,g,b) or #rrggbb, in attributes or style). */
	private static int drawnIn(Document svg, String tag, Color color) {
		String rgb = "rgb(" + color.getRed() + "," + color.getGreen() + "," + color.getBlue() + ")";
		String hex = String.format("#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
		NodeList nodes = svg.getElementsByTagNameNS("*", tag);
		int count = 0;
		for (int i = 0; i < nodes.getLength(); i++) {
			Element e = (Element) nodes.item(i);
			String paint = (e.getAttribute("style") + ";" + e.getAttribute("stroke") + ";" + e.getAttribute("fill"))
					.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
			count += paint.contains(rgb) || paint.contains(hex) ? 1 : 0;
		}
		return count;
	}

	@Test
	void theForestPlotHasOneIntervalPerArmAndMetricAtTheRelativeLift() throws Exception {
		AbAnalysis.Result r = analysis();
		JFreeChart chart = AbTestCharts.forest(r);
		IntervalXYDataset data = (IntervalXYDataset) chart.getXYPlot().getDataset();
		assertEquals(4, data.getItemCount(0), "2 treatments × 2 metrics");
		// conversion, b: 60/200 against 40/200 is +50 %
		assertEquals(50, data.getYValue(0, 0), 1e-9);
		AbStatistics.Estimate lift = r.metrics().get(0).comparisons().get(0).estimates().stream()
				.filter(e -> e.method().equals("welch-relative")).findFirst().orElseThrow();
		assertEquals(100 * lift.low(), data.getStartYValue(0, 0), 1e-9);
		assertEquals(100 * lift.high(), data.getEndYValue(0, 0), 1e-9);
		// revenue, b: 60 × 12 / (40 × 10) − 1 = +80 %
		assertEquals(80, data.getYValue(0, 2), 1e-9);
		// each interval is drawn as a line with two caps in the interval colour: 3 lines per comparison
		assertEquals(3 * 4, drawnIn(svg(chart, "forest"), "line", AbTestCharts.INTERVAL));
	}

	@Test
	void thePosteriorsAreTheArmsBetaDensities() throws Exception {
		AbAnalysis.Result r = analysis();
		JFreeChart chart = AbTestCharts.posteriors(r, "conversion");
		XYDataset data = chart.getXYPlot().getDataset();
		assertEquals(3, data.getSeriesCount(), "one curve per arm");
		// control: Beta(1 + 40, 1 + 160), mode 40/200 = 0.2; b: Beta(61, 141), mode 0.3
		double[] modes = { 0.2, 0.3, 0.25 };
		for (int s = 0; s < 3; s++) {
			int top = 0;
			double area = 0;
			for (int i = 0; i < data.getItemCount(s); i++) {
				if (data.getYValue(s, i) > data.getYValue(s, top)) {
					top = i;
				}
				if (i > 0) {
					area += (data.getXValue(s, i) - data.getXValue(s, i - 1))
							* (data.getYValue(s, i) + data.getYValue(s, i - 1)) / 2;
				}
			}
			double step = data.getXValue(s, 1) - data.getXValue(s, 0);
			assertEquals(modes[s], data.getXValue(s, top), step, "mode of arm " + s);
			assertEquals(1, area, 0.01, "a density integrates to 1 over the range");
		}
		assertTrue(data.getSeriesKey(1).toString().contains("P(b > control)"), data.getSeriesKey(1).toString());
		assertThrows(IllegalArgumentException.class, () -> AbTestCharts.posteriors(r, "revenue"));
		assertEquals(List.of("forest", "posterior-conversion"),
				List.copyOf(AbTestCharts.analysisCharts(r).keySet()));
	}

	@Test
	void theMonitoringChartHasTheSequenceOfEachArmAndItsDecisionDay() throws Exception {
		MixtureSprt b = new MixtureSprt(0.01, 0.05), c = new MixtureSprt(0.01, 0.05);
		List<AbMonitor.Row> rows = new ArrayList<>();
		for (int day = 1; day <= 5; day++) {
			rows.add(new AbMonitor.Row("b", day, b.look(day, 100 * day, 100 * day, 0.3, 0.01 / day), 0.5));
			rows.add(new AbMonitor.Row("c", day, c.look(day, 100 * day, 100 * day, 0.0, 0.01 / day), 0.5));
		}
		// b: θ̂ = 0.3, V = 0.01 / day, τ² = 0.01: p = 0.149 on day 1, 0.0043 on day 2 (ln Λ = ½ ln(1/3) + 6)
		assertFalse(rows.get(0).look().reject());
		assertTrue(rows.get(2).look().reject());
		int bDecided = 2;
		AbMonitor.Result r = new AbMonitor.Result("t", "mixture SPRT", "control", 0.05, 0.01, rows, List.of("b", "c"),
				new int[] { bDecided, -1 });
		JFreeChart chart = AbTestCharts.monitoring(r);
		IntervalXYDataset data = (IntervalXYDataset) chart.getXYPlot().getDataset();
		assertEquals(2, data.getSeriesCount());
		assertEquals(5, data.getItemCount(0));
		assertEquals(rows.get(8).look().low(), data.getStartYValue(0, 4), 1e-12);
		assertEquals(rows.get(9).look().high(), data.getEndYValue(1, 4), 1e-12);
		List<Double> decisions = new ArrayList<>();
		for (Object m : chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND)) {
			decisions.add(((ValueMarker) m).getValue());
		}
		assertEquals(List.of((double) bDecided), decisions, "only b decided");
		svg(chart, "monitoring");
	}

	static AbCalibration.Result calibration() {
		List<AbCalibration.Row> rows = List.of(
				new AbCalibration.Row("aa-viewer", "z-pooled", 2000, 0.051, 0.005, Double.NaN, 0, 0, Double.NaN),
				new AbCalibration.Row("aa-viewer", "msprt-daily-peeking", 2000, 0.01, 0.002, Double.NaN, 0, 0,
						Double.NaN),
				new AbCalibration.Row("aa-stream", "z-pooled-ignoring-clusters", 2000, 0.228, 0.009, 0.77, 0, 0,
						Double.NaN),
				new AbCalibration.Row("ab-offer", "z-pooled", 2000, 0.98, 0.003, Double.NaN, 0.09, 0.09, 0.98));
		Map<String, double[]> peeking = new LinkedHashMap<>();
		peeking.put(AbCalibration.PEEKING_FIXED_HORIZON, new double[] { 0.04, 0.08, 0.11 });
		peeking.put(AbCalibration.PEEKING_MSPRT, new double[] { 0, 0.005, 0.01 });
		return new AbCalibration.Result(new AbCalibration.Settings(2000, 1, 2, "default", 0.05), 100, 300, 9, 3, 0.4,
				0.9, 0.1, 0.001, peeking, rows);
	}

	@Test
	void theCalibrationChartsShowEachAaRateAgainstTheBandAndThePeekingCurves() throws Exception {
		AbCalibration.Result r = calibration();
		JFreeChart type1 = AbTestCharts.typeOneErrors(r);
		CategoryDataset bars = type1.getCategoryPlot().getDataset();
		assertEquals(3, bars.getColumnCount(), "the A/A rows only");
		assertEquals(0.228, bars.getValue(0, 2).doubleValue());
		Marker band = (Marker) type1.getCategoryPlot().getRangeMarkers(Layer.BACKGROUND).iterator().next();
		assertEquals(0.04, ((org.jfree.chart.plot.IntervalMarker) band).getStartValue(), 1e-12);
		// within the band and a sequential method below alpha: ordinary colour; only 22.8 % in the warning colour
		assertEquals(1, drawnIn(svg(type1, "type1"), "rect", AbTestCharts.WARN));
		JFreeChart peeking = AbTestCharts.peeking(r);
		XYPlot plot = peeking.getXYPlot();
		assertEquals(2, plot.getDataset().getSeriesCount());
		assertEquals(0.11, plot.getDataset().getYValue(0, 2), 1e-12);
		assertEquals(3.0, plot.getDataset().getXValue(0, 2), "days are numbered from 1");
		svg(peeking, "peeking");
	}

	@Test
	void writeGivesParsableSvgAndPngFilesAndTheSameSvgBytesTwice(@TempDir Path tmp) throws Exception {
		AbAnalysis.Result r = analysis();
		AbTestCharts.write(tmp.resolve("one"), AbTestCharts.analysisCharts(r));
		AbTestCharts.write(tmp.resolve("two"), AbTestCharts.analysisCharts(analysis()));
		for (String name : List.of("forest", "posterior-conversion")) {
			Path svg = tmp.resolve("one").resolve(AbTestCharts.CHARTS).resolve(name + ".svg");
			ReportCommandTest.parse(Files.readString(svg));
			assertArrayEquals(Files.readAllBytes(svg),
					Files.readAllBytes(tmp.resolve("two").resolve(AbTestCharts.CHARTS).resolve(name + ".svg")));
			byte[] png = Files.readAllBytes(svg.resolveSibling(name + ".png"));
			assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' },
					Arrays.copyOf(png, 8));
		}
	}
}
