// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.report.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import io.streamwise.core.abtest.AbAnalysis;
import io.streamwise.core.abtest.AbCalibration;
import io.streamwise.core.abtest.AbMonitor;
import io.streamwise.core.abtest.AbStatistics;

/**
 * The charts of an A/B test, drawn from the core's result records alone (the same results give the same charts): the
 * forest plot of lifts with their intervals per arm and metric and the posterior densities of an analysis, the
 * sequential monitoring chart, and the calibration bench's type-I error and peeking charts. {@code abtest analyse},
 * {@code monitor} and {@code calibrate} write them as SVG and PNG ({@link #write}); the workbench's A/B test editor
 * shows the same {@link JFreeChart}s.
 */
public final class AbTestCharts {

	/** Chart names, as the {@code *Charts} maps key them and chart files are named. */
	public static final String FOREST = "forest", POSTERIOR = "posterior-", MONITORING = "monitoring",
			TYPE_ONE = "type1", PEEKING = "peeking";

	/** Folder of the chart files in a command's output folder. */
	public static final String CHARTS = "charts";

	/** Size of the chart files. */
	public static final int WIDTH = 800, HEIGHT = 480;

	/** The forest plot's interval marks: a colour no other element uses, so an SVG's marks can be counted. */
	public static final Color INTERVAL = new Color(0x1F, 0x4E, 0x79);

	/** Bars outside α's band, the fixed-horizon test's peeking curve and decision days are drawn in this colour. */
	public static final Color WARN = new Color(0xC4, 0x3C, 0x2F);

	private static final Color OK = ChartStyle.BAR, BAND = new Color(0xD9, 0xF0, 0xD3);
	private static final Color[] PALETTE = { new Color(0x80, 0x80, 0x80), ChartStyle.BAR, new Color(0xD9, 0x6C, 0x3B),
			new Color(0x5C, 0xA8, 0x5C), new Color(0x8E, 0x6C, 0xB8) };

	/** Points of each posterior density curve. */
	private static final int DENSITY_POINTS = 241;

	private AbTestCharts() {
	}

	/** An analysis' charts: the forest plot, then the posterior densities of each conversion metric. */
	public static Map<String, JFreeChart> analysisCharts(AbAnalysis.Result result) {
		Map<String, JFreeChart> charts = new LinkedHashMap<>();
		charts.put(FOREST, forest(result));
		for (AbAnalysis.MetricResult m : result.metrics()) {
			if (hasPosteriors(m)) {
				charts.put(POSTERIOR + fileName(m.metric()), posteriors(result, m.metric()));
			}
		}
		return charts;
	}

	/** A monitoring run's chart. */
	public static Map<String, JFreeChart> monitorCharts(AbMonitor.Result result) {
		return Map.of(MONITORING, monitoring(result));
	}

	/** The calibration bench's charts: type-I errors and peeking. */
	public static Map<String, JFreeChart> calibrationCharts(AbCalibration.Result result) {
		Map<String, JFreeChart> charts = new LinkedHashMap<>();
		charts.put(TYPE_ONE, typeOneErrors(result));
		charts.put(PEEKING, peeking(result));
		return charts;
	}

	/**
	 * Writes each chart as {@code NAME.svg} (JFreeSVG, ids prefixed by the name, so the same chart gives the same
	 * bytes) and {@code NAME.png} into {@code dir}/{@value #CHARTS}. The caller stages {@code dir}.
	 */
	public static void write(Path dir, Map<String, JFreeChart> charts) throws IOException {
		Path folder = Files.createDirectories(dir.resolve(CHARTS));
		for (Map.Entry<String, JFreeChart> e : charts.entrySet()) {
			Files.writeString(folder.resolve(e.getKey() + ".svg"),
					SvgCharts.document(e.getValue(), WIDTH, HEIGHT, e.getKey()), StandardCharsets.UTF_8);
			ChartUtils.saveChartAsPNG(folder.resolve(e.getKey() + ".png").toFile(), e.getValue(), WIDTH, HEIGHT);
		}
	}

	/** Writes an analysis' charts ({@link #analysisCharts}) as {@link #write} does. */
	public static void writeAnalysis(Path dir, AbAnalysis.Result result) throws IOException {
		write(dir, analysisCharts(result));
	}

