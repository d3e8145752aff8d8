// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ide.IDE;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.streamwise.core.results.PolicyResults;
import io.streamwise.model.experiment.AlgorithmConfig;
import io.streamwise.report.charts.ClippedIntervalDataset;
import io.streamwise.ui.experiments.ExperimentEditor;
import io.streamwise.ui.experiments.ExperimentRun;
import io.streamwise.ui.experiments.charts.ChartCanvas;
import io.streamwise.ui.experiments.results.ResultsEditor;

/**
 * A policy experiment in the workbench, driven through its widgets: the Algorithms page offers the policies with
 * their generated settings forms (typing changes the model, Undo restores it), the Run button runs it as a job,
 * and its results open with a regret chart holding one series per policy.
 */
class PolicyExperimentWorkbenchTest {

	@BeforeEach
	void activateTheWindow() {
		UiTesting.page().getWorkbenchWindow().getShell().forceActive();
	}

	@AfterEach
	void closeEditors() {
		UiTesting.page().closeAllEditors(false);
	}

	private static IFile experiment(IProject project, String name, long rounds) throws Exception {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<experiment:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:experiment="http://streamwise.io/model/experiment/1.0"
				    id="%s" name="Pins" formatVersion="1.2" seed="3">
				  <dataset kind="SIMULATOR"><options key="preset" value="small"/></dataset>
				  <protocol kind="ONLINE">
				    <options key="rounds" value="%d"/>
				    <options key="seeds" value="2"/>
				  </protocol>
				  <algorithms algorithmId="uniform" label="uniform"/>
				</experiment:Experiment>
				""".formatted(name, rounds);
		IFile file = project.getFile(name + ".experiment");
		file.create(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), true, new NullProgressMonitor());
		return file;
	}

	private static <T extends Control> T find(Composite root, Class<T> type, String text) {
		List<Control> all = new ArrayList<>();
		collect(root, all);
		return all.stream().filter(type::isInstance).map(type::cast)
				.filter(c -> c instanceof Button b ? text.equals(b.getText()) : true).findFirst()
				.orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " '" + text + "'"));
	}

	private static void collect(Composite parent, List<Control> into) {
		for (Control c : parent.getChildren()) {
			into.add(c);
			if (c instanceof Composite composite) {
				collect(composite, into);
			}
		}
	}

	@Test
	void aPolicyIsChosenWithItsGeneratedSettingsFormAndRunFromTheEditor() throws Exception {
		IProject project = UiTesting.newProject("policy-experiment");
		IFile file = experiment(project, "pins", 300);
		ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(UiTesting.page(), file);
		UiTesting.processEvents();
		editor.setActivePage("algorithms");
		UiTesting.processEvents();

		// the Add list offers the policies, not the recommenders or conversion models
		List<String> offered = editor.algorithmsPage().availableIds();
		assertTrue(offered.containsAll(List.of("uniform", "eps-greedy", "ucb1", "thompson", "linucb")),
				offered.toString());
		assertFalse(offered.contains("pop") || offered.contains("base-rate"), offered.toString());

		// choose LinUCB and click Add: its generated settings form shows
		editor.algorithmsPage().availableCombo().select(offered.indexOf("linucb"));
		UiInput.click(editor.algorithmsPage().addButton());
		UiInput.await(() -> editor.experiment().getAlgorithms().size() == 2, "the policy added");
		AlgorithmConfig linucb = editor.experiment().getAlgorithms().get(1);
		assertEquals("linucb", linucb.getAlgorithmId());
		Text alpha = UiInput.field((Composite) editor.getActivePageInstance().getPartControl(), "Confidence α:");
		assertEquals("0.5", alpha.getText());
		assertNotNull(UiInput.field((Composite) editor.getActivePageInstance().getPartControl(), "Ridge λ:"));

		// typing a value into the form changes the model; Undo restores it
		UiTesting.page().activate(editor);
		UiInput.focus(alpha);
		alpha.setSelection(alpha.getText().length());
		UiInput.type("5");
		UiInput.await(() -> linucb.getSettings().size() == 1 && "0.55".equals(linucb.getSettings().get(0)
				.getValue()), "alpha 0.55 in the model");
		assertEquals("alpha", linucb.getSettings().get(0).getKey());
		UiInput.menu("Edit", "Undo");
		UiInput.await(() -> linucb.getSettings().isEmpty(), "the setting undone");
		UiInput.await(() -> "0.5".equals(alpha.getText()), "the form showing the default again");

		// Run (saves first) runs it as a job and opens its results
		editor.setActivePage("overview");
		UiTesting.processEvents();
		Button run = find((Composite) editor.getActivePageInstance().getPartControl(), Button.class,
				"Run experiment");
		UiInput.click(run);
		UiInput.await(() -> editor.lastRun() != null, "the run started");
		Job job = editor.lastRun();
		UiTesting.waitFor(job);
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
		assertFalse(editor.isDirty(), "Run saved the experiment");
		IFile json = ExperimentRun.resultsFolder(file).getFile("results.json");
		assertTrue(json.exists(), "results.json in the run history");
		assertTrue(ExperimentRun.resultsFolder(file).getFile("pins.experiment").exists(), "a copy of the experiment");
		assertTrue(ExperimentRun.resultsFolder(file).getFile("curves.csv").exists());

		UiTesting.waitUntil(() -> UiTesting.page().getActiveEditor() instanceof ResultsEditor, "the results editor");
		ResultsEditor results = (ResultsEditor) UiTesting.page().getActiveEditor();
		PolicyResults shown = results.policyResults();
		assertNotNull(shown, results.problem());
		assertEquals(List.of("uniform", "linucb"), shown.policies().stream().map(PolicyResults.PolicyEntry::label)
				.toList());
		assertEquals("300", shown.settings().get("rounds"));
		assertEquals(4, results.table().getTable().getItemCount()); // reward and regret per policy
		JFreeChart regret = results.charts().stream().map(ChartCanvas::chart)
				.filter(c -> c.getTitle().getText().startsWith("Cumulative regret")).findFirst()
				.orElseThrow(() -> new AssertionError("no regret chart"));
		assertEquals(2, regret.getXYPlot().getDataset().getSeriesCount(), "one series per policy");
		assertEquals("uniform", regret.getXYPlot().getDataset().getSeriesKey(0));
		assertEquals("linucb", regret.getXYPlot().getDataset().getSeriesKey(1));

		// exported like the other result charts
		ChartCanvas canvas = results.charts().get(0);
		Path png = Files.createTempFile("regret", ".png"), svg = Files.createTempFile("regret", ".svg");
		canvas.export(png, "png");
		canvas.export(svg, "svg");
		assertEquals((byte) 0x89, Files.readAllBytes(png)[0]);
		assertTrue(Files.readString(svg).contains("<svg"));
	}

	/** Off-policy results open with the table and the estimates' chart: intervals, and the truth where known. */
	@Test
	void offPolicyResultsShowEstimatesWithIntervalsBesideTheTruth() throws Exception {
		IProject project = UiTesting.newProject("policy-ope-results");
		String json = """
				{"format": "streamwise.policy-results", "formatVersion": 1, "command": "policy evaluate",
				 "data": {"log": "/tmp/log.csv", "decisions": "2000", "actions": "4", "features": "3"},
				 "settings": {"estimators": "ips,dr", "seed": "1"},
				 "policies": [{"label": "ucb1", "algorithm": "ucb1", "settings": {}},
				              {"label": "linucb", "algorithm": "linucb", "settings": {}}],
				 "rows": [
				  {"policy": "ucb1", "estimator": "ips", "metric": "policy_value", "group": {}, "value": 0.05,
				   "low": 0.04, "high": 0.062, "truth": 0.052, "n": 1000, "diagnostics": {"ess": 812.4, "maxWeight": 4.0}},
				  {"policy": "ucb1", "estimator": "dr", "metric": "policy_value", "group": {}, "value": 0.051,
				   "low": 0.046, "high": 0.056, "truth": 0.052, "n": 1000, "diagnostics": {"ess": 812.4, "maxWeight": 4.0}},
				  {"policy": "linucb", "estimator": "ips", "metric": "policy_value", "group": {}, "value": 0.07,
				   "low": 0.055, "high": 0.09, "truth": 0.066, "n": 1000, "diagnostics": {"ess": 340.0, "maxWeight": 4.0}},
				  {"policy": "linucb", "estimator": "dr", "metric": "policy_value", "group": {}, "value": 0.064,
				   "low": 0.058, "high": 0.071, "truth": 0.066, "n": 1000, "diagnostics": {"ess": 340.0, "maxWeight": 4.0}}],
				 "curves": [], "warnings": ["linucb: planted warning"], "provenance": {}}
				""";
		IFile file = project.getFile("results.json");
		file.create(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), true, new NullProgressMonitor());
		ResultsEditor results = (ResultsEditor) IDE.openEditor(UiTesting.page(), file, ResultsEditor.ID);
		UiTesting.processEvents();
		assertNotNull(results.policyResults(), results.problem());
		assertEquals(4, results.table().getTable().getItemCount());
		// policy, estimator, metric, value, interval, truth, n, ESS, max w
		org.eclipse.swt.widgets.TableItem first = results.table().getTable().getItem(0);
		assertEquals("ucb1", first.getText(0));
		assertEquals("ips", first.getText(1));
		assertEquals("0.0500", first.getText(3));
		assertEquals("[0.0400, 0.0620]", first.getText(4));
		assertEquals("0.0520", first.getText(5));
		assertEquals("812", first.getText(7));
		assertEquals(1, results.charts().size(), "the off-policy chart only: no curves");
		org.jfree.chart.plot.CategoryPlot plot = results.charts().get(0).chart().getCategoryPlot();
		org.jfree.data.category.CategoryDataset estimates = plot.getDataset(0), truth = plot.getDataset(1);
		assertEquals(List.of("ips", "dr"), estimates.getRowKeys());
		assertEquals(List.of("ucb1", "linucb"), estimates.getColumnKeys());
		assertEquals(0.07, estimates.getValue("ips", "linucb").doubleValue(), 1e-12);
		ClippedIntervalDataset intervals = (ClippedIntervalDataset) estimates;
		assertEquals(0.055, intervals.low(0, 1), 1e-12);
		assertEquals(0.09, intervals.high(0, 1), 1e-12);
		assertEquals(0.066, truth.getValue("true value", "linucb").doubleValue(), 1e-12);
	}

	@Test
	void cancellingAPolicyRunWritesNothing() throws Exception {
		IProject project = UiTesting.newProject("policy-cancel");
		IFile file = experiment(project, "long", 50_000_000);
		ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(UiTesting.page(), file);
		Job run = editor.run();
		assertNotNull(run);
		UiTesting.waitUntil(() -> run.getState() == Job.RUNNING || run.getResult() != null, "the run to start");
		run.cancel();
		UiTesting.waitFor(run);
		assertEquals(IStatus.CANCEL, run.getResult().getSeverity());
		assertFalse(ExperimentRun.runsFolder(file).exists() && ExperimentRun.resultsFolder(file)
				.getFile("results.json").exists(), "a cancelled run writes no results");
	}
}
