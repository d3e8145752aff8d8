package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.model.experiment.AlgorithmConfig;
import io.streamwise.ui.experiments.ExperimentEditor;
import io.streamwise.ui.experiments.ExperimentRun;
import io.streamwise.ui.experiments.charts.ChartCanvas;
import io.streamwise.ui.experiments.dataset.DatasetView;
import io.streamwise.ui.experiments.results.ResultsEditor;
import io.streamwise.ui.wizards.NewResearchProjectWizard;
import io.streamwise.ui.wizards.StarterExperiment;

class ExperimentWorkbenchTest {

	@AfterEach
	void closeEditors() {
		UiTesting.page().closeAllEditors(false);
	}

	private static IFile experiment(IProject project, String preset, AlgorithmSpec... more) throws Exception {
		List<AlgorithmSpec> algorithms = new ArrayList<>(List.of(new AlgorithmSpec("pop", "pop", Map.of()),
				new AlgorithmSpec("random", "random", Map.of()),
				new AlgorithmSpec("base-rate", "base-rate", Map.of())));
		algorithms.addAll(List.of(more));
		ExperimentSpec spec = new ExperimentSpec("small", "Small run", 7, StarterExperiment.simulated(preset),
				new ProtocolSpec(ProtocolKind.TEMPORAL, 0.8, 1, Map.of("relevant", "purchase", "excludeSeen", "true")),
				algorithms, List.of("recall@5", "recall@10", "ndcg@10", "auc"));
		IFile file = project.getFile("small.experiment");
		ExperimentFiles.write(spec, file.getLocation().toFile().toPath());
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		return file;
	}

	@Test
	void runsAnExperimentFromItsEditorAndShowsTheResultsWithCharts() throws Exception {
		IProject project = UiTesting.newProject("experiment-run");
		IFile file = experiment(project, "small");
		ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(UiTesting.page(), file);

		Job run = editor.run();
		assertNotNull(run);
		UiTesting.waitFor(run);
		assertEquals(IStatus.OK, run.getResult().getSeverity(), run.getResult().getMessage());
		IFile json = ExperimentRun.resultsFolder(file).getFile("results.json");
		assertTrue(json.exists(), "results.json beside the experiment");
		assertTrue(ExperimentRun.resultsFolder(file).getFile("experiment.experiment").exists());
		// the same provenance fields as 'streamwise run' records (RunProvenanceTest), with the workbench as origin
		JsonObject env = JsonParser.parseString(Files.readString(json.getLocation().toFile().toPath()))
				.getAsJsonObject().getAsJsonObject("provenance").getAsJsonObject("environment");
		for (String field : List.of("streamwise.version", "origin", "command", "java.version", "java.vendor",
				"java.vm", "os", "processors", "maxHeapMB", "protocol", "finishedAt", "algorithm:pop",
				"algorithm:random", "algorithm:base-rate", "bundle:io.streamwise.core")) {
			assertTrue(env.has(field) && !env.get(field).getAsString().isBlank(), field + " in " + env);
		}
		assertEquals("workbench", env.get("origin").getAsString());
		assertTrue(env.get("command").getAsString().contains("/experiment-run/small.experiment"), env.toString());
		assertEquals("temporal:0.8", env.get("protocol").getAsString());

		UiTesting.waitUntil(() -> UiTesting.page().getActiveEditor() instanceof ResultsEditor, "the results editor");
		ResultsEditor results = (ResultsEditor) UiTesting.page().getActiveEditor();
		assertEquals(List.of("pop", "random", "base-rate"), results.results().algorithms());
		String popRecall = results.table().getTable().getItem(0).getText(1);
		assertTrue(popRecall.matches("\\d\\.\\d{4} ± \\d\\.\\d{4}"), popRecall);
		// a bar chart per metric and a recall@K curve (recall at 5 and 10)
		List<ChartCanvas> charts = results.charts();
		assertEquals(5, charts.size());
		assertEquals("recall@K", charts.get(0).chart().getTitle().getText());

		Path png = Files.createTempFile("chart", ".png"), svg = Files.createTempFile("chart", ".svg");
		charts.get(1).export(png, "png");
		charts.get(1).export(svg, "svg");
		byte[] head = Files.readAllBytes(png);
		assertEquals((byte) 0x89, head[0]);
		assertEquals('P', head[1]);
		assertTrue(Files.readString(svg).contains("<svg"));
	}