	/** Writes a monitoring run's chart ({@link #monitorCharts}) as {@link #write} does. */
	public static void writeMonitor(Path dir, AbMonitor.Result result) throws IOException {
		write(dir, monitorCharts(result));
	}

	/** Writes the calibration bench's charts ({@link #calibrationCharts}) as {@link #write} does. */
	public static void writeCalibration(Path dir, AbCalibration.Result result) throws IOException {
		write(dir, calibrationCharts(result));
	}

	/**
	 * The forest plot: per metric and treatment the relative lift (treatment / control − 1, in %) with its interval
	 * at 1 − α (delta method; {@code welch-relative}), one row each, a vertical line at no change. Relative lifts put
	 * conversion, revenue and guardrails on one scale. Comparisons whose control mean is 0 have no relative lift and
	 * are left out (named in the title). Each row's label holds the deciding method's adjusted p-value and verdict.
	 */
	public static JFreeChart forest(AbAnalysis.Result result) {
		XYIntervalSeries series = new XYIntervalSeries("relative lift with " + percent(1 - result.alpha())
				+ " interval", false, true);
		List<String> labels = new ArrayList<>();
		int missing = 0;
		for (AbAnalysis.MetricResult m : result.metrics()) {
			for (AbAnalysis.Comparison c : m.comparisons()) {
				AbStatistics.Estimate lift = c.estimates().stream().filter(e -> e.method().equals("welch-relative"))
						.findFirst().orElse(null);
				if (lift == null || !Double.isFinite(lift.estimate())) {
					missing++;
					continue;
				}
				int row = labels.size();
				series.add(row, row, row, 100 * lift.estimate(), 100 * lift.low(), 100 * lift.high());
				labels.add(String.format(Locale.ROOT, "%s: %s (adj. p %s, %s)", m.metric(), c.arm(),
						significant(c.adjustedP()), c.verdict()));
			}
		}
		XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
		data.addSeries(series);
		SymbolAxis rows = new SymbolAxis(null, labels.toArray(String[]::new));
		rows.setGridBandsVisible(false);
		rows.setInverted(true); // first comparison on top
		rows.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		NumberAxis lift = new NumberAxis("lift against " + result.control() + " (%)");
		lift.setAutoRangeIncludesZero(true);
		XYErrorRenderer renderer = new XYErrorRenderer();
		renderer.setDrawXError(false);
		renderer.setDrawYError(true);
		renderer.setErrorPaint(INTERVAL);
		renderer.setErrorStroke(new BasicStroke(2f));
		renderer.setCapLength(6);
		renderer.setSeriesPaint(0, Color.BLACK);
		renderer.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(-4, -4, 8, 8));
		renderer.setDefaultLinesVisible(false);
		XYPlot plot = new XYPlot(data, rows, lift, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
		String title = "Lift per arm and metric: " + result.test()
				+ (missing > 0 ? " (" + missing + " without a relative lift: control mean 0)" : "");
		JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
		style(chart);
		return chart;
	}

	/** Whether the metric has Bayesian posteriors (a conversion metric). */
	public static boolean hasPosteriors(AbAnalysis.MetricResult m) {
		return !m.comparisons().isEmpty() && m.comparisons().stream().allMatch(c -> c.bayes() != null);
	}

