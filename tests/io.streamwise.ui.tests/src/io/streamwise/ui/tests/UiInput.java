package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * Real input for UI tests: mouse clicks and key strokes posted to the display (Display.post, the X test extension
 * under Xvfb), and menus of the real menu bar chosen as a user does. Shared by the tests that drive widgets.
 */
final class UiInput {

	private UiInput() {
	}

	static void post(Event event) {
		if (event.type == SWT.KeyDown) {
			keyboardToFocusShell();
		}
		assertTrue(Display.getCurrent().post(event), () -> "the display refused a posted event " + event + " at "
				+ event.x + "," + event.y + " on a display of " + Display.getCurrent().getBounds());
	}

	/**
	 * Gives the X input focus back to the shell of the focus control when no shell is active. Xvfb runs no window manager: when a job's progress
	 * dialog (a user job that takes long on a loaded machine) closes, the X focus is left on no window and posted keys
	 * never reach the workbench, though SWT still names its focus control.
	 */
	private static void keyboardToFocusShell() {
		Display display = Display.getCurrent();
		Control focus = display.getFocusControl();
		if (display.getActiveShell() == null && focus != null && !focus.isDisposed()) {
			focus.getShell().forceActive(); // only then: an open drop-down keeps its own shell active
		}
	}

	/**
	 * Posted events reach the display asynchronously (through the X server), in order. A gesture ends with this
	 * press and release of Shift, which nothing is bound to; once its release has been dispatched, so has the gesture.
	 * (Waiting for the gesture's own last event does not work: a key that runs a command is consumed by the key
	 * binding dispatcher, and its release may never reach a listener.)
	 */
	static void flush() {
		Display display = Display.getCurrent();
		boolean[] delivered = { false };
		Listener filter = e -> delivered[0] |= e.keyCode == SWT.SHIFT;
		display.addFilter(SWT.KeyUp, filter);
		try {
			long deadline = System.currentTimeMillis() + 60_000;
			while (true) {
				postShift();
				if (dispatchUntil(() -> delivered[0], FOCUS_LOST_MILLIS)) {
					UiTesting.processEvents();
					return;
				}
				if (System.currentTimeMillis() > deadline) {
					fail("timed out waiting for the posted events to arrive; focus on " + display.getFocusControl()
							+ ", active part " + UiTesting.page().getActivePart());
				}
				// the X keyboard focus is on no window of ours (Xvfb has no window manager to give it back after a
				// closed dialog or a chart's tooltip shell); SWT may still count its shell as active
				Control focus = display.getFocusControl();
				(focus != null && !focus.isDisposed() ? focus.getShell()
						: UiTesting.page().getWorkbenchWindow().getShell()).forceActive();
				if (focus == null && UiTesting.page().getActivePart() != null) {
					// no widget has the focus (it went with a disposed control: the Progress view's entry removed
					// with the Cancel button just clicked), so no widget gets keys: the active part takes it, as a
					// click into it would give it
					UiTesting.page().getActivePart().setFocus();
				}
			}
		} finally {
			display.removeFilter(SWT.KeyUp, filter);
		}
	}

	/** How long a posted Shift may take to come back before the keyboard focus counts as lost. */
	private static final long FOCUS_LOST_MILLIS = 5_000;

	private static void postShift() {
		Event down = new Event();
		down.type = SWT.KeyDown;
		down.keyCode = SWT.SHIFT;
		post(down);
		Event up = new Event();
		up.type = SWT.KeyUp;
		up.keyCode = SWT.SHIFT;
		post(up);
	}

