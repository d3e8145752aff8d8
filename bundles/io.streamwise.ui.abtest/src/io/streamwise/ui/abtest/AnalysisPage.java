package io.streamwise.ui.abtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.jfree.chart.JFreeChart;

import io.streamwise.core.abtest.AbAnalysis;
import io.streamwise.core.abtest.AbMonitor;
import io.streamwise.core.abtest.AbStatistics;
import io.streamwise.model.abtest.ABTest;
import io.streamwise.model.abtest.ABTestPackage.Literals;
import io.streamwise.model.abtest.MonitoringKind;
import io.streamwise.model.abtest.MonitoringPlan;
import io.streamwise.model.abtest.RandomisationUnit;
import io.streamwise.ui.abtest.Fields.Kind;
import io.streamwise.ui.experiments.charts.ChartCanvas;
import io.streamwise.ui.experiments.charts.ChartExport;

/**
 * The test's analysis: its settings (method, correction, prior, minimum sample, monitoring), then a log chosen by the
 * user (an event log or a unit table with the assignment column, as {@code abtest analyse --data} reads) analysed and
 * monitored in a cancellable job ({@link AnalysisRun}), never on the UI thread. It shows the sample-ratio verdict, the
 * estimates with their intervals and verdicts per arm and metric, the Bayesian comparison, the sequential looks with
 * the decision day, and the charts (forest plot, posterior densities, monitoring), each exportable as PNG or SVG
 * from its context menu or all at once.
 */
public final class AnalysisPage extends AbFormPage {

	static final String ID = "analysis";

	private Text data, variantColumn, covariate, cluster, day, seed;
	private Button analyse, cancelButton;
	private ProgressBar progress;
	private Label status, srm, decision, monitoring;
	private Table estimates, bayes, looks;
	private Composite charts;
	private final Map<String, ChartCanvas> canvases = new LinkedHashMap<>();
	private Job job;
	private AnalysisRun.Outcome last;
	private int finished;
	private int generation;

	AnalysisPage(AbTestEditor editor) {
		super(editor, ID, "Analysis");
	}

	@Override
	void createContent(Composite body) {
		Composite settings = section(body, "Analysis",
				"How the log is judged. Clusters decide with cluster-robust errors, a pre-period column with CUPED.",
				2, 1);
		fields.choice(settings, "Method:", this::test, Literals.AB_TEST__ANALYSIS_METHOD);
		fields.choice(settings, "Correction:", this::test, Literals.AB_TEST__CORRECTION);
		fields.text(settings, "Prior alpha:", "Beta prior of each arm's rate: alpha, above 0", this::test,
				Literals.AB_TEST__PRIOR_ALPHA, Kind.POSITIVE);
		fields.text(settings, "Prior beta:", "Beta prior of each arm's rate: beta, above 0", this::test,
				Literals.AB_TEST__PRIOR_BETA, Kind.POSITIVE);
		fields.text(settings, "Minimum units per arm:", "No verdict before every arm has this many units", this::test,
				Literals.AB_TEST__MINIMUM_UNITS_PER_ARM, Kind.WHOLE);
		toolkit.createLabel(settings, "Monitoring:");
		monitoring = note(settings, 1);
		refreshContent();

		Composite log = section(body, "Log",
				"An event log (viewer, stream, item, type, timestamp, value) or a unit table, with the column that"
						+ " assigns each viewer (or stream) its variant. Runs as a job: see the Progress view.",
				3, 1);
		ABTest test = test();
		data = textRow(log, "Log:", logBeside(), "The CSV file to analyse");
		Button browse = toolkit.createButton(log, "Browse...", SWT.PUSH);
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(browse.getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.csv", "*" });
			String chosen = dialog.open();
			if (chosen != null) {
				data.setText(chosen);
			}
		});
		variantColumn = textRow(log, "Assignment column:", "variant", "The column naming each unit's variant");
		toolkit.createLabel(log, "");
		covariate = textRow(log, "Pre-period column:", test.getCovariate() == null ? "" : test.getCovariate(),
				"CUPED's covariate (empty for none); the test's by default");
		toolkit.createLabel(log, "");
		cluster = textRow(log, "Cluster column:", test.getUnit() == RandomisationUnit.STREAM ? "stream" : "",
				"Streams as clusters, for cluster-robust errors (empty for none)");
		toolkit.createLabel(log, "");
		day = textRow(log, "Day column:", "",
				"The day each unit entered (empty: an event log's timestamps give it)");
		toolkit.createLabel(log, "");
		seed = textRow(log, "Seed:", "1", "Seed of the posterior draws");
		toolkit.createLabel(log, "");
		Composite buttons = toolkit.createComposite(log);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		buttons.setLayout(new org.eclipse.swt.layout.RowLayout());
		analyse = toolkit.createButton(buttons, "Analyse", SWT.PUSH);
		analyse.addListener(SWT.Selection, e -> start());
		cancelButton = toolkit.createButton(buttons, "Cancel", SWT.PUSH);
		cancelButton.setEnabled(false);
		cancelButton.addListener(SWT.Selection, e -> cancel());
		progress = new ProgressBar(buttons, SWT.HORIZONTAL | SWT.SMOOTH);
		status = note(log, 3);
		status.setText("Not analysed yet.");

