package io.streamwise.ui.experiments.stream;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import io.streamwise.stream.Prequential;
import io.streamwise.stream.PrequentialResult;
import io.streamwise.stream.StreamMetrics;
import io.streamwise.ui.experiments.charts.ChartCanvas;

/**
 * Learning curves drawn while a stream experiment runs. The run's thread hands each curve point and drift to
 * {@link #curvePoint} / {@link #drift} (a queue, never blocking); the display drains the queue at most every
 * {@value #THROTTLE_MILLIS} ms and redraws, so a fast stream cannot flood the UI thread. One series per learner in
 * the learners' order, so each keeps its colour; a drift is a dashed vertical line in its learner's colour. Any
 * metric can be shown ({@link #showMetric}); every point is kept, so switching metric redraws the whole curve.
 */
public final class LiveCurves implements Prequential.Listener {

	static final int THROTTLE_MILLIS = 100;

	/** JFreeChart's own colour sequence, one per learner. */
	private static final Paint[] PALETTE = DefaultDrawingSupplier.DEFAULT_PAINT_SEQUENCE;

	private record Drift(String learner, long at) {
	}

	private final Display display;
	private final Canvas canvas;
	private final XYSeriesCollection dataset = new XYSeriesCollection();
	private final JFreeChart chart;
	private final ConcurrentLinkedQueue<Object> inbox = new ConcurrentLinkedQueue<>();
	private final AtomicBoolean drainScheduled = new AtomicBoolean();
	/** Touched on the UI thread only: every point and drift heard, per learner. */
	private final Map<String, List<PrequentialResult.CurvePoint>> points = new LinkedHashMap<>();
	private final Map<String, List<Long>> drifts = new LinkedHashMap<>();
	private String metric = "accuracy";
	private int drains;

	public LiveCurves(Composite parent) {
		display = parent.getDisplay();
		chart = ChartFactory.createXYLineChart("Learning curves", "instances", metric, dataset,
				PlotOrientation.VERTICAL, true, true, false);
		chart.setBackgroundPaint(Color.WHITE);
		chart.getPlot().setBackgroundPaint(new Color(0xF7, 0xF7, 0xF7));
		chart.getXYPlot().getDomainAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		// drawn afresh on every paint, not a ChartCanvas: that keeps its picture until resized (its charts do not
		// change) and adds the export menu and tooltips, which a curve redrawn ten times a second does not want
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED) {
			@Override
			public Point computeSize(int wHint, int hHint, boolean changed) {
				return new Point(wHint == SWT.DEFAULT ? 480 : wHint, hHint == SWT.DEFAULT ? 300 : hHint);
			}
		};
		canvas.addPaintListener(e -> {
			Rectangle area = canvas.getClientArea();
			if (area.width > 0 && area.height > 0) {
				Image image = new Image(display,
						ChartCanvas.toSwt(chart.createBufferedImage(area.width, area.height)));
				e.gc.drawImage(image, 0, 0);
				image.dispose();
			}
		});
	}

	/** Forgets everything shown and prepares one series per learner, in this order (so colours stay put). */
	public void reset(List<String> learners) {
		inbox.clear();
		points.clear();
		drifts.clear();
		dataset.removeAllSeries();
		chart.getXYPlot().clearDomainMarkers();
		for (String l : learners) {
			points.put(l, new ArrayList<>());
			drifts.put(l, new ArrayList<>());
			// the colour is fixed here, so that the curve and its drift markers share it
			chart.getXYPlot().getRenderer().setSeriesPaint(dataset.getSeriesCount(),
					PALETTE[dataset.getSeriesCount() % PALETTE.length]);
			dataset.addSeries(new XYSeries(l, false, true));
		}
		canvas.redraw();
	}

	/** Shows another metric (one of {@link StreamMetrics#NAMES}). */
	public void showMetric(String name) {
		metric = name;
		chart.getXYPlot().getRangeAxis().setLabel(name);
		for (int s = 0; s < dataset.getSeriesCount(); s++) {
			XYSeries series = dataset.getSeries(s);
			series.clear();
			for (PrequentialResult.CurvePoint p : points.get((String) series.getKey())) {
				series.add(p.instance(), value(p.metrics(), name), false);
			}
			series.fireSeriesChanged();
		}
		canvas.redraw();
	}

	private static double value(StreamMetrics m, String name) {
		Double v = m.asMap().get(name);
		return v == null ? Double.NaN : v;
	}

	@Override
	public void curvePoint(String learner, PrequentialResult.CurvePoint point) {
		inbox.add(new Object[] { learner, point });
		scheduleDrain();
	}

	@Override
	public void drift(String learner, long at) {
		inbox.add(new Drift(learner, at));
		scheduleDrain();
	}

	/** Called from any thread: one drain pending at a time, run on the display no sooner than the throttle. */
	private void scheduleDrain() {
		if (drainScheduled.compareAndSet(false, true) && !display.isDisposed()) {
			display.asyncExec(() -> display.timerExec(THROTTLE_MILLIS, this::drain));
		}
	}

	/** Moves what the run reported into the chart; on the UI thread. */
	public void drain() {
		drainScheduled.set(false);
		if (canvas.isDisposed()) {
			inbox.clear();
			return;
		}
		drains++;
		XYPlot plot = chart.getXYPlot();
		for (Object o; (o = inbox.poll()) != null;) {
			if (o instanceof Drift d) {
				int s = dataset.getSeriesIndex(d.learner());
				if (s < 0) {
					continue;
				}
				drifts.get(d.learner()).add(d.at());
				plot.addDomainMarker(new ValueMarker(d.at(), colour(s), new BasicStroke(1f, BasicStroke.CAP_BUTT,
						BasicStroke.JOIN_MITER, 1f, new float[] { 4f, 3f }, 0f)));
			} else {
				Object[] p = (Object[]) o;
				String learner = (String) p[0];
				PrequentialResult.CurvePoint point = (PrequentialResult.CurvePoint) p[1];
				int s = dataset.getSeriesIndex(learner);
				if (s < 0) {
					continue;
				}
				points.get(learner).add(point);
				dataset.getSeries(s).add(point.instance(), value(point.metrics(), metric));
			}
		}
		canvas.redraw();
	}

	/** The colour the renderer draws this series in: the same one its drift markers get. */
	public Paint colour(int series) {
		return chart.getXYPlot().getRenderer().getSeriesPaint(series);
	}

	/** The chart's data: one series per learner of the metric shown. */
	public XYSeriesCollection dataset() {
		return dataset;
	}

	public JFreeChart chart() {
		return chart;
	}

	public Canvas canvas() {
		return canvas;
	}

	public String metric() {
		return metric;
	}

	/** Drift positions heard for a learner so far. */
	public List<Long> drifts(String learner) {
		return List.copyOf(drifts.getOrDefault(learner, List.of()));
	}

	/** How many times the queue was drained onto the chart (for tests: updates arrive in batches). */
	public int drains() {
		return drains;
	}
}
