package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.results.ExperimentResults;
import io.streamwise.core.results.ExperimentResults.Algorithm;
import io.streamwise.core.results.ExperimentResults.Summary;
import io.streamwise.core.results.ResultsJson;
import io.streamwise.core.results.RunComparison;
import io.streamwise.ui.StartupOptions;
import io.streamwise.ui.experiments.ExperimentEditor;
import io.streamwise.ui.experiments.ExperimentRun;
import io.streamwise.ui.experiments.RunsPage;
import io.streamwise.ui.experiments.StreamPage;
import io.streamwise.ui.experiments.charts.ChartCanvas;
import io.streamwise.ui.experiments.dataset.DatasetView;
import io.streamwise.ui.experiments.results.ResultsEditor;
import io.streamwise.ui.experiments.results.RunComparisonView;
import io.streamwise.ui.wizards.StarterExperiment;

/**
 * gui --show-view, --select, --maximize, --run, --page, --compare and --expand (releng/screenshots.sh arranges the
 * Dataset view, the results details, a stream experiment while it runs and the Runs page with them): each does what
 * it says on the real page, through the widgets a user would use; an option that cannot be followed changes nothing.
 */
class StartupOptionsTest {

	@AfterEach
	void restore() {
		IWorkbenchPage page = UiTesting.page();
		page.closeAllEditors(false);
		if (page.findView(DatasetView.ID) != null) {
			page.hideView(page.findView(DatasetView.ID));
		}
	}

	@Test
	void showViewThenSelectShowsTheViewAndSelectsTheFolderInTheProjectExplorer() throws Exception {
		IProject project = UiTesting.newProject("startup-options");
		IFolder data = project.getFolder("data");
		data.create(true, true, new NullProgressMonitor());
		IWorkbenchPage page = UiTesting.page();
		String location = data.getLocation().toOSString();

		StartupOptions.apply(page, new String[] { "--show-view", DatasetView.ID, "--select", location });
		UiTesting.processEvents();

		assertNotNull(page.findView(DatasetView.ID), "the Dataset view is shown");
		assertEquals(IPageLayout.ID_PROJECT_EXPLORER, page.getActivePartReference().getId());
		IStructuredSelection selection = (IStructuredSelection) page.getSelection();
		assertEquals(data, selection.getFirstElement());
	}

	@Test
	void maximizeMaximizesTheActiveEditor() throws Exception {
		IProject project = UiTesting.newProject("startup-options-max");
		IFile file = project.getFile("events.csv");
		file.create(new ByteArrayInputStream("viewer,item\nv1,i1\n".getBytes(StandardCharsets.UTF_8)), true, null);
		IWorkbenchPage page = UiTesting.page();
		IDE.openEditor(page, file);
		assertEquals(IWorkbenchPage.STATE_RESTORED, page.getPartState(page.getReference(page.getActiveEditor())));

		StartupOptions.apply(page, new String[] { "--maximize" });
		UiTesting.processEvents();

		assertEquals(IWorkbenchPage.STATE_MAXIMIZED, page.getPartState(page.getReference(page.getActiveEditor())));
		page.setPartState(page.getReference(page.getActiveEditor()), IWorkbenchPage.STATE_RESTORED);
	}

	@Test
	void runStartsTheStreamExperimentAsItsRunButtonDoesAndItsCurvesFill() throws Exception {
		IProject project = UiTesting.newProject("startup-run");
		int rows = 4000, every = 500;
		IFile file = StreamExperimentWorkbenchTest.experiment(project, rows, every);
		IWorkbenchPage page = UiTesting.page();
		ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(page, file);
		StreamPage stream = editor.streamPage();
		assertNull(stream.lastRun(), "not run yet");

		StartupOptions.apply(page, new String[] { "--run" });
		Job run = stream.lastRun();
		assertNotNull(run, "--run started a run");
		assertFalse(stream.runButton().isEnabled(), "the Run button is disabled while it runs, as after a click");
		UiTesting.waitFor(run);
		assertEquals(IStatus.OK, run.getResult().getSeverity(), run.getResult().getMessage());
		UiTesting.waitUntil(() -> stream.finalTable().getItemCount() == 2, "the final table");
		assertEquals(rows / every, stream.curves().dataset().getSeries(0).getItemCount(), "the tree's curve");
		assertTrue(ExperimentRun.resultsFolder(file).getFile("results.json").exists());
	}

	@Test
	void runOnAnEditorWithoutRunAndWithoutAnyEditorChangesNothing() throws Exception {
		IProject project = UiTesting.newProject("startup-run-none");
		IFile csv = project.getFile("events.csv");
		csv.create(new ByteArrayInputStream("viewer,item\nv1,i1\n".getBytes(StandardCharsets.UTF_8)), true, null);
		IWorkbenchPage page = UiTesting.page();
		StartupOptions.apply(page, new String[] { "--run", "--page", "runs", "--expand", "Significance" });
		IDE.openEditor(page, csv);
		StartupOptions.apply(page, new String[] { "--run", "--compare", "a,b" });
		UiTesting.processEvents();
		assertEquals(csv.getName(), page.getActiveEditor().getTitle(), "the table stays as it was");
		assertEquals(1, page.getEditorReferences().length);
	}

