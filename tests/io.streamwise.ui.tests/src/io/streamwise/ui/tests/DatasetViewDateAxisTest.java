package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import io.streamwise.ui.experiments.charts.ChartCanvas;
import io.streamwise.ui.experiments.dataset.DatasetView;

/** Issue 12: the Dataset view's events per day on a real date axis, with days without events visible as gaps. */
class DatasetViewDateAxisTest {

	@Test
	void eventsPerDayAreOnADateAxisAndADayWithoutEventsIsAGap() throws Exception {
		IProject project = UiTesting.newProject("dataset-date-axis");
		// three events on 1 March, none on 2 March, two on 3 March, one on 5 March
		String csv = """
				viewer,stream,item,type,timestamp,value
				v1,s1,i1,click,2026-03-01T10:00:00Z,
				v2,s1,i1,click,2026-03-01T11:00:00Z,
				v1,s1,i2,purchase,2026-03-01T12:00:00Z,9.5
				v2,s2,i2,click,2026-03-03T09:00:00Z,
				v3,s2,i1,click,2026-03-03T10:00:00Z,
				v3,s3,i2,click,2026-03-05T10:00:00Z,
				""";
		IFile file = project.getFile("events.csv");
		file.create(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), true, new NullProgressMonitor());
		DatasetView view = (DatasetView) UiTesting.page().showView(DatasetView.ID);
		Job job = view.show(file);
		assertNotNull(job);
		UiTesting.waitFor(job);
		UiTesting.waitUntil(() -> view.summary() != null && view.charts().size() == 2, "the dataset's charts");

		ChartCanvas overTime = view.charts().get(1);
		JFreeChart chart = overTime.chart();
		XYPlot plot = chart.getXYPlot();
		assertInstanceOf(DateAxis.class, plot.getDomainAxis(), "days on a date axis, not categories");
		XYDataset data = plot.getDataset();
		List<LocalDate> days = new ArrayList<>();
		List<Double> counts = new ArrayList<>();
		for (int i = 0; i < data.getItemCount(0); i++) {
			double y = data.getYValue(0, i);
			if (y > 0) {
				// the start of the day's period, in UTC
				days.add(java.time.Instant.ofEpochMilli((long) data.getXValue(0, i)).atZone(ZoneOffset.UTC)
						.toLocalDate());
				counts.add(y);
			}
		}
		assertEquals(List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 5)), days,
				"no events on 2 and 4 March: nothing drawn there");
		assertEquals(List.of(3.0, 2.0, 1.0), counts);
		// the axis spans the gap: 2 March lies between the first and the last day shown
		long march2 = LocalDate.of(2026, 3, 2).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
		DateAxis axis = (DateAxis) plot.getDomainAxis();
		chart.createBufferedImage(600, 300);
		assertEquals(true, axis.getRange().contains(march2));
	}
}
