// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.report.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import io.streamwise.core.campaign.Forecast;

/**
 * The charts of a campaign forecast, drawn from {@link Forecast}s alone (the same forecasts give the same charts):
 * the fan of cumulative revenue over the streams, the distribution of the target metric with the target marked,
 * scenarios side by side with their intervals, the tornado of profit and the funnel. The Campaign editor's forecast
 * page, {@code campaign forecast}'s chart files and the client report draw these.
 */
public final class CampaignCharts {

	/** Chart names, as {@link #all} keys them and chart files are named. */
	public static final String FAN = "fan", DISTRIBUTION = "distribution", SCENARIOS = "scenarios",
			TORNADO = "tornado", FUNNEL = "funnel";

	/** Inputs shown in the tornado: the ones with the largest swing. */
	public static final int TORNADO_INPUTS = 12;

	private static final Color LOW = new Color(0xD9, 0x6C, 0x3B), HIGH = ChartStyle.BAR;
	private static final Color[] PALETTE = { ChartStyle.BAR, LOW, new Color(0x5C, 0xA8, 0x5C),
			new Color(0x8E, 0x6C, 0xB8), new Color(0x80, 0x80, 0x80) };

	private CampaignCharts() {
	}

	/**
	 * Every chart of the forecasts, by name in the order above: the first forecast is the base plan, whose
	 * distribution, tornado and funnel are shown; the fan and the scenario bars show every forecast.
	 *
	 * @param currency the money's unit for axis labels, "" when unknown
	 */
	public static Map<String, JFreeChart> all(List<Forecast> forecasts, String currency) {
		Map<String, JFreeChart> charts = new LinkedHashMap<>();
		Forecast base = forecasts.get(0);
		charts.put(FAN, fan(forecasts, currency));
		charts.put(DISTRIBUTION, distribution(base, currency));
		charts.put(SCENARIOS, scenarios(forecasts, currency));
		charts.put(TORNADO, tornado(base, currency));
		charts.put(FUNNEL, funnel(base));
		return charts;
	}

	/**
	 * Cumulative revenue after each stream: per forecast a line at the median with the P10–P90 band around it. The
	 * streams are named on the horizontal axis (those of the forecast with most streams).
	 */
	public static JFreeChart fan(List<Forecast> forecasts, String currency) {
		YIntervalSeriesCollection data = new YIntervalSeriesCollection();
		List<Forecast.Group> longest = forecasts.get(0).streams();
		for (Forecast f : forecasts) {
			YIntervalSeries series = new YIntervalSeries(f.scenario() + " (median, P10–P90)", false, true);
			for (int t = 0; t < f.cumulativeRevenue().size(); t++) {
				Forecast.Summary s = f.cumulativeRevenue().get(t);
				series.add(t, s.p50(), s.p10(), s.p90());
			}
			data.addSeries(series);
			if (f.streams().size() > longest.size()) {
				longest = f.streams();
			}
		}
		SymbolAxis streams = new SymbolAxis("after stream",
				longest.stream().map(Forecast.Group::id).toArray(String[]::new));
		streams.setGridBandsVisible(false);
		NumberAxis revenue = new NumberAxis(money("cumulative revenue", currency));
		DeviationRenderer renderer = new DeviationRenderer(true, true);
		renderer.setAlpha(0.18f);
		for (int s = 0; s < forecasts.size(); s++) {
			// the band takes the fill paint, which is white unless set
			Color color = PALETTE[s % PALETTE.length];
			renderer.setSeriesPaint(s, color);
			renderer.setSeriesFillPaint(s, color);
			renderer.setSeriesStroke(s, new BasicStroke(2f));
		}
		XYPlot plot = new XYPlot(data, streams, revenue, renderer);
		JFreeChart chart = new JFreeChart("Cumulative revenue over the streams", JFreeChart.DEFAULT_TITLE_FONT, plot,
				true);
		style(chart);
		return chart;
	}

