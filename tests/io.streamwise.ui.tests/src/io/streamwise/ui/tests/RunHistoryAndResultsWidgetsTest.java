package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.ide.IDE;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.results.ExperimentResults;
import io.streamwise.core.results.ExperimentResults.Algorithm;
import io.streamwise.core.results.ExperimentResults.ConversionCurve;
import io.streamwise.core.results.ExperimentResults.Cost;
import io.streamwise.core.results.ExperimentResults.EvaluatedUnits;
import io.streamwise.core.results.ExperimentResults.Failure;
import io.streamwise.core.results.ExperimentResults.Significance;
import io.streamwise.core.results.ExperimentResults.Summary;
import io.streamwise.core.results.ResultsJson;
import io.streamwise.core.results.RunComparison;
import io.streamwise.model.experiment.ExperimentPackage;
import io.streamwise.ui.experiments.ExperimentEditor;
import io.streamwise.ui.experiments.RunsPage;
import io.streamwise.ui.experiments.charts.ChartCanvas;
import io.streamwise.ui.experiments.results.ResultsDetails;
import io.streamwise.ui.experiments.results.ResultsEditor;
import io.streamwise.ui.experiments.results.RunComparisonView;
import io.streamwise.ui.wizards.StarterExperiment;

/**
 * Run history and what the results editor shows, driven through the widgets: the Runs page's table and Compare button,
 * the results table's context menu, the chart check boxes, the pointer over a chart.
 */
class RunHistoryAndResultsWidgetsTest {

	@AfterEach
	void closeEditors() {
		UiTesting.page().closeAllEditors(false);
	}

	// --- real input, as ModelEditingWidgetsTest posts it ----------------------------------------------------------

	private static void post(Event event) {
		assertTrue(Display.getCurrent().post(event), "the display refused a posted event");
	}

	private static void moveTo(Control control, int x, int y) {
		Point at = control.getDisplay().map(control, null, x, y);
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = at.x;
		move.y = at.y;
		post(move);
	}

	/** A posted left click in the middle of the control; waits until the control has seen the release. */
	private static void click(Control control) {
		boolean[] released = { false };
		org.eclipse.swt.widgets.Listener seen = e -> released[0] = true;
		control.addListener(SWT.MouseUp, seen);
		try {
			Rectangle size = control.getBounds();
			moveTo(control, size.width / 2, size.height / 2);
			Event down = new Event();
			down.type = SWT.MouseDown;
			down.button = 1;
			post(down);
			Event up = new Event();
			up.type = SWT.MouseUp;
			up.button = 1;
			post(up);
			UiTesting.waitUntil(() -> released[0], "the click on " + control);
		} finally {
			control.removeListener(SWT.MouseUp, seen);
		}
	}

	/** Chooses an item of a control's context menu, as a person does after a right click. */
	private static void contextMenu(Control control, String label) {
		Menu menu = control.getMenu();
		assertNotNull(menu, "a context menu on " + control);
		menu.notifyListeners(SWT.Show, new Event());
		try {
			for (MenuItem item : menu.getItems()) {
				if (item.getText().replace("&", "").equals(label)) {
					item.notifyListeners(SWT.Selection, new Event());
					return;
				}
			}
			throw new AssertionError("no menu item " + label);
		} finally {
			menu.notifyListeners(SWT.Hide, new Event());
		}
	}

	// --- run history ---------------------------------------------------------------------------------------------

