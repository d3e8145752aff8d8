package io.streamwise.ui.experiments.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;

import io.streamwise.ui.experiments.ReadOnlyEditorPart;

/**
 * A read-only table of a CSV file (event logs, per_unit.csv) of any size: a virtual table asks for the rows it shows,
 * and {@link CsvIndex} parses only their pages. The record boundaries are found by a job; rows appear as it goes.
 */
public final class CsvTableEditor extends ReadOnlyEditorPart {

	public static final String ID = "io.streamwise.ui.experiments.csv";

	private Path file;
	private CsvIndex index;
	private Table table;
	private Label status;
	private Job scan;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput) || fileInput.getFile().getLocation() == null) {
			throw new PartInitException("The CSV table opens files of the workspace only");
		}
		setSite(site);
		setInput(input);
		setPartName(fileInput.getFile().getName());
		file = fileInput.getFile().getLocation().toFile().toPath();
		try {
			index = CsvIndex.open(file);
		} catch (IOException e) {
			throw new PartInitException(file + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));
		status = new Label(root, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		status.setText("Reading " + file + " ...");
		table = new Table(root, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.BORDER | SWT.MULTI);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		TableColumn number = new TableColumn(table, SWT.RIGHT);
		number.setText("#");
		number.setWidth(70);
		for (String name : index.header()) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(name);
			column.setWidth(Math.max(80, Math.min(240, 9 * name.length() + 30)));
		}
		table.addListener(SWT.SetData, e -> {
			TableItem item = (TableItem) e.item;
			int row = table.indexOf(item);
			try {
				String[] fields = index.record(row);
				item.setText(0, Integer.toString(row + 1));
				for (int c = 0; c < fields.length && c + 1 < table.getColumnCount(); c++) {
					item.setText(c + 1, fields[c]);
				}
			} catch (IOException ex) {
				item.setText(0, Integer.toString(row + 1));
				item.setText(1, "cannot be read: " + ex.getMessage());
			}
		});
		startScan(parent.getDisplay());
	}

	private void startScan(Display display) {
		scan = new Job("Indexing " + file.getFileName()) {
			@Override
			protected org.eclipse.core.runtime.IStatus run(IProgressMonitor monitor) {
				// the rows found so far are shown every 200 ms while the scan goes on
				Runnable[] update = new Runnable[1];
				update[0] = () -> {
					if (table.isDisposed()) {
						return;
					}
					showCount();
					if (!index.complete() && getState() == RUNNING) {
						display.timerExec(200, update[0]);
					}
				};
				display.asyncExec(update[0]);
				try {
					if (!index.scan(monitor::isCanceled)) {
						return Status.CANCEL_STATUS;
					}
				} catch (IOException e) {
					return Status.error(file + ": " + e.getMessage(), e);
				} finally {
					display.asyncExec(() -> {
						if (!table.isDisposed()) {
							showCount();
						}
					});
				}
				return Status.OK_STATUS;
			}
		};
		scan.setSystem(true);
		scan.schedule();
	}

	private void showCount() {
		int rows = index.records();
		if (table.getItemCount() != rows) {
			table.setItemCount(rows);
		}
		status.setText(String.format(Locale.ROOT, "%s: %,d rows%s, separator '%s'", file, rows,
				index.complete() ? "" : " so far", index.separator() == '\t' ? "\\t" : index.separator()));
	}

	/** The job finding the rows, to wait for in tests. */
	public Job scan() {
		return scan;
	}

	public Table table() {
		return table;
	}

	public CsvIndex index() {
		return index;
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		if (scan != null) {
			scan.cancel();
		}
		super.dispose();
	}
}
