package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
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
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.ide.IDE;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.io.IdPolicy;
import io.streamwise.core.io.KeyStore;
import io.streamwise.core.io.PseudonymKey;
import io.streamwise.ui.StartupOptions;
import io.streamwise.ui.experiments.ExperimentRun;
import io.streamwise.ui.experiments.charts.ChartCanvas;
import io.streamwise.ui.experiments.results.DrillDownView;
import io.streamwise.ui.experiments.results.ResultsEditor;

/**
 * Issue 14, drill-down: choosing a mean of the Results editor's summary table (double-click, or click and Return)
 * shows the per-viewer values behind it, one box per algorithm; choosing a viewer shows their training history and
 * each algorithm's top-K with the hits marked. Driven by posted clicks and keys on the real widgets, on a planted train/test pair whose viewer
 * ids are pseudonymised with the project's key.
 */
class DrillDownTest {

	@AfterEach
	void closeEditors() {
		UiTesting.page().closeAllEditors(false);
	}

	/**
	 * Training: alice buys i1, clicks i2, buys i2; bob buys i1 and i3; carol buys i1; dave clicks i4. Test: alice buys
	 * i3, bob i2, carol i5, dave i1. Most popular (distinct viewers, any event) ranks i1 (3 viewers), then i2, i3, i4
	 * (one each, by index), then i5; bought items are no candidates. So pop's top 3: alice i3 ✓ i4 i5; bob i2 ✓ i4
	 * i5; carol i2 i3 i4 (a miss); dave i1 ✓ i2 i3 — hit@3 is 1, 1, 0, 1 over four evaluated viewers.
	 */
	private static IFile plantedResults(IProject project) throws Exception {
		Path dir = project.getLocation().toFile().toPath();
		Files.writeString(dir.resolve("train.csv"), """
				viewer,item,type,timestamp
				alice,i1,purchase,1700000000
				alice,i2,click,1700000100
				alice,i2,purchase,1700000200
				bob,i1,purchase,1700000300
				bob,i3,purchase,1700000400
				carol,i1,purchase,1700000500
				dave,i4,click,1700000600
				""");
		Files.writeString(dir.resolve("test.csv"), """
				viewer,item,type,timestamp
				alice,i3,purchase,1700100000
				bob,i2,purchase,1700100100
				carol,i5,purchase,1700100200
				dave,i1,purchase,1700100300
				""");
		ExperimentSpec spec = new ExperimentSpec("planted", "Planted", 3,
				new DatasetSpec(DatasetKind.TRAIN_TEST, "train.csv", "test.csv", Map.of()),
				new ProtocolSpec(ProtocolKind.GIVEN, 0.8, 1, Map.of("relevant", "purchase")),
				List.of(new AlgorithmSpec("pop", "pop", Map.of()), new AlgorithmSpec("random", "random", Map.of())),
				List.of("hit@3", "ndcg@3"));
		ExperimentFiles.write(spec, dir.resolve("planted.experiment"));
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		IFile[] results = new IFile[1];
		Job run = ExperimentRun.schedule(spec, project.getFile("planted.experiment"), json -> results[0] = json);
		UiTesting.waitFor(run);
		assertEquals(IStatus.OK, run.getResult().getSeverity(), run.getResult().getMessage());
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		return results[0];
	}

	private static String pseudonym(IProject project, String raw) throws Exception {
		return IdPolicy.pseudonymised(PseudonymKey.loadOrCreate(
				project.getLocation().toFile().toPath().resolve(KeyStore.PROJECT_KEY))).viewerId(raw);
	}

	/**
	 * Chooses a table cell as a person does with the keyboard after the mouse: a posted click on the cell, then a
	 * posted Return, the table's default selection (a double-click is the same; GTK under Xvfb made no double-click
	 * from posted presses, though both arrived).
	 */
	private static void clickAndReturn(Table table, TableItem item, int column) {
		table.showItem(item);
		UiTesting.processEvents();
		Rectangle cell = item.getBounds(column);
		UiInput.click(table, cell.x + cell.width / 2, cell.y + cell.height / 2);
		UiInput.await(() -> table.isFocusControl() && table.getSelectionCount() == 1
				&& table.getSelection()[0] == item, "the clicked row selected");
		UiInput.keyStroke('\r', 0);
	}

	private static int column(Table table, String header) {
		for (int c = 0; c < table.getColumnCount(); c++) {
			if (table.getColumn(c).getText().equals(header)) {
				return c;
			}
		}
		throw new AssertionError("no column " + header);
	}

	private static TableItem row(Table table, int column, String text) {
		for (TableItem item : table.getItems()) {
			if (item.getText(column).equals(text)) {
				return item;
			}
		}
		throw new AssertionError("no row with " + text);
	}

