package io.streamwise.report.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import io.streamwise.core.results.ExperimentResults.ConversionCurve;

/**
 * ROC, precision-recall and calibration (reliability) charts of conversion models: one line per algorithm and fold,
 * from the curve points results.json records. ROC and calibration get the diagonal (chance, perfect calibration).
 */
public final class ConversionCurveCharts {

	public static final String ROC = "roc", PRECISION_RECALL = "precision-recall", CALIBRATION = "calibration";

	private ConversionCurveCharts() {
	}

	/** The chart of one kind of curve; null when the results have none of that kind. */
	public static JFreeChart of(List<ConversionCurve> curves, String kind) {
		List<ConversionCurve> ofKind = curves.stream().filter(c -> kind.equals(c.kind())).toList();
		if (ofKind.isEmpty()) {
			return null;
		}
		boolean oneFold = ofKind.stream().mapToInt(ConversionCurve::fold).distinct().count() == 1;
		XYSeriesCollection data = new XYSeriesCollection();
		for (ConversionCurve c : ofKind) {
			XYSeries series = new XYSeries(oneFold ? c.algorithm() : c.algorithm() + " fold " + c.fold(), false, true);
			for (int i = 0; i < c.x().length; i++) {
				series.add(c.x()[i], c.y()[i]);
			}
			data.addSeries(series);
		}
		String title = switch (kind) {
		case ROC -> "ROC";
		case PRECISION_RECALL -> "Precision-recall";
		default -> "Calibration (reliability)";
		};
		String x = switch (kind) {
		case ROC -> "false positive rate";
		case PRECISION_RECALL -> "recall";
		default -> "mean predicted probability";
		};
		String y = switch (kind) {
		case ROC -> "true positive rate";
		case PRECISION_RECALL -> "precision";
		default -> "observed rate of conversions";
		};
		JFreeChart chart = ChartFactory.createXYLineChart(title, x, y, data, PlotOrientation.VERTICAL, true, true,
				false);
		XYPlot plot = chart.getXYPlot();
		plot.getDomainAxis().setRange(0, 1);
		plot.getRangeAxis().setRange(0, 1.02);
		if (!kind.equals(PRECISION_RECALL)) {
			plot.addAnnotation(new XYLineAnnotation(0, 0, 1, 1, new BasicStroke(1f, BasicStroke.CAP_BUTT,
					BasicStroke.JOIN_MITER, 1f, new float[] { 4f, 3f }, 0f), Color.GRAY));
		}
		if (kind.equals(CALIBRATION)) {
			// the bins are points, not a continuous function: show them
			((XYLineAndShapeRenderer) plot.getRenderer()).setDefaultShapesVisible(true);
		}
		ChartStyle.apply(chart);
		return chart;
	}
}
