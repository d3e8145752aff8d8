// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.report.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import io.streamwise.core.results.PolicyResults;

/**
 * The charts of bandit policy results ({@code streamwise.policy-results}), drawn from the results record alone: the
 * regret and reward curves of {@code policy simulate} (mean and 95% band over seeds, a line per policy), the
 * off-policy estimates of {@code policy evaluate} (a bar per estimator and target with its bootstrap interval, the
 * true value beside it where the results know it) and the estimator accuracy of {@code policy accuracy} (bias, RMSE
 * and interval coverage, a line per estimator, by log size and by the target's distance from the logger). The
 * policy commands' chart files, {@code streamwise report} and the workbench draw these.
 */
public final class PolicyCharts {

	/** Chart names, as {@link #all} keys them and chart files are named. */
	public static final String REGRET = "regret", REWARD = "reward", OPE = "ope", BIAS_BY_SIZE = "bias-by-size",
			RMSE_BY_SIZE = "rmse-by-size", COVERAGE_BY_SIZE = "coverage-by-size",
			BIAS_BY_DISTANCE = "bias-by-distance", RMSE_BY_DISTANCE = "rmse-by-distance",
			COVERAGE_BY_DISTANCE = "coverage-by-distance";

	/** The nominal level of the intervals whose coverage is charted. */
	public static final double NOMINAL_COVERAGE = 0.95;

	private static final Color TRUTH = new Color(0xC0, 0x20, 0x20);
	private static final Color[] PALETTE = { ChartStyle.BAR, new Color(0xD9, 0x6C, 0x3B),
			new Color(0x5C, 0xA8, 0x5C), new Color(0x8E, 0x6C, 0xB8), new Color(0x80, 0x80, 0x80),
			new Color(0xC9, 0xA2, 0x27), new Color(0x2B, 0xA8, 0xB0), new Color(0xB0, 0x4A, 0x8A) };

	private PolicyCharts() {
	}

	/**
	 * Every chart the results have data for, by name: {@link #REGRET} and {@link #REWARD} when they hold curves,
	 * {@link #OPE} when they hold policy values, and the six accuracy charts when they hold bias rows (by size at the
	 * largest β, the target farthest from the logger; by distance at the largest log size).
	 */
	public static Map<String, JFreeChart> all(PolicyResults results) {
		Map<String, JFreeChart> charts = new LinkedHashMap<>();
		if (!results.curves().isEmpty()) {
			charts.put(REGRET, regret(results));
			charts.put(REWARD, reward(results));
		}
		if (results.rows().stream().anyMatch(r -> r.metric().equals("policy_value"))) {
			charts.put(OPE, ope(results));
		}
		if (results.rows().stream().anyMatch(r -> r.metric().equals("bias"))) {
			String beta = last(groupValues(results, "beta")), size = last(groupValues(results, "logSize"));
			charts.put(BIAS_BY_SIZE, accuracyBySize(results, "bias", beta));
			charts.put(RMSE_BY_SIZE, accuracyBySize(results, "rmse", beta));
			charts.put(COVERAGE_BY_SIZE, accuracyBySize(results, "interval_coverage", beta));
			charts.put(BIAS_BY_DISTANCE, accuracyByDistance(results, "bias", size));
			charts.put(RMSE_BY_DISTANCE, accuracyByDistance(results, "rmse", size));
			charts.put(COVERAGE_BY_DISTANCE, accuracyByDistance(results, "interval_coverage", size));
		}
		return charts;
	}

	/** Cumulative regret over the rounds: per policy its mean over seeds with the 95% interval as a band. */
	public static JFreeChart regret(PolicyResults results) {
		return curves(results, "regret", "Cumulative regret (mean and 95% band over seeds)",
				"cumulative regret (expected " + rewardName(results) + " lost to the oracle" + currency(results)
						+ ")");
	}

	/** Cumulative reward over the rounds: per policy its mean over seeds with the 95% interval as a band. */
	public static JFreeChart reward(PolicyResults results) {
		return curves(results, "reward", "Cumulative reward (mean and 95% band over seeds)",
				"cumulative reward (" + rewardName(results) + currency(results) + ")");
	}

