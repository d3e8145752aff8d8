package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ide.IDE;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.report.charts.ClippedIntervalDataset;
import io.streamwise.ui.experiments.ExperimentEditor;
import io.streamwise.ui.experiments.ExperimentRun;
import io.streamwise.ui.experiments.charts.ChartCanvas;
import io.streamwise.ui.experiments.results.ResultsEditor;
import io.streamwise.ui.wizards.StarterExperiment;

/**
 * Issue 12 bugs 3, 4 and 5 in the results editor: it follows its file when a run rewrites it, drift markers have
 * their learner's colour, and error bars stop at the metric's bounds.
 */
class ResultsEditorBugsTest {

	@AfterEach
	void closeEditors() {
		UiTesting.page().closeAllEditors(false);
	}

	private static String prequential(double hoeffdingAccuracy, double bayesAccuracy) {
		return """
				{"command": "prequential", "data": {"file": "elec.arff", "instances": 2000},
				 "settings": {"evaluation": "basic", "seed": 1},
				 "learners": [
				  {"learner": "trees.HoeffdingTree", "metrics": {"instances": 2000.0, "accuracy": %s},
				   "drifts": [300, 900],
				   "curve": [{"at": 500, "accuracy": 0.7}, {"at": 1000, "accuracy": 0.8}]},
				  {"learner": "bayes.NaiveBayes", "metrics": {"instances": 2000.0, "accuracy": %s},
				   "drifts": [1200],
				   "curve": [{"at": 500, "accuracy": 0.6}, {"at": 1000, "accuracy": 0.65}]}]}
				""".formatted(hoeffdingAccuracy, bayesAccuracy);
	}

