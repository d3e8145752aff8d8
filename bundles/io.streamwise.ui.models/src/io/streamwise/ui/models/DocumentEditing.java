package io.streamwise.ui.models;

import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * What every editor of a model document does with it, whether it shows the document on form pages
 * ({@link ModelFormEditor}) or as a tree ({@link ModelEditor}): Undo, Redo and Delete over its command stack, the
 * editor told after every command, and save with validation. The document itself stays the editor's: loaded before
 * this is made, and disposed after this is.
 */
final class DocumentEditing {

	private final ModelDocument document;
	private final EditingActions actions;
	private final CommandStackListener listener;

	/** @param afterCommand run after every command executed, undone or redone, once the actions are up to date */
	DocumentEditing(ModelDocument document, Runnable afterCommand) {
		this.document = document;
		// made first, so that its own stack listener runs before the editor's
		this.actions = new EditingActions(document.domain());
		this.listener = event -> afterCommand.run();
		document.commandStack().addCommandStackListener(listener);
	}

	EditingActions actions() {
		return actions;
	}

	/** Saves and validates the document; a failure is shown in a dialog naming what the document is. */
	void save(Shell shell, String kind) {
		try {
			document.save();
			ModelValidation.validate(document.file(), document.root());
		} catch (Exception e) {
			ErrorDialog.openError(shell, "Save", "The " + kind + " could not be saved.",
					Status.error(String.valueOf(e.getMessage()), e));
		}
	}

	void dispose() {
		document.commandStack().removeCommandStackListener(listener);
		actions.dispose();
	}
}
