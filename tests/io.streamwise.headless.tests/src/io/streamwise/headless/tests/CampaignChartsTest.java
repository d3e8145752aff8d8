// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.IntervalCategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

import io.streamwise.core.campaign.Forecast;
import io.streamwise.core.campaign.Forecast.Group;
import io.streamwise.core.campaign.Forecast.Summary;
import io.streamwise.report.charts.CampaignCharts;
import io.streamwise.report.charts.SvgCharts;

/** Each campaign chart drawn from small hand-made forecasts holds the forecasts' numbers. */
class CampaignChartsTest {

	private static Summary s(double p10, double p50, double p90) {
		return new Summary((p10 + p50 + p90) / 3, p10, p50, p90);
	}

	private static Group group(String id, Summary revenue, Summary profit) {
		return new Group(id, s(100, 200, 300), s(5, 10, 15), s(5, 10, 15), revenue, s(0, 10, 20), profit, null);
	}

	/** A forecast of the given streams, its cumulative revenue 1,000 per stream at the median. */
	private static Forecast forecast(String scenario, int streams, double scale, List<Forecast.TornadoBar> tornado) {
		List<Group> groups = new ArrayList<>();
		List<Summary> cumulative = new ArrayList<>();
		for (int t = 1; t <= streams; t++) {
			groups.add(group("s" + t, s(800, 1000, 1300), s(100, 300, 500)));
			cumulative.add(s(800 * t * scale, 1000 * t * scale, 1300 * t * scale));
		}
		Group total = group("total", s(4000 * scale, 5000 * scale, 6500 * scale), s(-500, 1500 * scale, 3000));
		// 10 draws: 2 below 0, 5 in [0, 1000), 3 in [1000, 2000)
		Forecast.Histogram histogram = new Forecast.Histogram("profit", -1000, 1000, List.of(2, 5, 3));
		List<Forecast.Stage> funnel = List.of(new Forecast.Stage("reached", 5000), new Forecast.Stage("joined", 2000),
				new Forecast.Stage("watched", 1000), new Forecast.Stage("engaged", 500),
				new Forecast.Stage("clicked", 100), new Forecast.Stage("carted", 50),
				new Forecast.Stage("bought", 25));
		return new Forecast(scenario, 10, 1, groups, List.of(), List.of(), total, cumulative, "profit", 5000, 0.3,
				2000, tornado, List.of(), 1200, histogram, funnel);
	}

	private static Forecast base() {
		return forecast("base", 3, 1, List.of(new Forecast.TornadoBar("segments[a]/funnels[0]/join", 0.2, 0.4, 700,
				1900), new Forecast.TornadoBar("segments[a]/funnels[0]/reach", 0.1, 0.15, 1000, 1300)));
	}

	@Test
	void theFanHasAMedianLineAndABandPerScenarioOverTheStreams() {
		JFreeChart chart = CampaignCharts.fan(List.of(base(), forecast("extra stream", 4, 2, List.of())), "EUR");
		XYPlot plot = chart.getXYPlot();
		YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
		assertEquals(2, data.getSeriesCount());
		assertEquals("base (median, P10–P90)", data.getSeriesKey(0));
		assertEquals(3, data.getItemCount(0));
		assertEquals(4, data.getItemCount(1));
		assertEquals(2000, data.getYValue(0, 1), 1e-9); // median after stream 2
		assertEquals(1600, data.getStartYValue(0, 1), 1e-9);
		assertEquals(2600, data.getEndYValue(0, 1), 1e-9);
		assertEquals(8000, data.getYValue(1, 3), 1e-9);
		assertEquals(3, data.getXValue(1, 3), 1e-9);
		// the longest plan names the streams
		assertEquals(List.of("s1", "s2", "s3", "s4"), List.of(((SymbolAxis) plot.getDomainAxis()).getSymbols()));
		assertEquals("cumulative revenue (EUR)", plot.getRangeAxis().getLabel());
	}

	@Test
	void theDistributionIsTheHistogramAsSharesWithTheTargetMarkedAndShown() {
		JFreeChart chart = CampaignCharts.distribution(base(), "EUR");
		XYPlot plot = chart.getXYPlot();
		IntervalXYDataset data = (IntervalXYDataset) plot.getDataset();
		assertEquals(3, data.getItemCount(0));
		double[] shares = { 0.2, 0.5, 0.3 };
		for (int i = 0; i < 3; i++) {
			assertEquals(-1000 + 1000 * i, data.getStartXValue(0, i), 1e-9);
			assertEquals(-1000 + 1000 * (i + 1), data.getEndXValue(0, i), 1e-9);
			assertEquals(shares[i], data.getYValue(0, i), 1e-12);
		}
		List<Double> markers = new ArrayList<>();
		for (Object m : plot.getDomainMarkers(Layer.FOREGROUND)) {
			markers.add(((ValueMarker) m).getValue());
		}
		assertEquals(List.of(5000.0, 1500.0), markers); // the target, then the median
		assertEquals("target 5,000", ((Marker) plot.getDomainMarkers(Layer.FOREGROUND).iterator().next()).getLabel());
		// the bins end at 2,000; the axis reaches the target
		assertTrue(plot.getDomainAxis().getRange().contains(5000), plot.getDomainAxis().getRange().toString());
		assertTrue(chart.getTitle().getText().contains("P(profit ≥ target) = 0.30"), chart.getTitle().getText());
	}

