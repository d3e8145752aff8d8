package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ide.IDE;
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

	private static IFile experiment(IProject project, String name, String engineAttributes, String algorithms)
			throws Exception {
		IFile file = project.getFile(name + ".experiment");
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<experiment:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:experiment="http://streamwise.io/model/experiment/1.0" id="%s" name="engine" seed="3" %s>
				  <dataset kind="SIMULATOR"><options key="preset" value="small"/></dataset>
				  <protocol kind="RANDOM" trainRatio="0.8" folds="3"/>
				  %s
				  <metrics>recall@10</metrics>
				</experiment:Experiment>
				""".formatted(name, engineAttributes, algorithms);
		file.create(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), true,
				new NullProgressMonitor());
		return file;
	}

	private static ExperimentEditor open(IFile file) throws Exception {
		ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(UiTesting.page(), file);
		UiTesting.processEvents();
		return editor;
	}

	private static Text field(ExperimentEditor editor, String label) {
		return UiInput.field((Composite) editor.getActivePageInstance().getPartControl(), label);
	}

	private static void typeInto(ExperimentEditor editor, Text field, String typed) {
		UiTesting.page().activate(editor);
		UiInput.focus(field);
		field.setSelection(field.getText().length());
		String before = field.getText();
		UiInput.type(typed);
		UiInput.await(() -> field.getText().equals(before + typed), "the typed text");
	}

	@Test
	void theEngineAndParallelismAreTypedIntoTheEditorAndUndone() throws Exception {
		IProject project = UiTesting.newProject("experiment-engine-fields");
		ExperimentEditor editor = open(experiment(project, "fields", "", "<algorithms algorithmId=\"pop\"/>"));
		Text engine = field(editor, "Engine:"), parallelism = field(editor, "Parallelism:");
		assertEquals("", engine.getText(), "no engine in the file: the field is empty");
		assertEquals("", parallelism.getText());

		typeInto(editor, engine, "spark");
		assertNull(editor.experiment().getEngine(), "an engine the run would refuse stays out of the model");
		assertFalse(editor.isDirty());
		UiInput.replaceText(engine, "flink-local");
		UiInput.await(() -> "flink-local".equals(editor.experiment().getEngine()), "the engine in the model");
		typeInto(editor, parallelism, "x");
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
