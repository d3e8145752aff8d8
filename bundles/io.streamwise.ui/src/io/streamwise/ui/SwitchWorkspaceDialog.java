package io.streamwise.ui;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * File > Switch Workspace: the folder to restart on, typed or browsed for, checked as it is typed (an absolute path
 * that is a folder or can become one, not the current workspace). A dialog of its own rather than the desktop's folder
 * chooser alone, so that the path can be typed or pasted, and tests can drive it like any other widgets.
 */
public final class SwitchWorkspaceDialog extends TitleAreaDialog {

	private final Path current;
	private Text folder;
	private Path chosen;

	public SwitchWorkspaceDialog(Shell parent, Path current) {
		super(parent);
		this.current = current;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Switch Workspace");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Switch Workspace");
		setMessage("The workspace is the folder holding your projects. Streamwise restarts on the chosen one.");
		Composite c = new Composite(area, SWT.NONE);
		c.setLayout(new GridLayout(3, false));
		c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		new Label(c, SWT.NONE).setText("Workspace:");
		folder = new Text(c, SWT.BORDER);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 420;
		folder.setLayoutData(data);
		folder.setText(current.toString());
		Button browse = new Button(c, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setText("Switch Workspace");
			dialog.setFilterPath(current.getParent() == null ? current.toString() : current.getParent().toString());
			String picked = dialog.open();
			if (picked != null) {
				folder.setText(picked);
			}
		});
		Label now = new Label(c, SWT.NONE);
		now.setText("Now: " + current);
		now.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		folder.addListener(SWT.Modify, e -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Restart", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	private void validate() {
		String problem = problem(folder.getText(), current);
		setErrorMessage(problem);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problem == null);
		}
	}

	/** Why a typed folder cannot be the next workspace, or null when it can. */
	static String problem(String typed, Path current) {
		String text = typed.trim();
		if (text.isEmpty()) {
			return "Name the workspace folder.";
		}
		Path p;
		try {
			p = Path.of(text);
		} catch (InvalidPathException e) {
			return "Not a path: " + e.getMessage();
		}
		if (!p.isAbsolute()) {
			return "Give the whole path, from /.";
		}
		p = p.normalize();
		if (p.equals(current.toAbsolutePath().normalize())) {
			return "That is the current workspace.";
		}
		if (Files.exists(p) && !Files.isDirectory(p)) {
			return p + " is a file, not a folder.";
		}
		return null;
	}

	@Override
	protected void okPressed() {
		chosen = Path.of(folder.getText().trim()).normalize();
		super.okPressed();
	}

	/** The folder field, for tests that type into it. */
	public Text folderField() {
		return folder;
	}

	/** The folder chosen with Restart, or null. */
	public Path chosen() {
		return chosen;
	}
}
