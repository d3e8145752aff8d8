package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.CoolBar;
import org.eclipse.swt.widgets.CoolItem;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 bug 7: the IDE's commands that mean nothing in Streamwise (team support, comparing with and replacing from
 * local history, converting line delimiters, annotation navigation) are in no menu or toolbar of the running window,
 * nor in the Project Explorer's context menu.
 */
class WorkbenchLeftoversTest {

	private static final List<String> LEFTOVERS = List.of("Team", "Compare With", "Replace With",
			"Convert Line Delimiters", "Next Annotation", "Previous Annotation", "Next Edit Location",
			"Previous Edit Location", "Last Edit Location", "Restore from Local History");

	/** Every label of a menu and its sub-menus, each sub-menu shown first as when the user opens it. */
	private static void walk(Menu menu, String path, List<String> into) {
		for (String label : UiInput.labels(menu)) {
			into.add(path + label);
		}
		menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		UiTesting.processEvents();
		List<MenuItem> items = List.of(menu.getItems());
		for (MenuItem item : items) {
			if (item.getMenu() != null) {
				walk(item.getMenu(), path + item.getText().replace("&", "") + " > ", into);
			}
		}
		menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
		UiTesting.processEvents();
	}

	private static void assertAbsent(List<String> labels, String where) {
		List<String> found = new ArrayList<>();
		for (String label : labels) {
			String last = label.substring(label.lastIndexOf("> ") + 1).trim();
			for (String leftover : LEFTOVERS) {
				if (last.startsWith(leftover)) {
					found.add(label);
				}
			}
		}
		assertTrue(found.isEmpty(), "IDE leftovers in the " + where + ": " + found + " (all: " + labels + ")");
	}

	@Test
	void theMenuBarHasNoIdeLeftovers() {
		Shell shell = UiTesting.page().getWorkbenchWindow().getShell();
		List<String> labels = new ArrayList<>();
		walk(shell.getMenuBar(), "", labels);
		assertTrue(labels.contains("File > Save"), labels.toString());
		assertAbsent(labels, "menu bar");
	}

	@Test
	void theToolbarHasNoIdeLeftovers() {
		Shell shell = UiTesting.page().getWorkbenchWindow().getShell();
		List<String> tips = new ArrayList<>();
		collectToolItems(shell, tips);
		assertFalse(tips.isEmpty(), "the main toolbar was not found");
		assertAbsent(tips, "toolbar");
	}

	private static void collectToolItems(Control control, List<String> into) {
		if (control instanceof ToolBar bar && isMainToolbar(bar)) {
			for (ToolItem item : bar.getItems()) {
				String tip = item.getToolTipText() == null ? item.getText() : item.getToolTipText();
				if (tip != null && !tip.isEmpty()) {
					into.add(tip.replace("&", ""));
				}
			}
		}
		if (control instanceof CoolBar cool) {
			for (CoolItem item : cool.getItems()) {
				if (item.getControl() != null) {
					collectToolItems(item.getControl(), into);
				}
			}
		}
		if (control instanceof org.eclipse.swt.widgets.Composite c) {
			for (Control child : c.getChildren()) {
				collectToolItems(child, into);
			}
		}
	}

	/** A toolbar of the window's trim (above the parts), not a view's toolbar. */
	private static boolean isMainToolbar(ToolBar bar) {
		int y = bar.getDisplay().map(bar, bar.getShell(), 0, 0).y;
		return y < 80 && bar.isVisible();
	}

	@Test
	void theProjectExplorersContextMenuHasNoIdeLeftovers() throws Exception {
		IProject project = UiTesting.newProject("leftovers");
		IFile file = project.getFile("notes.csv");
		file.create(new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)), true,
				new NullProgressMonitor());
		CommonNavigator explorer = (CommonNavigator) UiTesting.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		UiTesting.processEvents();
		for (Object selected : List.of(project, file)) {
			explorer.getCommonViewer().setSelection(new StructuredSelection(selected), true);
			UiTesting.processEvents();
			Menu menu = explorer.getCommonViewer().getControl().getMenu();
			List<String> labels = new ArrayList<>();
			walk(menu, "", labels);
			assertFalse(labels.isEmpty());
			assertAbsent(labels, "Project Explorer's context menu on " + selected);
		}
	}
}
