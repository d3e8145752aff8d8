// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import io.streamwise.core.results.PolicyResults;
import io.streamwise.core.results.PolicyResults.CurvePoint;
import io.streamwise.core.results.PolicyResults.Row;
import io.streamwise.report.PolicyReport;
import io.streamwise.report.charts.ClippedIntervalDataset;
import io.streamwise.report.charts.PolicyCharts;

/** Each policy chart drawn from small hand-made results holds the results' numbers, and draws as SVG and PNG. */
class PolicyChartsTest {

	private static final double NAN = Double.NaN;

	/** Three policies over two checkpoints; policy i's regret after round r is (i + 1) · r / 100. */
	static PolicyResults simulation() {
		List<CurvePoint> curves = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		String[] policies = { "uniform", "eps-greedy", "linucb" };
		for (int i = 0; i < policies.length; i++) {
			for (long round : new long[] { 100, 200 }) {
				double regret = (i + 1) * round / 100.0;
				curves.add(new CurvePoint(policies[i], round, "reward", round / 50.0, round / 50.0 - 1,
						round / 50.0 + 1));
				curves.add(new CurvePoint(policies[i], round, "regret", regret, regret - 0.5, regret + 0.5));
			}
			rows.add(new Row(policies[i], "online", "reward", Map.of(), 4, 3, 5, NAN, 3, Map.of()));
			rows.add(new Row(policies[i], "online", "regret", Map.of(), 2 * (i + 1), 2 * i + 1.5, 2 * i + 2.5, NAN, 3,
					Map.of()));
		}
		return PolicyResults.of("policy simulate", Map.of(), Map.of("rounds", "200"), List.of(), rows, curves,
				List.of(), Map.of());
	}

	/** Two targets × three estimators; only the second target's true value is known. */
	static PolicyResults evaluation() {
		List<Row> rows = new ArrayList<>();
		String[] estimators = { "ips", "snips", "dr" };
		for (int e = 0; e < estimators.length; e++) {
			rows.add(new Row("ucb1", estimators[e], "policy_value", Map.of(), 0.02 + e * 0.001, 0.01, 0.03, NAN, 1000,
					Map.of("ess", 900.0)));
			rows.add(new Row("linucb", estimators[e], "policy_value", Map.of(), 0.04 + e * 0.001, 0.03, 0.05, 0.041,
					1000, Map.of("ess", 500.0)));
		}
		return PolicyResults.of("policy evaluate", Map.of(), Map.of(), List.of(), rows, List.of(), List.of(),
				Map.of());
	}

	/**
	 * Log sizes 500 and 2000 (written in that order), β 0 and 0.5 at distances 0 and 0.45, estimators ips and dm:
	 * bias = size-index + β + estimator-index / 10, RMSE twice that, coverage 0.9 − β / 10.
	 */
	static PolicyResults accuracy() {
		List<Row> rows = new ArrayList<>();
		String[] sizes = { "500", "2000" }, estimators = { "ips", "dm" };
		double[] betas = { 0, 0.5 };
		String[] distances = { "0.0000", "0.4500" };
		for (int s = 0; s < sizes.length; s++) {
			for (int b = 0; b < betas.length; b++) {
				Map<String, String> group = new LinkedHashMap<>();
				group.put("logSize", sizes[s]);
				group.put("beta", Double.toString(betas[b]));
				group.put("distance", distances[b]);
				for (int e = 0; e < estimators.length; e++) {
					double bias = s + betas[b] + e / 10.0;
					String label = "pi_beta=" + betas[b];
					rows.add(new Row(label, estimators[e], "bias", group, bias, NAN, NAN, 0.03, 30, Map.of()));
					rows.add(new Row(label, estimators[e], "rmse", group, 2 * bias, NAN, NAN, 0.03, 30, Map.of()));
					rows.add(new Row(label, estimators[e], "interval_coverage", group, 0.9 - betas[b] / 10, NAN, NAN,
							0.03, 30, Map.of()));
				}
			}
		}
		return PolicyResults.of("policy accuracy", Map.of(), Map.of(), List.of(), rows, List.of(), List.of(),
				Map.of());
	}

	@Test
	void regretAndRewardHaveALineAndBandPerPolicyOverTheRounds() {
		JFreeChart regret = PolicyCharts.regret(simulation());
		YIntervalSeriesCollection data = (YIntervalSeriesCollection) regret.getXYPlot().getDataset();
		assertEquals(3, data.getSeriesCount());
		assertEquals(List.of("uniform", "eps-greedy", "linucb"),
				List.of(data.getSeriesKey(0), data.getSeriesKey(1), data.getSeriesKey(2)));
		assertEquals(2, data.getItemCount(2));
		assertEquals(200, data.getXValue(2, 1), 0);
		assertEquals(6, data.getYValue(2, 1), 1e-12);
		assertEquals(5.5, data.getStartYValue(2, 1), 1e-12);
		assertEquals(6.5, data.getEndYValue(2, 1), 1e-12);
		assertTrue(regret.getXYPlot().getRangeAxis().getLabel().contains("purchases"));

		YIntervalSeriesCollection reward = (YIntervalSeriesCollection) PolicyCharts.reward(simulation()).getXYPlot()
				.getDataset();
		assertEquals(3, reward.getSeriesCount());
		assertEquals(4, reward.getYValue(0, 1), 1e-12);
		assertEquals(3, reward.getStartYValue(0, 1), 1e-12);
	}

