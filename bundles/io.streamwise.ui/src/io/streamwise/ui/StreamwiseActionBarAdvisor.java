package io.streamwise.ui;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * File, Edit, Window and Help (Install New Software, About) menus and the main toolbar. Save, Undo, Redo and Delete are retargetable: the active
 * editor supplies the handlers, so each editor's command stack answers them.
 */
final class StreamwiseActionBarAdvisor extends ActionBarAdvisor {

	// NEW is registered for its key binding (Ctrl+N); the menu lists the wizards themselves
	private IWorkbenchAction newWizardDropDown, save, saveAll, close, closeAll, importWizard, quit, undo,
			redo, delete, selectAll, resetPerspective, preferences, about, openFile, switchWorkspace,
			installNewSoftware;

	StreamwiseActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		register(ActionFactory.NEW.create(window));
		newWizardDropDown = register(ActionFactory.NEW_WIZARD_DROP_DOWN.create(window));
		save = register(ActionFactory.SAVE.create(window));
		saveAll = register(ActionFactory.SAVE_ALL.create(window));
		close = register(ActionFactory.CLOSE.create(window));
		closeAll = register(ActionFactory.CLOSE_ALL.create(window));
		importWizard = register(ActionFactory.IMPORT.create(window));
		quit = register(ActionFactory.QUIT.create(window));
		undo = register(ActionFactory.UNDO.create(window));
		redo = register(ActionFactory.REDO.create(window));
		delete = register(ActionFactory.DELETE.create(window));
		selectAll = register(ActionFactory.SELECT_ALL.create(window));
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
		preferences = register(ActionFactory.PREFERENCES.create(window));
		about = register(ActionFactory.ABOUT.create(window));
		openFile = register(FileActions.openFile(window));
		switchWorkspace = register(FileActions.switchWorkspace(window));
		installNewSoftware = register(new InstallNewSoftware(window));
	}

	private <A extends IWorkbenchAction> A register(A action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
		newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
		file.add(newMenu);
		file.add(openFile);
		file.add(new Separator());
		file.add(close);
		file.add(closeAll);
		file.add(new Separator());
		file.add(save);
		file.add(saveAll);
		file.add(new Separator());
		file.add(importWizard);
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(switchWorkspace);
		file.add(quit);

		MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		edit.add(undo);
		edit.add(redo);
		edit.add(new Separator());
		edit.add(delete);
		edit.add(selectAll);
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager showView = new MenuManager("Show &View", "showView");
		showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		windowMenu.add(showView);
		windowMenu.add(resetPerspective);
		windowMenu.add(new Separator());
		windowMenu.add(preferences);

		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		help.add(installNewSoftware);
		help.add(new Separator());
		help.add(about);

		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu);
		menuBar.add(help);
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		ToolBarManager toolBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		toolBar.add(newWizardDropDown);
		toolBar.add(save);
		toolBar.add(new Separator());
		toolBar.add(undo);
		toolBar.add(redo);
		coolBar.add(new ToolBarContributionItem(toolBar, "main"));
	}
}
