package io.streamwise.ui.campaigns;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.jfree.chart.JFreeChart;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.campaign.CampaignForecaster;
import io.streamwise.core.campaign.CampaignInputException;
import io.streamwise.core.campaign.CampaignScenarios;
import io.streamwise.core.campaign.Forecast;
import io.streamwise.model.campaign.Campaign;
import io.streamwise.report.charts.CampaignCharts;
import io.streamwise.ui.experiments.charts.ChartCanvas;
import io.streamwise.ui.experiments.charts.ChartExport;
import io.streamwise.ui.jobs.EclipseProgress;

/**
 * The campaign's forecast, kept up to date while it is edited: a short while after the last edit (so that typing does
 * not start one forecast per key) the base plan and every scenario are forecast by {@link CampaignForecaster} in a
 * cancellable job, never on the UI thread; a newer edit cancels a forecast still running. It shows the fan of
 * cumulative revenue, the distribution of the target metric with the target, the scenarios with their intervals, the
 * tornado and the funnel (the report bundle's {@link CampaignCharts}, each exportable as PNG or SVG from its context
 * menu or all at once), and the numbers behind them as tables.
 */
public final class ForecastPage extends FormPage {

	static final String ID = "forecast";
	/** How long after the last edit the forecast starts. */
	static final int DEBOUNCE_MILLIS = 400;
	static final int DEFAULT_DRAWS = 10_000;

	/**
	 * One forecast of the plan: the forecasts (base first), or the plan's problem; how long the job took, and the
	 * CPU time the process used meanwhile (the job's threads, and whatever else ran in the workbench).
	 */
	public record Result(List<Forecast> forecasts, long nanos, long cpuNanos, boolean offUiThread, String problemPath,
			String problem) {
	}

	private final CampaignEditor editor;
	private FormToolkit toolkit;
	private Spinner draws;
	private Text seed;
	private Label status;
	private ProgressBar progress;
	private Composite charts;
	private Table summary, streams, tornado;
	private final Map<String, ChartCanvas> canvases = new LinkedHashMap<>();
	private int generation;
	private Job job;
	private Result last;
	private int finished;

	ForecastPage(CampaignEditor editor) {
		super(editor, ID, "Forecast");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		toolkit = managedForm.getToolkit();
		managedForm.getForm().setText("Forecast");
		toolkit.decorateFormHeading(managedForm.getForm().getForm());
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(1, false));