	@Test
	void oneSeedDrawsTheLineWithoutABand() {
		PolicyResults one = PolicyResults.of("policy simulate", Map.of(), Map.of("reward", "revenue"), List.of(),
				List.of(), List.of(new CurvePoint("uniform", 10, "regret", 1.5, NAN, NAN)), List.of(), Map.of());
		JFreeChart chart = PolicyCharts.regret(one);
		YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
		assertEquals(1.5, data.getStartYValue(0, 0), 0);
		assertEquals(1.5, data.getEndYValue(0, 0), 0);
		assertTrue(chart.getXYPlot().getRangeAxis().getLabel().contains("revenue"));
	}

	@Test
	void theOpeChartHasABarPerEstimatorAndTargetWithItsIntervalAndTheKnownTruth() {
		JFreeChart chart = PolicyCharts.ope(evaluation());
		CategoryPlot plot = chart.getCategoryPlot();
		ClippedIntervalDataset data = (ClippedIntervalDataset) plot.getDataset();
		assertEquals(List.of("ips", "snips", "dr"), data.getRowKeys());
		assertEquals(List.of("ucb1", "linucb"), data.getColumnKeys());
		assertEquals(0.042, data.getValue("dr", "linucb").doubleValue(), 1e-12);
		assertEquals(0.03, data.low(2, 1), 1e-12);
		assertEquals(0.05, data.high(2, 1), 1e-12);
		CategoryDataset truth = plot.getDataset(1);
		assertEquals(List.of("linucb"), truth.getColumnKeys()); // ucb1's truth is unknown: no mark
		assertEquals(0.041, truth.getValue("true value", "linucb").doubleValue(), 1e-12);

		// without any known truth there is no second dataset
		PolicyResults unknown = PolicyResults.of("policy evaluate", Map.of(), Map.of(), List.of(),
				evaluation().rows().stream().filter(r -> r.policy().equals("ucb1")).toList(), List.of(), List.of(),
				Map.of());
		assertNull(PolicyCharts.ope(unknown).getCategoryPlot().getDataset(1));
	}

	@Test
	void accuracyBySizeIsALinePerEstimatorAtOneTarget() {
		JFreeChart chart = PolicyCharts.accuracyBySize(accuracy(), "rmse", "0.5");
		CategoryDataset data = chart.getCategoryPlot().getDataset();
		assertEquals(List.of("ips", "dm"), data.getRowKeys());
		assertEquals(List.of("500", "2000"), data.getColumnKeys());
		assertEquals(2 * (1 + 0.5 + 0.1), data.getValue("dm", "2000").doubleValue(), 1e-12);
		assertTrue(chart.getTitle().getText().contains("distance 0.4500"), chart.getTitle().getText());
		ValueMarker nominal = (ValueMarker) PolicyCharts.accuracyBySize(accuracy(), "interval_coverage", "0.5")
				.getCategoryPlot().getRangeMarkers(Layer.FOREGROUND).iterator().next();
		assertEquals(0.95, nominal.getValue(), 0);
	}

	@Test
	void accuracyByDistanceIsALinePerEstimatorAtOneLogSize() {
		XYDataset data = PolicyCharts.accuracyByDistance(accuracy(), "bias", "2000").getXYPlot().getDataset();
		assertEquals(2, data.getSeriesCount());
		assertEquals("ips", data.getSeriesKey(0));
		assertEquals(2, data.getItemCount(0));
		assertEquals(0.45, data.getXValue(0, 1), 1e-12);
		assertEquals(1.5, data.getYValue(0, 1), 1e-12);
		assertEquals(1.1, data.getYValue(1, 0), 1e-12);
	}

	@Test
	void allHasTheChartsOfWhatTheResultsHold() {
		assertEquals(List.of(PolicyCharts.REGRET, PolicyCharts.REWARD),
				List.copyOf(PolicyCharts.all(simulation()).keySet()));
		assertEquals(List.of(PolicyCharts.OPE), List.copyOf(PolicyCharts.all(evaluation()).keySet()));
		Map<String, JFreeChart> accuracy = PolicyCharts.all(accuracy());
		assertEquals(List.of("bias-by-size", "rmse-by-size", "coverage-by-size", "bias-by-distance",
				"rmse-by-distance", "coverage-by-distance"), List.copyOf(accuracy.keySet()));
		// by size at the farthest target, by distance at the largest logs (sizes sorted as numbers, not as text)
		assertTrue(accuracy.get("rmse-by-size").getTitle().getText().contains("β = 0.5"));
		assertTrue(accuracy.get("rmse-by-distance").getTitle().getText().contains("logs of 2000 decisions"));
	}

	@Test
	void chartFilesAreWellFormedSvgAndValidPngTheSameEveryTime(@TempDir Path tmp) throws Exception {
		for (PolicyResults results : List.of(simulation(), evaluation(), accuracy())) {
			Path a = tmp.resolve(results.command().replace(' ', '-') + "-a"),
					b = tmp.resolve(results.command().replace(' ', '-') + "-b");
			PolicyReport.writeCharts(a, results);
			PolicyReport.writeCharts(b, results);
			for (String name : PolicyCharts.all(results).keySet()) {
				byte[] svg = Files.readAllBytes(a.resolve("charts/" + name + ".svg"));
				Document document = svgParser().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
				assertEquals("svg", document.getDocumentElement().getNodeName());
				assertArrayEquals(svg, Files.readAllBytes(b.resolve("charts/" + name + ".svg")), name);
				BufferedImage png = ImageIO.read(a.resolve("charts/" + name + ".png").toFile());
				assertNotNull(png, name);
				assertEquals(800, png.getWidth());
				assertEquals(480, png.getHeight());
				assertTrue(new String(svg, StandardCharsets.UTF_8).contains(results.command().equals(
						"policy simulate") ? "eps-greedy" : "ips"), name);
			}
		}
	}

	static DocumentBuilderFactory svgParser() throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		// the SVG document type names a DTD on the web: parse without fetching it
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		return factory;
	}
}
