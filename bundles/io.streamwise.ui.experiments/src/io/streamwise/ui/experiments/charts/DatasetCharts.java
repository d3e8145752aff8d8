package io.streamwise.ui.experiments.charts;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TimeZone;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Charts of a dataset: the long tail of item popularity and events per day. */
public final class DatasetCharts {

	private DatasetCharts() {
	}

	/** Events per item against the item's popularity rank, on a log scale: the long tail. */
	public static JFreeChart longTail(int[] eventsPerItemDescending) {
		XYSeries series = new XYSeries("events per item");
		for (int i = 0; i < eventsPerItemDescending.length; i++) {
			series.add(i + 1, eventsPerItemDescending[i]);
		}
		JFreeChart chart = ChartFactory.createXYLineChart("Item popularity (long tail)", "item rank", "events",
				new XYSeriesCollection(series), PlotOrientation.VERTICAL, false, true, false);
		if (eventsPerItemDescending.length > 0) {
			LogarithmicAxis log = new LogarithmicAxis("events (log scale)");
			log.setAllowNegativesFlag(false);
			chart.getXYPlot().setRangeAxis(log);
		}
		ResultCharts.style(chart);
		return chart;
	}

	/**
	 * Events per calendar day (UTC) as bars on a date axis: a day without events has no bar, so gaps in the log show
	 * as gaps, and the axis spaces days by time, not by how many days had events.
	 */
	public static JFreeChart eventsOverTime(SortedMap<LocalDate, Long> eventsPerDay) {
		TimeZone utc = TimeZone.getTimeZone("UTC");
		TimeSeries series = new TimeSeries("events");
		for (Map.Entry<LocalDate, Long> e : eventsPerDay.entrySet()) {
			Date start = Date.from(e.getKey().atStartOfDay(ZoneOffset.UTC).toInstant());
			series.add(new Day(start, utc, Locale.ROOT), e.getValue());
		}
		TimeSeriesCollection data = new TimeSeriesCollection(series, utc);
		data.setXPosition(TimePeriodAnchor.START);
		JFreeChart chart = ChartFactory.createXYBarChart("Events per day", "day (UTC)", true, "events", data,
				PlotOrientation.VERTICAL, false, true, false);
		XYPlot plot = chart.getXYPlot();
		DateAxis axis = (DateAxis) plot.getDomainAxis();
		axis.setTimeZone(utc);
		axis.setLocale(Locale.ROOT);
		XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
		renderer.setShadowVisible(false);
		renderer.setBarPainter(new StandardXYBarPainter());
		renderer.setMargin(0.1);
		ResultCharts.style(chart);
		return chart;
	}
}
