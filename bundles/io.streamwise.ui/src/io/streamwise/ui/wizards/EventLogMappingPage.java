package io.streamwise.ui.wizards;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import io.streamwise.api.data.EventType;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.io.CsvMapping.Field;
import io.streamwise.core.io.RejectedRow;
import io.streamwise.ui.jobs.EclipseProgress;
import io.streamwise.ui.wizards.EventLogPreview.Choice;
import io.streamwise.ui.wizards.EventLogPreview.Result;
import io.streamwise.ui.wizards.EventLogPreview.Row;
import io.streamwise.ui.wizards.EventLogPreview.Separator;

/**
 * Page 2 of the event-log import: how the file's columns map onto events, with a live preview. Every change parses
 * the first lines of the file again in a job, a moment after the last change, and shows the events read and the rows
 * rejected with their line, column and reason.
 */
public final class EventLogMappingPage extends WizardPage {

	/** Quiet time after a change before the preview is parsed again: typing or scrolling a combo parses once. */
	static final int DEBOUNCE_MILLIS = 250;
	private static final String NOT_READ = "(not read)";
	private static final String AUTOMATIC = "(automatic)";

	private final EventLogSourcePage source;
	private Combo separator;
	private Combo encoding;
	private Button header;
	private final Map<Field, Combo> fieldCombos = new EnumMap<>(Field.class);
	private Combo defaultType;
	private Button pseudonymised;
	private Button rawIds;
	private Label summary;
	private Table preview;
	private Table rejected;

	/** The file whose columns the combos list; a new file or layout detects the mapping afresh. */
	private Path shownFile;
	private List<String> columnNames = List.of();
	/** Whether the field combos hold choices (false: let the next preview detect them from the header). */
	private boolean columnsChosen;
	private int requested;
	private int applied;
	private Job running;
	private final Runnable startPreview = this::startPreview;

	EventLogMappingPage(EventLogSourcePage source) {
		super("mapping", "Columns and preview", null);
		this.source = source;
		setDescription("Say how the columns map onto events; the preview shows what the first rows become.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(2, false));

		Group format = new Group(c, SWT.NONE);
		format.setText("Format");
		format.setLayout(new GridLayout(2, false));
		format.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, false));
		new Label(format, SWT.NONE).setText("&Separator:");
		separator = new Combo(format, SWT.READ_ONLY);
		for (Separator s : Separator.values()) {
			separator.add(s.label);
		}
		separator.select(0);
		new Label(format, SWT.NONE).setText("&Encoding:");
		encoding = new Combo(format, SWT.READ_ONLY);
		Choice.ENCODINGS.forEach(encoding::add);
		encoding.select(0);
		encoding.setToolTipText(
				"How the file's text is written; rows with bytes that are not valid in it are rejected");
		header = new Button(format, SWT.CHECK);
		header.setText("The first line is a &header");
		header.setSelection(true);
		header.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
		new Label(format, SWT.NONE).setText("Default &type:");
		defaultType = new Combo(format, SWT.READ_ONLY);
		defaultType.add(AUTOMATIC);
		for (EventType t : EventType.values()) {
			defaultType.add(t.label());
		}
		defaultType.select(0);
		defaultType.setToolTipText("The type of every event when no column holds types; automatic means click, or "
				+ "rate when the value column is a rating");
		new Label(format, SWT.NONE).setText("Viewer ids:");
		Composite ids = new Composite(format, SWT.NONE);
		ids.setLayout(new GridLayout(2, false));
		pseudonymised = new Button(ids, SWT.RADIO);
		pseudonymised.setText("&Pseudonymised");
		pseudonymised.setSelection(true);
		pseudonymised.setToolTipText("Replaced by keyed pseudonyms (the key stays in the project's "
				+ DatasetLoader.DEFAULT_KEY_FILE + ")");
		rawIds = new Button(ids, SWT.RADIO);
		rawIds.setText("&Raw");
		rawIds.setToolTipText("Kept as they are in the file");

		Group columns = new Group(c, SWT.NONE);
		columns.setText("Columns");
		columns.setLayout(new GridLayout(4, false));
		columns.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		for (Field f : Field.values()) {
			new Label(columns, SWT.NONE).setText(capitalised(f.label()) + (f.required() ? " *:" : ":"));
			Combo combo = new Combo(columns, SWT.READ_ONLY);
			combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			combo.add(NOT_READ);
			combo.select(0);
			combo.addListener(SWT.Selection, e -> {
				columnsChosen = true;
				changed();
			});
			fieldCombos.put(f, combo);
		}

		summary = new Label(c, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		preview = table(c, 200, new int[] { 170, 80, 80, 80, 170, 70 }, "Viewer", "Stream", "Item", "Type", "Timestamp",
				"Value");
		new Label(c, SWT.NONE).setText("Rejected rows:");
		new Label(c, SWT.NONE);
		rejected = table(c, 90, new int[] { 50, 80, 300, 290 }, "Line", "Column", "Reason", "Text");

		separator.addListener(SWT.Selection, e -> layoutChanged());
		header.addListener(SWT.Selection, e -> layoutChanged());
		encoding.addListener(SWT.Selection, e -> layoutChanged());
		defaultType.addListener(SWT.Selection, e -> changed());
		rawIds.addListener(SWT.Selection, e -> changed());
		c.addListener(SWT.Dispose, e -> {
			c.getDisplay().timerExec(-1, startPreview);
			if (running != null) {
				running.cancel();
			}
		});
		setControl(c);
	}