	private static IFile create(IProject project, String name, String content) throws Exception {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), true,
				new NullProgressMonitor());
		return file;
	}

	private static List<String> column(Table table, int column) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			cells.add(table.getItem(i).getText(column));
		}
		return cells;
	}

	// --- bug 3: stale numbers after a re-run ----------------------------------------------------------------------

	@Test
	void theTableShowsTheNewNumbersWhenTheFileIsRewrittenOutsideTheWorkbenchAndRefreshed() throws Exception {
		IProject project = UiTesting.newProject("results-reload");
		IFile json = create(project, "results.json", prequential(0.8959, 0.8089));
		ResultsEditor editor = (ResultsEditor) IDE.openEditor(UiTesting.page(), json, ResultsEditor.ID);
		assertEquals(List.of("0.8959", "0.8089"), column(editor.table().getTable(), 1));

		// a run from the command line into the same folder, then a refresh (as the workbench's Run does)
		Files.writeString(json.getLocation().toFile().toPath(), prequential(0.9123, 0.7011));
		json.getLocation().toFile().setLastModified(System.currentTimeMillis() + 2000);
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		UiTesting.waitUntil(() -> !editor.table().getTable().isDisposed()
				&& column(editor.table().getTable(), 1).equals(List.of("0.9123", "0.7011")), "the new numbers");
		assertSame(editor, UiTesting.page().getActiveEditor(), "the same editor shows the new numbers");
	}

	@Test
	void reRunningAnExperimentWithItsResultsOpenShowsTheNewRunsNumbers() throws Exception {
		IProject project = UiTesting.newProject("results-rerun");
		ExperimentSpec spec = new ExperimentSpec("rerun", "Re-run", 3, StarterExperiment.simulated("small"),
				new ProtocolSpec(ProtocolKind.TEMPORAL, 0.8, 1, Map.of("relevant", "purchase")),
				List.of(new AlgorithmSpec("random", "random", Map.of())), List.of("recall@10", "ndcg@10"));
		IFile file = project.getFile("rerun.experiment");
		ExperimentFiles.write(spec, file.getLocation().toFile().toPath());
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		ExperimentEditor experiment = (ExperimentEditor) IDE.openEditor(UiTesting.page(), file);

		Job first = experiment.run();
		UiTesting.waitFor(first);
		assertEquals(IStatus.OK, first.getResult().getSeverity(), first.getResult().getMessage());
		UiTesting.waitUntil(() -> UiTesting.page().getActiveEditor() instanceof ResultsEditor, "the results editor");
		ResultsEditor results = (ResultsEditor) UiTesting.page().getActiveEditor();
		String before = String.join(" ", column(results.table().getTable(), 1));

		// another seed draws other random lists: other numbers
		UiTesting.page().activate(experiment);
		UiInput.replaceText(
				UiInput.field((org.eclipse.swt.widgets.Composite) experiment.getActivePageInstance().getPartControl(),
						"Seed:"),
				"11");
		UiInput.await(() -> experiment.experiment().getSeed() == 11, "the new seed");
		Job second = experiment.run();
		UiTesting.waitFor(second);
		assertEquals(IStatus.OK, second.getResult().getSeverity(), second.getResult().getMessage());
		IFile json = ExperimentRun.resultsFolder(file).getFile("results.json");
		String expected = ResultsEditor.format(io.streamwise.ui.experiments.results.ResultsFile
				.read(json.getLocation().toFile().toPath()).cell("random", "recall@10").orElseThrow());
		assertNotEquals(before, expected, "the second run should differ from the first");
		// every run keeps its own folder (run history): the new run's results come up with its numbers, and the
		// first run's editor goes on showing the first run, which is its file's truth, under its own name
		UiTesting.waitUntil(() -> UiTesting.page().getActiveEditor() instanceof ResultsEditor r && r != results
				&& !r.table().getTable().isDisposed()
				&& column(r.table().getTable(), 1).equals(List.of(expected)), "the second run's numbers");
		ResultsEditor secondResults = (ResultsEditor) UiTesting.page().getActiveEditor();
		assertEquals(before, String.join(" ", column(results.table().getTable(), 1)), "the first run's numbers");
		assertNotEquals(results.getPartName(), secondResults.getPartName(), "each run's editor names its run");
	}

	// --- bug 4: drift markers in their learner's colour -----------------------------------------------------------

	@Test
	void driftMarkersHaveTheColourOfTheirLearnersCurve() throws Exception {
		IProject project = UiTesting.newProject("results-drift-colours");
		ResultsEditor editor = (ResultsEditor) IDE.openEditor(UiTesting.page(),
				create(project, "results.json", prequential(0.9, 0.8)), ResultsEditor.ID);
		ChartCanvas canvas = editor.charts().get(0);
		JFreeChart chart = canvas.chart();
		assertEquals("Learning curve", chart.getTitle().getText());
		canvas.redraw();
		canvas.update(); // painted as on screen: the renderer has chosen its colours
		chart.createBufferedImage(400, 300);
		XYPlot plot = chart.getXYPlot();
		Collection<?> markers = plot.getDomainMarkers(Layer.FOREGROUND);
		assertNotNull(markers);
		assertEquals(3, markers.size());
		Map<Double, Integer> learnerOfDrift = Map.of(300.0, 0, 900.0, 0, 1200.0, 1);
		for (Object o : markers) {
			Marker marker = (Marker) o;
			double at = ((org.jfree.chart.plot.ValueMarker) marker).getValue();
			int learner = learnerOfDrift.get(at);
			assertEquals(plot.getRenderer().getItemPaint(learner, 0), marker.getPaint(),
					"the drift at " + at + " is drawn in the colour of learner " + learner);
		}
		assertNotEquals(plot.getRenderer().getItemPaint(0, 0), plot.getRenderer().getItemPaint(1, 0));
	}

	// --- bug 5: error bars within the metric's bounds; the export tooltip and the context menu --------------------

	private static final String EXPERIMENT_RESULTS = """
			{"format": "streamwise.experiment-results", "formatVersion": 1,
			 "experiment": {"id": "bounds", "name": "Bounds", "protocol": "temporal", "seed": 1, "folds": 3,
			                "metrics": ["recall@10", "auc"]},
			 "summary": [
			  {"algorithm": "pop", "metric": "recall@10", "mean": 0.01, "ci95Low": -0.02, "ci95High": 0.04, "n": 3},
			  {"algorithm": "random", "metric": "recall@10", "mean": 0.05, "ci95Low": 0.03, "ci95High": 0.07, "n": 3},
			  {"algorithm": "pop", "metric": "auc", "mean": 0.98, "ci95Low": 0.95, "ci95High": 1.01, "n": 3}]}
			""";

	@Test
	void errorBarsStopAtTheMetricsBounds() throws Exception {
		IProject project = UiTesting.newProject("results-error-bars");
		ResultsEditor editor = (ResultsEditor) IDE.openEditor(UiTesting.page(),
				create(project, "results.json", EXPERIMENT_RESULTS), ResultsEditor.ID);
		assertNull(editor.problem(), editor.problem());
		JFreeChart recall = chart(editor, "recall@10");
		ClippedIntervalDataset data = (ClippedIntervalDataset) recall.getCategoryPlot().getDataset();
		int pop = data.getColumnIndex("pop"), random = data.getColumnIndex("random");
		assertEquals(0.0, data.low(0, pop), "recall is never below 0: the bar stops there");
		assertEquals(0.04, data.high(0, pop), 1e-12);
		assertEquals(0.03, data.low(0, random), 1e-12, "intervals inside the bounds are kept");
		assertEquals(0.07, data.high(0, random), 1e-12);
		JFreeChart auc = chart(editor, "auc");
		ClippedIntervalDataset aucData = (ClippedIntervalDataset) auc.getCategoryPlot().getDataset();
		assertEquals(1.0, aucData.high(0, aucData.getColumnIndex("pop")), "AUC is never above 1");
		assertEquals(0.95, aucData.low(0, aucData.getColumnIndex("pop")), 1e-12);
		recall.createBufferedImage(400, 300); // the renderer draws the clipped bars
	}

	private static JFreeChart chart(ResultsEditor editor, String metric) {
		for (ChartCanvas c : editor.charts()) {
			if (c.chart().getTitle().getText().startsWith(metric)) {
				return c.chart();
			}
		}
		throw new AssertionError("no chart of " + metric);
	}

	@Test
	void theExportTooltipIsNotShownWhileTheContextMenuIsOpen() throws Exception {
		IProject project = UiTesting.newProject("results-tooltip");
		ResultsEditor editor = (ResultsEditor) IDE.openEditor(UiTesting.page(),
				create(project, "results.json", EXPERIMENT_RESULTS), ResultsEditor.ID);
		ChartCanvas canvas = editor.charts().get(0);
		assertNotNull(canvas.getMenu());
		canvas.getMenu().notifyListeners(SWT.Show, new Event());
		UiTesting.processEvents();
		assertNull(canvas.getToolTipText(), "a tooltip over the chart would cover its context menu");
		canvas.getMenu().notifyListeners(SWT.Hide, new Event());
		UiTesting.processEvents();
		assertFalse(canvas.isDisposed());
		assertTrue(List.of(UiInput.labels(canvas.getMenu()).toArray()).contains("Export as PNG..."));
	}
}
