package io.streamwise.ui.experiments.results;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.osgi.framework.FrameworkUtil;

import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.progress.CancelledException;
import io.streamwise.core.experiment.Metric;
import io.streamwise.core.experiment.SessionDrillDown;
import io.streamwise.core.experiment.ViewerDrillDown;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.registry.RegistryLocator;
import io.streamwise.core.results.PerUnitValues;
import io.streamwise.ui.experiments.charts.ChartCanvas;
import io.streamwise.ui.jobs.EclipseProgress;

/**
 * The drill-down from a mean of the Results editor: the distribution of its per-viewer values (a box plot per
 * algorithm, a histogram), the table of viewers with their values, and one viewer's page: their training history,
 * each recommender's top-K list with the hits marked, and on simulated data their true interests and purchase
 * probabilities. The viewer page re-fits the recommenders on the viewer's fold in a cancellable job (see
 * {@link ViewerDrillDown}: the run stores no lists), never on the UI thread.
 */
public final class DrillDownView extends ViewPart {

	public static final String ID = "io.streamwise.ui.experiments.drilldown";
	/** The segment of per_unit.csv the drill-down shows: every evaluated unit. */
	private static final String SEGMENT = "all";

	private CTabFolder tabs;
	private CTabItem distributionTab, viewerTab, sessionTab;
	private Composite distribution, viewer, sessionPage;
	private Label distributionHeader, viewerHeader, viewerStatus, sessionHeader, sessionStatus;
	private ChartCanvas boxPlot, histogram;
	private Table units, history, topK, interests, exposures, features, predictions;
	private Path resultsDir;
	private String metric;
	private List<String> algorithms = List.of();
	/** The loaded data of the results shown, kept for the next viewer: loading and fitting take the time. */
	private ViewerDrillDown session;
	private Path sessionDir;
	/** The loaded session rows of the results shown (conversion models' units), kept for the next session. */
	private SessionDrillDown sessions;
	private Path sessionsDir;
	private Job viewerJob, distributionJob, sessionJob;
	/** The unit whose page opens once the distribution being read is shown ("first": its first row), or null. */
	private String pendingUnit;

	/** Shows the view and the distribution of a metric's per-viewer values of the results in a folder. */
	public static DrillDownView open(IWorkbenchPage page, Path resultsDir, String metric, String algorithm)
			throws PartInitException {
		DrillDownView view = (DrillDownView) page.showView(ID);
		view.show(resultsDir, metric, algorithm);
		return view;
	}

	@Override
	public void createPartControl(Composite parent) {
		tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.BORDER);
		distribution = new Composite(tabs, SWT.NONE);
		distribution.setLayout(new GridLayout(1, false));
		distributionHeader = label(distribution, "Double-click a cell of a Results editor's summary table, or a bar"
				+ " of its charts, to see the per-viewer values behind the mean.", 1);
		distributionTab = new CTabItem(tabs, SWT.NONE);
		distributionTab.setText("Distribution");
		distributionTab.setControl(distribution);

		ScrolledComposite scroll = new ScrolledComposite(tabs, SWT.V_SCROLL | SWT.H_SCROLL);
		viewer = new Composite(scroll, SWT.NONE);
		viewer.setLayout(new GridLayout(2, false));
		scroll.setContent(viewer);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.addListener(SWT.Resize, e -> scroll.setMinSize(viewer.computeSize(SWT.DEFAULT, SWT.DEFAULT)));
		viewerHeader = label(viewer, "Double-click a viewer in the Distribution tab.", 2);
		viewerStatus = label(viewer, "", 2);
		label(viewer, "Training history (the events of the fold's training part)", 1);
		label(viewer, "Top-K of each algorithm (✓ a relevant test item: a hit)", 1);
		history = table(viewer, 1, "time (UTC)", "type", "item", "title", "stream", "value");
		topK = table(viewer, 1, "rank");
		label(viewer, "True interests (simulator's ground truth)", 1);
		label(viewer, "True purchase probability of each exposure (ground truth)", 1);
		interests = table(viewer, 1, "category", "weight at start", "weight at end");
		exposures = table(viewer, 1, "time (UTC)", "stream", "item", "true p", "bought");
		viewerTab = new CTabItem(tabs, SWT.NONE);
		viewerTab.setText("Viewer");
		viewerTab.setControl(scroll);

