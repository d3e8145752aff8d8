package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.streamwise.ui.AlgorithmsView;
import io.streamwise.ui.ResearchPerspective;

class WorkbenchTest {

	@Test
	void opensInTheResearchPerspectiveAndListsTheInstalledAlgorithms() throws Exception {
		assertTrue(PlatformUI.isWorkbenchRunning());
		assertNotNull(Display.getCurrent(), "tests must run on the UI thread");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		assertEquals(ResearchPerspective.ID, page.getPerspective().getId());
		AlgorithmsView view = (AlgorithmsView) page.showView(AlgorithmsView.ID);
		List<String> ids = new ArrayList<>();
		for (TableItem item : view.viewer().getTable().getItems()) {
			ids.add(item.getText(0));
		}
		assertTrue(ids.containsAll(List.of("pop", "random", "moa.naive-bayes", "base-rate")), ids.toString());
		assertEquals("recommender", view.viewer().getTable().getItem(ids.indexOf("pop")).getText(1));
	}

	@Test
	void theResearchPerspectiveShowsProjectsPropertiesProblemsAndProgress() throws Exception {
		IWorkbenchPage page = UiTesting.page();
		page.resetPerspective();
		for (String id : List.of(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROP_SHEET,
				IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROGRESS_VIEW, AlgorithmsView.ID)) {
			assertNotNull(page.findView(id), id + " is not in the perspective");
		}
	}

	@Test
	void theMenuBarHasFileEditWindowAndHelp() {
		List<String> menus = new ArrayList<>();
		for (MenuItem item : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar().getItems()) {
			menus.add(item.getText().replace("&", ""));
		}
		assertTrue(menus.containsAll(List.of("File", "Edit", "Window", "Help")), menus.toString());
	}
}
