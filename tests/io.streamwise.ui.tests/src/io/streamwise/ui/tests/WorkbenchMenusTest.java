package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The menus and toolbars of the real workbench window offer nothing of the IDE that means nothing here. Menus are
 * filled when they are shown, so each one is sent the Show event on its real widget (posting a click instead would
 * open the menu in a nested event loop with a pointer grab that never returns to the test under Xvfb).
 */
class WorkbenchMenusTest {

	/** Words of the IDE's version control, local history, text-file and annotation commands. */
	private static final List<String> IDE_LEFTOVERS = List.of("team", "compare with", "replace with",
			"local history", "line delimiters", "next annotation", "previous annotation", "apply patch");

	@AfterEach
	void closeEditors() {
		UiTesting.page().closeAllEditors(false);
	}

	private static void collect(Menu menu, String path, List<String> labels) {
		menu.notifyListeners(SWT.Show, new Event());
		UiTesting.processEvents();
		for (MenuItem item : menu.getItems()) {
			String label = item.getText().replace("&", "");
			labels.add(path + label);
			if (item.getMenu() != null) {
				collect(item.getMenu(), path + label + " > ", labels);
			}
		}
		menu.notifyListeners(SWT.Hide, new Event());
		UiTesting.processEvents();
	}

	private static void collectToolItems(Control control, List<String> labels) {
		if (control instanceof ToolBar bar) {
			for (ToolItem item : bar.getItems()) {
				labels.add("toolbar: " + (item.getToolTipText() == null ? item.getText() : item.getToolTipText()));
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectToolItems(child, labels);
			}
		}
	}

	private static List<String> leftovers(List<String> labels) {
		return labels.stream().filter(label -> IDE_LEFTOVERS.stream()
				.anyMatch(word -> label.toLowerCase(Locale.ROOT).contains(word))).toList();
	}

	@Test
	void menusToolbarsAndTheExplorerMenuHaveNoIdeLeftovers() throws Exception {
		IProject project = UiTesting.newProject("menus-leftovers");
		IFile notes = project.getFile("notes.txt");
		notes.create(new ByteArrayInputStream("a text file\n".getBytes(StandardCharsets.UTF_8)), true,
				new NullProgressMonitor());
		// a text editor brings the text-editing action sets (line delimiters, annotation navigation) if they exist
		IDE.openEditor(UiTesting.page(), notes);
		UiTesting.processEvents();

		Shell shell = UiTesting.page().getWorkbenchWindow().getShell();
		List<String> labels = new ArrayList<>();
		Menu menuBar = shell.getMenuBar();
		assertNotNull(menuBar);
		for (MenuItem top : menuBar.getItems()) {
			labels.add(top.getText().replace("&", ""));
			if (top.getMenu() != null) {
				collect(top.getMenu(), top.getText().replace("&", "") + " > ", labels);
			}
		}
		collectToolItems(shell, labels);

		// the Project Explorer's context menu on a file
		CommonNavigator explorer = (CommonNavigator) UiTesting.page().showView(IPageLayout.ID_PROJECT_EXPLORER, null,
				IWorkbenchPage.VIEW_ACTIVATE);
		explorer.selectReveal(new StructuredSelection(notes));
		UiTesting.processEvents();
		Menu context = explorer.getCommonViewer().getControl().getMenu();
		assertNotNull(context, "the explorer has a context menu");
		collect(context, "explorer > ", labels);

		assertTrue(labels.stream().anyMatch(l -> l.startsWith("File > ")), "the walk found the File menu: " + labels);
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("explorer > ")), "the walk found the context menu");
		List<String> found = leftovers(labels);
		assertFalse(!found.isEmpty(), "IDE leftovers in the workbench: " + found + " (all: " + labels + ")");
	}
}
