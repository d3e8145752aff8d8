package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.streamwise.ui.experiments.csv.CsvIndex;
import io.streamwise.ui.experiments.csv.CsvTableEditor;

/** Issue 12: a CSV table viewer for event files and per_unit.csv that pages large files instead of loading them. */
class CsvTableEditorTest {

	private static final int ROWS = 200_000;

	@AfterEach
	void closeEditors() {
		UiTesting.page().closeAllEditors(false);
	}

	@Test
	void aLargeEventFileOpensInTheCsvTableAndItsLastRowIsShownWhenScrolledTo() throws Exception {
		IProject project = UiTesting.newProject("csv-table");
		IFile file = project.getFile("events.csv");
		try (BufferedWriter w = Files.newBufferedWriter(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8)) {
			w.write("viewer,stream,item,type,timestamp,value\n");
			for (int i = 0; i < ROWS; i++) {
				// row 1000 has a quoted field with a separator and a line break: still one row
				String item = i == 1000 ? "\"i,with\nbreak\"" : "i" + (i % 97);
				w.write(String.format(Locale.ROOT, "v%d,s%d,%s,click,2026-03-01T10:%02d:00Z,%d\n", i, i % 13, item,
						i % 60, i));
			}
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());

		IEditorPart part = IDE.openEditor(UiTesting.page(), file);
		assertTrue(part instanceof CsvTableEditor, "*.csv opens in the CSV table, not " + part);
		CsvTableEditor editor = (CsvTableEditor) part;
		UiTesting.waitFor(editor.scan());
		assertEquals(IStatus.OK, editor.scan().getResult().getSeverity(), editor.scan().getResult().getMessage());
		Table table = editor.table();
		UiTesting.waitUntil(() -> table.getItemCount() == ROWS, "all rows counted");
		assertEquals("viewer", table.getColumn(1).getText());
		assertEquals("value", table.getColumn(6).getText());

		// jump to the end, as Ctrl+End or the scroll bar does, and read what the table shows there
		int last = ROWS - 1;
		table.setTopIndex(last);
		table.showItem(table.getItem(last));
		UiTesting.processEvents();
		TableItem item = table.getItem(last);
		assertEquals(Integer.toString(ROWS), item.getText(0));
		assertEquals("v" + last, item.getText(1));
		assertEquals(Integer.toString(last), item.getText(6));
		assertEquals("i,with\nbreak", table.getItem(1000).getText(3));
		assertEquals("v1001", table.getItem(1001).getText(1), "the quoted line break did not start a row");

		// paged, not loaded whole: the index holds a page start per 256 rows, and rows come from parsed pages
		assertArrayEquals(new String[] { "v0", "s0", "i0", "click", "2026-03-01T10:00:00Z", "0" },
				editor.index().record(0));
		assertEquals(CsvIndex.PAGE, 256);
	}
}
