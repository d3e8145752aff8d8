package io.streamwise.ui.abtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.jfree.chart.JFreeChart;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.abtest.AbAnalysis;
import io.streamwise.core.abtest.AbInputException;
import io.streamwise.core.abtest.AbMonitor;
import io.streamwise.core.abtest.AbTestSpec;
import io.streamwise.core.abtest.AbUnits;
import io.streamwise.model.abtest.ABTest;
import io.streamwise.model.abtest.Metric;
import io.streamwise.model.abtest.MetricKind;
import io.streamwise.report.charts.AbTestCharts;

/**
 * The work of the Analysis page's job, without SWT: reads the log once per metric (the primary metric, then the
 * guardrails), analyses it as {@code abtest analyse --test} does and monitors the primary metric as
 * {@code abtest monitor --test} does (the test's sequential method), one look per day, and draws the report bundle's
 * {@link AbTestCharts} of both. Cancellation is checked between the steps and, through the core's
 * {@link ProgressMonitor}, inside them (every few thousand rows read, every test, every look).
 */
public final class AnalysisRun {

	/** Where the log's columns are (null: none), and the seed of the posterior draws. */
	public record Settings(Path data, String variantColumn, String covariate, String cluster, String day,
			long seed) {
	}

	/**
	 * What the run found: the analysis and the monitoring (null when the log has no days: a unit table without a day
	 * column), or the problem that stopped it, naming the file, line and field; the time taken and whether it ran
	 * off the UI thread.
	 */
	public record Outcome(AbTestSpec spec, AbAnalysis.Result analysis, AbMonitor.Result monitoring,
			Map<String, JFreeChart> charts, List<AbUnits> units, String note, String problem, long nanos,
			boolean offUiThread) {
	}

	private AnalysisRun() {
	}

	/** The metrics analysed: the primary one first, each by its column (or conversion/revenue by its kind). */
	public static List<String> metrics(ABTest test) {
		List<String> names = new ArrayList<>();
		if (test.getPrimaryMetric() != null) {
			names.add(column(test.getPrimaryMetric()));
		}
		for (Metric m : test.getGuardrailMetrics()) {
			names.add(column(m));
		}
		return names;
	}

	private static String column(Metric m) {
		if (m.getColumn() != null && !m.getColumn().isBlank()) {
			return m.getColumn();
		}
		return m.getKind() == MetricKind.CONVERSION_RATE ? "conversion" : "revenue";
	}

	/**
	 * @param test a copy of the test, owned by the calling thread
	 * @return the outcome, or null when cancelled
	 */
	public static Outcome run(ABTest test, Settings settings, IProgressMonitor monitor, boolean offUiThread) {
		long start = System.nanoTime();
		List<String> metrics = metrics(test);
		monitor.beginTask("Analysing " + settings.data().getFileName(), metrics.size() + 2);
		// the core steps ask this between rows, tests and looks, so a cancel does not wait for the step under way
		ProgressMonitor cancel = ProgressMonitor.cancelledWhen(monitor::isCanceled);
		try {
			AbTestSpec spec;
			try {
				spec = AbTestSpec.of(test, null);
			} catch (AbInputException e) {
				return failed("the test cannot be analysed: " + e.getMessage(), start, offUiThread);
			}
			if (!Files.isRegularFile(settings.data())) {
				return failed(settings.data() + ": the data file does not exist", start, offUiThread);
			}
			List<AbUnits> units = new ArrayList<>();
			for (int m = 0; m < metrics.size(); m++) {
				monitor.subTask("Reading " + metrics.get(m));
				// the day only for the primary metric, which is monitored
				units.add(AbUnits.read(settings.data(), new AbUnits.Columns(settings.variantColumn(), metrics.get(m),
						settings.covariate(), settings.cluster(), m == 0 ? settings.day() : null), cancel));
				monitor.worked(1);
				if (monitor.isCanceled()) {
					return null;
				}
			}
			monitor.subTask("Analysing");
			AbAnalysis.Result analysis;
			try {
				// every metric after the primary one is a guardrail
				analysis = AbAnalysis.analyse(spec, metrics, units, Set.copyOf(metrics.subList(1, metrics.size())),
						settings.seed(), cancel);
			} catch (AbInputException e) {
				return failed(settings.data() + ": " + e.getMessage(), start, offUiThread);
			}
			monitor.worked(1);
			if (monitor.isCanceled()) {
				return null;
			}
			AbMonitor.Result monitoring = null;
			String note = null;
			if (units.get(0).day == null) {
				note = "The log has no days (a unit table without a day column): no sequential monitoring.";
			} else {
				monitor.subTask("Monitoring");
				try {
					monitoring = AbMonitor.monitor(spec, units.get(0), spec.sequentialMethod(), 0, cancel);
				} catch (AbInputException e) {
					return failed(settings.data() + ": " + e.getMessage(), start, offUiThread);
				}
			}
			monitor.worked(1);
			if (monitor.isCanceled()) {
				return null;
			}
			// the charts are drawn from the results here, off the UI thread, which only paints them
			Map<String, JFreeChart> charts = new LinkedHashMap<>(AbTestCharts.analysisCharts(analysis));
			if (monitoring != null) {
				charts.putAll(AbTestCharts.monitorCharts(monitoring));
			}
			return new Outcome(spec, analysis, monitoring, charts, units, note, null, System.nanoTime() - start,
					offUiThread);
		} catch (CancelledException e) {
			return null; // asked inside a core step: nothing of the run is returned
		} catch (AbInputException e) {
			return failed(e.getMessage(), start, offUiThread);
		} catch (IOException | RuntimeException e) {
			return failed(settings.data() + ": cannot be read as CSV: " + e.getMessage(), start, offUiThread);
		} finally {
			monitor.done();
		}
	}

	private static Outcome failed(String problem, long start, boolean offUiThread) {
		return new Outcome(null, null, null, Map.of(), List.of(), null, problem, System.nanoTime() - start,
				offUiThread);
	}
}