	@Test
	void cancellingARunStopsItAndWritesNothing() throws Exception {
		IProject project = UiTesting.newProject("experiment-cancel");
		// a forest of 2,000 trees runs for minutes, so the cancel always finds the run still working (the three quick
		// algorithms alone on the default preset could finish first on a quiet machine)
		IFile file = experiment(project, "default",
				new AlgorithmSpec("arf", "moa.arf", Map.of("ensembleSize", "2000")));
		ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(UiTesting.page(), file);
		Job run = editor.run();
		UiTesting.waitUntil(() -> run.getState() == Job.RUNNING || run.getResult() != null, "the run to start");
		run.cancel();
		UiTesting.waitFor(run);
		assertEquals(IStatus.CANCEL, run.getResult().getSeverity());
		assertFalse(ExperimentRun.resultsFolder(file).getFile("results.json").exists());
	}

	@Test
	void algorithmSettingsFormsAreGeneratedValidatedAndUndoable() throws Exception {
		IProject project = UiTesting.newProject("experiment-settings");
		IFile file = experiment(project, "small");
		ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(UiTesting.page(), file);
		editor.setActivePage("algorithms");
		AlgorithmConfig pop = editor.experiment().getAlgorithms().get(0);

		Control distinct = editor.algorithmsPage().settingControl(pop, "distinctViewers");
		assertTrue(distinct instanceof Button b && (b.getStyle() & SWT.CHECK) != 0, "a boolean is a checkbox");
		((Button) distinct).setSelection(false);
		distinct.notifyListeners(SWT.Selection, null);
		assertEquals("false", pop.getSettings().get(0).getValue());
		assertTrue(editor.isDirty());
		editor.document().commandStack().undo();
		assertTrue(pop.getSettings().isEmpty(), "undo removes the setting again");

		Control counted = editor.algorithmsPage().settingControl(pop, "countedEvents");
		assertTrue(counted instanceof Text);
		((Text) counted).setText("click,no-such-event");
		assertNotNull(editor.algorithmsPage().settingsProblem(), "an invalid event type is reported");
		assertEquals("countedEvents", editor.algorithmsPage().settingsProblemKey(), "on the field at fault");
		((Text) counted).setText("click,purchase:3");
		assertNull(editor.algorithmsPage().settingsProblem());
		assertNull(editor.algorithmsPage().settingsProblemKey());

		AlgorithmConfig added = editor.algorithmsPage().add("pop");
		assertEquals("pop-2", added.getLabel());
		assertEquals(4, editor.experiment().getAlgorithms().size());
	}

	@Test
	void theResearchProjectWizardSimulatesDataAndTheDatasetViewSummarisesIt() throws Exception {
		IProject project = UiTesting.newProject("research");
		Job populate = NewResearchProjectWizard.populate(project, "small", 3, null);
		UiTesting.waitFor(populate);
		assertEquals(IStatus.OK, populate.getResult().getSeverity(), populate.getResult().getMessage());
		assertTrue(project.getFile("data/events.csv").exists());
		assertTrue(project.getFile("research.experiment").exists());

		DatasetView view = (DatasetView) UiTesting.page().showView(DatasetView.ID);
		Job summary = view.show(project.getFolder("data"));
		UiTesting.waitFor(summary);
		UiTesting.waitUntil(() -> view.summary() != null, "the summary");
		assertTrue(view.summary().statistics().events() > 1000);
		assertTrue(view.summary().eventsPerItemDescending()[0] >= view.summary().eventsPerItemDescending()[1]);
		assertEquals(2, view.charts().size());

		IEditorPart opened = IDE.openEditor(UiTesting.page(), project.getFile("research.experiment"));
		ExperimentEditor editor = (ExperimentEditor) opened;
		editor.setActivePage("dataset");
		Job stats = editor.datasetPage().computeSummary();
		UiTesting.waitFor(stats);
		UiTesting.waitUntil(() -> editor.datasetPage().statisticsText().contains("Viewers"), "dataset statistics");
		assertTrue(editor.datasetPage().previewText().startsWith(Files.readAllLines(
				project.getFile("data/events.csv").getLocation().toFile().toPath()).get(0)));
	}

