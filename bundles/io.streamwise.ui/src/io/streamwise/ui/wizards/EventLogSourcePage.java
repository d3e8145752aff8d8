package io.streamwise.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Page 1 of the event-log import: the file to import and the project that receives it. */
public final class EventLogSourcePage extends WizardPage {

	private final IProject initialProject;
	private final List<IProject> projects = new ArrayList<>();
	private Text file;
	private Combo project;

	EventLogSourcePage(IProject initialProject) {
		super("source", "Event log", null);
		this.initialProject = initialProject;
		setDescription("Choose a delimited file of events (CSV, TSV...) and the project to import it into.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(3, false));
		new Label(c, SWT.NONE).setText("&File:");
		file = new Text(c, SWT.BORDER);
		file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		file.setMessage("a CSV file of viewer, timestamp and more columns");
		Button browse = new Button(c, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.csv;*.tsv;*.txt;*.dat", "*" });
			dialog.setFilterNames(new String[] { "Delimited text (*.csv, *.tsv, *.txt, *.dat)", "All files" });
			String chosen = dialog.open();
			if (chosen != null) {
				file.setText(chosen);
			}
		});
		new Label(c, SWT.NONE).setText("&Project:");
		project = new Combo(c, SWT.READ_ONLY);
		project.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (p.isOpen()) {
				projects.add(p);
				project.add(p.getName());
			}
		}
		int initial = projects.indexOf(initialProject);
		project.select(initial >= 0 ? initial : 0);
		Label note = new Label(c, SWT.WRAP);
		note.setText("The file is copied into the project's " + NewResearchProjectWizard.DATA_FOLDER
				+ "/ folder, and an experiment over it is created next to it.");
		note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		file.addListener(SWT.Modify, e -> validate());
		project.addListener(SWT.Selection, e -> validate());
		setControl(c);
		validate();
	}

	/** The chosen file, or null while the field does not name an existing file. */
	public Path file() {
		String text = file == null ? "" : file.getText().trim();
		if (text.isEmpty()) {
			return null;
		}
		try {
			Path p = Path.of(text).toAbsolutePath().normalize();
			return Files.isRegularFile(p) ? p : null;
		} catch (java.nio.file.InvalidPathException e) {
			return null;
		}
	}

	public IProject project() {
		int i = project == null ? -1 : project.getSelectionIndex();
		return i >= 0 && i < projects.size() ? projects.get(i) : null;
	}

	/** Fills in the file (what Browse... does), for tests and for callers that already know the file. */
	public void setFile(String path) {
		file.setText(path);
	}

	private void validate() {
		String error = null;
		Path chosen = file();
		IProject target = project();
		if (file.getText().isBlank()) {
			error = null;
		} else if (chosen == null) {
			error = "'" + file.getText().trim() + "' is not a file.";
		} else if (!Files.isReadable(chosen)) {
			error = "'" + chosen + "' cannot be read.";
		} else if (target == null) {
			error = "There is no open project to import into: create a research project first.";
		} else if (target.getFolder(NewResearchProjectWizard.DATA_FOLDER).getFile(chosen.getFileName().toString())
				.exists()) {
			error = NewResearchProjectWizard.DATA_FOLDER + "/" + chosen.getFileName() + " already exists in "
					+ target.getName() + ": rename the file or choose another project.";
		}
		setErrorMessage(error);
		setPageComplete(error == null && chosen != null && target != null);
	}
}
