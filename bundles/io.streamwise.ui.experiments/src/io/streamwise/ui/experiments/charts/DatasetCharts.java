package io.streamwise.ui.experiments.charts;

import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
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

	/** Events per calendar day (UTC). */
	public static JFreeChart eventsOverTime(SortedMap<LocalDate, Long> eventsPerDay) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Map.Entry<LocalDate, Long> e : eventsPerDay.entrySet()) {
			data.addValue(e.getValue(), "events", e.getKey().toString().substring(5));
		}
		JFreeChart chart = ChartFactory.createBarChart("Events per day", "day (UTC)", "events", data,
				PlotOrientation.VERTICAL, false, true, false);
		chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(
				org.jfree.chart.axis.CategoryLabelPositions.UP_45);
		ResultCharts.style(chart);
		return chart;
	}
}