		Composite settings = section(body, "Monte Carlo",
				"Runs again by itself after every edit, as a job (see the Progress view, where it can be cancelled).",
				8);
		toolkit.createLabel(settings, "Draws:");
		draws = new Spinner(settings, SWT.BORDER);
		draws.setValues(DEFAULT_DRAWS, 100, 1_000_000, 0, 1000, 10_000);
		draws.addListener(SWT.Modify, e -> planChanged());
		toolkit.createLabel(settings, "Seed:");
		seed = toolkit.createText(settings, "1", SWT.BORDER);
		seed.setLayoutData(new GridData(60, SWT.DEFAULT));
		seed.addModifyListener(e -> planChanged());
		Button refresh = toolkit.createButton(settings, "Forecast now", SWT.PUSH);
		refresh.addListener(SWT.Selection, e -> start());
		Button export = toolkit.createButton(settings, "Export charts...", SWT.PUSH);
		export.setToolTipText("Every chart as SVG and PNG into a folder; right-click a chart for one");
		export.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(export.getShell());
			dialog.setMessage("The folder for the charts (SVG and PNG)");
			String chosen = dialog.open();
			if (chosen != null) {
				try {
					exportCharts(Path.of(chosen));
				} catch (IOException ex) {
					MessageDialog.openError(export.getShell(), "Export", "The charts could not be written: "
							+ ex.getMessage());
				}
			}
		});
		progress = new ProgressBar(settings, SWT.HORIZONTAL | SWT.SMOOTH);
		progress.setLayoutData(new GridData(120, SWT.DEFAULT));
		status = toolkit.createLabel(settings, "Not forecast yet.", SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		Composite tables = section(body, "Numbers", "Medians with P10 and P90 in brackets, over the draws.", 3);
		summary = table(tables, "Scenario", "Revenue", "Profit", "ROI", "P(target)");
		streams = table(tables, "Stream (base)", "Viewers", "Buyers", "Revenue");
		tornado = table(tables, "Input (base)", "Profit at its P10", "Profit at its P90");

		charts = section(body, "Charts", "Right-click a chart to export it as PNG or SVG.", 2);
		start();
	}

	private Composite section(Composite body, String title, String description, int columns) {
		Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(columns, false));
		section.setClient(client);
		return client;
	}

	private Table table(Composite parent, String... headers) {
		Table table = toolkit.createTable(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.heightHint = 150;
		table.setLayoutData(data);
		for (String h : headers) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(h);
			column.setWidth(h.length() > 12 ? 150 : 110);
		}
		return table;
	}

	/** The plan changed: forecast again once the edits pause. */
	void planChanged() {
		if (status == null || status.isDisposed()) {
			return; // the page's controls are made when it is first shown, and forecast then
		}
		int mine = ++generation;
		status.getDisplay().timerExec(DEBOUNCE_MILLIS, () -> {
			if (mine == generation) {
				start();
			}
		});
	}

	/** Cancels a forecast still running and starts one of the plan as it is now. */
	void start() {
		if (status == null || status.isDisposed()) {
			return;
		}
		generation++;
		cancel();
		// the job works on a copy: the model belongs to the UI thread
		Campaign plan = EcoreUtil.copy(editor.campaign());
		int drawCount = draws.getSelection();
		long seedValue;
		try {
			seedValue = Long.parseLong(seed.getText().trim());
		} catch (NumberFormatException e) {
			status.setText("The seed must be a whole number.");
			return;
		}
		Display display = status.getDisplay();
		AtomicInteger percent = new AtomicInteger();
		Job forecast = Job.create("Forecasting campaign " + editor.file().getName(),
				(IProgressMonitor monitor) -> run(plan, drawCount, seedValue, monitor, percent, display));
		forecast.setPriority(Job.SHORT);
		forecast.setSystem(false);
		job = forecast;
		status.setText("Forecasting " + String.format(Locale.ROOT, "%,d", drawCount) + " draws...");
		status.getParent().layout(true);
		progress.setSelection(0);
		// the bar follows the job's progress while it runs
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			if (!progress.isDisposed() && job == forecast) {
				progress.setSelection(percent.get());
				if (forecast.getResult() == null) {
					display.timerExec(100, poll[0]);
				}
			}
		};
		display.timerExec(100, poll[0]);
		forecast.schedule();
	}

	private IStatus run(Campaign plan, int drawCount, long seedValue, IProgressMonitor monitor, AtomicInteger percent,
			Display display) {
		long start = System.nanoTime();
		long cpuStart = processCpuNanos();
		boolean offUi = Thread.currentThread() != display.getThread();
		Result result;
		try {
			List<CampaignScenarios.Variant> variants = CampaignScenarios.variants(plan, "all");
			EclipseProgress eclipse = new EclipseProgress(monitor);
			List<Forecast> forecasts = new ArrayList<>();
			for (int v = 0; v < variants.size(); v++) {
				CampaignScenarios.Variant variant = variants.get(v);
				int done = v, of = variants.size();
				forecasts.add(new CampaignForecaster(variant.plan()).run(variant.name(),
						new CampaignForecaster.Settings(drawCount, seedValue, 0, true),
						counting(eclipse, done, of, percent)));
			}
			result = new Result(forecasts, System.nanoTime() - start, processCpuNanos() - cpuStart, offUi, null, null);
		} catch (CancelledException e) {
			return Status.CANCEL_STATUS;
		} catch (CampaignInputException e) {
			result = new Result(List.of(), System.nanoTime() - start, processCpuNanos() - cpuStart, offUi, e.path(),
					e.getMessage());
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		Result shown = result;
		display.asyncExec(() -> show(shown));
		return Status.OK_STATUS;
	}

	private static long processCpuNanos() {
		return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
	}

	/** Passes progress on to the job, and keeps the share done over all plans for the page's bar. */
	private static ProgressMonitor counting(EclipseProgress eclipse, int plan, int plans, AtomicInteger percent) {
		return new ProgressMonitor() {
			private long total = 1, done;

			@Override
			public void begin(String task, long totalWork) {
				eclipse.begin(task, totalWork);
				total = Math.max(1, totalWork);
				done = 0;
			}

			@Override
			public void worked(long work) {
				eclipse.worked(work);
				done += work;
				percent.set((int) ((plan + (double) done / total) * 100 / plans));
			}

			@Override
			public boolean isCancelled() {
				return eclipse.isCancelled();
			}

			@Override
			public void subTask(String name) {
				eclipse.subTask(name);
			}
		};
	}

	private void show(Result result) {
		if (status == null || status.isDisposed()) {
			return;
		}
		last = result;
		finished++;
		progress.setSelection(100);
		editor.showPlanProblem(result.problemPath(), result.problem());
		if (result.problem() != null) {
			status.setText("Cannot forecast: " + result.problem());
			status.getParent().layout(true);
			getManagedForm().reflow(true);
			return;
		}
		Forecast base = result.forecasts().get(0);
		status.setText(String.format(Locale.ROOT, "%,d draws of %d plans in %.2f s (%.2f s CPU); P(%s ≥ %,.0f) = %.2f.",
				base.draws(), result.forecasts().size(), result.nanos() / 1e9, result.cpuNanos() / 1e9,
				base.targetMetric().toLowerCase(
						Locale.ROOT),
				base.target(), base.probabilityOfTarget()));
		status.getParent().layout(true);
		fillTables(result.forecasts());
		showCharts(result.forecasts());
		getManagedForm().reflow(true);
	}

	private void fillTables(List<Forecast> forecasts) {
		summary.removeAll();
		for (Forecast f : forecasts) {
			row(summary, f.scenario(), interval(f.total().revenue()), interval(f.total().profit()),
					String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", f.total().roi().p50(), f.total().roi().p10(),
							f.total().roi().p90()),
					String.format(Locale.ROOT, "%.2f", f.probabilityOfTarget()));
		}
		Forecast base = forecasts.get(0);
		streams.removeAll();
		for (Forecast.Group g : base.streams()) {
			row(streams, g.id(), interval(g.viewers()), interval(g.buyers()), interval(g.revenue()));
		}
		tornado.removeAll();
		for (Forecast.TornadoBar bar : base.tornado().subList(0, Math.min(10, base.tornado().size()))) {
			row(tornado, bar.input(), String.format(Locale.ROOT, "%,.0f", bar.profitAtP10()),
					String.format(Locale.ROOT, "%,.0f", bar.profitAtP90()));
		}
	}

	private static void row(Table table, String... cells) {
		new TableItem(table, SWT.NONE).setText(cells);
	}

	private static String interval(Forecast.Summary s) {
		return String.format(Locale.ROOT, "%,.0f [%,.0f, %,.0f]", s.p50(), s.p10(), s.p90());
	}

	private void showCharts(List<Forecast> forecasts) {
		for (Control c : charts.getChildren()) {
			c.dispose();
		}
		canvases.clear();
		String currency = editor.campaign().getCurrency() == null ? "" : editor.campaign().getCurrency();
		for (Map.Entry<String, JFreeChart> chart : CampaignCharts.all(forecasts, currency).entrySet()) {
			ChartCanvas canvas = new ChartCanvas(charts, chart.getValue());
			GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
			data.heightHint = 320;
			data.widthHint = 420;
			canvas.setLayoutData(data);
			canvases.put(chart.getKey(), canvas);
		}
		charts.layout(true);
	}

	/** Writes every chart shown as name.svg and name.png into the folder. */
	public void exportCharts(Path folder) throws IOException {
		for (Map.Entry<String, ChartCanvas> c : canvases.entrySet()) {
			ChartExport.svg(c.getValue().chart(), folder.resolve(c.getKey() + ".svg"), 800, 500);
			ChartExport.png(c.getValue().chart(), folder.resolve(c.getKey() + ".png"), 800, 500);
		}
	}

	/** The charts shown, by name (fan, distribution, scenarios, tornado, funnel). */
	public Map<String, ChartCanvas> charts() {
		return canvases;
	}

	/** The last forecast shown, or null. */
	public Result lastResult() {
		return last;
	}

	/** How many forecasts the page has shown. */
	public int finished() {
		return finished;
	}

	/** The forecast job last started, or null. */
	public Job job() {
		return job;
	}

	String status() {
		return status.getText();
	}

	Table summaryTable() {
		return summary;
	}

	void cancel() {
		if (job != null) {
			job.cancel();
		}
	}
}
