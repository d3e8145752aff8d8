package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ide.IDE;
import org.jfree.chart.plot.Marker;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.streamwise.model.experiment.AlgorithmConfig;
import io.streamwise.model.experiment.Parameter;
import io.streamwise.ui.experiments.ExperimentEditor;
import io.streamwise.ui.experiments.ExperimentRun;
import io.streamwise.ui.experiments.StreamPage;
import io.streamwise.ui.experiments.stream.LiveCurves;
import io.streamwise.ui.experiments.stream.MoaOptionsForm;

/**
 * A stream experiment edited and run from its editor with events sent to its widgets: the option form generated
 * from MOA's descriptions, the Run button, curves that grow while the job runs, drift markers in the learner's
 * colour and the final table.
 */
class StreamExperimentWorkbenchTest {

	/** The file format {@code streamwise run} takes (StreamExperimentRunTest in the headless tests runs one). */
	private static final String EXPERIMENT = """
			<?xml version="1.0" encoding="UTF-8"?>
			<experiment:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
			    xmlns:experiment="http://streamwise.io/model/experiment/1.0" id="flip" name="Planted flip" seed="5">
			  <algorithms algorithmId="moa" label="tree">
			    <settings key="learner" value="trees.HoeffdingTree"/>
			    <settings key="gracePeriod" value="50"/>
			  </algorithms>
			  <algorithms algorithmId="moa" label="bayes">
			    <settings key="learner" value="bayes.NaiveBayes"/>
			  </algorithms>
			  <stream location="flip.csv" classAttribute="y" curveEvery="CURVE" driftDetector="DDM"/>
			</experiment:Experiment>
			""";

	@BeforeEach
	void activate() {
		UiTesting.page().getWorkbenchWindow().getShell().forceActive();
	}

	@AfterEach
	void closeEditors() {
		UiTesting.page().closeAllEditors(false);
	}

	/** rows of x in [0, 1): y = b iff x >= 0.5 for the first half, the other way round after. */
	static IFile experiment(IProject project, int rows, int curveEvery) throws Exception {
		SplittableRandom random = new SplittableRandom(11);
		StringBuilder csv = new StringBuilder("x,y\n");
		for (int i = 0; i < rows; i++) {
			double x = random.nextDouble();
			csv.append(String.format(Locale.ROOT, "%.6f,%s%n", x, (x >= 0.5) ^ (i >= rows / 2) ? "b" : "a"));
		}
		Files.writeString(project.getFile("flip.csv").getLocation().toFile().toPath(), csv);
		IFile file = project.getFile("flip.experiment");
		Files.writeString(file.getLocation().toFile().toPath(),
				EXPERIMENT.replace("CURVE", Integer.toString(curveEvery)));
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		return file;
	}

	// --- real input (as ModelEditingWidgetsTest posts it) -------------------------------------------------------

