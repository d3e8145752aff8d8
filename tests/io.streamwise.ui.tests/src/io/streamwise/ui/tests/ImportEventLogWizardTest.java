package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.DatasetOptions;
import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.LoadedDataset;
import io.streamwise.core.io.CsvMapping;
import io.streamwise.core.io.CsvMapping.Field;
import io.streamwise.core.io.TooManyRejectedException;
import io.streamwise.ui.wizards.EventLogMappingPage;
import io.streamwise.ui.wizards.EventLogPreview.Choice;
import io.streamwise.ui.wizards.EventLogPreview.Separator;
import io.streamwise.ui.wizards.ImportEventLogWizard;

class ImportEventLogWizardTest {

	/** A semicolon file whose viewer column has a name the importer does not know, and one bad timestamp (line 4). */
	private static final String ORDERS = """
			buyer;live;product;action;ts;price
			u1;s1;i1;click;2024-01-01T10:00:00Z;
			u2;s1;i2;purchase;2024-01-01T10:01:00Z;19.9
			u1;s1;i2;cart;yesterday at noon;
			u3;s2;i1;click;2024-01-01T11:00:00Z;
			""";

	/** Next and Finish as the buttons press them. */
	private static final class Dialog extends WizardDialog {
		Dialog(Shell shell, ImportEventLogWizard wizard) {
			super(shell, wizard);
			setBlockOnOpen(false);
		}

		void next() {
			nextPressed();
		}

		void finish() {
			finishPressed();
		}
	}

	private Dialog dialog;