	/**
	 * The posterior densities of each arm's conversion rate on one metric: Beta(α₀ + x, β₀ + n − x) with the test's
	 * explicit prior, the control first, each curve over the range where any posterior has its mass. P(B > A) of each
	 * treatment is in its series' name.
	 *
	 * @throws IllegalArgumentException when the metric has no posteriors (not a conversion metric)
	 */
	public static JFreeChart posteriors(AbAnalysis.Result result, String metric) {
		AbAnalysis.MetricResult m = result.metrics().stream().filter(x -> x.metric().equals(metric)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no metric " + metric + " in the analysis"));
		if (!hasPosteriors(m)) {
			throw new IllegalArgumentException(metric + " has no posterior: it is not a conversion metric");
		}
		List<String> names = new ArrayList<>();
		List<BetaDistribution> posteriors = new ArrayList<>();
		AbStatistics.Bayes first = m.comparisons().get(0).bayes();
		names.add(result.control() + " (control)");
		posteriors.add(BetaDistribution.of(first.alphaA(), first.betaA()));
		for (AbAnalysis.Comparison c : m.comparisons()) {
			names.add(String.format(Locale.ROOT, "%s: P(%s > %s) = %.3f", c.arm(), c.arm(), result.control(),
					c.bayes().probabilityBBeatsA()));
			posteriors.add(BetaDistribution.of(c.bayes().alphaB(), c.bayes().betaB()));
		}
		double low = 1, high = 0;
		for (BetaDistribution b : posteriors) {
			low = Math.min(low, b.inverseCumulativeProbability(1e-4));
			high = Math.max(high, b.inverseSurvivalProbability(1e-4));
		}
		XYSeriesCollection data = new XYSeriesCollection();
		for (int i = 0; i < posteriors.size(); i++) {
			XYSeries s = new XYSeries(names.get(i), false, true);
			for (int j = 0; j < DENSITY_POINTS; j++) {
				double x = low + (high - low) * j / (DENSITY_POINTS - 1);
				s.add(x, posteriors.get(i).density(x));
			}
			data.addSeries(s);
		}
		JFreeChart chart = ChartFactory.createXYLineChart("Posterior of the conversion rate: " + metric,
				metric + " rate", "posterior density", data, PlotOrientation.VERTICAL, true, true, false);
		XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
		for (int i = 0; i < posteriors.size(); i++) {
			renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
			renderer.setSeriesStroke(i, new BasicStroke(2f));
		}
		((NumberAxis) chart.getXYPlot().getDomainAxis()).setAutoRangeIncludesZero(false);
		style(chart);
		return chart;
	}

	/**
	 * The sequential monitoring chart: per treatment the estimate of B − A at each look with its confidence sequence
	 * as a band, a line at no difference, and the day each treatment's always-valid test decided.
	 */
	public static JFreeChart monitoring(AbMonitor.Result result) {
		YIntervalSeriesCollection data = new YIntervalSeriesCollection();
		for (String arm : result.arms()) {
			YIntervalSeries s = new YIntervalSeries(arm + ": estimate and confidence sequence", false, true);
			for (AbMonitor.Row r : result.rows()) {
				if (r.arm().equals(arm) && Double.isFinite(r.look().low()) && Double.isFinite(r.look().high())) {
					s.add(r.day(), r.look().estimate(), r.look().low(), r.look().high());
				}
			}
			data.addSeries(s);
		}
		DeviationRenderer renderer = new DeviationRenderer(true, true);
		renderer.setAlpha(0.2f);
		for (int s = 0; s < result.arms().size(); s++) {
			Color color = PALETTE[(s + 1) % PALETTE.length];
			renderer.setSeriesPaint(s, color);
			renderer.setSeriesFillPaint(s, color);
			renderer.setSeriesStroke(s, new BasicStroke(2f));
		}
		NumberAxis days = new NumberAxis("day of the test (look)");
		days.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		days.setAutoRangeIncludesZero(false);
		NumberAxis difference = new NumberAxis("difference against " + result.control());
		XYPlot plot = new XYPlot(data, days, difference, renderer);
		plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
		for (int i = 0; i < result.arms().size(); i++) {
			int day = result.decisionDay()[i];
			if (day > 0) {
				plot.addDomainMarker(marker(day, result.arms().get(i) + " decided on day " + day, WARN));
			}
		}
		JFreeChart chart = new JFreeChart(String.format(Locale.ROOT,
				"Sequential monitoring: %s, %s at alpha %s", result.test(), result.method(), number(result.alpha())),
				JFreeChart.DEFAULT_TITLE_FONT, plot, true);
		style(chart);
		return chart;
	}

	/**
	 * The A/A scenarios' rejection rate (type-I error) of every method, as bars against α with the ±1 point band;
	 * a bar outside the band (or, for a sequential method, above α) is drawn in the warning colour.
	 */
	public static JFreeChart typeOneErrors(AbCalibration.Result result) {
		double alpha = result.settings().alpha();
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		List<Boolean> ok = new ArrayList<>();
		for (AbCalibration.Row row : result.rows()) {
			if (row.scenario().startsWith("aa-")) {
				data.addValue(row.rejectionRate(), "rejection rate", row.scenario() + " " + row.method());
				ok.add(Math.abs(row.rejectionRate() - alpha) <= 0.01
						|| sequential(row.method()) && row.rejectionRate() <= alpha);
			}
		}
		JFreeChart chart = ChartFactory.createBarChart(
				String.format(Locale.ROOT, "A/A rejection rate (type-I error), %,d replicates each",
						result.settings().replicates()),
				null, "share of A/A tests rejected", data, PlotOrientation.HORIZONTAL, false, true, false);
		CategoryPlot plot = chart.getCategoryPlot();
		BarRenderer renderer = new BarRenderer() {
			private static final long serialVersionUID = 1L;

			@Override
			public Paint getItemPaint(int row, int column) {
				return ok.get(column) ? OK : WARN;
			}
		};
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(false);
		plot.setRenderer(renderer);
		plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
		plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.5f);
		IntervalMarker band = new IntervalMarker(alpha - 0.01, alpha + 0.01, BAND);
		band.setLabel("alpha ± 1 point");
		band.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		band.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
		band.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
		plot.addRangeMarker(band, Layer.BACKGROUND);
		plot.addRangeMarker(new ValueMarker(alpha, Color.BLACK, dashed()));
		style(chart);
		return chart;
	}

