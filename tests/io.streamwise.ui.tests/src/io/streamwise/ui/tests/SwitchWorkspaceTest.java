package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.streamwise.ui.WorkbenchApplication;

/**
 * File > Switch Workspace chosen from the menu bar, its dialog driven by events sent to its controls: a file refused, a
 * folder accepted, the choice written where the launcher script reads it, and the workbench closing to restart, which
 * the application answers with exit code 23 (the script's loop: smoke-test.sh checks it end to end). The test vetoes
 * the shutdown, so the test workbench stays; a refused restart puts the earlier choice back.
 */
class SwitchWorkspaceTest {

	/** The surefire configuration points XDG_CONFIG_HOME into target/, never at a real home. */
	private static Path choiceFile() {
		String config = System.getenv("XDG_CONFIG_HOME");
		assertNotNull(config, "XDG_CONFIG_HOME is set for the UI tests (pom.xml)");
		assertTrue(config.contains("target"), "XDG_CONFIG_HOME points into target/: " + config);
		return Path.of(config, "streamwise", "workspace");
	}

	private final List<Runnable> cleanups = new ArrayList<>();

	@BeforeEach
	void activate() {
		UiTesting.page().getWorkbenchWindow().getShell().forceActive();
	}

	@AfterEach
	void cleanUp() {
		cleanups.forEach(Runnable::run);
	}

	private static Shell dialogShell() {
		for (Shell s : Display.getCurrent().getShells()) {
			if (!s.isDisposed() && s.isVisible() && "Switch Workspace".equals(s.getText())) {
				return s;
			}
		}
		return null;
	}

	private static Button button(Composite parent, String text) {
		for (Control c : parent.getChildren()) {
			if (c instanceof Button b && b.getText().replace("&", "").equals(text)) {
				return b;
			}
			if (c instanceof Composite composite) {
				Button found = button(composite, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Focuses the field and replaces its text, which fires its Modify listener as typing does. */
	private static void type(org.eclipse.swt.widgets.Text field, String text) {
		field.setFocus();
		field.selectAll();
		field.setText(text);
		UiTesting.processEvents();
	}

	/** A click sent to a button: mouse down, up, selection. */
	private static void press(Button button) {
		for (int type : new int[] { org.eclipse.swt.SWT.MouseDown, org.eclipse.swt.SWT.MouseUp }) {
			org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
			e.button = 1;
			button.notifyListeners(type, e);
		}
		button.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	@Test
	void theDialogWritesTheChoiceAndTheWorkbenchClosesToRestartWithCode23() throws Exception {
		Path choice = choiceFile();
		Files.createDirectories(choice.getParent());
		Files.writeString(choice, "/earlier/workspace\n");
		Path next = Files.createTempDirectory("next-workspace");
		Path aFile = Files.createTempFile("not-a-folder", ".txt");

		IWorkbench workbench = PlatformUI.getWorkbench();
		List<String> choiceAtShutdown = new ArrayList<>();
		List<Integer> returnCodeAtShutdown = new ArrayList<>();
		IWorkbenchListener veto = new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench w, boolean forced) {
				try {
					choiceAtShutdown.add(Files.readString(choice, StandardCharsets.UTF_8));
					var field = w.getClass().getDeclaredField("returnCode");
					field.setAccessible(true);
					returnCodeAtShutdown.add(field.getInt(w));
				} catch (Exception e) {
					choiceAtShutdown.add("could not look: " + e);
				}
				return false; // the test workbench stays open
			}

			@Override
			public void postShutdown(IWorkbench w) {
				// not reached: vetoed
			}
		};
		workbench.addWorkbenchListener(veto);
		cleanups.add(() -> workbench.removeWorkbenchListener(veto));

		Display display = Display.getCurrent();
		List<String> seen = new ArrayList<>();
		List<Throwable> failures = new ArrayList<>();
		// the dialog is modal: it is driven from its own event loop, once it shows
		Runnable[] drive = new Runnable[1];
		int[] polls = { 0 };
		drive[0] = () -> {
			Shell shell = dialogShell();
			if (shell == null) {
				if (++polls[0] < 600) { // a minute at most
					display.timerExec(100, drive[0]);
				}
				return;
			}
			try {
				// events sent to the dialog's controls: keys posted to the display did not reach this dialog, opened
				// from the menu's nested event loop, under Xvfb (they went to the workbench window behind it)
				org.eclipse.swt.widgets.Text folder = UiInput.field(shell, "Workspace:");
				Button restart = button(shell, "Restart");
				assertNotNull(restart);
				type(folder, aFile.toString());
				seen.add("file: " + restart.isEnabled());
				type(folder, "relative/path");
				seen.add("relative: " + restart.isEnabled());
				type(folder, next.toString());
				seen.add("folder: " + restart.isEnabled());
				press(restart);
			} catch (Throwable t) {
				failures.add(t);
				shell.close();
			}
		};
		display.timerExec(100, drive[0]);
		// whatever happens, no dialog outlives two minutes: a failure, not a hung build
		display.timerExec(120_000, () -> {
			Shell left = dialogShell();
			if (left != null) {
				left.close();
			}
		});

		UiInput.menu("File", "Switch Workspace");

		assertEquals(List.of(), failures);
		assertEquals(List.of("file: false", "relative: false", "folder: true"), seen,
				"Restart is refused for a file and a relative path");
		assertEquals(List.of(next.toAbsolutePath().normalize() + "\n"), choiceAtShutdown,
				"the choice was written before the workbench was asked to close");
		assertEquals(List.of(PlatformUI.RETURN_RESTART), returnCodeAtShutdown, "it closes to restart");
		assertEquals(IApplication.EXIT_RESTART, WorkbenchApplication.exitCode(PlatformUI.RETURN_RESTART));
		assertEquals(23, IApplication.EXIT_RESTART, "the code the launcher script loops on");
		assertEquals(IApplication.EXIT_OK, WorkbenchApplication.exitCode(PlatformUI.RETURN_OK));
		// the restart was refused (here by the test's veto): the next start stays where it was
		assertEquals("/earlier/workspace\n", Files.readString(choice, StandardCharsets.UTF_8));
		assertFalse(workbench.isClosing());
		assertTrue(dialogShell() == null, "the dialog closed");
		Files.deleteIfExists(choice);
		Files.deleteIfExists(aFile);
		Files.deleteIfExists(next);
	}
}
