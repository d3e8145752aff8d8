package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.streamwise.ui.ExternalFiles;
import io.streamwise.ui.experiments.results.ResultsEditor;

/**
 * Issue 12 bug 6: a results.json outside the workspace opens in the results editor (File > Open File and gui --open
 * go through ExternalFiles), and the File menu offers Open File and Switch Workspace.
 */
class OpenFilesTest {

	@AfterEach
	void closeEditors() {
		UiTesting.page().closeAllEditors(false);
	}

	@Test
	void aResultsFileOutsideTheWorkspaceOpensInTheResultsEditorAndFollowsItsFile() throws Exception {
		Path folder = Files.createTempDirectory("outside-workspace").resolve("run.results");
		Files.createDirectories(folder);
		Path json = folder.resolve("results.json");
		Files.writeString(json, """
				{"command": "prequential", "data": {"file": "elec.arff", "instances": 10},
				 "settings": {"evaluation": "basic", "seed": 1},
				 "learners": [{"learner": "bayes.NaiveBayes", "metrics": {"accuracy": 0.75}, "drifts": [],
				               "curve": []}]}
				""");
		IEditorPart editor = ExternalFiles.open(UiTesting.page(), json);
		ResultsEditor results = assertInstanceOf(ResultsEditor.class, editor);
		assertEquals("0.7500", results.table().getTable().getItem(0).getText(1));
		IFile file = ((IFileEditorInput) results.getEditorInput()).getFile();
		assertEquals(json, file.getLocation().toFile().toPath(), "the file itself, not a copy");
		assertEquals(ExternalFiles.PROJECT, file.getProject().getName());
		assertEquals("run results", results.getPartName());

		// opening it again finds the same link
		assertEquals(file, ExternalFiles.link(json));
	}

	@Test
	void theFileMenuOffersOpenFileAndSwitchWorkspace() {
		Menu bar = UiTesting.page().getWorkbenchWindow().getShell().getMenuBar();
		List<String> file = new ArrayList<>();
		for (MenuItem top : bar.getItems()) {
			if (top.getText().replace("&", "").equals("File")) {
				file.addAll(UiInput.labels(top.getMenu()));
			}
		}
		assertTrue(file.stream().anyMatch(l -> l.startsWith("Open File...")), file.toString());
		assertTrue(file.stream().anyMatch(l -> l.startsWith("Switch Workspace...")), file.toString());
		assertEquals(1, file.stream().filter(l -> l.startsWith("Open File")).count(), "one Open File: " + file);
	}
}
