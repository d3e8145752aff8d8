package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.streamwise.ui.StartupOptions;
import io.streamwise.ui.experiments.dataset.DatasetView;

/**
 * gui --show-view, --select and --maximize (releng/screenshots.sh arranges the Dataset view and the results details
 * with them): each does what it says on the real page.
 */
class StartupOptionsTest {

	@AfterEach
	void restore() {
		IWorkbenchPage page = UiTesting.page();
		page.closeAllEditors(false);
		if (page.findView(DatasetView.ID) != null) {
			page.hideView(page.findView(DatasetView.ID));
		}
	}

	@Test
	void showViewThenSelectShowsTheViewAndSelectsTheFolderInTheProjectExplorer() throws Exception {
		IProject project = UiTesting.newProject("startup-options");
		IFolder data = project.getFolder("data");
		data.create(true, true, new NullProgressMonitor());
		IWorkbenchPage page = UiTesting.page();
		String location = data.getLocation().toOSString();

		StartupOptions.apply(page, new String[] { "--show-view", DatasetView.ID, "--select", location });
		UiTesting.processEvents();

		assertNotNull(page.findView(DatasetView.ID), "the Dataset view is shown");
		assertEquals(IPageLayout.ID_PROJECT_EXPLORER, page.getActivePartReference().getId());
		IStructuredSelection selection = (IStructuredSelection) page.getSelection();
		assertEquals(data, selection.getFirstElement());
	}

	@Test
	void maximizeMaximizesTheActiveEditor() throws Exception {
		IProject project = UiTesting.newProject("startup-options-max");
		IFile file = project.getFile("events.csv");
		file.create(new ByteArrayInputStream("viewer,item\nv1,i1\n".getBytes(StandardCharsets.UTF_8)), true, null);
		IWorkbenchPage page = UiTesting.page();
		IDE.openEditor(page, file);
		assertEquals(IWorkbenchPage.STATE_RESTORED, page.getPartState(page.getReference(page.getActiveEditor())));

		StartupOptions.apply(page, new String[] { "--maximize" });
		UiTesting.processEvents();

		assertEquals(IWorkbenchPage.STATE_MAXIMIZED, page.getPartState(page.getReference(page.getActiveEditor())));
		page.setPartState(page.getReference(page.getActiveEditor()), IWorkbenchPage.STATE_RESTORED);
	}
}
