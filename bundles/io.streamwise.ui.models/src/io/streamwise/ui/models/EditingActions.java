package io.streamwise.ui.models;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

import io.streamwise.ui.models.emf.ItemLabelProvider;

/**
 * Undo, Redo and Delete over an editing domain's command stack, and New Child menus from the item providers' child
 * descriptors. Shared by the model editors and the experiment editor.
 */
public final class EditingActions implements CommandStackListener {

	private final EditingDomain domain;
	private final Action undo = new Action() {
		@Override
		public void run() {
			domain.getCommandStack().undo();
		}
	};
	private final Action redo = new Action() {
		@Override
		public void run() {
			domain.getCommandStack().redo();
		}
	};
	private final Action delete = new Action("&Delete") {
		@Override
		public void run() {
			if (deletable != null) {
				domain.getCommandStack().execute(deletable);
			}
		}
	};
	private Command deletable;

	public EditingActions(EditingDomain domain) {
		this.domain = domain;
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
		redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
		delete.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
		delete.setEnabled(false);
		domain.getCommandStack().addCommandStackListener(this);
		commandStackChanged(null);
	}

	/** Installs Undo, Redo and Delete as the handlers of the workbench's global actions. */
	public void install(IActionBars bars) {
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		bars.updateActionBars();
	}

	@Override
	public void commandStackChanged(java.util.EventObject event) {
		CommandStack stack = domain.getCommandStack();
		undo.setEnabled(stack.canUndo());
		undo.setText("&Undo" + label(stack.getUndoCommand()));
		redo.setEnabled(stack.canRedo());
		redo.setText("&Redo" + label(stack.getRedoCommand()));
	}

	private static String label(Command command) {
		return command == null || command.getLabel() == null ? "" : " " + command.getLabel();
	}

	/** Delete applies to what is selected now. */
	public void selectionChanged(IStructuredSelection selection) {
		deletable = selection.isEmpty() ? null : DeleteCommand.create(domain, selection.toList());
		delete.setEnabled(deletable != null && deletable.canExecute());
	}

	/** Fills a context menu: New Child for the single selected object, then Undo, Redo and Delete. */
	public void fillContextMenu(IMenuManager menu, IStructuredSelection selection, ItemLabelProvider labels) {
		if (selection.size() == 1) {
			Object owner = selection.getFirstElement();
			MenuManager newChild = new MenuManager("&New Child");
			for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
				newChild.add(createChild(owner, descriptor, labels));
			}
			menu.add(newChild);
			menu.add(new Separator());
		}
		menu.add(undo);
		menu.add(redo);
		menu.add(new Separator());
		menu.add(delete);
	}

	private IAction createChild(Object owner, Object descriptor, ItemLabelProvider labels) {
		Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
		Action action = new Action() {
			@Override
			public void run() {
				domain.getCommandStack().execute(command);
			}
		};
		if (command instanceof CommandActionDelegate delegate) {
			action.setText(delegate.getText());
			action.setToolTipText(delegate.getToolTipText());
			org.eclipse.swt.graphics.Image icon = labels.image(delegate.getImage());
			if (icon != null) {
				action.setImageDescriptor(org.eclipse.jface.resource.ImageDescriptor.createFromImage(icon));
			}
		}
		action.setEnabled(command.canExecute());
		return action;
	}

	/** Objects the last command touched, to select after it ran. */
	public static Collection<?> affected(Command command) {
		return command == null ? List.of() : command.getAffectedObjects();
	}

	public IAction undo() {
		return undo;
	}

	public IAction redo() {
		return redo;
	}

	public void dispose() {
		domain.getCommandStack().removeCommandStackListener(this);
	}
}
