package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.ui.experiments.ExperimentRun;
import io.streamwise.ui.experiments.preferences.ExecutionPreferences;

/**
 * Preferences &gt; Streamwise &gt; Execution, driven with posted clicks and keys: the engine chosen there is the one
 * Run uses for an experiment whose file names none, and a file's own engine comes first.
 */
class ExecutionPreferencesTest {

	@AfterEach
	void embeddedAgain() throws Exception {
		var node = InstanceScope.INSTANCE.getNode(ExecutionPreferences.NODE);
		node.remove(ExecutionPreferences.ENGINE);
		node.remove(ExecutionPreferences.PARALLELISM);
		node.flush();
	}

	private static Button button(Composite root, String textStart) {
		return UiInput.all(root).stream().filter(c -> c instanceof Button b && b.getText().startsWith(textStart))
				.map(Button.class::cast).findFirst().orElseThrow(() -> new AssertionError("no button " + textStart));
	}

	private static IFile experiment(IProject project, String name, String engineAttributes) throws Exception {
		return ExperimentEditors.write(project, name, engineAttributes,
				"<protocol kind=\"TEMPORAL\" trainRatio=\"0.8\"/><algorithms algorithmId=\"pop\" label=\"pop\"/>"
						+ "<metrics>recall@10</metrics>");
	}

	private static IStatus run(IFile file) throws Exception {
		Job job = ExperimentRun.schedule(ExperimentFiles.read(file.getLocation().toFile().toPath()), file, null);
		UiTesting.waitFor(job);
		return job.getResult();
	}

	@Test
	void theEngineSetOnThePageIsTheOneRunUsesUnlessTheFileNamesOne() throws Exception {
		var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell,
				"io.streamwise.preferences.execution", null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Composite root = dialog.getShell();
		Button flinkLocal = button(root, "Flink &local");
		assertTrue((flinkLocal.getStyle() & SWT.RADIO) != 0);
		// the dialog has the keyboard: its first radio button takes the focus when it opens
		Button embedded = button(root, "&Embedded");
		UiInput.await(() -> root.getDisplay().getFocusControl() == embedded, "the focus in the dialog");
		// the arrow key moves the radio group's selection to the next choice, as a user would
		Event down = new Event();
		down.type = SWT.KeyDown;
		down.keyCode = SWT.ARROW_DOWN;
		UiInput.post(down);
		Event up = new Event();
		up.type = SWT.KeyUp;
		up.keyCode = SWT.ARROW_DOWN;
		UiInput.post(up);
		UiInput.flush();
		// under GTK the arrow moves only the focus (seen: the focus on Flink local, not chosen); Space chooses it
		UiInput.await(() -> root.getDisplay().getFocusControl() == flinkLocal, "the focus on Flink local");
		UiInput.keyStroke(' ', 0);
		UiInput.await(flinkLocal::getSelection, "Flink local chosen");
		UiInput.replaceText(UiInput.field(root, "&Parallelism (Flink task slots):"), "2");
		UiInput.keyStroke('\r', 0); // Return: the dialog's default button, Apply and Close
		UiInput.await(() -> dialog.getShell() == null || dialog.getShell().isDisposed(), "the dialog closed");
		var node = InstanceScope.INSTANCE.getNode(ExecutionPreferences.NODE);
		assertEquals(ExecutionPreferences.FLINK_LOCAL, node.get(ExecutionPreferences.ENGINE, null));
		assertEquals(2, node.getInt(ExecutionPreferences.PARALLELISM, 0));

		IProject project = UiTesting.newProject("execution-preferences");
		// no engine in the file: Run goes to Flink, whose engine this test runtime has not built or located
		IStatus onFlink = run(experiment(project, "plain", ""));
		assertEquals(IStatus.ERROR, onFlink.getSeverity(), onFlink.toString());
		assertTrue(onFlink.getMessage().contains("Flink engine"), onFlink.getMessage());
		// the file's own engine comes first
		IStatus ownEngine = run(experiment(project, "own", "engine=\"embedded\""));
		assertTrue(ownEngine.isOK(), ownEngine.toString());
	}
}
