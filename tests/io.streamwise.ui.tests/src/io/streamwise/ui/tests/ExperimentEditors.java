package io.streamwise.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import io.streamwise.ui.experiments.ExperimentEditor;

/** Experiment files written for a test, opened in the experiment editor, and its fields typed into as a user does. */
final class ExperimentEditors {

	private ExperimentEditors() {
	}

	/**
	 * Writes {@code <name>.experiment} (id name, seed 3, the simulator's small preset) into the project.
	 *
	 * @param attributes more attributes of the experiment element ({@code engine="flink-local"}), or ""
	 * @param body       the protocol, algorithms and metrics elements
	 */
	static IFile write(IProject project, String name, String attributes, String body) throws CoreException {
		return write(project, name, "small", attributes, body);
	}

	/** Like {@link #write(IProject, String, String, String)} on the simulator's preset small, default or large. */
	static IFile write(IProject project, String name, String preset, String attributes, String body)
			throws CoreException {
		IFile file = project.getFile(name + ".experiment");
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<experiment:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:experiment="http://streamwise.io/model/experiment/1.0" id="%s" name="engine" seed="3" %s>
				  <dataset kind="SIMULATOR"><options key="preset" value="%s"/></dataset>
				  %s
				</experiment:Experiment>
				""".formatted(name, attributes, preset, body);
		file.create(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), true, new NullProgressMonitor());
		return file;
	}

	static ExperimentEditor open(IFile file) throws PartInitException {
		ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(UiTesting.page(), file);
		UiTesting.processEvents();
		return editor;
	}

	/** The text field after the label with this text, on the editor's active page. */
	static Text field(ExperimentEditor editor, String label) {
		return UiInput.field((Composite) editor.getActivePageInstance().getPartControl(), label);
	}

	/** Brings the editor to the top, puts the focus into the field, moves to its end and types with posted keys. */
	static void typeAtEnd(ExperimentEditor editor, Text field, String typed) {
		UiTesting.page().activate(editor);
		UiInput.focus(field);
		field.setSelection(field.getText().length());
		String before = field.getText();
		UiInput.type(typed);
		UiInput.await(() -> field.getText().equals(before + typed), "the typed text");
	}
}