	@Test
	void scenarioBarsAreMediansWithTheirP10AndP90() {
		Forecast extra = forecast("extra stream", 4, 2, List.of());
		JFreeChart chart = CampaignCharts.scenarios(List.of(base(), extra), "");
		CategoryDataset data = chart.getCategoryPlot().getDataset();
		assertEquals(List.of("revenue", "profit"), data.getRowKeys());
		assertEquals(List.of("base", "extra stream"), data.getColumnKeys());
		assertEquals(5000.0, data.getValue("revenue", "base").doubleValue());
		assertEquals(10000.0, data.getValue("revenue", "extra stream").doubleValue());
		assertEquals(3000.0, data.getValue("profit", "extra stream").doubleValue());
		// the intervals are kept beside the values (the error bars are drawn from them)
		var clipped = (io.streamwise.report.charts.ClippedIntervalDataset) data;
		assertEquals(8000, clipped.low(0, 1), 1e-9);
		assertEquals(13000, clipped.high(0, 1), 1e-9);
		assertEquals(-500, clipped.low(1, 0), 1e-9);
		assertEquals(3000, clipped.high(1, 0), 1e-9);
	}

	@Test
	void theTornadoRunsFromTheProfitAtMediansToEachEndLargestSwingFirst() {
		JFreeChart chart = CampaignCharts.tornado(base(), "EUR");
		CategoryPlot plot = chart.getCategoryPlot();
		IntervalCategoryDataset data = (IntervalCategoryDataset) plot.getDataset();
		assertEquals(2, data.getColumnCount());
		assertEquals("segments[a]/funnels[0]/join (0.200 – 0.400)", data.getColumnKey(0));
		// each bar spans the profit at the medians (1,200) and the profit with the input at one end
		assertEquals(List.of(700.0, 1200.0), interval(data, 0, 0));
		assertEquals(List.of(1200.0, 1900.0), interval(data, 1, 0));
		assertEquals(List.of(1000.0, 1200.0), interval(data, 0, 1));
		assertEquals(List.of(1200.0, 1300.0), interval(data, 1, 1));
		assertEquals(1200, ((ValueMarker) plot.getRangeMarkers(Layer.FOREGROUND).iterator().next()).getValue());

		List<Forecast.TornadoBar> many = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			many.add(new Forecast.TornadoBar("input" + i, 0.1, 0.2, 1000 - 20 + i, 1000 + 20 - i));
		}
		IntervalCategoryDataset top = (IntervalCategoryDataset) CampaignCharts
				.tornado(forecast("base", 1, 1, many), "").getCategoryPlot().getDataset();
		assertEquals(CampaignCharts.TORNADO_INPUTS, top.getColumnCount());
	}

	private static List<Double> interval(IntervalCategoryDataset data, int row, int column) {
		return List.of(data.getStartValue(row, column).doubleValue(), data.getEndValue(row, column).doubleValue());
	}

	@Test
	void theFunnelShowsEveryStageInOrder() {
		CategoryDataset data = CampaignCharts.funnel(base()).getCategoryPlot().getDataset();
		assertEquals(List.of("reached", "joined", "watched", "engaged", "clicked", "carted", "bought"),
				data.getColumnKeys());
		assertEquals(5000.0, data.getValue(0, 0).doubleValue());
		assertEquals(25.0, data.getValue(0, 6).doubleValue());
	}

	@Test
	void everyChartDrawsAsTheSameWellFormedSvg() throws Exception {
		List<Forecast> forecasts = List.of(base(), forecast("extra stream", 4, 2, List.of()));
		var charts = CampaignCharts.all(forecasts, "EUR");
		assertEquals(List.of("fan", "distribution", "scenarios", "tornado", "funnel"), List.copyOf(charts.keySet()));
		var again = CampaignCharts.all(forecasts, "EUR");
		for (var e : charts.entrySet()) {
			// the element, as pages inline it: its ids derive from the name given (a document's from the clock)
			String svg = SvgCharts.element(e.getValue(), 640, 400, e.getKey());
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			// the SVG document type names a DTD on the web: parse without fetching it
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
			assertEquals(svg, SvgCharts.element(again.get(e.getKey()), 640, 400, e.getKey()), e.getKey());
		}
	}
}
