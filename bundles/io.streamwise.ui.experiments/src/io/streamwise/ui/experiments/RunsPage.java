package io.streamwise.ui.experiments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.ide.IDE;

import io.streamwise.core.results.ExperimentResults;
import io.streamwise.core.results.ResultsJson;
import io.streamwise.core.results.RunComparison;
import io.streamwise.core.results.RunHistory;
import io.streamwise.ui.experiments.results.ResultsEditor;
import io.streamwise.ui.experiments.results.RunComparisonView;

/**
 * The runs of this experiment kept in {@code <name>.runs/}, newest first: select one and Open its results, select two
 * and Compare them side by side, or compare one with the results of another experiment.
 */
public final class RunsPage extends FormPage {

	public static final String ID = "runs";

	private final ExperimentEditor editor;
	private Table table;
	private Button open, compare, compareOther, resume;
	private Label status;
	private RunComparisonView comparisonView;
	private final List<RunHistory.Run> runs = new ArrayList<>();

	RunsPage(ExperimentEditor editor) {
		super(editor, ID, "Runs");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		FormToolkit toolkit = managedForm.getToolkit();
		managedForm.getForm().setText("Runs");
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(1, false));
		toolkit.createLabel(body, "Every run of this experiment, kept in " + runsFolderName()
				+ "/ beside it (newest first). Select two runs and Compare them.", SWT.WRAP)
				.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		table = toolkit.createTable(body, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String[] c : new String[][] { { "Run", "170" }, { "Seed", "60" }, { "Seconds", "70" },
				{ "Algorithms", "220" }, { "Failed cells", "90" }, { "Dataset", "300" } }) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(c[0]);
			column.setWidth(Integer.parseInt(c[1]));
		}
		GridData tableLayout = new GridData(SWT.FILL, SWT.FILL, true, false);
		tableLayout.heightHint = 140;
		table.setLayoutData(tableLayout);
		table.addListener(SWT.Selection, e -> updateButtons());
		table.addListener(SWT.DefaultSelection, e -> openSelected());

		Composite buttons = toolkit.createComposite(body);
		buttons.setLayout(new GridLayout(6, false));
		open = toolkit.createButton(buttons, "Open results", SWT.PUSH);
		open.addListener(SWT.Selection, e -> openSelected());
		compare = toolkit.createButton(buttons, "Compare", SWT.PUSH);
		compare.setToolTipText("Compare the two selected runs side by side");
		compare.addListener(SWT.Selection, e -> compareSelected());
		compareOther = toolkit.createButton(buttons, "Compare with results of another experiment...", SWT.PUSH);
		compareOther.addListener(SWT.Selection, e -> compareWithFile());
		resume = toolkit.createButton(buttons, "Resume", SWT.PUSH);
		resume.setToolTipText("Finish the selected unfinished run: the cells its journal holds are not computed again");
		resume.addListener(SWT.Selection, e -> resumeSelected());
		Button refresh = toolkit.createButton(buttons, "Refresh", SWT.PUSH);
		refresh.addListener(SWT.Selection, e -> refresh());
		status = toolkit.createLabel(buttons, "", SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		comparisonView = new RunComparisonView(body);
		toolkit.adapt(comparisonView);
		comparisonView.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		refresh();
	}

	private String runsFolderName() {
		return RunHistory.runsFolder(experimentPath()).getFileName().toString();
	}

	private Path experimentPath() {
		return editor.file().getLocation().toFile().toPath();
	}

	/** Reads the runs from disk again. */
	public void refresh() {
		if (table == null || table.isDisposed()) {
			return;
		}
		runs.clear();
		try {
			runs.addAll(RunHistory.list(experimentPath()));
		} catch (IOException e) {
			status.setText("The runs cannot be listed: " + e.getMessage());
		}
		table.removeAll();
		for (RunHistory.Run run : runs) {
			TableItem item = new TableItem(table, SWT.NONE);
			ExperimentResults r = run.results();
			if (r == null) {
				item.setText(new String[] { run.name(), "", "", "", "",
						run.unfinished() ? run.problem() : "cannot be read: " + run.problem() });
				continue;
			}
			ExperimentResults.Provenance p = r.provenance();
			item.setText(new String[] { run.name(), p == null ? "" : Long.toString(p.seed()),
					p == null ? "" : String.format(Locale.ROOT, "%.1f", p.seconds()),
					p == null ? ""
							: String.join(", ", p.algorithms().stream().map(ExperimentResults.Algorithm::label)
									.toList()),
					Integer.toString(r.failures().size()), p == null || p.dataset() == null ? "" : p.dataset() });
		}
		updateButtons();
	}

	private void updateButtons() {
		int[] selected = table.getSelectionIndices();
		boolean readable = true;
		for (int i : selected) {
			readable &= runs.get(i).results() != null;
		}
		open.setEnabled(selected.length == 1 && !runs.get(selected[0]).unfinished());
		resume.setEnabled(selected.length == 1 && runs.get(selected[0]).unfinished());
		compare.setEnabled(selected.length == 2 && readable);
		compareOther.setEnabled(selected.length == 1 && readable);
	}

	private void openSelected() {
		int[] selected = table.getSelectionIndices();
		if (selected.length != 1) {
			return;
		}
		Path json = runs.get(selected[0]).resultsJson();
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(json.toUri());
		try {
			if (files.length > 0) {
				IDE.openEditor(getSite().getPage(), files[0], ResultsEditor.ID);
			} else {
				status.setText(json + " is outside the workspace");
			}
		} catch (PartInitException e) {
			MessageDialog.openError(getSite().getShell(), "Runs", "The results cannot be opened: " + e.getMessage());
		}
	}

	/** Finishes the selected unfinished run as a job; the results open when it is done. */
	public void resumeSelected() {
		int[] selected = table.getSelectionIndices();
		if (selected.length != 1 || !runs.get(selected[0]).unfinished()) {
			return;
		}
		editor.run(runs.get(selected[0]).folder());
	}

	/**
	 * Selects the runs named a and b (their folder names) in the table and compares them, as a user does with the
	 * mouse and Compare.
	 *
	 * @throws IllegalArgumentException when either is not a run of the list or cannot be read
	 */
	public void compare(String a, String b) {
		int[] indices = { indexOf(a), indexOf(b) };
		table.setSelection(indices);
		updateButtons();
		if (!compare.isEnabled()) {
			throw new IllegalArgumentException("runs " + a + " and " + b + " cannot be compared (see the Runs page)");
		}
		compareSelected();
	}

	private int indexOf(String name) {
		for (int i = 0; i < runs.size(); i++) {
			if (runs.get(i).name().equals(name)) {
				return i;
			}
		}
		throw new IllegalArgumentException("no run " + name + " in " + runsFolderName() + "/");
	}

	/** Compares the two selected runs: the older one is A, the newer B. */
	public void compareSelected() {
		int[] selected = table.getSelectionIndices();
		if (selected.length != 2) {
			return;
		}
		// the list is newest first: the larger index is the older run
		RunHistory.Run a = runs.get(Math.max(selected[0], selected[1]));
		RunHistory.Run b = runs.get(Math.min(selected[0], selected[1]));
		if (a.results() == null || b.results() == null) {
			return;
		}
		comparisonView.show(a.name(), b.name(), RunComparison.of(a.results(), b.results()));
		getManagedForm().reflow(true);
	}

	private void compareWithFile() {
		int[] selected = table.getSelectionIndices();
		if (selected.length != 1) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
		dialog.setFilterNames(new String[] { "Results (results.json)" });
		dialog.setFilterExtensions(new String[] { "results.json;*.json" });
		String file = dialog.open();
		if (file != null) {
			compareWith(Path.of(file));
		}
	}

	/** Compares the selected run (A) with the results file of another run or experiment (B). */
	public void compareWith(Path otherResults) {
		RunHistory.Run a = runs.get(table.getSelectionIndex());
		try {
			ExperimentResults other = ResultsJson.read(otherResults, ExperimentResults.class);
			comparisonView.show(a.name(), otherResults.toString(), RunComparison.of(a.results(), other));
			status.setText("");
		} catch (IOException e) {
			status.setText(e.getMessage());
		}
		getManagedForm().reflow(true);
	}

	public Table table() {
		return table;
	}

	public Button resumeButton() {
		return resume;
	}

	public Button compareButton() {
		return compare;
	}

	public RunComparisonView comparisonView() {
		return comparisonView;
	}

	public List<RunHistory.Run> runs() {
		return List.copyOf(runs);
	}
}