		Composite verdict = section(body, "Verdict",
				"The sample-ratio check first: with a mismatch the assignment is broken and no verdict is given.", 1,
				2);
		srm = note(verdict, 1);
		estimates = table(verdict, 120, "Metric", "Arm", "Method", "Estimate", "Interval", "p", "Adjusted p",
				"Verdict");
		bayes = table(verdict, 70, "Metric", "Arm", "P(B > A)", "Expected loss of B", "Lift", "Credible interval");
		looks = table(verdict, 120, "Arm", "Day", "Units A", "Units B", "Estimate", "Confidence sequence",
				"Always-valid p", "Fixed-horizon p");
		decision = note(verdict, 1);

		Composite chartSection = section(body, "Charts",
				"Right-click a chart to export it as PNG or SVG, or export them all.", 2, 2);
		Button export = toolkit.createButton(chartSection, "Export charts...", SWT.PUSH);
		export.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		export.setToolTipText("Every chart as SVG and PNG into a folder; right-click a chart for one");
		export.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(export.getShell());
			dialog.setMessage("The folder for the charts (SVG and PNG)");
			String chosen = dialog.open();
			if (chosen != null) {
				try {
					exportCharts(Path.of(chosen));
				} catch (IOException ex) {
					MessageDialog.openError(export.getShell(), "Export",
							"The charts could not be written: " + ex.getMessage());
				}
			}
		});
		charts = toolkit.createComposite(chartSection);
		charts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		charts.setLayout(new org.eclipse.swt.layout.GridLayout(2, true));
	}

	@Override
	void refreshContent() {
		if (monitoring != null && !monitoring.isDisposed()) {
			monitoring.setText(monitoringText(test().getMonitoring()));
			monitoring.getParent().layout(true);
		}
	}

	/** "sequential (MSPRT), looks on days 7, 14, 21; set on the Design page" and the like. */
	static String monitoringText(MonitoringPlan plan) {
		if (plan == null) {
			return "none: a look every day of the log, with the mixture SPRT";
		}
		String looks = plan.getLookTimes().isEmpty() ? "a look every day of the log"
				: "looks on days " + LookDaysField.format(plan.getLookTimes());
		return (plan.getKind() == MonitoringKind.SEQUENTIAL
				? "sequential (" + plan.getSequentialMethod().getName().toLowerCase(Locale.ROOT).replace('_', '-')
						+ "), " + looks
				: "fixed horizon; the sequential looks shown for reference: " + looks)
				+ " (the Design page's monitoring plan)";
	}

	/** The CSV file beside the test named like it (pinned-offer.csv for pinned-offer.abtest), when there is one. */
	private String logBeside() {
		IPath location = editor.file().getLocation();
		if (location == null) {
			return "";
		}
		Path csv = location.removeFileExtension().addFileExtension("csv").toPath();
		return Files.isRegularFile(csv) ? csv.toString() : "";
	}

	private Text textRow(Composite parent, String label, String value, String tooltip) {
		toolkit.createLabel(parent, label);
		Text text = toolkit.createText(parent, value, SWT.SINGLE | SWT.BORDER);
		text.setToolTipText(tooltip);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = Fields.WIDTH_HINT;
		text.setLayoutData(data);
		return text;
	}

	private Table table(Composite parent, int height, String... headers) {
		Table table = toolkit.createTable(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.heightHint = height;
		data.widthHint = 400;
		table.setLayoutData(data);
		for (String h : headers) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(h);
			column.setWidth(h.length() > 10 ? 150 : 100);
		}
		return table;
	}

	/** Analyses the log named in the Log field, cancelling an analysis still running; the job, or null. */
	public Job start() {
		if (status == null || status.isDisposed()) {
			return null;
		}
		cancel();
		String path = data.getText().trim();
		if (path.isEmpty()) {
			status.setText("Choose a log to analyse.");
			return null;
		}
		long seedValue;
		try {
			seedValue = Long.parseLong(seed.getText().trim());
		} catch (NumberFormatException e) {
			status.setText("The seed must be a whole number, not '" + seed.getText().trim() + "'.");
			return null;
		}
		// the job works on a copy: the model belongs to the UI thread
		ABTest copy = EcoreUtil.copy(test());
		AnalysisRun.Settings settings = new AnalysisRun.Settings(Path.of(path), variantColumn.getText().trim(),
				blankToNull(covariate.getText()), blankToNull(cluster.getText()), blankToNull(day.getText()),
				seedValue);
		Display display = status.getDisplay();
		int mine = ++generation;
		Job analysis = Job.create("Analysing A/B test " + editor.file().getName(), (IProgressMonitor monitor) -> {
			AnalysisRun.Outcome outcome = AnalysisRun.run(copy, settings, monitor,
					Thread.currentThread() != display.getThread());
			if (outcome == null || monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			display.asyncExec(() -> {
				if (generation == mine) { // not an analysis a newer one replaced
					show(outcome);
				}
			});
			return Status.OK_STATUS;
		});
		// a job cancelled before it ran never calls its function: the page learns of the cancellation here
		analysis.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getResult().getSeverity() == IStatus.CANCEL) {
					display.asyncExec(() -> cancelled(analysis));
				}
			}
		});
		analysis.setPriority(Job.LONG);
		analysis.setUser(false);
		job = analysis;
		status.setText("Analysing " + settings.data().getFileName() + "...");
		status.getParent().layout(true);
		progress.setSelection(0);
		analyse.setEnabled(false);
		cancelButton.setEnabled(true);
		analysis.schedule();
		return analysis;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private void cancelled(Job cancelled) {
		if (status == null || status.isDisposed() || cancelled != job) {
			return; // a newer analysis runs
		}
		finished++;
		analyse.setEnabled(true);
		cancelButton.setEnabled(false);
		// what is shown stays whole: the last analysis that ended, or nothing
		status.setText(last == null || last.problem() != null ? "Cancelled."
				: "Cancelled; the results below are still those of the last"
						+ " analysis that ended.");
		status.getParent().layout(true);
	}

	private void show(AnalysisRun.Outcome outcome) {
		if (status == null || status.isDisposed()) {
			return;
		}
		last = outcome;
		finished++;
		analyse.setEnabled(true);
		cancelButton.setEnabled(false);
		progress.setSelection(100);
		estimates.removeAll();
		bayes.removeAll();
		looks.removeAll();
		for (Control c : charts.getChildren()) {
			c.dispose();
		}
		canvases.clear();
		if (outcome.problem() != null) {
			status.setText("Cannot analyse: " + outcome.problem());
			srm.setText("");
			decision.setText("");
			reflow();
			return;
		}
		AbAnalysis.Result r = outcome.analysis();
		status.setText(String.format(Locale.ROOT, "%s: %,d units, control %s, alpha %s, %s; analysed in %.2f s.%s",
				data.getText().trim(), outcome.units().get(0).size(), r.control(), DesignPage.num(r.alpha()),
				r.correction().getName().toLowerCase(Locale.ROOT).replace('_', '-'), outcome.nanos() / 1e9,
				outcome.note() == null ? "" : " " + outcome.note()));
		srm.setText(srmVerdict(r.srm()));
		fillTables(outcome);
		showCharts(outcome);
		reflow();
	}

	/** "Sample ratio: chi-squared 0.40, p = 0.53: no mismatch." or the mismatch, which withholds every verdict. */
	static String srmVerdict(AbStatistics.Srm srm) {
		return String.format(Locale.ROOT, "Sample ratio: chi-squared %.2f, p = %.3g: %s", srm.statistic(),
				srm.pValue(), srm.mismatch()
						? "MISMATCH (p < " + AbStatistics.SRM_THRESHOLD
								+ "): the assignment is broken; no verdict is given."
						: "no mismatch.");
	}

	private void fillTables(AnalysisRun.Outcome outcome) {
		for (AbAnalysis.MetricResult m : outcome.analysis().metrics()) {
			for (AbAnalysis.Comparison c : m.comparisons()) {
				for (AbStatistics.Estimate e : c.estimates()) {
					boolean primary = e.method().equals(c.primaryMethod());
					row(estimates, m.label(), c.arm(), e.method() + (primary ? " (decides)" : ""),
							DesignPage.num(e.estimate()), interval(e.low(), e.high()), DesignPage.num(e.pValue()),
							primary ? DesignPage.num(c.adjustedP()) : "", primary ? c.verdict() : "");
				}
				AbStatistics.Bayes b = c.bayes();
				if (b != null) {
					row(bayes, m.label(), c.arm(), String.format(Locale.ROOT, "%.4f", b.probabilityBBeatsA()),
							DesignPage.num(b.expectedLossB()), DesignPage.num(b.liftOfMeans()),
							interval(b.liftLow(), b.liftHigh()));
				}
			}
		}
		AbMonitor.Result mon = outcome.monitoring();
		if (mon == null) {
			decision.setText(outcome.note() == null ? "" : outcome.note());
			return;
		}
		for (AbMonitor.Row r : mon.rows()) {
			row(looks, r.arm(), Integer.toString(r.day()), String.format(Locale.ROOT, "%,d", r.look().nA()),
					String.format(Locale.ROOT, "%,d", r.look().nB()), DesignPage.num(r.look().estimate()),
					interval(r.look().low(), r.look().high()), DesignPage.num(r.look().pValue()),
					DesignPage.num(r.naiveP()));
		}
		StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s of %s against %s at alpha %s: ",
				mon.method().substring(0, 1).toUpperCase(Locale.ROOT) + mon.method().substring(1),
				outcome.analysis().metrics().get(0).metric(), mon.control(), DesignPage.num(mon.alpha())));
		for (int i = 0; i < mon.arms().size(); i++) {
			text.append(i > 0 ? "; " : "").append(mon.arms().get(i)).append(mon.decisionDay()[i] > 0
					? " decided on day " + mon.decisionDay()[i]
					: " no decision yet");
		}
		decision.setText(text.append('.').toString());
	}

	private static String interval(double low, double high) {
		return "[" + DesignPage.num(low) + ", " + DesignPage.num(high) + "]";
	}

	private static void row(Table table, String... cells) {
		new TableItem(table, SWT.NONE).setText(cells);
	}

	private void showCharts(AnalysisRun.Outcome outcome) {
		for (Map.Entry<String, JFreeChart> chart : outcome.charts().entrySet()) {
			ChartCanvas canvas = new ChartCanvas(charts, chart.getValue());
			GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
			data.heightHint = 320;
			data.widthHint = 420;
			canvas.setLayoutData(data);
			canvases.put(chart.getKey(), canvas);
		}
		charts.layout(true);
	}

	private void reflow() {
		status.getParent().layout(true);
		srm.getParent().layout(true);
		getManagedForm().reflow(true);
	}

	/** Writes every chart shown as name.svg and name.png into the folder. */
	public void exportCharts(Path folder) throws IOException {
		for (Map.Entry<String, ChartCanvas> c : canvases.entrySet()) {
			ChartExport.svg(c.getValue().chart(), folder.resolve(c.getKey() + ".svg"), 800, 500);
			ChartExport.png(c.getValue().chart(), folder.resolve(c.getKey() + ".png"), 800, 500);
		}
	}

	/** The charts shown, by name. */
	public Map<String, ChartCanvas> charts() {
		return canvases;
	}

	/** The last outcome shown, or null. */
	public AnalysisRun.Outcome lastOutcome() {
		return last;
	}

	/** How many analyses ended (shown, failed or cancelled). */
	public int finished() {
		return finished;
	}

	/** The analysis job last started, or null. */
	public Job job() {
		return job;
	}

	/** The sample-ratio verdict as shown. */
	public String srmShown() {
		return srm.getText();
	}

	/** The monitoring plan as the page states it. */
	public String monitoringShown() {
		return monitoring.getText();
	}

	/** The status line as shown. */
	public String statusShown() {
		return status.getText();
	}

	/** The table of estimates and verdicts. */
	public Table estimatesTable() {
		return estimates;
	}

	void cancel() {
		if (job != null) {
			job.cancel();
		}
	}
}
