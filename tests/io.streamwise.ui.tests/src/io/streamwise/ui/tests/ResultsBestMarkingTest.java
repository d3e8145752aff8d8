package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.streamwise.ui.experiments.results.ResultsEditor;

/** The results editor marks the best value of each metric in bold, in the direction of the metric vocabulary. */
class ResultsBestMarkingTest {

	/**
	 * Final metrics of two learners as {@code streamwise prequential} wrote them before the results schema (no
	 * {@code format}, log loss spelt {@code log_loss}); numbers from a run on the electricity stream.
	 */
	private static final String PREQUENTIAL = """
			{"command": "prequential", "data": {"file": "elec2000.arff", "instances": 1999},
			 "settings": {"evaluation": "basic", "seed": 1},
			 "learners": [
			  {"learner": "trees.HoeffdingTree",
			   "metrics": {"instances": 1999.0, "accuracy": 0.8959, "kappa": 0.7861, "kappa_temporal": 0.2571,
			               "kappa_m": 0.7357, "precision": 0.9425, "recall": 0.8816, "f1": 0.9110, "auc": 0.9605,
			               "log_loss": 0.8669, "brier": 0.0899},
			   "drifts": [256], "curve": []},
			  {"learner": "bayes.NaiveBayes",
			   "metrics": {"instances": 1999.0, "accuracy": 0.8089, "kappa": 0.5951, "kappa_temporal": -0.3643,
			               "kappa_m": 0.5146, "precision": 0.9076, "recall": 0.7918, "f1": 0.8457, "auc": 0.7405,
			               "log_loss": 0.7821, "brier": 0.1427},
			   "drifts": [1200], "curve": []}]}
			""";

	@AfterEach
	void closeEditors() {
		UiTesting.page().closeAllEditors(false);
	}

	@Test
	void theLowerLogLossOfAStreamRunIsMarkedBest() throws Exception {
		IProject project = UiTesting.newProject("best-marking");
		Table table = open(project, "results.json", PREQUENTIAL).table().getTable();
		int logLoss = column(table, "log loss");
		assertEquals("bayes.NaiveBayes", bold(table, logLoss), "the lower log loss is the better one");
		assertEquals("trees.HoeffdingTree", bold(table, column(table, "accuracy")), "the higher accuracy is better");
		assertEquals("trees.HoeffdingTree", bold(table, column(table, "brier")), "the lower Brier score is better");
	}

	@Test
	void aFileWithAnUnknownMetricIsRefusedNamingTheMetricAndTheFile() throws Exception {
		IProject project = UiTesting.newProject("unknown-metric");
		ResultsEditor editor = open(project, "odd.json", PREQUENTIAL.replace("\"brier\"", "\"briar\""));
		assertEquals(null, editor.results(), "no guess at the direction of an unknown metric");
		String shown = editor.problem();
		assertTrue(shown.contains("briar") && shown.contains("odd.json"), shown);
	}

	private static ResultsEditor open(IProject project, String name, String content) throws Exception {
		IFile json = project.getFile(name);
		json.create(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), true,
				new NullProgressMonitor());
		return (ResultsEditor) IDE.openEditor(UiTesting.page(), json, ResultsEditor.ID);
	}

	/** The column whose header, without '_' and case, is the given name without spaces. */
	private static int column(Table table, String name) {
		List<String> headers = new ArrayList<>();
		for (int c = 0; c < table.getColumnCount(); c++) {
			String header = table.getColumn(c).getText();
			headers.add(header);
			if (header.replace("_", "").replace(" ", "").equalsIgnoreCase(name.replace(" ", ""))) {
				return c;
			}
		}
		throw new AssertionError("no column " + name + " in " + headers);
	}

	/** The algorithm whose cell of the column is in bold; fails unless exactly one is. */
	private static String bold(Table table, int column) {
		List<String> bold = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			Font font = table.getItem(i).getFont(column);
			if ((font.getFontData()[0].getStyle() & SWT.BOLD) != 0) {
				bold.add(table.getItem(i).getText(0));
			}
		}
		assertEquals(1, bold.size(), "one best cell in column " + table.getColumn(column).getText() + ": " + bold);
		assertNotEquals("", bold.get(0));
		return bold.get(0);
	}
}