	private static JFreeChart curves(PolicyResults results, String metric, String title, String axis) {
		Map<String, YIntervalSeries> byPolicy = new LinkedHashMap<>();
		for (PolicyResults.CurvePoint p : results.curves()) {
			if (p.metric().equals(metric)) {
				// one seed gives no interval: the band collapses onto the line
				double low = Double.isFinite(p.low()) ? p.low() : p.mean();
				double high = Double.isFinite(p.high()) ? p.high() : p.mean();
				byPolicy.computeIfAbsent(p.policy(), k -> new YIntervalSeries(k, false, true)).add(p.round(),
						p.mean(), low, high);
			}
		}
		YIntervalSeriesCollection data = new YIntervalSeriesCollection();
		byPolicy.values().forEach(data::addSeries);
		NumberAxis rounds = new NumberAxis("round");
		rounds.setAutoRangeIncludesZero(true);
		DeviationRenderer renderer = new DeviationRenderer(true, false);
		renderer.setAlpha(0.18f);
		for (int s = 0; s < byPolicy.size(); s++) {
			// the band takes the fill paint, which is white unless set
			Color color = PALETTE[s % PALETTE.length];
			renderer.setSeriesPaint(s, color);
			renderer.setSeriesFillPaint(s, color);
			renderer.setSeriesStroke(s, new BasicStroke(2f));
		}
		XYPlot plot = new XYPlot(data, rounds, new NumberAxis(axis), renderer);
		JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
		style(chart);
		return chart;
	}

	/**
	 * Off-policy estimates: per target policy (a category) a bar per estimator at its estimate with its bootstrap
	 * interval, and a red mark at the target's true value where the results know it (simulator logs).
	 */
	public static JFreeChart ope(PolicyResults results) {
		ClippedIntervalDataset data = new ClippedIntervalDataset();
		DefaultCategoryDataset truth = new DefaultCategoryDataset();
		Set<String> estimators = new LinkedHashSet<>();
		for (PolicyResults.Row r : results.rows()) {
			if (r.metric().equals("policy_value") && Double.isFinite(r.value())) {
				estimators.add(r.estimator());
				data.add(r.value(), r.low(), r.high(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
						r.estimator(), r.policy());
				if (Double.isFinite(r.truth())) {
					truth.setValue(r.truth(), "true value", r.policy());
				}
			}
		}
		JFreeChart chart = ChartFactory.createBarChart("Off-policy estimates with 95% bootstrap intervals",
				"target policy", "estimated value (mean reward per decision)", data,
				PlotOrientation.VERTICAL, true, true, false);
		CategoryPlot plot = chart.getCategoryPlot();
		IntervalBarChart.IntervalBarRenderer renderer = new IntervalBarChart.IntervalBarRenderer(data);
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(false);
		for (int s = 0; s < estimators.size(); s++) {
			renderer.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
		}
		plot.setRenderer(renderer);
		if (truth.getRowCount() > 0) {
			// a wide flat mark across the category, drawn over the bars
			LineAndShapeRenderer marks = new LineAndShapeRenderer(false, true);
			marks.setSeriesShape(0, new Rectangle2D.Double(-24, -1.5, 48, 3));
			marks.setSeriesPaint(0, TRUTH);
			plot.setDataset(1, truth);
			plot.setRenderer(1, marks);
			plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
		}
		plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
		style(chart);
		return chart;
	}

	/**
	 * One accuracy metric ({@code bias}, {@code rmse} or {@code interval_coverage}) by log size, a line per
	 * estimator, for the target of oracle share {@code beta} (as the results' group writes it). Log sizes are evenly
	 * spaced categories (they usually grow by a factor).
	 */
	public static JFreeChart accuracyBySize(PolicyResults results, String metric, String beta) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		String distance = "";
		for (PolicyResults.Row r : results.rows()) {
			if (r.metric().equals(metric) && beta.equals(r.group().get("beta"))) {
				data.addValue(finiteOrNull(r.value()), r.estimator(), r.group().get("logSize"));
				distance = r.group().getOrDefault("distance", "");
			}
		}
		JFreeChart chart = ChartFactory.createLineChart(String.format(Locale.ROOT, "%s by log size (target β = %s,"
				+ " distance %s)", label(metric), beta, distance), "log size (decisions)", label(metric), data,
				PlotOrientation.VERTICAL, true, true, false);
		CategoryPlot plot = chart.getCategoryPlot();
		LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
		renderer.setDefaultShapesVisible(true);
		for (int s = 0; s < data.getRowCount(); s++) {
			renderer.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
			renderer.setSeriesStroke(s, new BasicStroke(2f));
		}
		reference(metric).ifPresent(plot::addRangeMarker);
		if (metric.equals("interval_coverage")) {
			plot.getRangeAxis().setRange(0, 1.05);
		}
		style(chart);
		return chart;
	}