	/**
	 * A/A tests looked at once a day: the share rejected by day d (cumulative) for the fixed-horizon z test and each
	 * sequential method, with α marked.
	 */
	public static JFreeChart peeking(AbCalibration.Result result) {
		XYSeriesCollection data = new XYSeriesCollection();
		for (Map.Entry<String, double[]> e : result.peekingByDay().entrySet()) {
			XYSeries s = new XYSeries(peekingLabel(e.getKey()), false, true);
			double[] v = e.getValue();
			for (int d = 0; d < v.length; d++) {
				s.add(d + 1, v[d]);
			}
			data.addSeries(s);
		}
		JFreeChart chart = ChartFactory.createXYLineChart(
				String.format(Locale.ROOT, "A/A tests looked at daily: share rejected by day d (alpha = %s)",
						number(result.settings().alpha())),
				"day of the test", "share of A/A tests rejected so far", data, PlotOrientation.VERTICAL, true, true,
				false);
		XYPlot plot = chart.getXYPlot();
		XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
		for (int i = 0; i < data.getSeriesCount(); i++) {
			renderer.setSeriesPaint(i, i == 0 ? WARN : PALETTE[(i) % PALETTE.length]);
			renderer.setSeriesStroke(i, new BasicStroke(2f));
		}
		((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		// a horizontal line: its label sits above it at the left, inside the plot
		ValueMarker alpha = marker(result.settings().alpha(), "alpha", Color.BLACK);
		alpha.setLabelAnchor(RectangleAnchor.TOP_LEFT);
		alpha.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
		plot.addRangeMarker(alpha);
		style(chart);
		return chart;
	}

	/** The legend of a daily-peeking curve of {@link AbCalibration.Result#peekingByDay()}. */
	static String peekingLabel(String key) {
		return switch (key) {
		case AbCalibration.PEEKING_FIXED_HORIZON -> "fixed-horizon z test";
		case AbCalibration.PEEKING_MSPRT -> "mixture SPRT (Johari et al.)";
		case AbCalibration.PEEKING_CONFIDENCE_SEQUENCE -> "asymptotic confidence sequence (Waudby-Smith et al.)";
		default -> key;
		};
	}

	private static boolean sequential(String method) {
		return method.contains("msprt") || method.contains("waudby-smith");
	}

	private static ValueMarker marker(double value, String label, Color color) {
		ValueMarker m = new ValueMarker(value, color, dashed());
		m.setLabel(label);
		m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		m.setLabelPaint(color);
		m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
		m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
		return m;
	}

	private static BasicStroke dashed() {
		return new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] { 5f, 3f }, 0f);
	}

	private static void style(JFreeChart chart) {
		chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
		ChartStyle.apply(chart);
	}

	/** A metric's name as part of a file name: letters, digits, '-' and '_' kept, anything else '_'. */
	public static String fileName(String metric) {
		return metric.replaceAll("[^A-Za-z0-9_-]", "_");
	}

	private static String percent(double v) {
		return number(100 * v) + " %";
	}

	private static String number(double v) {
		String s = String.format(Locale.ROOT, "%.4g", v);
		if (s.contains(".") && !s.contains("e")) {
			s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
		}
		return s;
	}

	private static String significant(double p) {
		return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
	}
}
