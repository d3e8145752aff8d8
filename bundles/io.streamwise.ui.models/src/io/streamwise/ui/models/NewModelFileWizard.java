package io.streamwise.ui.models;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/**
 * File > New of a model document started from a template: the file's page (project, file name), the template's bytes
 * for that name, and the new file opened in its editor.
 */
public abstract class NewModelFileWizard extends BasicNewResourceWizard {

	private final String kind;
	private final String description;
	private final String extension;
	private final String defaultFileName;
	private final String editorId;
	private WizardNewFileCreationPage page;

	/**
	 * @param kind            what the file is, for the titles ("Campaign")
	 * @param description     what the template holds
	 * @param extension       the file extension, without the dot
	 * @param defaultFileName the file name offered
	 * @param editorId        the editor the new file opens in
	 */
	protected NewModelFileWizard(String kind, String description, String extension, String defaultFileName,
			String editorId) {
		this.kind = kind;
		this.description = description;
		this.extension = extension;
		this.defaultFileName = defaultFileName;
		this.editorId = editorId;
	}

	/** The new file's contents: the template named after the file. */
	protected abstract byte[] contents(String fileName) throws IOException;

	@Override
	public void addPages() {
		setWindowTitle("New " + kind);
		page = new WizardNewFileCreationPage(extension, getSelection()) {
			@Override
			protected InputStream getInitialContents() {
				try {
					return new ByteArrayInputStream(contents(getFileName()));
				} catch (IOException e) {
					setErrorMessage(e.getMessage());
					return null;
				}
			}
		};
		page.setTitle(kind);
		page.setDescription(description);
		page.setFileExtension(extension);
		page.setFileName(defaultFileName);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		selectAndReveal(file);
		try {
			IDE.openEditor(getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, editorId);
		} catch (PartInitException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
		return true;
	}
}