	/** The cost of each algorithm, read from the SWT table the editor shows: columns and hand-computed cells. */
	@Test
	void showsFitAndScoringTimeAndPeakMemoryPerAlgorithm() throws Exception {
		IProject project = UiTesting.newProject("cost-results");
		String content = """
				{"experiment": {"id": "c", "name": "Cost", "protocol": "kfold", "metrics": ["ndcg@10"]},
				 "provenance": {"dataset": "d", "seed": 1, "seconds": 9,
				                "algorithms": [{"label": "pop", "id": "pop"}, {"label": "ease", "id": "ease"}]},
				 "summary": [{"algorithm": "pop", "metric": "ndcg@10", "segment": "all", "mean": 0.1, "ci95Low": 0.05,
				              "ci95High": 0.15, "n": 2, "ciBasis": "folds"},
				             {"algorithm": "ease", "metric": "ndcg@10", "segment": "all", "mean": 0.2, "ci95Low": 0.1,
				              "ci95High": 0.3, "n": 2, "ciBasis": "folds"}],
				 "failures": [{"algorithm": "ease", "fold": 1, "reason": "planted"}],
				 "costs": [{"algorithm": "pop", "fold": 0, "fitSeconds": 1.0, "scoreSeconds": 0.5, "peakHeapMb": 10.0},
				           {"algorithm": "pop", "fold": 1, "fitSeconds": 3.0, "scoreSeconds": 0.7, "peakHeapMb": 30.25},
				           {"algorithm": "ease", "fold": 0, "fitSeconds": 12.5, "scoreSeconds": 2.25, "peakHeapMb": 512.0}]}
				""";
		IFile json = project.getFile("results.json");
		json.create(new java.io.ByteArrayInputStream(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true,
				new NullProgressMonitor());
		ResultsEditor results = (ResultsEditor) IDE.openEditor(UiTesting.page(), json, ResultsEditor.ID);
		org.eclipse.swt.widgets.Table table = results.table().getTable();
		List<String> columns = java.util.Arrays.stream(table.getColumns())
				.map(org.eclipse.swt.widgets.TableColumn::getText).toList();
		assertEquals(List.of("Algorithm", "ndcg@10", "fit s", "score s", "peak MB"), columns);
		assertEquals(2, table.getItemCount());
		// pop: mean fit (1 + 3) / 2, mean scoring (0.5 + 0.7) / 2, largest peak 30.25
		assertEquals(List.of("pop", "0.1000 ± 0.0500", "2.00", "0.60", "30.3"), row(table, 0, 5));
		assertEquals(List.of("ease", "0.2000 ± 0.1000", "12.50", "2.25", "512.0"), row(table, 1, 5));

		// results written before costs were measured open without cost columns
		IFile old = project.getFile("old.json");
		old.create(new java.io.ByteArrayInputStream(content.replaceAll("(?s),\\s*\"costs\".*\\]\\}\\s*$", "}")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, new NullProgressMonitor());
		ResultsEditor before = (ResultsEditor) IDE.openEditor(UiTesting.page(), old, ResultsEditor.ID);
		assertEquals(2, before.table().getTable().getColumnCount());
	}

	private static List<String> row(org.eclipse.swt.widgets.Table table, int item, int columns) {
		return java.util.stream.IntStream.range(0, columns).mapToObj(c -> table.getItem(item).getText(c)).toList();
	}

	@Test
	void showsPrequentialLearningCurvesWithDriftMarkers() throws Exception {
		IProject project = UiTesting.newProject("stream-results");
		IFile json = project.getFile("results.json");
		String content = """
				{"command": "prequential", "data": {"file": "/data/sessions.csv", "instances": 3000},
				 "settings": {"evaluation": "basic", "seed": 3},
				 "learners": [
				  {"learner": "bayes.NaiveBayes", "metrics": {"instances": 3000, "accuracy": 0.71, "kappa": 0.40},
				   "drifts": [1040, 2100],
				   "curve": [{"at": 1000, "instances": 1000, "accuracy": 0.9}, {"at": 2000, "instances": 2000, "accuracy": 0.7},
				             {"at": 3000, "instances": 3000, "accuracy": 0.71}]},
				  {"learner": "trees.HoeffdingTree", "metrics": {"instances": 3000, "accuracy": 0.75, "kappa": 0.48},
				   "drifts": [1100],
				   "curve": [{"at": 1000, "accuracy": 0.88}, {"at": 3000, "accuracy": 0.75}]}]}
				""";
		json.create(new java.io.ByteArrayInputStream(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true,
				new NullProgressMonitor());
		ResultsEditor results = (ResultsEditor) IDE.openEditor(UiTesting.page(), json, ResultsEditor.ID);
		assertEquals(List.of("bayes.NaiveBayes", "trees.HoeffdingTree"), results.results().algorithms());
		ChartCanvas curve = results.charts().get(0);
		assertEquals("Learning curve", curve.chart().getTitle().getText());
		org.jfree.chart.plot.XYPlot plot = curve.chart().getXYPlot();
		assertEquals(2, plot.getDataset().getSeriesCount());
		assertEquals(3, plot.getDataset().getItemCount(0));
		assertEquals(3, plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size(), "one marker per drift");
		// the table holds the final accuracy of each learner, with no interval
		assertEquals("0.7500", results.table().getTable().getItem(1).getText(1).split(" ")[0]);
	}
}