	/** Two runs of an experiment's history written as runs leave them: seed 1 then seed 2, pop better in B. */
	private static IFile experimentWithTwoRuns(IProject project) throws Exception {
		IFile file = project.getFile("history.experiment");
		ExperimentFiles.write(new ExperimentSpec("history", "History", 1, StarterExperiment.simulated("small"),
				new ProtocolSpec(ProtocolKind.TEMPORAL, 0.8, 1, Map.of("relevant", "purchase")),
				List.of(new AlgorithmSpec("pop", "pop", Map.of()), new AlgorithmSpec("random", "random", Map.of())),
				List.of("ndcg@10")), file.getLocation().toFile().toPath());
		Path runs = file.getLocation().toFile().toPath().resolveSibling("history.runs");
		double[] pop = { 0.20, 0.30, 0.10 };
		for (int hour = 10; hour <= 12; hour++) {
			Path run = Files.createDirectories(runs.resolve("2026-11-30T" + hour + "-00-00"));
			ResultsJson.write(results(hour - 9, pop[hour - 10]), run.resolve("results.json"));
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		return file;
	}

	private static ExperimentResults results(long seed, double pop) {
		return ExperimentResults.of(
				new ExperimentResults.Experiment("history", "History", "temporal", 0.8, 1, Map.of(), "all",
						List.of("ndcg@10")),
				new ExperimentResults.Provenance("/p/history.experiment", "sim", List.of(), "abc", null, seed,
						List.of(new Algorithm("pop", "pop", Map.of()), new Algorithm("random", "random", Map.of())),
						Map.of(), "2026-11-30T10:00:00Z", 1),
				List.of(),
				List.of(new Summary("pop", "ndcg@10", "all", pop, pop - 0.01, pop + 0.01, 100, "viewers"),
						new Summary("random", "ndcg@10", "all", 0.05, 0.04, 0.06, 100, "viewers")),
				List.of(), List.of(), List.of(), List.of(), List.of());
	}

	@Test
	void pageAndCompareShowTheRunsPageWithTheTwoNamedRunsComparedAndSelected() throws Exception {
		IFile file = experimentWithTwoRuns(UiTesting.newProject("startup-compare"));
		IWorkbenchPage page = UiTesting.page();
		ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(page, file);
		assertNotEquals(RunsPage.ID, editor.getActivePageInstance().getId());

		StartupOptions.apply(page, new String[] { "--page", "runs" });
		UiTesting.processEvents();
		assertEquals(RunsPage.ID, editor.getActivePageInstance().getId(), "--page runs shows the Runs page");
		assertNull(editor.runsPage().comparisonView().comparison(), "nothing compared yet");

		// the newer run named first: A is still the older one, as with two rows and Compare
		StartupOptions.apply(page, new String[] { "--page", "algorithms", "--compare",
				"2026-11-30T11-00-00,2026-11-30T10-00-00" });
		UiTesting.processEvents();
		RunsPage runs = editor.runsPage();
		assertEquals(RunsPage.ID, editor.getActivePageInstance().getId(), "--compare shows the Runs page");
		Table table = runs.table();
		assertEquals(List.of("2026-11-30T11-00-00", "2026-11-30T10-00-00"),
				Arrays.stream(table.getSelection()).map(item -> item.getText(0)).toList(),
				"the two runs are selected in the table (newest first)");
		RunComparisonView view = runs.comparisonView();
		assertNotNull(view.comparison(), "compared");
		TableItem pop = view.deltaTable().getItem(0);
		assertEquals(List.of("pop", "ndcg@10", "0.2000", "0.3000", "+0.1000"),
				List.of(pop.getText(0), pop.getText(1), pop.getText(2), pop.getText(3), pop.getText(4)));
		assertEquals(view.colour(RunComparison.Outcome.BETTER), pop.getBackground(RunComparisonView.DELTA_COLUMN),
				"B better: highlighted green");
		assertEquals("0", view.deltaTable().getItem(1).getText(4), "random unchanged");
		List<String> changes = Arrays.stream(view.changeTable().getItems())
				.map(item -> item.getText(0) + "=" + item.getText(1) + "->" + item.getText(2)).toList();
		assertTrue(changes.contains("seed=1->2"), changes.toString());

		// a run that is not in the history, or the same run twice: logged, the comparison shown stays
		StartupOptions.apply(page, new String[] { "--compare", "2026-11-30T12-00-00,1999-01-01T00-00-00", "--compare",
				"2026-11-30T12-00-00,2026-11-30T12-00-00", "--compare", "2026-11-30T12-00-00" });
		UiTesting.processEvents();
		assertEquals("0.3000", view.deltaTable().getItem(0).getText(3), "still run 11:00 as B");
	}

	@Test
	void expandOpensTheCollapsedSectionWithTheCriticalDifferenceDiagram() throws Exception {
		IProject project = UiTesting.newProject("startup-expand");
		IFile json = project.getFile("results.json");
		ResultsJson.write(RunHistoryAndResultsWidgetsTest.threeAlgorithms(), json.getLocation().toFile().toPath());
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		IWorkbenchPage page = UiTesting.page();
		ResultsEditor editor = (ResultsEditor) IDE.openEditor(page, json, ResultsEditor.ID);
		UiTesting.processEvents();
		ChartCanvas diagram = editor.details().criticalDifferenceCharts().get(0);
		Section significance = (Section) diagram.getParent().getParent();
		assertEquals("Significance", significance.getText());
		int diagramHeight = ((GridData) diagram.getLayoutData()).heightHint;
		assertFalse(significance.isExpanded(), "collapsed when the editor opens");
		assertTrue(significance.getSize().y < diagramHeight, "no room for the diagram: " + significance.getSize());

		StartupOptions.apply(page, new String[] { "--expand", "Significance", "--expand", "No such section" });
		UiTesting.processEvents();

		assertTrue(significance.isExpanded());
		assertTrue(diagram.isVisible(), "the critical-difference diagram shows");
		assertEquals(diagramHeight, diagram.getSize().y, "at its full height");
		assertTrue(significance.getSize().y > diagramHeight, "inside the opened section: " + significance.getSize());
	}
}