	@AfterEach
	void close() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		UiTesting.page().closeAllEditors(false);
	}

	@Test
	void previewsTheReadAndRejectedRowsAndImportsTheFileWithAnExperimentOverIt() throws Exception {
		IProject project = UiTesting.newProject("import-wizard");
		Path csv = Files.createTempDirectory("import-wizard").resolve("orders.csv");
		Files.writeString(csv, ORDERS);

		ImportEventLogWizard wizard = new ImportEventLogWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		dialog = new Dialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.open();
		assertSame(project, wizard.sourcePage().project(), "the selected project is the target");
		assertFalse(wizard.canFinish());
		wizard.sourcePage().setFile(csv.toString());
		assertTrue(wizard.sourcePage().isPageComplete(), String.valueOf(wizard.sourcePage().getErrorMessage()));

		dialog.next();
		EventLogMappingPage mapping = wizard.mappingPage();
		assertSame(mapping, dialog.getCurrentPage());
		UiTesting.waitUntil(mapping::isPreviewCurrent, "the first preview");
		// the separator was guessed and the known headers detected; "buyer" is no viewer alias, so the page asks
		assertEquals("Choose the column that holds the viewer.", mapping.getErrorMessage());
		assertFalse(wizard.canFinish());

		mapping.selectColumn(Field.VIEWER, "buyer");
		UiTesting.waitUntil(mapping::isPreviewCurrent, "the preview after choosing the viewer column");
		assertNull(mapping.getErrorMessage());

		Table preview = mapping.previewTable();
		assertEquals(3, preview.getItemCount(), "the three good rows");
		List<String> types = new ArrayList<>();
		for (TableItem item : preview.getItems()) {
			assertTrue(item.getText(0).startsWith("p:"), "viewer ids are pseudonymised by default: " + item.getText(0));
			types.add(item.getText(3));
		}
		assertEquals(List.of("click", "purchase", "click"), types);
		assertEquals("19.9", preview.getItem(1).getText(5));
		assertEquals("2024-01-01T10:01:00Z", preview.getItem(1).getText(4));

		Table rejected = mapping.rejectedTable();
		assertEquals(1, rejected.getItemCount());
		TableItem bad = rejected.getItem(0);
		assertEquals("4", bad.getText(0), "the line of the bad row, header included");
		assertEquals("ts", bad.getText(1));
		assertFalse(bad.getText(2).isBlank(), "a reason is given");
		assertTrue(bad.getText(3).contains("yesterday at noon"), bad.getText(3));

		assertTrue(wizard.canFinish());
		dialog.finish();
		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "Finish closes the wizard");

		IFile copy = project.getFile("data/orders.csv");
		assertTrue(copy.exists(), "the file is copied into data/");
		assertArrayEquals(Files.readAllBytes(csv), Files.readAllBytes(copy.getLocation().toFile().toPath()));
		IFile experiment = project.getFile("orders.experiment");
		assertTrue(experiment.exists(), "an experiment over the data is written");
		assertEquals(experiment, wizard.experiment());

		Path experimentFile = experiment.getLocation().toFile().toPath();
		ExperimentSpec spec = ExperimentFiles.read(experimentFile);
		assertEquals(DatasetKind.CSV, spec.dataset().kind());
		assertEquals("data/orders.csv", spec.dataset().location());
		Map<String, String> options = spec.dataset().options();
		assertEquals("viewer=buyer,stream=live,item=product,type=action,timestamp=ts,value=price",
				options.get(DatasetOptions.COLUMNS));
		assertEquals("semicolon", options.get(DatasetOptions.SEPARATOR));
		// typed, the options read back to the mapping the preview used, by header names
		CsvMapping typed = spec.dataset().fileOptions().mapping();
		assertEquals(';', typed.separator());
		assertTrue(typed.header());
		assertEquals(CsvMapping.ColumnRef.named("buyer"), typed.columns().get(Field.VIEWER));
		assertEquals(CsvMapping.ColumnRef.named("price"), typed.columns().get(Field.VALUE));

		// the experiment reads the copied file as the preview showed it; one bad row of four is more than the 1 %
		// an experiment accepts by default, and the error says which option raises the limit
		// (no assertThrows: this fragment does not import JUnit's function package)
		String tooMany = null;
		try {
			DatasetLoader.load(spec.dataset(), experimentFile.getParent(), spec.seed(), ProgressMonitor.NULL);
		} catch (TooManyRejectedException e) {
			tooMany = e.getMessage();
		}
		assertTrue(tooMany != null && tooMany.contains("maxRejectedShare"), String.valueOf(tooMany));
		Map<String, String> lenient = new java.util.LinkedHashMap<>(options);
		lenient.put(DatasetOptions.MAX_REJECTED_SHARE, "0.25");
		LoadedDataset loaded = DatasetLoader.load(new ExperimentSpec.DatasetSpec(DatasetKind.CSV,
				spec.dataset().location(), null, lenient), experimentFile.getParent(), spec.seed(),
				ProgressMonitor.NULL);
		assertEquals(3, loaded.dataset().log().size());
	}

	@Test
	void theChosenEncodingGoesIntoTheExperimentsDatasetOptions() {
		int[] columns = { 0, -1, -1, -1, 1, -1 };
		Choice gb = new Choice(Separator.COMMA, true, columns, null, false, "GB18030");
		assertEquals("GB18030", gb.datasetOptions(List.of("viewer", "ts")).get(DatasetOptions.ENCODING));
		Choice utf8 = new Choice(Separator.COMMA, true, columns, null, false);
		assertFalse(utf8.datasetOptions(List.of("viewer", "ts")).containsKey(DatasetOptions.ENCODING));
	}

	@Test
	void anotherFileChosenAfterThePreviewNeedsAPreviewOfItsOwnBeforeFinishing() throws Exception {
		IProject project = UiTesting.newProject("import-wizard-back");
		Path folder = Files.createTempDirectory("import-wizard");
		Path first = folder.resolve("first.csv"), second = folder.resolve("second.csv");
		Files.writeString(first, "viewer,timestamp\nv1,2024-01-01T10:00:00Z\n");
		Files.writeString(second, ORDERS);

		ImportEventLogWizard wizard = new ImportEventLogWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		dialog = new Dialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.open();
		wizard.sourcePage().setFile(first.toString());
		dialog.next();
		UiTesting.waitUntil(wizard.mappingPage()::isPreviewCurrent, "the preview of the first file");
		assertTrue(wizard.canFinish());
		dialog.showPage(wizard.sourcePage());
		wizard.sourcePage().setFile(second.toString());
		assertFalse(wizard.canFinish(), "the first file's mapping must not be applied to the second");
	}

	@Test
	void aFileThatIsAlreadyInTheProjectIsNotOverwritten() throws Exception {
		IProject project = UiTesting.newProject("import-wizard-twice");
		Path csv = Files.createTempDirectory("import-wizard").resolve("orders.csv");
		Files.writeString(csv, ORDERS);
		Path data = project.getLocation().toFile().toPath().resolve("data");
		Files.createDirectories(data);
		Files.writeString(data.resolve("orders.csv"), "viewer,timestamp\nv,1\n");
		project.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, null);

		ImportEventLogWizard wizard = new ImportEventLogWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		dialog = new Dialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.open();
		wizard.sourcePage().setFile(csv.toString());
		assertFalse(wizard.sourcePage().isPageComplete());
		assertTrue(wizard.sourcePage().getErrorMessage().contains("already exists"),
				wizard.sourcePage().getErrorMessage());
	}
}