		sessionPage = new Composite(tabs, SWT.NONE);
		sessionPage.setLayout(new GridLayout(2, false));
		sessionHeader = label(sessionPage, "Double-click a session row of a conversion model's metric in the"
				+ " Distribution tab.", 2);
		sessionStatus = label(sessionPage, "", 2);
		label(sessionPage, "Features at the prediction point", 1);
		label(sessionPage, "Each model's prediction (ranked: share of the fold's sessions of the other outcome"
				+ " ordered correctly against this one)", 1);
		features = table(sessionPage, 1, "feature", "value");
		predictions = table(sessionPage, 1, "model", "predicted p", "right at 0.5", "ranked correctly");
		sessionTab = new CTabItem(tabs, SWT.NONE);
		sessionTab.setText("Session");
		sessionTab.setControl(sessionPage);
		tabs.setSelection(distributionTab);
		// opened by itself (Window > Show View, gui --show-view): the active Results editor's first metric with
		// per-viewer values, found by the job that reads them
		parent.getDisplay().asyncExec(() -> {
			if (metric == null && !tabs.isDisposed()
					&& getSite().getPage().getActiveEditor() instanceof ResultsEditor editor
					&& editor.results() != null) {
				show(editor.resultsFolder(), editor.results().metrics(), editor.results().algorithms().get(0));
			}
		});
	}

	private static Label label(Composite parent, String text, int span) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text);
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, span, 1));
		return label;
	}

	private static Table table(Composite parent, int span, String... columns) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, span, 1);
		data.heightHint = 180;
		table.setLayoutData(data);
		for (String c : columns) {
			column(table, c);
		}
		return table;
	}

	private static void column(Table table, String text) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(text);
		column.setWidth(Math.max(70, 9 * text.length()));
	}

	/**
	 * Shows the distribution of a metric's per-unit values over the algorithms of the results in resultsDir, the
	 * viewers sorted by the given algorithm's value (worst first, where one usually looks). per_unit.csv is read by a
	 * cancellable job (a large run's holds millions of rows); the charts and the table follow on the UI thread.
	 *
	 * @return the job that reads the values
	 */
	public Job show(Path resultsDir, String metric, String algorithm) {
		return show(resultsDir, List.of(metric), algorithm);
	}

	/** The first of the metrics with per-unit values, or the first metric when none has any. */
	private Job show(Path resultsDir, List<String> metrics, String algorithm) {
		if (distributionJob != null) {
			distributionJob.cancel();
		}
		this.resultsDir = resultsDir;
		this.metric = metrics.get(0);
		for (Control c : distribution.getChildren()) {
			if (c != distributionHeader) {
				c.dispose();
			}
		}
		boxPlot = histogram = null;
		units = null;
		algorithms = List.of();
		tabs.setSelection(distributionTab);
		Path file = resultsDir.resolve(PerUnitValues.FILE);
		distributionHeader.setText("Reading " + file + "...");
		distribution.layout(true, true);
		org.eclipse.swt.widgets.Display display = distribution.getDisplay();
		Job job = new Job("Drill-down: reading " + PerUnitValues.FILE) {
			@Override
			protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				try {
					PerUnitValues values = PerUnitValues.read(file, new EclipseProgress(monitor));
					String chosen = metrics.stream().filter(m -> !values.algorithms(m, SEGMENT).isEmpty())
							.findFirst().orElse(metrics.get(0));
					Distribution d = Distribution.of(values, chosen, algorithm);
					display.asyncExec(() -> {
						if (distributionJob == this && !distribution.isDisposed()) {
							fillDistribution(resultsDir, chosen, d);
						}
					});
					return Status.OK_STATUS;
				} catch (CancelledException | OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (IOException | RuntimeException e) {
					display.asyncExec(() -> {
						if (distributionJob == this && !distribution.isDisposed()) {
							distributionHeader.setText(e.getMessage());
							distribution.layout(true, true);
						}
					});
					return Status.OK_STATUS; // said in the view, where the reader looks
				}
			}
		};
		// cancelled before or while it ran (the Progress view's Cancel, another cell chosen): say so
		job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				if (event.getResult().getSeverity() == IStatus.CANCEL) {
					display.asyncExec(() -> {
						if (distributionJob == job && !distribution.isDisposed()) {
							distributionHeader.setText("Cancelled reading " + file + ". Choose the mean again to"
									+ " read it.");
							distribution.layout(true, true);
						}
					});
				}
			}
		});
		distributionJob = job;
		job.schedule();
		return job;
	}

	/**
	 * What the distribution tab shows, computed off the UI thread: the algorithms with values, the box plot's and
	 * the histogram's datasets, and the units sorted by the chosen algorithm's value.
	 */
	record Distribution(List<String> algorithms, DefaultBoxAndWhiskerCategoryDataset boxes, HistogramDataset bins,
			List<Map.Entry<PerUnitValues.Unit, Map<String, Double>>> rows, int folds) {

		static Distribution of(PerUnitValues values, String metric, String algorithm) {
			List<String> algorithms = values.algorithms(metric, SEGMENT);
			if (algorithms.isEmpty()) {
				return new Distribution(algorithms, null, null, List.of(), 0);
			}
			Map<PerUnitValues.Unit, Map<String, Double>> byUnit = values.byUnit(metric, SEGMENT);
			DefaultBoxAndWhiskerCategoryDataset boxes = new DefaultBoxAndWhiskerCategoryDataset();
			HistogramDataset bins = new HistogramDataset();
			double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
			for (String a : algorithms) {
				for (double v : values.values(a, metric, SEGMENT)) {
					min = Math.min(min, v);
					max = Math.max(max, v);
				}
			}
			if (min == max) { // one value everywhere: a bin around it
				min -= 0.5;
				max += 0.5;
			}
			for (String a : algorithms) {
				double[] v = values.values(a, metric, SEGMENT);
				List<Double> list = new ArrayList<>();
				for (double x : v) {
					list.add(x);
				}
				boxes.add(list, metric, boxLabel(a, v.length));
				bins.addSeries(a, v, 10, min, max);
			}
			String sortBy = algorithms.contains(algorithm) ? algorithm : algorithms.get(0);
			List<Map.Entry<PerUnitValues.Unit, Map<String, Double>>> rows = new ArrayList<>(byUnit.entrySet());
			rows.sort(Comparator
					.comparingDouble((Map.Entry<PerUnitValues.Unit, Map<String, Double>> e) -> e.getValue()
							.getOrDefault(sortBy, Double.NaN))
					.thenComparing(e -> e.getKey().fold()).thenComparing(e -> e.getKey().unit()));
			return new Distribution(algorithms, boxes, bins, rows, (int) byUnit.keySet().stream()
					.mapToInt(PerUnitValues.Unit::fold).distinct().count());
		}
	}

	private void fillDistribution(Path resultsDir, String metric, Distribution d) {
		this.metric = metric;
		algorithms = d.algorithms();
		if (algorithms.isEmpty()) {
			distributionHeader.setText(metric + " has no per-viewer values in " + resultsDir.resolve(PerUnitValues.FILE)
					+ " (coverage, Gini and AUC describe all units together)");
			distribution.layout(true, true);
			return;
		}
		boolean viewers = recommenderMetric(metric);
		distributionHeader.setText(String.format(Locale.ROOT, "%s per unit (%s): %d units of %d fold(s) in %s."
				+ " Double-click a %s for their page.", metric, SEGMENT, d.rows().size(), d.folds(), resultsDir,
				viewers ? "viewer" : "session"));
		JFreeChart box = ChartFactory.createBoxAndWhiskerChart(metric + " per unit", "algorithm", metric, d.boxes(),
				false);
		JFreeChart hist = ChartFactory.createHistogram(metric + " histogram", metric, "units", d.bins(),
				PlotOrientation.VERTICAL, true, true, false);
		hist.getXYPlot().setForegroundAlpha(0.6f);
		for (JFreeChart chart : List.of(box, hist)) {
			chart.setBackgroundPaint(Color.WHITE);
		}
		// the viewers beside the charts: in the low bottom folder of the perspective both stay in sight
		SashForm sash = new SashForm(distribution, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		List<String> columns = new ArrayList<>(List.of("unit", "fold"));
		columns.addAll(algorithms);
		units = table(sash, 1, columns.toArray(String[]::new));
		Composite charts = new Composite(sash, SWT.NONE);
		charts.setLayout(new GridLayout(2, true));
		boxPlot = chart(charts, box);
		histogram = chart(charts, hist);
		sash.setWeights(2, 3);
		for (Map.Entry<PerUnitValues.Unit, Map<String, Double>> row : d.rows()) {
			TableItem item = new TableItem(units, SWT.NONE);
			item.setData(row.getKey());
			item.setText(0, row.getKey().unit());
			item.setText(1, Integer.toString(row.getKey().fold()));
			for (int a = 0; a < algorithms.size(); a++) {
				Double v = row.getValue().get(algorithms.get(a));
				item.setText(2 + a, v == null ? "-" : String.format(Locale.ROOT, "%.4f", v));
			}
		}
		units.addListener(SWT.DefaultSelection, e -> {
			if (e.item != null && e.item.getData() instanceof PerUnitValues.Unit unit) {
				if (viewers) {
					showViewer(unit);
				} else {
					showSession(unit); // a conversion model's unit: a session row
				}
			}
		});
		distribution.layout(true, true);
		if (getSite().getPage().getActivePart() == this) {
			setFocus(); // the viewers' table: Return opens the selected viewer's page
		}
		if (pendingUnit != null) {
			String wanted = pendingUnit;
			pendingUnit = null;
			openUnit(wanted);
		}
	}

	/**
	 * Opens a unit's page once the distribution being read is shown (gui --drill-down), as a double-click on its row
	 * does; "first" is the first row.
	 */
	public void openUnitWhenShown(String unit) {
		if (units != null && distributionJob != null && distributionJob.getState() == Job.NONE) {
			openUnit(unit);
		} else {
			pendingUnit = unit;
		}
	}

	private void openUnit(String unit) {
		for (TableItem item : units == null ? new TableItem[0] : units.getItems()) {
			if (unit.equals("first") || item.getText(0).equals(unit)) {
				units.setSelection(item);
				Event e = new Event();
				e.item = item;
				units.notifyListeners(SWT.DefaultSelection, e);
				return;
			}
		}
		distributionHeader.setText(distributionHeader.getText() + " (no unit " + unit + " to open)");
		distribution.layout(true, true);
	}

	/** Whether the metric judges recommenders, whose units are viewers (or viewers in a stream). */
	private static boolean recommenderMetric(String metric) {
		try {
			return Metric.parse(metric).kind() == AlgorithmKind.RECOMMENDER;
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** The box plot's category: the algorithm and how many units its box summarises. */
	static String boxLabel(String algorithm, int n) {
		return algorithm + " (n=" + n + ")";
	}

	private ChartCanvas chart(Composite parent, JFreeChart chart) {
		ChartCanvas canvas = new ChartCanvas(parent, chart);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 200;
		data.widthHint = 300;
		canvas.setLayoutData(data);
		return canvas;
	}

	/**
	 * Opens a unit's page: loads the results' data (once per results folder) and re-fits the recommenders on its fold
	 * in a cancellable job, then fills the tables on the UI thread.
	 *
	 * @return the job
	 */
	public Job showViewer(PerUnitValues.Unit unit) {
		if (viewerJob != null) {
			viewerJob.cancel();
		}
		Path dir = resultsDir;
		tabs.setSelection(viewerTab);
		viewerHeader.setText("Viewer " + unit.unit() + " (fold " + unit.fold() + ") in " + dir);
		viewerStatus.setText("Loading the data and re-fitting the algorithms on fold " + unit.fold() + "...");
		for (Table t : List.of(history, topK, interests, exposures)) {
			t.removeAll();
		}
		viewer.layout(true, true);
		org.eclipse.swt.widgets.Display display = viewer.getDisplay();
		Job job = new Job("Drill-down: viewer " + unit.unit()) {
			@Override
			protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				SubMonitor sub = SubMonitor.convert(monitor, "Viewer " + unit.unit(), 100);
				try {
					ViewerDrillDown drill = session(dir, sub.split(50));
					ViewerDrillDown.Viewer page = drill.viewer(unit.unit(), unit.fold(),
							new EclipseProgress(sub.split(50)));
					display.asyncExec(() -> fill(page));
					return Status.OK_STATUS;
				} catch (CancelledException | OperationCanceledException e) {
					display.asyncExec(() -> status("Cancelled."));
					return Status.CANCEL_STATUS;
				} catch (IOException | RuntimeException e) {
					display.asyncExec(() -> status("The viewer's page cannot be made: " + e.getMessage()));
					return Status.error("Drill-down to " + unit.unit() + ": " + e.getMessage(), e);
				}
			}
		};
		job.setUser(true);
		viewerJob = job;
		job.schedule();
		return job;
	}

	/**
	 * Opens a conversion model's unit, a session row: extracts the results' session rows again (once per results
	 * folder) and re-fits the conversion models on its fold in a cancellable job, then fills the tables on the UI
	 * thread.
	 *
	 * @return the job
	 */
	public Job showSession(PerUnitValues.Unit unit) {
		if (sessionJob != null) {
			sessionJob.cancel();
		}
		Path dir = resultsDir;
		tabs.setSelection(sessionTab);
		sessionHeader.setText("Session row " + unit.unit() + " (fold " + unit.fold() + ") in " + dir);
		sessionStatus.setText("Loading the data and re-fitting the conversion models on fold " + unit.fold()
				+ "...");
		features.removeAll();
		predictions.removeAll();
		sessionPage.layout(true, true);
		org.eclipse.swt.widgets.Display display = sessionPage.getDisplay();
		Job job = new Job("Drill-down: session row " + unit.unit()) {
			@Override
			protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				SubMonitor sub = SubMonitor.convert(monitor, "Session row " + unit.unit(), 100);
				try {
					SessionDrillDown drill = sessions(dir, sub.split(50));
					SessionDrillDown.Session page = drill.session(unit.unit(), unit.fold(), new EclipseProgress(sub
							.split(50)));
					display.asyncExec(() -> fillSession(page));
					return Status.OK_STATUS;
				} catch (CancelledException | OperationCanceledException e) {
					display.asyncExec(() -> sessionStatus("Cancelled."));
					return Status.CANCEL_STATUS;
				} catch (IOException | RuntimeException e) {
					display.asyncExec(() -> sessionStatus("The session's page cannot be made: " + e.getMessage()));
					return Status.error("Drill-down to session row " + unit.unit() + ": " + e.getMessage(), e);
				}
			}
		};
		job.setUser(true);
		sessionJob = job;
		job.schedule();
		return job;
	}

	private synchronized SessionDrillDown sessions(Path dir, SubMonitor monitor) throws IOException {
		if (sessions == null || !dir.equals(sessionsDir)) {
			sessions = SessionDrillDown.open(dir, registry(), new EclipseProgress(monitor));
			sessionsDir = dir;
		}
		return sessions;
	}

	private void sessionStatus(String text) {
		if (!sessionStatus.isDisposed()) {
			sessionStatus.setText(text);
			sessionPage.layout(true, true);
		}
	}

	private void fillSession(SessionDrillDown.Session page) {
		if (features.isDisposed()) {
			return;
		}
		sessionHeader.setText("Session row " + page.unit() + " (fold " + page.fold() + "): viewer " + page.viewer()
				+ " in stream " + page.stream() + ", predicted at " + Instant.ofEpochSecond(page.predictionPoint()));
		sessionStatus(String.format(Locale.ROOT, "Converted: %s. The fold tests %d sessions, %d of them with the"
				+ " other outcome.", page.converted() ? "yes" : "no", page.testRows(), page.opposite()));
		for (SessionDrillDown.Feature f : page.features()) {
			new TableItem(features, SWT.NONE).setText(new String[] { f.name(), number(f.value()) });
		}
		org.eclipse.swt.graphics.Color wrong = predictions.getDisplay().getSystemColor(SWT.COLOR_RED);
		for (SessionDrillDown.Prediction p : page.predictions()) {
			TableItem row = new TableItem(predictions, SWT.NONE);
			if (p.failure() != null) {
				row.setText(new String[] { p.model(), "failed: " + p.failure(), "", "" });
				continue;
			}
			row.setText(new String[] { p.model(), String.format(Locale.ROOT, "%.4f", p.probability()), p.correct()
					? "yes"
					: "no",
					Double.isNaN(p.rankedCorrectly()) ? "-"
							: String.format(Locale.ROOT, "%.2f of %d", p.rankedCorrectly(), page.opposite()) });
			if (!p.correct()) {
				row.setForeground(2, wrong);
			}
		}
		for (Table t : List.of(features, predictions)) {
			for (TableColumn c : t.getColumns()) {
				c.pack();
			}
		}
		sessionPage.layout(true, true);
	}

	/** A feature's value: counts as whole numbers, the rest with four significant digits, missing as empty. */
	static String number(double v) {
		if (Double.isNaN(v)) {
			return "";
		}
		return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
				: String.format(Locale.ROOT, "%.4g", v);
	}

	/** The running algorithm registry, waited for at most 10 s (off the UI thread). */
	private static AlgorithmRegistry registry() throws IOException {
		AlgorithmRegistry registry;
		try {
			registry = RegistryLocator.await(FrameworkUtil.getBundle(DrillDownView.class).getBundleContext(), 10_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CancelledException();
		}
		if (registry == null) {
			throw new IOException("no algorithm registry is running: the algorithms are not installed");
		}
		return registry;
	}

	private synchronized ViewerDrillDown session(Path dir, SubMonitor monitor) throws IOException {
		if (session == null || !dir.equals(sessionDir)) {
			session = ViewerDrillDown.open(dir, registry(), new EclipseProgress(monitor));
			sessionDir = dir;
		}
		return session;
	}

	private void status(String text) {
		if (!viewerStatus.isDisposed()) {
			viewerStatus.setText(text);
			viewer.layout(true, true);
		}
	}

	private void fill(ViewerDrillDown.Viewer page) {
		if (history.isDisposed()) {
			return;
		}
		status(String.format(Locale.ROOT, "%d training events; relevant in test: %s; top-%d lists as the run"
				+ " evaluated them.%s", page.training().size(), String.join(", ", page.relevant()),
				page.topK().stream().mapToInt(t -> t.items().size()).max().orElse(0),
				page.truth() == null ? " No ground truth: the data is not the simulator's own." : ""));
		for (ViewerDrillDown.HistoryEvent e : page.training()) {
			new TableItem(history, SWT.NONE).setText(new String[] { Instant.ofEpochSecond(e.time()).toString(),
					e.type(), e.item(), e.title(), e.stream(),
					Float.isNaN(e.value()) ? "" : String.format(Locale.ROOT, "%.2f", e.value()) });
		}
		while (topK.getColumnCount() > 1) {
			topK.getColumn(1).dispose();
		}
		for (ViewerDrillDown.TopK list : page.topK()) {
			column(topK, list.algorithm());
			topK.getColumn(topK.getColumnCount() - 1).setWidth(160);
		}
		int k = page.topK().stream().mapToInt(t -> t.items().size()).max().orElse(0);
		org.eclipse.swt.graphics.Color hit = topK.getDisplay().getSystemColor(SWT.COLOR_GREEN);
		for (int rank = 0; rank < Math.max(k,
				page.topK().stream().anyMatch(t -> t.failure() != null) ? 1 : 0); rank++) {
			TableItem row = new TableItem(topK, SWT.NONE);
			row.setText(0, Integer.toString(rank + 1));
			for (int a = 0; a < page.topK().size(); a++) {
				ViewerDrillDown.TopK list = page.topK().get(a);
				if (list.failure() != null) {
					row.setText(1 + a, rank == 0 ? "failed: " + list.failure() : "");
					continue;
				}
				if (rank >= list.items().size()) {
					continue;
				}
				ViewerDrillDown.Recommended r = list.items().get(rank);
				row.setText(1 + a, r.item() + (r.hit() ? " ✓" : "") + (Double.isNaN(r.trueProbability()) ? ""
						: String.format(Locale.ROOT, " (true p %.3f)", r.trueProbability())));
				if (r.hit()) {
					row.setBackground(1 + a, hit);
				}
			}
		}
		if (page.truth() != null) {
			for (ViewerDrillDown.Interest i : page.truth().interests()) {
				new TableItem(interests, SWT.NONE).setText(new String[] { i.category(),
						String.format(Locale.ROOT, "%.4f", i.start()), String.format(Locale.ROOT, "%.4f", i.end()) });
			}
			List<ViewerDrillDown.TrueProbability> sorted = new ArrayList<>(page.truth().exposures());
			sorted.sort(Comparator.comparingDouble(ViewerDrillDown.TrueProbability::probability).reversed());
			for (ViewerDrillDown.TrueProbability e : sorted) {
				new TableItem(exposures, SWT.NONE).setText(new String[] { Instant.ofEpochSecond(e.time()).toString(),
						e.stream(), e.item(), String.format(Locale.ROOT, "%.4f", e.probability()),
						e.purchased() ? "yes" : "no" });
			}
		}
		for (Table t : List.of(history, interests, exposures)) {
			for (TableColumn c : t.getColumns()) {
				c.pack();
			}
		}
		viewer.layout(true, true);
		((ScrolledComposite) viewer.getParent()).setMinSize(viewer.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	public String metric() {
		return metric;
	}

	public List<String> algorithms() {
		return algorithms;
	}

	public ChartCanvas boxPlot() {
		return boxPlot;
	}

	public ChartCanvas histogram() {
		return histogram;
	}

	/** The viewers with their values; null until a distribution is shown. */
	public Table units() {
		return units;
	}

	public Table history() {
		return history;
	}

	public Table topK() {
		return topK;
	}

	public Table interests() {
		return interests;
	}

	public Table exposures() {
		return exposures;
	}

	/** The job of the viewer page last asked for, or null. */
	public Job viewerJob() {
		return viewerJob;
	}

	/** The job that reads the per-unit values of the distribution last asked for, or null. */
	public Job distributionJob() {
		return distributionJob;
	}

	/** The job of the session page last asked for, or null. */
	public Job sessionJob() {
		return sessionJob;
	}

	/** The distribution tab's first line: what is shown, being read, or why nothing is. */
	public Label distributionHeader() {
		return distributionHeader;
	}

	/** The session page's features (name, value) and each model's prediction. */
	public Table features() {
		return features;
	}

	public Table predictions() {
		return predictions;
	}

	public CTabFolder tabs() {
		return tabs;
	}

	/** The focus in the viewers' table, a viewer selected: Return opens their page. */
	@Override
	public void setFocus() {
		if (units != null && !units.isDisposed() && units.getItemCount() > 0
				&& tabs.getSelection() == distributionTab) {
			if (units.getSelectionIndex() < 0) {
				units.setSelection(0);
			}
			units.setFocus();
		} else {
			tabs.setFocus();
		}
	}

	@Override
	public void dispose() {
		for (Job j : java.util.Arrays.asList(viewerJob, distributionJob, sessionJob)) {
			if (j != null) {
				j.cancel();
			}
		}
		super.dispose();
	}
}