	/**
	 * The target metric's total over the draws as a histogram (share of draws per bin), with the target and the
	 * median marked. The axis always shows the target, even when no draw comes near it.
	 */
	public static JFreeChart distribution(Forecast f, String currency) {
		Forecast.Histogram h = f.targetDistribution();
		XYIntervalSeries series = new XYIntervalSeries("share of draws", false, true);
		// a forecast without uncertainty has one bin of width 0: give it a visible width
		double width = h.width() > 0 ? h.width() : Math.max(1, Math.abs(h.low()) * 0.02);
		double low = h.width() > 0 ? h.low() : h.low() - width / 2;
		int n = h.counts().size();
		for (int i = 0; i < n; i++) {
			double share = h.counts().get(i) / (double) f.draws();
			series.add(low + (i + 0.5) * width, low + i * width, low + (i + 1) * width, share, share, share);
		}
		XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
		data.addSeries(series);
		String metric = h.metric();
		boolean isMoney = !"buyers".equals(metric);
		JFreeChart chart = ChartFactory.createXYBarChart(
				String.format(Locale.ROOT, "Total %s over %,d draws: P(%s ≥ target) = %.2f", metric, f.draws(),
						metric, f.probabilityOfTarget()),
				isMoney ? money("total " + metric, currency) : "total " + metric, false, "share of draws", data,
				PlotOrientation.VERTICAL, false, true, false);
		XYPlot plot = chart.getXYPlot();
		XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardXYBarPainter());
		renderer.setShadowVisible(false);
		renderer.setSeriesPaint(0, ChartStyle.BAR);
		renderer.setDrawBarOutline(false);
		ValueMarker target = marker(f.target(), "target " + number(f.target()), Color.RED.darker());
		plot.addDomainMarker(target);
		Forecast.Summary total = switch (metric) {
		case "revenue" -> f.total().revenue();
		case "buyers" -> f.total().buyers();
		default -> f.total().profit();
		};
		plot.addDomainMarker(marker(total.p50(), "median", Color.DARK_GRAY));
		Range bins = new Range(low, low + n * width);
		Range shown = Range.expandToInclude(bins, f.target());
		plot.getDomainAxis().setRange(Range.expand(shown, 0.03, 0.03));
		style(chart);
		return chart;
	}

	/** Revenue and profit of each forecast (scenario): bars at the median, error bars from P10 to P90. */
	public static JFreeChart scenarios(List<Forecast> forecasts, String currency) {
		ClippedIntervalDataset data = new ClippedIntervalDataset();
		for (Forecast f : forecasts) {
			Forecast.Summary revenue = f.total().revenue(), profit = f.total().profit();
			data.add(revenue.p50(), revenue.p10(), revenue.p90(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
					"revenue", f.scenario());
			data.add(profit.p50(), profit.p10(), profit.p90(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
					"profit", f.scenario());
		}
		JFreeChart chart = ChartFactory.createBarChart("Scenarios: median with P10–P90", "scenario",
				money("total", currency), data, PlotOrientation.VERTICAL, true, true, false);
		CategoryPlot plot = chart.getCategoryPlot();
		IntervalBarChart.IntervalBarRenderer renderer = new IntervalBarChart.IntervalBarRenderer(data);
		barStyle(renderer);
		renderer.setSeriesPaint(0, HIGH);
		renderer.setSeriesPaint(1, PALETTE[2]);
		plot.setRenderer(renderer);
		plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
		style(chart);
		return chart;
	}

	/**
	 * Profit with one input at its P10 and at its P90, the others at their medians: per input (the
	 * {@value #TORNADO_INPUTS} with the largest swing, largest first) a bar from the profit at the medians to each.
	 */
	public static JFreeChart tornado(Forecast f, String currency) {
		List<Forecast.TornadoBar> bars = f.tornado().subList(0, Math.min(TORNADO_INPUTS, f.tornado().size()));
		int n = bars.size();
		Number[][] starts = new Number[2][n], ends = new Number[2][n];
		String[] inputs = new String[n];
		for (int i = 0; i < n; i++) {
			Forecast.TornadoBar b = bars.get(i);
			inputs[i] = String.format(Locale.ROOT, "%s (%s – %s)", b.input(), rate(b.inputP10()), rate(b.inputP90()));
			// JFreeChart wants each interval's start below its end, whichever way the bar points
			starts[0][i] = Math.min(f.tornadoBase(), b.profitAtP10());
			ends[0][i] = Math.max(f.tornadoBase(), b.profitAtP10());
			starts[1][i] = Math.min(f.tornadoBase(), b.profitAtP90());
			ends[1][i] = Math.max(f.tornadoBase(), b.profitAtP90());
		}
		DefaultIntervalCategoryDataset data = new DefaultIntervalCategoryDataset(
				new String[] { "input at its P10", "input at its P90" }, inputs, starts, ends);
		CategoryAxis axis = new CategoryAxis();
		axis.setMaximumCategoryLabelWidthRatio(0.6f);
		axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
		NumberAxis profit = new NumberAxis(money("profit", currency));
		IntervalBarRenderer renderer = new IntervalBarRenderer();
		barStyle(renderer);
		renderer.setSeriesPaint(0, LOW);
		renderer.setSeriesPaint(1, HIGH);
		renderer.setItemMargin(0);
		CategoryPlot plot = new CategoryPlot(data, axis, profit, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.addRangeMarker(marker(f.tornadoBase(), "all at medians " + number(f.tornadoBase()), Color.DARK_GRAY));
		JFreeChart chart = new JFreeChart(n == 0 ? "Tornado: no uncertain input" : "Tornado: profit by input",
				JFreeChart.DEFAULT_TITLE_FONT, plot, true);
		style(chart);
		return chart;
	}

	/** The mean number of people at each funnel stage, over every stream and segment, top to bottom. */
	public static JFreeChart funnel(Forecast f) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Forecast.Stage s : f.funnel()) {
			data.addValue(s.mean(), "people (mean)", s.stage());
		}
		JFreeChart chart = ChartFactory.createBarChart("Funnel: people per stage (mean over the draws)", "stage",
				"people (clicked, carted, bought: summed over products)", data, PlotOrientation.HORIZONTAL, false,
				true, false);
		BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
		barStyle(renderer);
		renderer.setSeriesPaint(0, ChartStyle.BAR);
		// the last stages are thin slivers beside the first: their numbers say what the bars cannot
		NumberFormat people = NumberFormat.getIntegerInstance(Locale.ROOT);
		people.setGroupingUsed(true);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", people));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		chart.getCategoryPlot().getRangeAxis().setUpperMargin(0.12);
		style(chart);
		return chart;
	}

	private static void barStyle(BarRenderer renderer) {
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(false);
	}

	private static ValueMarker marker(double value, String label, Color color) {
		ValueMarker m = new ValueMarker(value, color, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
				BasicStroke.JOIN_MITER, 1f, new float[] { 5f, 3f }, 0f));
		m.setLabel(label);
		m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		m.setLabelPaint(color);
		m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
		m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
		return m;
	}

	private static void style(JFreeChart chart) {
		chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
		ChartStyle.apply(chart);
	}

	private static String money(String label, String currency) {
		return currency == null || currency.isEmpty() ? label : label + " (" + currency + ")";
	}

	private static String number(double v) {
		NumberFormat f = NumberFormat.getIntegerInstance(Locale.ROOT);
		f.setGroupingUsed(true);
		return f.format(v);
	}

	private static String rate(double v) {
		return Math.abs(v) < 10 ? String.format(Locale.ROOT, "%.3g", v) : number(v);
	}
}
