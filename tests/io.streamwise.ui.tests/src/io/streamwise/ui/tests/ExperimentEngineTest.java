package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.streamwise.ui.experiments.ExperimentEditor;

/**
 * The experiment's engine in the workbench: the editor edits the file's {@code engine} and {@code parallelism} with
 * typed keys (undoable).
 */
class ExperimentEngineTest {

	@BeforeEach
	void activateTheWindow() {
		UiTesting.page().getWorkbenchWindow().getShell().forceActive();
	}

	@AfterEach
	void closeEditors() {
		UiTesting.page().closeAllEditors(false);
	}

	@Test
	void theEngineAndParallelismAreTypedIntoTheEditorAndUndone() throws Exception {
		IProject project = UiTesting.newProject("experiment-engine-fields");
		ExperimentEditor editor = ExperimentEditors.open(ExperimentEditors.write(project, "fields", "",
				"<protocol kind=\"RANDOM\" trainRatio=\"0.8\" folds=\"3\"/><algorithms algorithmId=\"pop\"/>"
						+ "<metrics>recall@10</metrics>"));
		Text engine = ExperimentEditors.field(editor, "Engine:"),
				parallelism = ExperimentEditors.field(editor, "Parallelism:");
		assertEquals("", engine.getText(), "no engine in the file: the field is empty");
		assertEquals("", parallelism.getText());

		ExperimentEditors.typeAtEnd(editor, engine, "spark");
		assertNull(editor.experiment().getEngine(), "an engine the run would refuse stays out of the model");
		assertFalse(editor.isDirty());
		UiInput.replaceText(engine, "flink-local");
		UiInput.await(() -> "flink-local".equals(editor.experiment().getEngine()), "the engine in the model");
		ExperimentEditors.typeAtEnd(editor, parallelism, "x");
		assertEquals(0, editor.experiment().getParallelism(), "not a number: the model keeps its value");
		UiInput.replaceText(parallelism, "2");
		UiInput.await(() -> editor.experiment().getParallelism() == 2, "the parallelism in the model");
		assertTrue(editor.isDirty());

		UiInput.menu("Edit", "Undo");
		UiInput.await(() -> editor.experiment().getParallelism() == 0, "the parallelism undone");
		UiInput.await(() -> parallelism.getText().isEmpty(), "the field showing the undone parallelism");
		UiInput.menu("Edit", "Undo");
		UiInput.await(() -> editor.experiment().getEngine() == null, "the engine undone");
		UiInput.await(() -> engine.getText().isEmpty(), "the field showing the undone engine");
		assertFalse(editor.isDirty(), "undoing both edits leaves nothing to save");

		// saved, the attributes are in the file the command line runs
		UiInput.replaceText(engine, "flink-local");
		UiInput.replaceText(parallelism, "2");
		UiInput.await(() -> editor.experiment().getParallelism() == 2, "the parallelism typed again");
		editor.doSave(new NullProgressMonitor());
		String saved = Files.readString(editor.file().getLocation().toFile().toPath());
		assertTrue(saved.contains("engine=\"flink-local\"") && saved.contains("parallelism=\"2\""), saved);
	}
}