	private static Table table(Composite parent, int heightHint, int[] widths, String... headers) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		data.heightHint = heightHint;
		data.widthHint = 720;
		table.setLayoutData(data);
		for (int i = 0; i < headers.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(headers[i]);
			column.setWidth(widths[i]);
		}
		return table;
	}

	private static String capitalised(String s) {
		return Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible && source.file() != null && !source.file().equals(shownFile)) {
			shownFile = source.file();
			separator.select(EventLogPreview.guessSeparator(shownFile).ordinal());
			layoutChanged();
		}
	}

	/** Separator or header changed: the columns are different, so they are detected again. */
	private void layoutChanged() {
		columnsChosen = false;
		changed();
	}

	/** Something changed: the page waits for a new preview, parsed once the changes pause. */
	private void changed() {
		requested++;
		setPageComplete(false);
		getControl().getDisplay().timerExec(DEBOUNCE_MILLIS, startPreview);
	}

	private void startPreview() {
		if (getControl() == null || getControl().isDisposed() || shownFile == null) {
			return;
		}
		int generation = requested;
		Choice choice = choice();
		Path file = shownFile;
		Path keyFile = source.project() == null || source.project().getLocation() == null ? null
				: source.project().getLocation().toFile().toPath().resolve(DatasetLoader.DEFAULT_KEY_FILE);
		if (running != null) {
			running.cancel();
		}
		var display = getControl().getDisplay();
		running = Job.create("Previewing " + file.getFileName(), monitor -> {
			Result result = EventLogPreview.run(file, choice, keyFile, new EclipseProgress(monitor));
			display.asyncExec(() -> show(generation, result));
			return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		});
		running.setSystem(true);
		running.schedule();
	}

	/** The page's current choices; the columns are left open until the user or a preview has set them. */
	public Choice choice() {
		int[] columns = null;
		if (columnsChosen) {
			columns = new int[Field.values().length];
			for (Field f : Field.values()) {
				columns[f.ordinal()] = fieldCombos.get(f).getSelectionIndex() - 1;
			}
		}
		int type = defaultType.getSelectionIndex();
		return new Choice(Separator.values()[Math.max(0, separator.getSelectionIndex())], header.getSelection(),
				columns, type <= 0 ? null : EventType.values()[type - 1], rawIds.getSelection(),
				Choice.ENCODINGS.get(Math.max(0, encoding.getSelectionIndex())));
	}

	/** The file that the mapping and preview are about, or null before the page was shown. */
	public Path previewedFile() {
		return shownFile;
	}

	/** The names of the file's columns as the last preview found them. */
	public List<String> columnNames() {
		return columnNames;
	}

	private void show(int generation, Result result) {
		if (getControl() == null || getControl().isDisposed() || generation != requested) {
			return; // a newer preview is on its way
		}
		applied = generation;
		columnNames = result.columnNames();
		for (Field f : Field.values()) {
			Combo combo = fieldCombos.get(f);
			combo.removeAll();
			combo.add(NOT_READ);
			result.columnNames().forEach(combo::add);
			int column = result.columns()[f.ordinal()];
			combo.select(column >= 0 && column < result.columnNames().size() ? column + 1 : 0);
		}
		columnsChosen = !result.columnNames().isEmpty();
		if (result.defaultType() != null && defaultType.getSelectionIndex() == 0) {
			defaultType.select(result.defaultType().ordinal() + 1);
		}
		preview.removeAll();
		for (Row row : result.rows()) {
			new TableItem(preview, SWT.NONE).setText(
					new String[] { row.viewer(), row.stream(), row.item(), row.type(), row.timestamp(), row.value() });
		}
		rejected.removeAll();
		for (RejectedRow row : result.rejected()) {
			new TableItem(rejected, SWT.NONE).setText(new String[] { Long.toString(row.line()),
					row.column() == null ? "" : row.column(), row.reason(), row.rawText() });
		}
		summary.setText(result.error() == null ? result.summary() : "");
		summary.getParent().layout(true, true);
		setErrorMessage(result.error());
		setPageComplete(result.error() == null);
	}

	/** Whether the tables show the current choices (no change is waiting for its preview). */
	public boolean isPreviewCurrent() {
		return applied == requested;
	}

	public Table previewTable() {
		return preview;
	}

	public Table rejectedTable() {
		return rejected;
	}

	/** Selects the column of a field by its name in the combo, as a user would; for tests. */
	public void selectColumn(Field field, String columnName) {
		Combo combo = fieldCombos.get(field);
		int index = combo.indexOf(columnName);
		if (index < 0) {
			throw new IllegalArgumentException("no column '" + columnName + "' in " + List.of(combo.getItems()));
		}
		combo.select(index);
		combo.notifyListeners(SWT.Selection, null);
	}
}
