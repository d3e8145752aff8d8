package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** File > New wizards and the controls of dialogs, found by their labels as a person finds them. */
final class WizardInput {

	private WizardInput() {
	}

	/**
	 * Chooses File > New > {@code item} and fills the wizard it opens: the project as the parent folder, the file name
	 * typed, then Finish clicked. Returns the titles of the wizards that were filled in (the wizard is modal: choosing
	 * the menu item returns once it is closed, so a timer fills it in meanwhile).
	 */
	static List<String> newFile(IProject project, String item, String fileName) {
		Display display = Display.getCurrent();
		List<String> seen = new ArrayList<>();
		Runnable[] fill = new Runnable[1];
		long deadline = System.currentTimeMillis() + UiTesting.TIMEOUT_MILLIS;
		fill[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (shell.getData() instanceof WizardDialog && !shell.isDisposed() && shell.isVisible()) {
					seen.add(shell.getText());
					Text folder = fieldAfter(shell, "Enter or select the parent folder");
					folder.setText(project.getName());
					UiInput.replaceText(fieldAfter(shell, "File name:"), fileName);
					Button finish = button(shell, "Finish");
					UiInput.await(finish::isEnabled, "Finish enabled");
					UiInput.click(finish);
					return;
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(100, fill[0]);
			}
		};
		display.timerExec(100, fill[0]);
		newWizard(item);
		return seen;
	}

	/** File > New > item, as a user chooses it (see {@link UiInput#menu}). */
	private static void newWizard(String item) {
		Menu bar = UiTesting.page().getWorkbenchWindow().getShell().getMenuBar();
		for (MenuItem top : bar.getItems()) {
			if (!top.getText().replace("&", "").equals("File")) {
				continue;
			}
			Menu file = top.getMenu();
			file.notifyListeners(SWT.Show, new Event());
			UiTesting.processEvents();
			for (MenuItem entry : file.getItems()) {
				if (entry.getText().replace("&", "").startsWith("New") && entry.getMenu() != null) {
					Menu newMenu = entry.getMenu();
					newMenu.notifyListeners(SWT.Show, new Event());
					UiTesting.processEvents();
					for (MenuItem wizard : newMenu.getItems()) {
						if (wizard.getText().replace("&", "").equals(item)) {
							wizard.notifyListeners(SWT.Selection, new Event());
							newMenu.notifyListeners(SWT.Hide, new Event());
							file.notifyListeners(SWT.Hide, new Event());
							UiTesting.processEvents();
							return;
						}
					}
					fail("File > New has no " + item + ": " + UiInput.labels(newMenu));
				}
			}
		}
		fail("no File > New");
	}

	/** The text field after the label that starts with this text (mnemonics ignored). */
	static Text fieldAfter(Composite root, String label) {
		List<Control> all = new ArrayList<>();
		collect(root, all);
		for (int i = 0; i + 1 < all.size(); i++) {
			if (all.get(i) instanceof Label l && l.getText().replace("&", "").startsWith(label)
					&& all.get(i + 1) instanceof Text t) {
				return t;
			}
		}
		throw new AssertionError("no field " + label);
	}

	/** The first button below root, depth first, with this text (mnemonics ignored). */
	static Button button(Composite root, String text) {
		List<Control> all = new ArrayList<>();
		collect(root, all);
		for (Control c : all) {
			if (c instanceof Button b && b.getText().replace("&", "").equals(text)) {
				return b;
			}
		}
		throw new AssertionError("no button " + text);
	}

	/** Every control below parent, depth first. */
	static void collect(Composite parent, List<Control> into) {
		for (Control c : parent.getChildren()) {
			into.add(c);
			if (c instanceof Composite composite) {
				collect(composite, into);
			}
		}
	}
}
