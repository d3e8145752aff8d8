package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import io.streamwise.core.registry.Dropins;
import io.streamwise.core.registry.RegistryLocator;
import io.streamwise.ui.AlgorithmsView;
import io.streamwise.ui.PluginProblems;

/** What goes wrong with plugins shows in the Problems view (markers) and above the Algorithms view's table. */
class PluginProblemsTest {

	private static List<String> pluginMarkers() throws Exception {
		List<String> out = new ArrayList<>();
		for (IMarker m : ResourcesPlugin.getWorkspace().getRoot().findMarkers(IMarker.PROBLEM, false,
				IResource.DEPTH_ZERO)) {
			if ("io.streamwise.plugins".equals(m.getAttribute(IMarker.SOURCE_ID, ""))) {
				assertEquals(IMarker.SEVERITY_WARNING, m.getAttribute(IMarker.SEVERITY, -1));
				out.add(m.getAttribute(IMarker.MESSAGE, ""));
			}
		}
		return out;
	}

	@Test
	void problemsBecomeWarningMarkersThatTheNextCheckReplaces() throws Exception {
		PluginProblems.publish(List.of("dropin a.jar is not a usable bundle: zip END header not found",
				"algorithm id 'pop' is claimed by x and by y; x is used"));
		List<String> markers = pluginMarkers();
		assertEquals(2, markers.size(), markers.toString());
		assertTrue(markers.get(0).contains("a.jar") || markers.get(1).contains("a.jar"), markers.toString());
		PluginProblems.publish(List.of());
		assertEquals(List.of(), pluginMarkers());
	}

	/** A jar in the installation's dropins folder that is no zip: the Algorithms view says so, with the cause. */
	@Test
	void theAlgorithmsViewShowsWhyADropinCannotBeUsed() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(AlgorithmsView.class).getBundleContext();
		Path folder = Dropins.folder(context);
		assertNotNull(folder, "the test runtime's installation is a folder");
		Files.createDirectories(folder);
		Path jar = folder.resolve("ui-test-notazip.jar");
		Files.writeString(jar, "not a zip");
		IWorkbenchPage page = UiTesting.page();
		try {
			IViewPart old = page.findView(AlgorithmsView.ID);
			if (old != null) {
				page.hideView(old);
			}
			AlgorithmsView view = (AlgorithmsView) page.showView(AlgorithmsView.ID);
			// filled in the background: wait for the job, then run what it posted to the UI thread
			view.loading().join();
			while (page.getWorkbenchWindow().getShell().getDisplay().readAndDispatch()) {
				// the list and the problems reach the view through the event loop
			}
			String text = view.problemsText();
			assertTrue(text.contains("ui-test-notazip.jar is not a usable bundle") && text.contains("zip"), text);
			assertTrue(view.viewer().getTree().getItemCount() > 0, "the algorithms are still listed");
		} finally {
			Files.delete(jar);
			RegistryLocator.await(context, 10_000); // forget the problem
		}
	}
}