	private static DrillDownView awaitView(String metric) {
		UiTesting.waitUntil(() -> UiTesting.page().findView(DrillDownView.ID) instanceof DrillDownView v
				&& metric.equals(v.metric()) && v.boxPlot() != null, "the drill-down of " + metric);
		return (DrillDownView) UiTesting.page().findView(DrillDownView.ID);
	}

	@Test
	void choosingACellShowsOneBoxPerAlgorithmThenAViewersHistoryAndHits() throws Exception {
		IProject project = UiTesting.newProject("drill-down");
		ResultsEditor editor = (ResultsEditor) IDE.openEditor(UiTesting.page(), plantedResults(project),
				ResultsEditor.ID);
		Table summary = editor.table().getTable();
		clickAndReturn(summary, row(summary, 0, "pop"), column(summary, "hit@3"));

		DrillDownView view = awaitView("hit@3");
		CategoryPlot box = view.boxPlot().chart().getCategoryPlot();
		assertEquals(List.of("pop (n=4)", "random (n=4)"), box.getDataset().getColumnKeys(),
				"one box per algorithm, each over the four evaluated viewers");
		Table units = view.units();
		assertEquals(4, units.getItemCount());
		int pop = column(units, "pop");
		List<String> popValues = new ArrayList<>();
		for (TableItem item : units.getItems()) {
			popValues.add(item.getText(pop));
		}
		assertEquals(List.of("0.0000", "1.0000", "1.0000", "1.0000"), popValues, "pop's misses first");
		String carol = pseudonym(project, "carol"), alice = pseudonym(project, "alice");
		assertEquals(carol, units.getItem(0).getText(0), "the viewer ids are the project key's pseudonyms");

		clickAndReturn(units, row(units, 0, alice), 0);
		UiTesting.waitUntil(() -> view.viewerJob() != null, "the viewer page's job");
		Job job = view.viewerJob();
		UiTesting.waitFor(job);
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
		UiTesting.waitUntil(() -> view.history().getItemCount() > 0, "the viewer page");
		List<String> history = new ArrayList<>();
		for (TableItem item : view.history().getItems()) {
			history.add(item.getText(0) + " " + item.getText(1) + " " + item.getText(2));
		}
		assertEquals(List.of("2023-11-14T22:13:20Z purchase i1", "2023-11-14T22:15:00Z click i2",
				"2023-11-14T22:16:40Z purchase i2"), history, "alice's planted training events, test events apart");
		Table topK = view.topK();
		int popList = column(topK, "pop");
		assertEquals(List.of("i3 ✓", "i4", "i5"), List.of(topK.getItem(0).getText(popList),
				topK.getItem(1).getText(popList), topK.getItem(2).getText(popList)));
		assertEquals(topK.getDisplay().getSystemColor(SWT.COLOR_GREEN), topK.getItem(0).getBackground(popList),
				"the hit is marked");
		assertEquals(topK.getBackground(), topK.getItem(1).getBackground(popList));
		assertEquals(0, view.interests().getItemCount(), "imported data has no ground truth");
	}

	/**
	 * per_unit.csv is read by a job, not on the UI thread: with the job manager held, choosing a mean shows that the
	 * file is being read and nothing else; cancelling the job (what the Progress view's Cancel does) says so, and
	 * choosing the mean again reads it.
	 */
	@Test
	void theValuesAreReadByACancellableJobAndTheUiFollows() throws Exception {
		IProject project = UiTesting.newProject("drill-down-job");
		ResultsEditor editor = (ResultsEditor) IDE.openEditor(UiTesting.page(), plantedResults(project),
				ResultsEditor.ID);
		Table summary = editor.table().getTable();
		IJobManager jobs = Job.getJobManager();
		jobs.suspend();
		DrillDownView view;
		Job reading;
		try {
			clickAndReturn(summary, row(summary, 0, "pop"), column(summary, "hit@3"));
			UiTesting.waitUntil(() -> UiTesting.page().findView(DrillDownView.ID) instanceof DrillDownView v
					&& v.distributionJob() != null, "the drill-down's reading job");
			view = (DrillDownView) UiTesting.page().findView(DrillDownView.ID);
			reading = view.distributionJob();
			UiTesting.processEvents();
			assertEquals(Job.WAITING, reading.getState(), "held by the job manager, not run on the UI thread");
			assertTrue(view.distributionHeader().getText().startsWith("Reading "), view.distributionHeader()
					.getText());
			assertNull(view.units(), "no values before the job has read them");
			reading.cancel();
			UiTesting.waitUntil(() -> view.distributionHeader().getText().startsWith("Cancelled reading"),
					"the view to say the reading was cancelled");
		} finally {
			jobs.resume();
		}
		assertNull(view.units());
		clickAndReturn(summary, row(summary, 0, "pop"), column(summary, "hit@3"));
		assertNotSame(reading, view.distributionJob(), "a new job");
		awaitView("hit@3");
		assertEquals(4, view.units().getItemCount());
	}

