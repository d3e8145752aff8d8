package io.streamwise.ui.models;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Points the workbench's Undo, Redo and Delete at the active editor. All editors of one kind share one set of action
 * bars, so handlers set by each editor when it is created would stay bound to the last one opened; the contributor is
 * told whenever an editor of its kind becomes active and rebinds them to that editor's {@link EditingActions} (found
 * by adapting the editor).
 */
public class EditingActionBarContributor extends EditorActionBarContributor {

	private IEditorPart activeEditor;

	@Override
	public void setActiveEditor(IEditorPart editor) {
		activeEditor = editor;
		bind();
	}

	/** An editor whose actions were made after it was activated (its controls are created lazily) asks again. */
	public void actionsReady(IEditorPart editor) {
		if (editor == activeEditor) {
			bind();
		}
	}

	private void bind() {
		IActionBars bars = getActionBars();
		EditingActions actions = activeEditor == null ? null : activeEditor.getAdapter(EditingActions.class);
		if (actions != null) {
			actions.install(bars);
			return;
		}
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), null);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), null);
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), null);
		bars.updateActionBars();
	}

	@Override
	public void dispose() {
		activeEditor = null;
		super.dispose();
	}
}
