package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.ui.experiments.ExperimentEditor;
import io.streamwise.ui.wizards.StarterExperiment;

/**
 * The experiment editor driven through its widgets: Undo follows the active one of two experiment editors (issue 12,
 * the editor still bound Undo the old way), and its text fields have borders and show what they hold at the default
 * window size (bug 5).
 */
class ExperimentEditorWidgetsTest {

	@BeforeEach
	void activateTheWindow() {
		UiTesting.page().getWorkbenchWindow().getShell().forceActive();
	}

	@AfterEach
	void closeEditors() {
		UiTesting.page().closeAllEditors(false);
	}

	private static final List<String> METRICS = List.of("recall@5", "recall@10", "recall@20", "ndcg@10", "ndcg@20",
			"precision@10", "map@10", "mrr@10", "auc", "logloss");

	/** A long value of pop's counted events, as a researcher weighting many event types writes it. */
	private static final String COUNTED = "purchase:3,cart:2,click:1,rate:1,view:0.5,share:2,comment:1,follow:1,"
			+ "gift:4,like:0.5";

	private static ExperimentEditor open(IProject project, String name) throws Exception {
		ExperimentSpec spec = new ExperimentSpec(name, "Demo: built-ins on simulated live commerce", 1,
				StarterExperiment.simulated("small"),
				new ProtocolSpec(ProtocolKind.TEMPORAL, 0.8, 1, Map.of("relevant", "purchase")),
				List.of(new AlgorithmSpec("pop", "pop", Map.of("countedEvents", COUNTED))), METRICS);
		IFile file = project.getFile(name + ".experiment");
		ExperimentFiles.write(spec, file.getLocation().toFile().toPath());
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		return ExperimentEditors.open(file);
	}

	@Test
	void undoInOneOfTwoExperimentEditorsUndoesItsOwnEditOnly() throws Exception {
		IProject project = UiTesting.newProject("experiment-two-editors");
		ExperimentEditor first = open(project, "first");
		ExperimentEditor second = open(project, "second");

		ExperimentEditors.typeAtEnd(first, ExperimentEditors.field(first, "Name:"), "A");
		ExperimentEditors.typeAtEnd(second, ExperimentEditors.field(second, "Name:"), "B");
		String name = "Demo: built-ins on simulated live commerce";
		assertEquals(name + "A", first.experiment().getName());
		assertEquals(name + "B", second.experiment().getName());

		// Edit > Undo with the first editor active undoes the first editor's edit
		UiTesting.page().activate(first); // as a click on its tab does
		UiInput.focus(ExperimentEditors.field(first, "Id:"));
		UiInput.await(() -> UiTesting.page().getActiveEditor() == first, "the first editor active");
		UiInput.menu("Edit", "Undo");
		UiInput.await(() -> name.equals(first.experiment().getName()), "the first editor's edit undone");
		assertEquals(name + "B", second.experiment().getName(), "Undo in the first editor changed the second");
		assertFalse(first.isDirty());
		assertTrue(second.isDirty());

		UiTesting.page().activate(second); // as a click on its tab does
		UiInput.focus(ExperimentEditors.field(second, "Id:"));
		UiInput.await(() -> UiTesting.page().getActiveEditor() == second, "the second editor active");
		UiInput.menu("Edit", "Undo");
		UiInput.await(() -> name.equals(second.experiment().getName()), "the second editor's edit undone");
		assertFalse(second.isDirty());
		assertEquals(name, first.experiment().getName());
	}

	@Test
	void textFieldsHaveBordersAndTheMetricsFieldShowsAllItHolds() throws Exception {
		IProject project = UiTesting.newProject("experiment-fields");
		ExperimentEditor editor = open(project, "fields");
		for (String label : List.of("Id:", "Name:", "Seed:", "Train ratio:", "Metrics:")) {
			Text text = ExperimentEditors.field(editor, label);
			assertTrue((text.getStyle() & SWT.BORDER) != 0, label + " looks like a label: it has no border");
		}
		Text metrics = ExperimentEditors.field(editor, "Metrics:");
		assertEquals(String.join(", ", METRICS), metrics.getText());
		// all of it is visible: a one-line field as wide as its text, a wrapping one as tall as its lines
		Rectangle bounds = metrics.getBounds();
		if ((metrics.getStyle() & SWT.WRAP) != 0) {
			int needed = metrics.computeSize(bounds.width, SWT.DEFAULT).y;
			assertTrue(bounds.height >= needed, "the metrics field is " + bounds.height + " px high, its text needs "
					+ needed + " (width " + bounds.width + ")");
		} else {
			int needed = metrics.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
			assertTrue(bounds.width >= needed,
					"the metrics field is " + bounds.width + " px wide, its text needs " + needed);
		}
		// and it lies inside the editor's page at the window's default size, not beyond its right edge
		Composite page = (Composite) editor.getActivePageInstance().getPartControl();
		Rectangle inPage = Display.getCurrent().map(metrics.getParent(), page, bounds);
		Rectangle area = page.getClientArea();
		assertTrue(inPage.x >= 0 && inPage.x + inPage.width <= area.width,
				"the metrics field " + inPage + " runs outside the page " + area);
	}

	@Test
	void theSettingsFormStaysInsideTheEditorAtTheDefaultSize() throws Exception {
		IProject project = UiTesting.newProject("experiment-settings-form");
		ExperimentEditor editor = open(project, "settings");
		editor.setActivePage("algorithms");
		UiTesting.processEvents();
		Text counted = ExperimentEditors.field(editor, "Counted events:");
		assertEquals(COUNTED, counted.getText());
		assertTrue((counted.getStyle() & SWT.BORDER) != 0, "the settings field looks like a label: no border");
		Composite page = (Composite) editor.getActivePageInstance().getPartControl();
		Rectangle inPage = Display.getCurrent().map(counted.getParent(), page, counted.getBounds());
		Rectangle area = page.getClientArea();
		assertTrue(inPage.x >= 0 && inPage.x + inPage.width <= area.width,
				"the settings field " + inPage + " runs outside the page " + area);
	}
}