	/**
	 * A double-click on a bar of a metric's chart opens the per-unit values behind it. GTK makes a double-click only
	 * of two presses the X server delivers close together, which events posted through SWT did not give under Xvfb:
	 * xdotool clicks twice through the X test extension, as a person's mouse does.
	 */
	@Test
	void doubleClickingABarOfAChartOpensItsPerUnitValues() throws Exception {
		IProject project = UiTesting.newProject("drill-down-bar");
		ResultsEditor editor = (ResultsEditor) IDE.openEditor(UiTesting.page(), plantedResults(project),
				ResultsEditor.ID);
		UiTesting.page().setPartState(UiTesting.page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		UiTesting.processEvents();
		// the second metric's chart, so that the view's metric shows the bar chosen, not the first
		ChartCanvas[] canvas = new ChartCanvas[1];
		Point[] bar = new Point[1];
		UiTesting.waitUntil(() -> {
			for (ChartCanvas c : editor.charts()) {
				FormToolkit.ensureVisible(c);
				Point size = c.getSize();
				for (int x = 0; x < size.x; x += 3) {
					for (int y = 0; y < size.y; y += 3) {
						for (ChartEntity e : c.entitiesAt(x, y)) {
							if (e instanceof CategoryItemEntity item && item.getRowKey().equals("ndcg@3")
									&& item.getColumnKey().equals("random") && e.getArea().getBounds().height > 6) {
								canvas[0] = c;
								bar[0] = new Point((int) e.getArea().getBounds().getCenterX(), (int) e.getArea()
										.getBounds().getCenterY());
								return true;
							}
						}
					}
				}
			}
			return false;
		}, "random's ndcg@3 bar drawn");
		FormToolkit.ensureVisible(canvas[0]);
		UiTesting.processEvents();
		assertTrue(UiTesting.page().findView(DrillDownView.ID) == null
				|| !"ndcg@3".equals(((DrillDownView) UiTesting.page().findView(DrillDownView.ID)).metric()));
		Point at = canvas[0].getDisplay().map(canvas[0], null, bar[0].x, bar[0].y);
		xdotool("mousemove", "--sync", Integer.toString(at.x), Integer.toString(at.y), "click", "--repeat", "2",
				"--delay", "60", "1");
		DrillDownView view = awaitView("ndcg@3");
		Table units = view.units();
		int random = column(units, "random");
		List<Double> sorted = new ArrayList<>();
		for (TableItem item : units.getItems()) {
			sorted.add(Double.parseDouble(item.getText(random)));
		}
		assertEquals(sorted.stream().sorted().toList(), sorted, "sorted by the bar's algorithm, random: " + sorted);
		UiTesting.page().setPartState(UiTesting.page().getReference(editor), IWorkbenchPage.STATE_RESTORED);
	}

	/** Runs xdotool on the display of the tests (xvfb-run's) and waits for it. */
	private static void xdotool(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("xdotool"));
		command.addAll(List.of(args));
		Process p;
		try {
			p = new ProcessBuilder(command).redirectErrorStream(true).start();
		} catch (java.io.IOException e) {
			throw new AssertionError("xdotool is needed to double-click through the X server (apt-get install"
					+ " xdotool): " + e.getMessage(), e);
		}
		String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertEquals(0, p.waitFor(), "xdotool " + String.join(" ", args) + ": " + output);
	}

	/**
	 * gui --drill-down METRIC,ALGORITHM,first: the distribution behind the mean, then the first row's page, as the
	 * double-clicks do; a mean the results do not have is refused (logged) and changes nothing.
	 */
	@Test
	void theStartupOptionOpensTheDistributionAndTheFirstViewersPage() throws Exception {
		IProject project = UiTesting.newProject("drill-down-startup");
		IDE.openEditor(UiTesting.page(), plantedResults(project), ResultsEditor.ID);
		StartupOptions.apply(UiTesting.page(), new String[] { "--drill-down", "hit@3,pop,first" });
		DrillDownView view = awaitView("hit@3");
		UiTesting.waitUntil(() -> view.viewerJob() != null, "the first viewer's page");
		UiTesting.waitFor(view.viewerJob());
		UiTesting.waitUntil(() -> view.history().getItemCount() > 0, "the viewer page");
		assertEquals(pseudonym(project, "carol"), view.units().getItem(0).getText(0), "pop's miss first");
		assertEquals("purchase i1", view.history().getItem(0).getText(1) + " " + view.history().getItem(0).getText(
				2), "carol's one training event");
		assertEquals("Viewer", view.tabs().getSelection().getText());

		StartupOptions.apply(UiTesting.page(), new String[] { "--drill-down", "hit@7,pop", "--drill-down", "hit@3" });
		UiTesting.processEvents();
		assertEquals("hit@3", view.metric(), "refused: the view keeps what it showed");
	}