	@Test
	void twoRunsAreListedAndComparedWithTheChangesHighlighted() throws Exception {
		IProject project = UiTesting.newProject("run-history");
		ExperimentSpec spec = new ExperimentSpec("history", "History", 7, StarterExperiment.simulated("small"),
				new ProtocolSpec(ProtocolKind.TEMPORAL, 0.8, 1, Map.of("relevant", "purchase")),
				List.of(new AlgorithmSpec("pop", "pop", Map.of()), new AlgorithmSpec("random", "random", Map.of())),
				List.of("recall@10", "ndcg@10"));
		IFile file = project.getFile("history.experiment");
		ExperimentFiles.write(spec, file.getLocation().toFile().toPath());
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(UiTesting.page(), file);

		Job first = editor.run();
		UiTesting.waitFor(first);
		assertEquals(IStatus.OK, first.getResult().getSeverity(), first.getResult().getMessage());
		// the second run with another seed: other data, other numbers
		UiTesting.page().activate(editor);
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
				editor.experiment(), ExperimentPackage.Literals.EXPERIMENT__SEED, 8L));
		Job second = editor.run();
		UiTesting.waitFor(second);
		assertEquals(IStatus.OK, second.getResult().getSeverity(), second.getResult().getMessage());
		UiTesting.waitUntil(() -> UiTesting.page().getActiveEditor() instanceof ResultsEditor, "the results editor");

		// both runs kept, each in its own folder
		assertEquals(2, project.getFolder("history.runs").members().length);
		UiTesting.page().activate(editor);
		editor.setActivePage(RunsPage.ID);
		UiTesting.processEvents();
		RunsPage runs = editor.runsPage();
		Table table = runs.table();
		assertEquals(2, table.getItemCount(), "two entries in the Runs page");
		assertEquals("8", table.getItem(0).getText(1), "newest first");
		assertEquals("7", table.getItem(1).getText(1));

		Button compare = runs.compareButton();
		assertFalse(compare.getEnabled(), "Compare needs two runs selected");
		table.setSelection(new int[] { 0, 1 });
		table.notifyListeners(SWT.Selection, new Event());
		assertTrue(compare.getEnabled());
		click(compare);
		UiTesting.processEvents();

		RunComparisonView view = runs.comparisonView();
		Table deltas = view.deltaTable();
		assertEquals(4, deltas.getItemCount(), "two algorithms by two metrics");
		int highlighted = 0;
		for (TableItem row : deltas.getItems()) {
			RunComparison.Delta d = view.comparison().delta(row.getText(0), row.getText(1)).orElseThrow();
			// A is the older run (seed 7), B the newer (seed 8): the delta cell shows B - A in the outcome's colour
			assertEquals(Double.parseDouble(row.getText(3)) - Double.parseDouble(row.getText(2)),
					d.outcome() == RunComparison.Outcome.SAME ? 0 : Double.parseDouble(row.getText(4)), 2e-4);
			if (view.colour(d.outcome()) != null) {
				assertEquals(view.colour(d.outcome()), row.getBackground(RunComparisonView.DELTA_COLUMN));
			}
			if (d.outcome() == RunComparison.Outcome.BETTER || d.outcome() == RunComparison.Outcome.WORSE) {
				highlighted++;
			}
		}
		assertTrue(highlighted > 0, "another seed changes some metric");
		List<String> changed = new ArrayList<>();
		for (TableItem row : view.changeTable().getItems()) {
			changed.add(row.getText(0) + "=" + row.getText(1) + "->" + row.getText(2));
		}
		assertTrue(changed.contains("seed=7->8"), changed.toString());
	}

	/**
	 * Issue 14: a run stopped after one cell (its folder holds only its journal) is listed as unfinished, and Resume
	 * finishes it with the results of the uninterrupted run.
	 */
	@Test
	void anUnfinishedRunIsListedAndResumedToTheUninterruptedResults() throws Exception {
		IProject project = UiTesting.newProject("run-resume");
		ExperimentSpec spec = new ExperimentSpec("resume", "Resume", 7, StarterExperiment.simulated("small"),
				new ProtocolSpec(ProtocolKind.TEMPORAL, 0.8, 1, Map.of("relevant", "purchase")),
				List.of(new AlgorithmSpec("pop", "pop", Map.of()), new AlgorithmSpec("random", "random", Map.of())),
				List.of("recall@10", "ndcg@10"));
		IFile file = project.getFile("resume.experiment");
		ExperimentFiles.write(spec, file.getLocation().toFile().toPath());
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(UiTesting.page(), file);
		Job whole = editor.run();
		UiTesting.waitFor(whole);
		assertEquals(IStatus.OK, whole.getResult().getSeverity(), whole.getResult().getMessage());
		Path runs = project.getFolder("resume.runs").getLocation().toFile().toPath();
		Path complete;
		try (var folders = Files.list(runs)) {
			complete = folders.findFirst().orElseThrow();
		}
		// what a run killed after its first cell leaves: the journal's header and one cell, nothing else
		Path stopped = Files.createDirectories(runs.resolve("2099-01-01T00-00-00"));
		List<String> journal = Files.readAllLines(complete.resolve("run.journal"));
		Files.write(stopped.resolve("run.journal"), journal.subList(0, 2));

		UiTesting.page().activate(editor);
		editor.setActivePage(RunsPage.ID);
		UiTesting.processEvents();
		RunsPage page = editor.runsPage();
		page.refresh();
		Table table = page.table();
		assertEquals(2, table.getItemCount());
		assertTrue(table.getItem(0).getText(5).startsWith("unfinished: its journal holds 1 finished cell"), table
				.getItem(0).getText(5));
		Button resume = page.resumeButton();
		table.setSelection(1);
		table.notifyListeners(SWT.Selection, new Event());
		assertFalse(resume.getEnabled(), "a finished run has nothing to resume");
		table.setSelection(0);
		table.notifyListeners(SWT.Selection, new Event());
		assertTrue(resume.getEnabled());
		click(resume);
		UiTesting.processEvents();
		Job resumed = editor.lastRun();
		UiTesting.waitFor(resumed);
		assertEquals(IStatus.OK, resumed.getResult().getSeverity(), resumed.getResult().getMessage());
		assertEquals(Files.readString(complete.resolve("results.csv")), Files.readString(stopped.resolve(
				"results.csv")));
		assertEquals(journal.size(), Files.readAllLines(stopped.resolve("run.journal")).size());
	}

	// --- what results.json knows ---------------------------------------------------------------------------------

	/** Three algorithms over two folds with a Friedman analysis, segments, units, costs and a failed cell. */
	static ExperimentResults threeAlgorithms() {
		List<Summary> summary = List.of(new Summary("pop", "ndcg@10", "all", 0.25, 0.2, 0.3, 400, "viewers"),
				new Summary("pop", "ndcg@10", "warm", 0.3, 0.22, 0.38, 300, "viewers"),
				new Summary("pop", "ndcg@10", "cold", 0.1, Double.NaN, Double.NaN, 100, "none"),
				new Summary("random", "ndcg@10", "all", 0.05, 0.03, 0.07, 400, "viewers"),
				new Summary("itemknn", "ndcg@10", "all", 0.2, 0.15, 0.25, 400, "viewers"),
				new Summary("pop", "recall@10", "all", 0.4, 0.35, 0.45, 400, "viewers"),
				new Summary("random", "recall@10", "all", 0.1, Double.NaN, Double.NaN, 400, "none"),
				new Summary("itemknn", "recall@10", "all", 0.35, 0.3, 0.4, 400, "viewers"));
		List<Significance> significance = List.of(
				new Significance("friedman", "ndcg@10", "", "", 2, Double.NaN, 4.0, 0.1353, Double.NaN, "nemenyi-cd",
						2.343 * Math.sqrt(12.0 / 12)),
				new Significance("friedman-rank", "ndcg@10", "pop", "", 2, Double.NaN, 1.0, Double.NaN, Double.NaN,
						"", Double.NaN),
				new Significance("friedman-rank", "ndcg@10", "random", "", 2, Double.NaN, 3.0, Double.NaN,
						Double.NaN, "", Double.NaN),
				new Significance("friedman-rank", "ndcg@10", "itemknn", "", 2, Double.NaN, 2.0, Double.NaN,
						Double.NaN, "", Double.NaN));
		return ExperimentResults.of(
				new ExperimentResults.Experiment("three", "Three", "random", 0.8, 2, Map.of(), "all",
						List.of("ndcg@10", "recall@10")),
				new ExperimentResults.Provenance("/p/three.experiment", "sim", List.of(), "abc", null, 1,
						List.of(new Algorithm("pop", "pop", Map.of()), new Algorithm("random", "random", Map.of()),
								new Algorithm("itemknn", "itemknn", Map.of())),
						Map.of(), "2026-11-30T05:00:00Z", 2),
				List.of(), summary, significance, List.of(new Failure("itemknn", 1, "OutOfMemoryError: Java heap")),
				List.of(),
				List.of(new EvaluatedUnits(0, "viewers", 500, 400, 90, 10),
						new EvaluatedUnits(1, "viewers", 510, 400, 100, 10)),
				List.of(new Cost("pop", 0, 0.01, 0.2, 2), new Cost("pop", 1, 0.02, 0.3, 3),
						new Cost("random", 0, 0, 0.1, 1)),
				List.of(new ConversionCurve("nb", 0, "roc", new double[] { 0, 0.5, 1 }, new double[] { 0, 0.8, 1 },
						new double[] { Double.POSITIVE_INFINITY, 0.5, 0.1 }, new int[] { 0, 10, 20 }),
						new ConversionCurve("nb", 0, "precision-recall", new double[] { 0.5, 1 },
								new double[] { 0.9, 0.6 }, new double[] { 0.5, 0.1 }, new int[] { 10, 20 }),
						new ConversionCurve("nb", 0, "calibration", new double[] { 0.15, 0.55 },
								new double[] { 0.1, 0.6 }, new double[] { 0.1, 0.5 }, new int[] { 12, 8 })));
	}

	private static ResultsEditor openResults(String projectName) throws Exception {
		IProject project = UiTesting.newProject(projectName);
		IFile json = project.getFile("results.json");
		ResultsJson.write(threeAlgorithms(), json.getLocation().toFile().toPath());
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		ResultsEditor editor = (ResultsEditor) IDE.openEditor(UiTesting.page(), json, ResultsEditor.ID);
		UiTesting.processEvents();
		return editor;
	}

	@Test
	void theResultsEditorShowsFoldsSegmentsSignificanceCostsFailuresAndACriticalDifferenceDiagram() throws Exception {
		ResultsDetails details = openResults("results-details").details();
		assertNotNull(details);
		List<ChartCanvas> cd = details.criticalDifferenceCharts();
		assertEquals(1, cd.size(), "a critical-difference diagram for the metric with a Friedman analysis");
		XYPlot plot = cd.get(0).chart().getXYPlot();
		assertEquals(3, plot.getDataset().getItemCount(0), "three algorithms on the rank axis");
		assertTrue(cd.get(0).chart().getTitle().getText().contains("ndcg@10"));
		// CD 2.343 spans every rank difference (at most 2): one bar joins all three
		assertEquals(3 + 1 + 2, plot.getAnnotations().size(), "three names, one group bar, the CD bar and its label");

		assertEquals(2, details.foldTable().getItemCount());
		assertEquals("90", details.foldTable().getItem(0).getText(4));
		Table segments = details.segmentTable();
		assertEquals("0.3000 ± 0.0800 (300)", segments.getItem(0).getText(3), "pop ndcg@10 on warm viewers");
		assertEquals("0.1000 (100)", segments.getItem(0).getText(4), "cold, no interval");
		assertEquals(4, details.significanceTable().getItemCount());
		assertEquals(3, details.costTable().getItemCount());
		assertEquals("OutOfMemoryError: Java heap", details.failureTable().getItem(0).getText(2));

		List<ChartCanvas> curves = details.conversionCurveCharts();
		assertEquals(List.of("ROC", "Precision-recall", "Calibration (reliability)"),
				curves.stream().map(c -> c.chart().getTitle().getText()).toList());
		XYPlot roc = curves.get(0).chart().getXYPlot();
		assertEquals("nb", roc.getDataset().getSeriesKey(0));
		assertEquals(0.8, roc.getDataset().getYValue(0, 1));
	}

	@Test
	void copyAsCsvPutsTheSummaryOnTheClipboard() throws Exception {
		ResultsEditor editor = openResults("results-csv");
		Table table = editor.table().getTable();
		contextMenu(table, "Copy as CSV");
		Clipboard clipboard = new Clipboard(Display.getCurrent());
		try {
			assertEquals(
					"""
							algorithm,ndcg@10,ndcg@10_ci95_low,ndcg@10_ci95_high,recall@10,recall@10_ci95_low,recall@10_ci95_high
							pop,0.25,0.2,0.3,0.4,0.35,0.45
							random,0.05,0.03,0.07,0.1,,
							itemknn,0.2,0.15,0.25,0.35,0.3,0.4
							""",
					clipboard.getContents(TextTransfer.getInstance()));
			contextMenu(table, "Copy as LaTeX table");
			String latex = (String) clipboard.getContents(TextTransfer.getInstance());
			assertTrue(latex.contains("pop & \\textbf{0.2500 $\\pm$ 0.0500} & \\textbf{0.4000 $\\pm$ 0.0500} \\\\"),
					latex);
			assertTrue(latex.startsWith("\\begin{tabular}{lrr}"), latex);
		} finally {
			clipboard.dispose();
		}
	}

	@Test
	void chartsExportAtAChosenSizeAndResolutionShowValuesOnHoverAndFollowTheCheckBoxes() throws Exception {
		ResultsEditor editor = openResults("results-charts");
		UiTesting.waitUntil(() -> !editor.charts().isEmpty(), "the charts");
		ChartCanvas bars = editor.charts().stream()
				.filter(c -> c.chart().getTitle().getText().equals("ndcg@10")).findFirst().orElseThrow();

		Path png = Files.createTempFile("chart", ".png");
		bars.export(png, "png", 1600, 1000, 300);
		BufferedImage image = ImageIO.read(png.toFile());
		assertEquals(1600, image.getWidth());
		assertEquals(1000, image.getHeight());
		javax.imageio.ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
		try (var in = ImageIO.createImageInputStream(png.toFile())) {
			reader.setInput(in);
			// pHYs: 300 per inch is 11,811 per metre
			org.w3c.dom.Node physical = find(reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0"), "pHYs");
			assertNotNull(physical, "a pHYs chunk");
			assertEquals("11811", physical.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue());
			assertEquals("11811", physical.getAttributes().getNamedItem("pixelsPerUnitYAxis").getNodeValue());
			assertEquals("meter", physical.getAttributes().getNamedItem("unitSpecifier").getNodeValue());
		} finally {
			reader.dispose();
		}
		Path svg = Files.createTempFile("chart", ".svg");
		bars.export(svg, "svg", 1600, 1000, 300);
		String svgText = Files.readString(svg);
		assertTrue(svgText.contains("width='1600.0' height='1000.0'"), "an SVG of that size");

		// the pointer over a bar shows its value; the charts lie below the tables: scroll the chart into view first
		FormToolkit.ensureVisible(bars);
		UiTesting.processEvents();
		bars.redraw();
		bars.update();
		UiTesting.waitUntil(() -> bars.toolTipAt(bars.getSize().x / 2, bars.getSize().y / 2) != null
				|| hoverPoint(bars) != null, "the chart to be drawn");
		Point bar = hoverPoint(bars);
		assertNotNull(bar, "a bar under some point of the canvas");
		moveTo(bars, bar.x, bar.y);
		String expected = bars.toolTipAt(bar.x, bar.y);
		UiTesting.waitUntil(() -> expected.equals(bars.getToolTipText()), "the tooltip of the bar under the pointer");
		// "ndcg@10, <algorithm>: <mean>" of one of the three bars
		assertTrue(List.of("ndcg@10, pop: 0.2500", "ndcg@10, random: 0.0500", "ndcg@10, itemknn: 0.2000")
				.contains(expected), expected);

		// untick random: the bar charts lose its bar; untick recall@10: its chart goes
		Button random = editor.chartChooser().box("random");
		random.setSelection(false);
		random.notifyListeners(SWT.Selection, new Event());
		Button recall = editor.chartChooser().box("recall@10");
		recall.setSelection(false);
		recall.notifyListeners(SWT.Selection, new Event());
		UiTesting.processEvents();
		List<String> titles = editor.charts().stream().map(c -> c.chart().getTitle().getText()).toList();
		assertEquals(List.of("ndcg@10"), titles);
		CategoryPlot plot = editor.charts().get(0).chart().getCategoryPlot();
		assertEquals(List.of("pop", "itemknn"), plot.getDataset().getColumnKeys());
	}

	/** A point of the canvas over a bar, from the entities of its last drawing; null before it was drawn. */
	private static Point hoverPoint(ChartCanvas canvas) {
		for (int x = 0; x < canvas.getSize().x; x += 4) {
			for (int y = 0; y < canvas.getSize().y; y += 4) {
				String tip = canvas.toolTipAt(x, y);
				if (tip != null && tip.startsWith("ndcg@10, ")) {
					return new Point(x, y);
				}
			}
		}
		return null;
	}

	private static org.w3c.dom.Node find(org.w3c.dom.Node node, String name) {
		if (name.equals(node.getNodeName())) {
			return node;
		}
		for (org.w3c.dom.Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
			org.w3c.dom.Node found = find(c, name);
			if (found != null) {
				return found;
			}
		}
		return null;
	}
}