	/**
	 * One accuracy metric by the target's mean total-variation distance from the logger, a line per estimator, for
	 * logs of {@code logSize} decisions (as the results' group writes it).
	 */
	public static JFreeChart accuracyByDistance(PolicyResults results, String metric, String logSize) {
		Map<String, XYSeries> byEstimator = new LinkedHashMap<>();
		for (PolicyResults.Row r : results.rows()) {
			if (r.metric().equals(metric) && logSize.equals(r.group().get("logSize")) && Double.isFinite(r.value())) {
				byEstimator.computeIfAbsent(r.estimator(), k -> new XYSeries(k, true, false))
						.add(Double.parseDouble(r.group().get("distance")), r.value());
			}
		}
		XYSeriesCollection data = new XYSeriesCollection();
		byEstimator.values().forEach(data::addSeries);
		JFreeChart chart = ChartFactory.createXYLineChart(String.format(Locale.ROOT, "%s by distance from the logger"
				+ " (logs of %s decisions)", label(metric), logSize), "distance from the logger (mean total"
						+ " variation)",
				label(metric), data, PlotOrientation.VERTICAL, true, true, false);
		XYPlot plot = chart.getXYPlot();
		XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
		renderer.setDefaultShapesVisible(true);
		for (int s = 0; s < byEstimator.size(); s++) {
			renderer.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
			renderer.setSeriesStroke(s, new BasicStroke(2f));
		}
		reference(metric).ifPresent(plot::addRangeMarker);
		if (metric.equals("interval_coverage")) {
			plot.getRangeAxis().setRange(0, 1.05);
		}
		style(chart);
		return chart;
	}

	/** The distinct values of a group key in the order of their numbers (log sizes, β). */
	public static List<String> groupValues(PolicyResults results, String key) {
		Set<String> values = new LinkedHashSet<>();
		results.rows().forEach(r -> {
			if (r.group().containsKey(key)) {
				values.add(r.group().get(key));
			}
		});
		List<String> sorted = new ArrayList<>(values);
		sorted.sort(Comparator.comparingDouble(Double::parseDouble));
		return sorted;
	}

	/**
	 * What the reward counts, from the results' {@code reward} setting ({@code purchases} when the results do not
	 * say: results written before rewards other than the purchase existed).
	 */
	public static String rewardName(PolicyResults results) {
		String reward = results.settings() == null ? null : results.settings().get("reward");
		return reward == null || reward.isEmpty() || reward.equals("purchase") ? "purchases" : reward;
	}

	/** ", USD" when the results name the currency of a revenue or margin reward, else "". */
	private static String currency(PolicyResults results) {
		String currency = results.settings() == null ? null : results.settings().get("currency");
		return currency == null || currency.isEmpty() ? "" : ", " + currency;
	}

	private static Optional<ValueMarker> reference(String metric) {
		return switch (metric) {
		case "bias" -> Optional.of(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
		case "interval_coverage" -> {
			ValueMarker m = new ValueMarker(NOMINAL_COVERAGE, TRUTH, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
					BasicStroke.JOIN_MITER, 1f, new float[] { 5f, 3f }, 0f));
			m.setLabel("nominal 95%");
			m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
			m.setLabelPaint(TRUTH);
			m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
			m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
			yield Optional.of(m);
		}
		default -> Optional.empty();
		};
	}

	private static String label(String metric) {
		return switch (metric) {
		case "bias" -> "bias (estimate − true value)";
		case "rmse" -> "RMSE";
		case "interval_coverage" -> "95% interval coverage";
		default -> metric;
		};
	}

	private static Number finiteOrNull(double v) {
		return Double.isFinite(v) ? v : null;
	}

	private static String last(List<String> values) {
		return values.isEmpty() ? "" : values.get(values.size() - 1);
	}

	private static void style(JFreeChart chart) {
		chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
		ChartStyle.apply(chart);
	}
}