	/**
	 * Presses a button with the events a click delivers to it (mouse down, up, selection). Events posted through the
	 * display (Display.post) did not reach this editor's form under Xvfb when this class ran alone (the test waited
	 * for them forever), so the events are sent to the control itself.
	 */
	private static void click(Control control) {
		org.eclipse.ui.forms.widgets.FormToolkit.ensureVisible(control);
		control.setFocus();
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
			Event e = new Event();
			e.button = 1;
			control.notifyListeners(type, e);
		}
		if (control instanceof org.eclipse.swt.widgets.Button) {
			control.notifyListeners(SWT.Selection, new Event());
		}
		UiTesting.processEvents();
	}

	/** Clicks a text field and sets its text, which fires the field's Modify listener as typing does. */
	private static void retype(Text field, String text) {
		click(field);
		assertTrue(field.isFocusControl(), "the click focused the field");
		field.setText(text);
		UiTesting.processEvents();
	}

	private static String setting(AlgorithmConfig config, String key) {
		return config.getSettings().stream().filter(p -> p.getKey().equals(key)).map(Parameter::getValue).findFirst()
				.orElse(null);
	}

	@Test
	void theOptionFormComesFromMoasDescriptionsAndRefusesOutOfRangeValues() throws Exception {
		IProject project = UiTesting.newProject("stream-options");
		IFile file = experiment(project, 100, 50);
		ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(UiTesting.page(), file);
		StreamPage page = editor.streamPage();
		assertNotNull(page, "a stream experiment opens on the stream page");

		AlgorithmConfig added = page.addLearner("trees.HoeffdingTree");
		assertEquals("HoeffdingTree", added.getLabel());
		MoaOptionsForm form = page.learnerForm(added);
		assertTrue(form.names().containsAll(List.of("gracePeriod", "splitConfidence", "leafprediction")),
				form.names().toString());
		Text grace = (Text) form.control("gracePeriod");
		assertEquals("200", grace.getText(), "MOA's default");
		assertTrue(grace.getToolTipText().contains("Default: 200") && grace.getToolTipText().contains("Range: 0"),
				grace.getToolTipText());
		UiTesting.processEvents();

		retype(grace, "-5");
		assertEquals("gracePeriod must be of at least 0, not -5", form.message());
		assertEquals("gracePeriod", form.problemKey());
		assertEquals(null, setting(added, "gracePeriod"), "a refused value is not written");

		retype(grace, "75");
		assertEquals("", form.message());
		assertEquals("75", setting(added, "gracePeriod"));
		assertTrue(editor.isDirty());
		editor.document().commandStack().undo();
		assertEquals(null, setting(added, "gracePeriod"), "undo takes the edit back");

		// the learner already configured shows its own value
		AlgorithmConfig tree = editor.experiment().getAlgorithms().get(0);
		assertEquals("50", ((Text) page.learnerForm(tree).control("gracePeriod")).getText());
	}

	@Test
	void runningFromTheEditorGrowsTheCurvesLiveAndEndsWithTheTable() throws Exception {
		IProject project = UiTesting.newProject("stream-run");
		// long enough (a few seconds on a quiet machine) for the chart to be drained several times while it runs:
		// 60,000 rows ended between two drains once
		int rows = 300_000, every = 1250;
		IFile file = experiment(project, rows, every);
		ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(UiTesting.page(), file);
		StreamPage page = editor.streamPage();
		UiTesting.processEvents();

		click(page.runButton());
		Job run = page.lastRun();
		assertNotNull(run, "the click started a run");
		assertFalse(page.runButton().isEnabled(), "Run is disabled while it runs");
		LiveCurves curves = page.curves();
		XYSeriesCollection data = curves.dataset();
		assertEquals(List.of("tree", "bayes"), List.of(data.getSeriesKey(0), data.getSeriesKey(1)));
		// what the chart held, looked at between events while the job ran
		TreeSet<Integer> seenWhileRunning = new TreeSet<>();
		List<Integer> drainsSeen = new ArrayList<>();
		UiTesting.waitUntil(() -> {
			if (run.getState() != Job.NONE) {
				seenWhileRunning.add(data.getSeries(0).getItemCount() + data.getSeries(1).getItemCount());
				drainsSeen.add(curves.drains());
			}
			return run.getState() == Job.NONE && run.getResult() != null;
		}, "the stream run");
		assertEquals(IStatus.OK, run.getResult().getSeverity(), run.getResult().getMessage());
		UiTesting.waitUntil(() -> page.finalTable().getItemCount() == 2, "the final table");

		int total = 2 * rows / every;
		assertEquals(rows / every, data.getSeries(0).getItemCount());
		assertEquals(rows / every, data.getSeries(1).getItemCount());
		// the curves grew while the job ran: the chart held partial curves, more and more of them
		List<Integer> partial = seenWhileRunning.stream().filter(n -> n > 0 && n < total).toList();
		assertTrue(partial.size() >= 2, "partial curves seen during the run: " + seenWhileRunning);

		// a drift soon after the planted flip; every drift marked in its own learner's colour
		List<Long> drifts = curves.drifts("tree");
		assertTrue(drifts.stream().anyMatch(d -> d > rows / 2 && d <= rows / 2 + 5000),
				"DDM fires after the flip at " + rows / 2 + ": " + drifts);
		@SuppressWarnings("unchecked")
		java.util.Collection<Marker> markers = curves.chart().getXYPlot()
				.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
		assertNotNull(markers);
		for (int s = 0; s < 2; s++) {
			java.awt.Paint colour = curves.colour(s);
			for (long d : curves.drifts((String) data.getSeriesKey(s))) {
				assertTrue(markers.stream().anyMatch(m -> ((org.jfree.chart.plot.ValueMarker) m).getValue() == d
						&& colour.equals(m.getPaint())), "a marker at " + d + " in the colour of series " + s);
			}
		}
		assertFalse(curves.colour(0).equals(curves.colour(1)), "one colour per learner");

		// another metric redraws every point
		curves.showMetric("kappa");
		assertEquals(rows / every, data.getSeries(0).getItemCount());

		Table table = page.finalTable();
		assertEquals("tree", table.getItem(0).getText(0));
		assertEquals("bayes", table.getItem(1).getText(0));
		assertEquals(Integer.toString(rows), table.getItem(0).getText(1));
		assertTrue(table.getItem(0).getText(2).matches("0\\.\\d{4}"), table.getItem(0).getText(2));
		assertTrue(page.runButton().isEnabled());
		assertTrue(ExperimentRun.resultsFolder(file).getFile("results.json").exists());
		assertTrue(ExperimentRun.resultsFolder(file).getFile("curves.csv").exists());
	}
}
