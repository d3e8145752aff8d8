package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.streamwise.model.audience.Audience;
import io.streamwise.model.audience.AudienceFactory;
import io.streamwise.model.audience.Viewer;
import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.campaign.CampaignFactory;
import io.streamwise.model.catalog.Catalog;
import io.streamwise.model.catalog.CatalogFactory;
import io.streamwise.model.catalog.CatalogPackage;
import io.streamwise.model.catalog.Course;
import io.streamwise.model.io.ModelIO;
import io.streamwise.model.stream.LiveStream;
import io.streamwise.model.stream.StreamFactory;
import io.streamwise.model.stream.StreamSchedule;
import io.streamwise.ui.models.ModelEditor;
import io.streamwise.ui.models.ModelValidation;
import io.streamwise.ui.models.emf.ItemPropertySource;

class ModelEditorTest {

	@AfterEach
	void closeEditors() {
		UiTesting.page().closeAllEditors(false);
	}

	private static IFile write(IProject project, String name, EObject root) throws Exception {
		IFile file = project.getFile(name);
		ModelIO.save(root, file.getLocation().toFile().toPath());
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		return file;
	}

	private static Catalog catalog() {
		Catalog catalog = CatalogFactory.eINSTANCE.createCatalog();
		catalog.setName("Knowledge shop");
		Course course = CatalogFactory.eINSTANCE.createCourse();
		course.setId("c1");
		course.setName("Budgeting basics");
		catalog.getProducts().add(course);
		return catalog;
	}

	@Test
	void editsACatalogThroughTheCommandStackUndoesAndSaves() throws Exception {
		IProject project = UiTesting.newProject("models-edit");
		IFile file = write(project, "shop.catalog", catalog());
		ModelEditor editor = (ModelEditor) IDE.openEditor(UiTesting.page(), file);
		assertEquals(ModelEditor.ID, editor.getSite().getId());
		TreeItem root = editor.viewer().getTree().getItem(0);
		assertTrue(root.getText().contains("Knowledge shop"), root.getText());
		assertNotNull(root.getImage(), "the generated item provider's icon");
		Catalog catalog = (Catalog) editor.document().root();

		// a property edit as the Properties view makes it: through the item property source, hence a command
		assertNotNull(editor.getAdapter(IPropertySheetPage.class));
		IPropertySource source = ItemPropertySource.provider(editor.document().adapters()).getPropertySource(catalog);
		IPropertyDescriptor name = Arrays.stream(source.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().equals("Name")).findFirst().orElseThrow();
		assertNotNull(name.createPropertyEditor(editor.viewer().getTree()), "the name is editable");
		source.setPropertyValue(name.getId(), "Renamed shop");
		assertEquals("Renamed shop", catalog.getName());
		assertTrue(editor.isDirty());
		assertTrue(editor.viewer().getTree().getItem(0).getText().contains("Renamed shop"));

		editor.document().commandStack().undo();
		assertEquals("Knowledge shop", catalog.getName());
		assertFalse(editor.isDirty());
		editor.document().commandStack().redo();
		assertTrue(editor.isDirty());

		editor.doSave(new NullProgressMonitor());
		assertFalse(editor.isDirty());
		assertEquals("Renamed shop", ModelIO.load(file.getLocation().toFile().toPath(), Catalog.class).getName());
	}

	@Test
	void duplicateProductIdsBecomeProblemMarkersWhenSaved() throws Exception {
		IProject project = UiTesting.newProject("models-validate");
		IFile file = write(project, "shop.catalog", catalog());
		ModelEditor editor = (ModelEditor) IDE.openEditor(UiTesting.page(), file);
		assertEquals(0, file.findMarkers(ModelValidation.MARKER, false, IResource.DEPTH_ZERO).length);
		Course twin = CatalogFactory.eINSTANCE.createCourse();
		twin.setId("c1");
		editor.document().commandStack().execute(AddCommand.create(editor.document().domain(),
				editor.document().root(), CatalogPackage.Literals.CATALOG__PRODUCTS, twin));
		editor.doSave(new NullProgressMonitor());
		IMarker[] markers = file.findMarkers(ModelValidation.MARKER, false, IResource.DEPTH_ZERO);
		assertTrue(markers.length > 0, "no marker for the duplicate id");
		assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1));
		assertNotNull(markers[0].getAttribute(ModelValidation.URI_FRAGMENT, null));

		editor.document().commandStack().undo();
		editor.doSave(new NullProgressMonitor());
		assertEquals(0, file.findMarkers(ModelValidation.MARKER, false, IResource.DEPTH_ZERO).length);
	}

	@Test
	void opensStreamSchedulesAudiencesAndCampaignsWithTheSameEditor() throws Exception {
		IProject project = UiTesting.newProject("models-kinds");
		StreamSchedule schedule = StreamFactory.eINSTANCE.createStreamSchedule();
		schedule.setName("Spring season");
		LiveStream stream = StreamFactory.eINSTANCE.createLiveStream();
		stream.setId("s1");
		stream.setTitle("Saving for a flat");
		schedule.getStreams().add(stream);
		Audience audience = AudienceFactory.eINSTANCE.createAudience();
		audience.setName("Followers");
		Viewer viewer = AudienceFactory.eINSTANCE.createViewer();
		viewer.setId("v1");
		audience.getViewers().add(viewer);
		Campaign campaign = CampaignFactory.eINSTANCE.createCampaign();
		campaign.setId("spring");
		campaign.setName("Spring push");
		campaign.getVariants().add(CampaignFactory.eINSTANCE.createVariant());
		for (IFile file : List.of(write(project, "spring.streams", schedule), write(project, "fans.audience", audience),
				write(project, "spring.campaign", campaign))) {
			// campaigns open in the campaign editor by default; the tree editor stays under Open With
			ModelEditor editor = (ModelEditor) (file.getName().endsWith(".campaign")
					? IDE.openEditor(UiTesting.page(), file, "io.streamwise.ui.campaigns.tree")
					: IDE.openEditor(UiTesting.page(), file));
			TreeItem root = editor.viewer().getTree().getItem(0);
			assertFalse(root.getText().isBlank(), file.getName());
			assertTrue(root.getItemCount() > 0, file.getName() + " shows no children");
			assertNotNull(root.getImage(), file.getName());
			// a new child from the item providers' descriptors, then undone
			Object descriptor = editor.document().domain().getNewChildDescriptors(editor.document().root(), null)
					.iterator().next();
			int before = editor.document().root().eContents().size();
			editor.document().commandStack().execute(org.eclipse.emf.edit.command.CreateChildCommand.create(
					editor.document().domain(), editor.document().root(), descriptor,
					List.of(editor.document().root())));
			assertEquals(before + 1, editor.document().root().eContents().size());
			assertTrue(editor.isDirty());
			editor.document().commandStack().undo();
			assertEquals(before, editor.document().root().eContents().size());
			assertFalse(editor.isDirty());
		}
	}
}
