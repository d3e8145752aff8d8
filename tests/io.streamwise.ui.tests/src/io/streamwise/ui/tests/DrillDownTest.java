package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ide.IDE;
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
import io.streamwise.ui.experiments.ExperimentRun;
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
}
