package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.streamwise.ui.experiments.ExperimentEditor;
import io.streamwise.ui.experiments.ExperimentRun;

/**
 * The experiment's engine in the workbench: the editor edits the file's {@code engine} and {@code parallelism} with
 * typed keys (undoable), and a run on flink-local shows its Flink job in the progress dialog, whose Cancel button (as
 * a user clicks it) stops the Flink child process and leaves no results.
 */
class ExperimentEngineTest {

	private static final String ENGINE_PROPERTY = "streamwise.flink.engine",
			STAGING_PROPERTY = "streamwise.flink.staging";
	private static final String CHILD_MAIN = "io.streamwise.flink.GridJob";

	@BeforeEach
	void activateTheWindow() {
		UiTesting.page().getWorkbenchWindow().getShell().forceActive();
	}

	@AfterEach
	void closeEditors() {
		UiTesting.page().closeAllEditors(false);
		System.clearProperty(ENGINE_PROPERTY);
		System.clearProperty(STAGING_PROPERTY);
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

	/** The built Flink engine of this checkout (as ./streamwise finds it). */
	private static Path engineFolder() {
		for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
			Path engine = p.resolve("releng/io.streamwise.flink/target/engine");
			if (Files.isRegularFile(engine.resolve("io.streamwise.flink-job.jar"))) {
				return engine;
			}
		}
		fail("the Flink engine is not built above " + Path.of("").toAbsolutePath() + ": the reactor builds"
				+ " releng/io.streamwise.flink before the UI tests (./mvnw -B verify -pl releng/io.streamwise.flink -am)");
		return null;
	}

	/** This JVM's child processes running the Flink engine's main class. */
	private static List<ProcessHandle> flinkChildren() {
		return ProcessHandle.current().descendants()
				.filter(p -> p.isAlive() && p.info().commandLine().map(c -> c.contains(CHILD_MAIN)).orElse(false))
				.toList();
	}

	private static List<Control> all(Composite root) {
		List<Control> out = new ArrayList<>();
		for (Control c : root.getChildren()) {
			out.add(c);
			if (c instanceof Composite composite) {
				out.addAll(all(composite));
			}
		}
		return out;
	}

	/** The open progress dialog (the workbench's dialog for a user job): the shell with Run in Background. */
	private static Shell progressDialog() {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && all(shell).stream()
					.anyMatch(c -> c instanceof Button b && b.getText().replace("&", "").equals("Run in Background"))) {
				return shell;
			}
		}
		return null;
	}

	private static boolean shows(Shell shell, String text) {
		return all(shell).stream().anyMatch(c -> c instanceof Label l && l.getText().contains(text));
	}

	@Test
	void aFlinkLocalRunShowsItsJobInTheProgressDialogAndItsCancelButtonStopsTheFlinkChild() throws Exception {
		System.setProperty(ENGINE_PROPERTY, engineFolder().toString());
		Path staging = Files.createTempDirectory("flink-staging");
		System.setProperty(STAGING_PROPERTY, staging.toString());
		IProject project = UiTesting.newProject("experiment-engine-cancel");
		// long cells (BPR for many epochs) at parallelism 1: the job is still running when Cancel is clicked
		IFile file = experiment(project, "onflink", "engine=\"flink-local\" parallelism=\"1\"", """
				<algorithms algorithmId="bpr" label="bpr-a"><settings key="epochs" value="20000"/></algorithms>
				  <algorithms algorithmId="bpr" label="bpr-b"><settings key="epochs" value="20000"/></algorithms>""");
		ExperimentEditor editor = open(file);
		assertEquals("flink-local", field(editor, "Engine:").getText(), "the file's engine shows in the editor");
		assertTrue(flinkChildren().isEmpty(), "no Flink child before the run: " + flinkChildren());

		// the user clicks Run
		Button run = all((Composite) editor.getActivePageInstance().getPartControl()).stream()
				.filter(c -> c instanceof Button b && b.getText().equals("Run experiment")).map(Button.class::cast)
				.findFirst().orElseThrow();
		UiInput.click(run);
		UiTesting.waitUntil(() -> Job.getJobManager().find(ExperimentRun.FAMILY).length > 0, "the run's job");
		Job job = Job.getJobManager().find(ExperimentRun.FAMILY)[0];
		// the progress dialog shows the Flink job once the child has submitted it to its mini-cluster
		UiTesting.waitUntil(() -> {
			Shell dialog = progressDialog();
			return dialog != null && (shows(dialog, "Flink job ") || shows(dialog, "tasks done on flink-local"))
					|| job.getResult() != null;
		}, "the progress dialog showing the Flink job");
		assertNull(job.getResult(), "the run is still going: " + job.getResult());
		List<ProcessHandle> children = flinkChildren();
		assertEquals(1, children.size(), "one Flink child process runs the job: " + children);

		Shell dialog = progressDialog();
		Button cancel = all(dialog).stream()
				.filter(c -> c instanceof Button b && b.getText().replace("&", "").equals("Cancel"))
				.map(Button.class::cast).findFirst().orElseThrow(() -> new AssertionError("no Cancel in the dialog"));
		UiInput.click(cancel);
		UiTesting.waitFor(job);
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().toString());
		assertFalse(children.get(0).isAlive(), "the Flink child process is gone");
		assertTrue(flinkChildren().isEmpty(), "no Flink child left: " + flinkChildren());
		assertFalse(ExperimentRun.resultsFolder(file).getFile("results.json").exists(), "no results");
		assertFalse(ExperimentRun.resultsFolder(file).getFile("results.csv").exists(), "no results");
		try (var left = Files.list(staging)) {
			assertEquals(List.of(), left.toList(), "the job folder is removed");
		}
	}
}