	private static boolean dispatchUntil(BooleanSupplier condition, long millis) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + millis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				return false;
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
		return true;
	}

	/** Moves the pointer into the control at (x, y) of its own coordinates and clicks the left button. */
	static void click(Control control, int x, int y) {
		scrollIntoView(control);
		Display display = control.getDisplay();
		Point at = display.map(control, null, x, y);
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = at.x;
		move.y = at.y;
		post(move);
		display.addFilter(SWT.MouseDown, AT_POINTER);
		display.addFilter(SWT.MouseUp, AT_POINTER);
		try {
			Event down = new Event();
			down.type = SWT.MouseDown;
			down.button = 1;
			post(down);
			Event up = new Event();
			up.type = SWT.MouseUp;
			up.button = 1;
			post(up);
			flush();
		} finally {
			display.removeFilter(SWT.MouseDown, AT_POINTER);
			display.removeFilter(SWT.MouseUp, AT_POINTER);
		}
	}

	/**
	 * Gives a posted press or release the pointer's position, as a real one has. SWT's GTK 3 Display.post makes the
	 * button event with the window under the pointer and the position in it, but leaves its root position at 0,0, from
	 * which SWT computes the event's x and y: GTK handled the press where the pointer was (the row got selected), while
	 * the control's MouseDown listeners were told the display's origin (-303,-360 in a table at 303,360), so JFace's
	 * cell editor activation found no cell under it and no cell editor opened.
	 */
	private static final Listener AT_POINTER = e -> {
		if (e.widget instanceof Control c && !c.isDisposed()) {
			Point p = c.toControl(c.getDisplay().getCursorLocation());
			e.x = p.x;
			e.y = p.y;
		}
	};

	/**
	 * Scrolls every scrolled composite around the control (a form page is one) so that the control is in its visible
	 * area, as a user scrolls before clicking. A click posted at a control outside it lands on whatever is on the
	 * screen there: another view, whose activation then takes the focus back to the editor's first control.
	 */
	private static void scrollIntoView(Control control) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c.getParent() instanceof org.eclipse.swt.custom.ScrolledComposite scrolled) {
				scrolled.showControl(control);
			}
		}
		UiTesting.processEvents();
	}

	/** Clicks the middle of a control. */
	static void click(Control control) {
		Point size = control.getSize();
		click(control, size.x / 2, size.y / 2);
	}

	static void keyStroke(char character, int modifierKey) {
		flush(); // proves the keyboard focus is on our window first: keys posted to no window are lost, not delayed
		if (modifierKey != 0) {
			Event down = new Event();
			down.type = SWT.KeyDown;
			down.keyCode = modifierKey;
			post(down);
		}
		// control characters (Return, Delete) are keys of their own: GTK finds them by key code, not by character
		int keyCode = character < ' ' || character == SWT.DEL ? character : 0;
		Event down = new Event();
		down.type = SWT.KeyDown;
		down.character = character;
		down.keyCode = keyCode;
		post(down);
		Event up = new Event();
		up.type = SWT.KeyUp;
		up.character = character;
		up.keyCode = keyCode;
		post(up);
		if (modifierKey != 0) {
			Event modifierUp = new Event();
			modifierUp.type = SWT.KeyUp;
			modifierUp.keyCode = modifierKey;
			post(modifierUp);
		}
		flush();
	}

	static void type(String text) {
		for (char c : text.toCharArray()) {
			keyStroke(c, 0);
		}
	}

	/** The text field right after the label with this text, anywhere inside root. */
	static org.eclipse.swt.widgets.Text field(org.eclipse.swt.widgets.Composite root, String label) {
		List<Control> all = all(root);
		for (int i = 0; i + 1 < all.size(); i++) {
			if (all.get(i) instanceof org.eclipse.swt.widgets.Label l && l.getText().equals(label)
					&& all.get(i + 1) instanceof org.eclipse.swt.widgets.Text t) {
				return t;
			}
		}
		throw new AssertionError("no field " + label);
	}

	/** Every control inside root, depth first in the order of their parents' children. */
	static List<Control> all(org.eclipse.swt.widgets.Composite root) {
		List<Control> all = new ArrayList<>();
		collect(root, all);
		return all;
	}

	private static void collect(org.eclipse.swt.widgets.Composite parent, List<Control> into) {
		for (Control c : parent.getChildren()) {
			into.add(c);
			if (c instanceof org.eclipse.swt.widgets.Composite composite) {
				collect(composite, into);
			}
		}
	}

	/**
	 * Puts the focus into a text field, as the Tab key does. (A posted click did not reliably reach a field of a form
	 * editor just brought to the top under Xvfb: the focus stayed in another field.)
	 */
	static void focus(org.eclipse.swt.widgets.Text field) {
		assertTrue(field.setFocus(), () -> "the field cannot take the focus: " + describe(field));
		await(() -> Display.getCurrent().getFocusControl() == field, "the focus in the field");
	}

	/** Where a control is and why it might not take the focus, for a failure's message. */
	static String describe(Control control) {
		Display display = control.getDisplay();
		StringBuilder out = new StringBuilder();
		out.append("focus on ").append(display.getFocusControl()).append(", active shell ")
				.append(display.getActiveShell()).append(", shells ")
				.append(java.util.Arrays.toString(display.getShells()));
		for (Control c = control; c != null; c = c.getParent()) {
			out.append("\n  ").append(c.getClass().getSimpleName()).append(" visible=").append(c.getVisible())
					.append(" enabled=").append(c.getEnabled()).append(" bounds=").append(c.getBounds())
					.append(" on display ").append(display.map(c.getParent(), null, c.getBounds()));
		}
		return out.toString();
	}

	/** Focuses the text field, selects all it holds and types the replacement with posted keys. */
	static void replaceText(org.eclipse.swt.widgets.Text field, String typed) {
		focus(field);
		field.selectAll();
		type(typed);
		await(() -> field.getText().equals(typed), "the typed text");
	}

	/** The labels of a menu's items (without mnemonics), after the menu was sent Show as when it opens. */
	static List<String> labels(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
		UiTesting.processEvents();
		List<String> labels = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			String text = item.getText().replace("&", "");
			// without the key binding shown after a tab ("Save\tCtrl+S")
			labels.add(text.contains("\t") ? text.substring(0, text.indexOf('\t')) : text);
		}
		menu.notifyListeners(SWT.Hide, new Event());
		UiTesting.processEvents();
		return labels;
	}

	/**
	 * Chooses an item of a menu of the real menu bar, as a user does with the mouse: the menu is sent Show (which
	 * updates its items from the active part's handlers), then the item is selected. Posted clicks cannot open a menu
	 * here (it would run a nested event loop under a pointer grab), and a posted Delete key did not reach the key
	 * binding dispatcher under Xvfb; the menu item runs the same command through the same handler lookup.
	 */
	static void menu(String menuLabel, String itemLabel) {
		Menu menuBar = UiTesting.page().getWorkbenchWindow().getShell().getMenuBar();
		for (MenuItem top : menuBar.getItems()) {
			if (top.getText().replace("&", "").equals(menuLabel)) {
				Menu menu = top.getMenu();
				menu.notifyListeners(SWT.Show, new Event());
				UiTesting.processEvents();
				for (MenuItem item : menu.getItems()) {
					if (item.getText().replace("&", "").startsWith(itemLabel)) {
						if (item.isEnabled()) {
							item.notifyListeners(SWT.Selection, new Event());
						}
						menu.notifyListeners(SWT.Hide, new Event());
						UiTesting.processEvents();
						return;
					}
				}
				menu.notifyListeners(SWT.Hide, new Event());
			}
		}
		fail("no " + menuLabel + " > " + itemLabel);
	}

	/**
	 * Dispatches events until the condition holds. A widget that never reaches the state is a failure after a minute
	 * (input events take milliseconds), reported with where the focus is.
	 */
	static void await(BooleanSupplier condition, String what) {
		if (!dispatchUntil(condition, 60_000)) {
			fail("timed out waiting for " + what + "; focus on " + Display.getCurrent().getFocusControl()
					+ ", active part " + UiTesting.page().getActivePart());
		}
		UiTesting.processEvents();
	}
}