	/**
	 * Five viewers in stream s1, predicted 10 minutes after they join (the core's SessionDrillDownTest computes the
	 * same by hand): v1 clicks once and buys in minute 20, v2 leaves, v3 clicks x and y and buys in minute 30, v4
	 * clicks once and leaves, v5 clicks three times and leaves. The temporal split at 0.4 trains on v1 and v2, so the
	 * base rate predicts (1 + 1) / (2 + 2) = 0.5 for v3, v4 and v5: right for v3 only.
	 */
	private static IFile sessionResults(IProject project) throws Exception {
		Path dir = project.getLocation().toFile().toPath();
		long t0 = 1_772_395_200L;
		StringBuilder csv = new StringBuilder("viewer,stream,item,type,timestamp,value\n");
		Object[][] events = { { "v1", "", "join", 0 }, { "v1", "x", "click", 60 }, { "v1", "x", "purchase", 1200 },
				{ "v2", "", "join", 10 }, { "v2", "", "leave", 1500 }, { "v3", "", "join", 20 },
				{ "v3", "x", "click", 80 }, { "v3", "y", "click", 140 }, { "v3", "y", "purchase", 1800 },
				{ "v4", "", "join", 30 }, { "v4", "x", "click", 90 }, { "v4", "", "leave", 2100 },
				{ "v5", "", "join", 40 }, { "v5", "x", "click", 100 }, { "v5", "y", "click", 160 },
				{ "v5", "z", "click", 220 }, { "v5", "", "leave", 2400 } };
		for (Object[] e : events) {
			csv.append(e[0]).append(",s1,").append(e[1]).append(',').append(e[2]).append(',')
					.append(t0 + (Integer) e[3]).append(e[2].equals("purchase") ? ",10\n" : ",\n");
		}
		Files.writeString(dir.resolve("events.csv"), csv);
		ExperimentSpec spec = new ExperimentSpec("sessions", "Sessions", 7,
				new DatasetSpec(DatasetKind.CSV, "events.csv", null, Map.of()),
				new ProtocolSpec(ProtocolKind.TEMPORAL, 0.4, 1, Map.of()),
				List.of(new AlgorithmSpec("base-rate", "base-rate", Map.of())), List.of("accuracy", "logloss"));
		ExperimentFiles.write(spec, dir.resolve("sessions.experiment"));
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		IFile[] results = new IFile[1];
		Job run = ExperimentRun.schedule(spec, project.getFile("sessions.experiment"), json -> results[0] = json);
		UiTesting.waitFor(run);
		assertEquals(IStatus.OK, run.getResult().getSeverity(), run.getResult().getMessage());
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		return results[0];
	}

	@Test
	void aConversionModelsSessionRowOpensItsPageWithFeaturesAndPredictions() throws Exception {
		IProject project = UiTesting.newProject("drill-down-sessions");
		ResultsEditor editor = (ResultsEditor) IDE.openEditor(UiTesting.page(), sessionResults(project),
				ResultsEditor.ID);
		Table summary = editor.table().getTable();
		clickAndReturn(summary, row(summary, 0, "base-rate"), column(summary, "accuracy"));
		DrillDownView view = awaitView("accuracy");
		Table units = view.units();
		assertEquals(3, units.getItemCount(), "v3, v4 and v5 are tested");
		int rate = column(units, "base-rate");
		assertEquals(List.of("0.0000", "0.0000", "1.0000"), List.of(units.getItem(0).getText(rate), units.getItem(1)
				.getText(rate), units.getItem(2).getText(rate)), "v4 and v5 wrong, v3 right");

		clickAndReturn(units, units.getItem(2), 0);
		UiTesting.waitUntil(() -> view.sessionJob() != null, "the session page's job");
		Job job = view.sessionJob();
		UiTesting.waitFor(job);
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
		UiTesting.waitUntil(() -> view.predictions().getItemCount() > 0, "the session page");
		assertEquals("Session", view.tabs().getSelection().getText());
		Map<String, String> features = new java.util.LinkedHashMap<>();
		for (TableItem item : view.features().getItems()) {
			features.put(item.getText(0), item.getText(1));
		}
		assertEquals("2", features.get("clicks"), features.toString());
		assertEquals("2", features.get("distinct_items_clicked"));
		assertEquals("2", features.get("minutes_present"));
		assertEquals("20", features.get("hour_of_day"));
		TableItem prediction = view.predictions().getItem(0);
		assertEquals(List.of("base-rate", "0.5000", "yes", "0.50 of 2"), List.of(prediction.getText(0), prediction
				.getText(1), prediction.getText(2), prediction.getText(3)), "a tie with both non-buyers: one half");
	}
}
