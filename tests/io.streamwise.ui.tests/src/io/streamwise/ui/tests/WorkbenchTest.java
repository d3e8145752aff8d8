package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
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
		// filled in the background (not on the UI thread at start-up): wait for the job, then run what it posted
		view.loading().join();
		while (Display.getCurrent().readAndDispatch()) {
			// the list reaches the table through the event loop
		}
		// a node per kind, its algorithms below it
		Map<String, TreeItem> nodes = new LinkedHashMap<>();
		for (TreeItem node : view.viewer().getTree().getItems()) {
			nodes.put(node.getText(0).replaceAll(" \\(\\d+\\)$", ""), node);
		}
		assertEquals(List.of("Recommenders", "Conversion models", "Policies"), List.copyOf(nodes.keySet()));
		Map<String, TreeItem> recommenders = children(nodes.get("Recommenders")),
				conversion = children(nodes.get("Conversion models")), policies = children(nodes.get("Policies"));
		assertTrue(recommenders.keySet().containsAll(List.of("pop", "random")), recommenders.keySet().toString());
		assertTrue(conversion.keySet().containsAll(List.of("moa.naive-bayes", "base-rate")),
				conversion.keySet().toString());
		assertEquals("recommender", recommenders.get("pop").getText(1));
		// the bandit policies under their own kind, with their settings and defaults
		assertTrue(policies.keySet().containsAll(List.of("uniform", "eps-greedy", "ucb1", "thompson", "linucb")),
				policies.keySet().toString());
		TreeItem linucb = policies.get("linucb");
		assertEquals("policy", linucb.getText(1));
		assertTrue(linucb.getText(4).matches("alpha=0\\.5, lambda=1(\\.0)?"), linucb.getText(4));
		assertTrue(nodes.get("Policies").getText(0).endsWith("(" + policies.size() + ")"));
		assertTrue(nodes.get("Policies").getExpanded(), "the kinds are shown expanded");
	}

	private static Map<String, TreeItem> children(TreeItem node) {
		Map<String, TreeItem> out = new LinkedHashMap<>();
		for (TreeItem item : node.getItems()) {
			out.put(item.getText(0), item);
		}
		return out;
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

	/**
	 * The platform's view and overlay icons are SVG files. Without a working SVG rasterizer (SPI Fly failing to weave
	 * jsvg, as with an ASM too old for the running JDK) drawing one throws, which left the tab row of the bottom view
	 * stack empty and made the Project Explorer report "Unable to create resource DecorationOverlayIcon".
	 */
	@Test
	void theViewIconsOfTheResearchPerspectiveCanBeDrawn() throws Exception {
		IWorkbenchPage page = UiTesting.page();
		page.resetPerspective();
		Display display = Display.getCurrent();
		Image canvas = new Image(display, 32, 32);
		GC gc = new GC(canvas);
		try {
			for (String id : List.of(IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROGRESS_VIEW, AlgorithmsView.ID,
					IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROP_SHEET)) {
				IViewReference view = page.findViewReference(id);
				assertNotNull(view, id);
				Image icon = view.getTitleImage();
				assertNotNull(icon, id + " has no icon");
				gc.drawImage(icon, 0, 0); // threw SWTException "No SVG rasterizer found" for SVG icons
			}
			URL svg = FileLocator.find(Platform.getBundle("org.eclipse.ui.ide"),
					new org.eclipse.core.runtime.Path("icons/full/eview16/problems_view.svg"));
			assertNotNull(svg, "the IDE bundle ships SVG icons");
			Image image = ImageDescriptor.createFromURL(svg).createImage(false);
			assertNotNull(image, "an SVG icon loads");
			try {
				gc.drawImage(image, 0, 0);
				assertEquals(16, image.getBounds().width);
			} finally {
				image.dispose();
			}
		} finally {
			gc.dispose();
			canvas.dispose();
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
