package io.streamwise.ui.campaigns;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;

import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.io.ModelLoadException;
import io.streamwise.ui.models.EditingActionBarContributor;
import io.streamwise.ui.models.EditingActions;
import io.streamwise.ui.models.ModelDocument;
import io.streamwise.ui.models.ModelValidation;
import io.streamwise.ui.startup.StartupTarget;

/**
 * Edits a campaign on form pages (overview and target; streams, products and offers; funnels per segment; costs;
 * scenarios) and forecasts it on the Forecast page while it is edited. Every edit is a command on the campaign's
 * editing domain, so the pages undo, redo and save like the other model editors.
 */
public final class CampaignEditor extends FormEditor implements IEditingDomainProvider {

	public static final String ID = "io.streamwise.ui.campaigns.editor";
	private ScenariosPage scenarios;

	private ModelDocument document;
	private EditingActions actions;
	private final List<CampaignFormPage> formPages = new ArrayList<>();
	private FunnelPage funnel;
	private ForecastPage forecast;
	private final CommandStackListener stackListener = this::commandStackChanged;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput)) {
			throw new PartInitException("The campaign editor opens workspace files only");
		}
		try {
			document = ModelDocument.load(fileInput.getFile());
		} catch (ModelLoadException e) {
			ModelValidation.loadProblem(fileInput.getFile(), e);
			throw new PartInitException(e.getMessage(), e);
		}
		super.init(site, input);
		setPartName(fileInput.getFile().getName());
		actions = new EditingActions(document.domain());
		document.commandStack().addCommandStackListener(stackListener);
	}

	@Override
	protected void addPages() {
		try {
			funnel = new FunnelPage(this);
			formPages.add(new OverviewPage(this));
			formPages.add(new StreamsPage(this));
			formPages.add(funnel);
			formPages.add(new CostsPage(this));
			scenarios = new ScenariosPage(this);
			formPages.add(scenarios);
			for (CampaignFormPage page : formPages) {
				addPage(page);
			}
			forecast = new ForecastPage(this);
			addPage(forecast);
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
		if (getEditorSite().getActionBarContributor() instanceof EditingActionBarContributor contributor) {
			contributor.actionsReady(this);
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == EditingActions.class) {
			return adapter.cast(actions);
		}
		if (adapter == StartupTarget.class) {
			return adapter.cast(new StartupTarget() {
				@Override
				public void showPage(String id) {
					if (findPage(id) == null) {
						throw new IllegalArgumentException(file().getName() + " has no page " + id
								+ " (overview, streams, funnels, costs, scenarios, forecast)");
					}
					setActivePage(id);
				}
			});
		}
		return super.getAdapter(adapter);
	}

	private void commandStackChanged(EventObject event) {
		editorDirtyStateChanged();
		for (CampaignFormPage page : formPages) {
			page.refresh();
		}
		forecast.planChanged();
	}

	public Campaign campaign() {
		return (Campaign) document.root();
	}

	public IFile file() {
		return document.file();
	}

	public ModelDocument document() {
		return document;
	}

	public FunnelPage funnelPage() {
		return funnel;
	}

	public ScenariosPage scenariosPage() {
		return scenarios;
	}

	public ForecastPage forecastPage() {
		return forecast;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return document.domain();
	}

	void execute(Command command) {
		if (command.canExecute()) {
			document.commandStack().execute(command);
		}
	}

	/** Sets a feature by command, unless it already has the value. */
	void set(EObject owner, EStructuralFeature feature, Object value) {
		if (owner != null && !Objects.equals(owner.eGet(feature), value)) {
			execute(SetCommand.create(getEditingDomain(), owner, feature, value));
		}
	}

	/**
	 * Shows a problem the forecast found with the plan (a path such as segments[pros]/funnels[0]/reach/mean) on the
	 * field of the pages that edits that input, or clears every such problem for null.
	 */
	void showPlanProblem(String path, String message) {
		for (CampaignFormPage page : formPages) {
			page.showPlanProblem(path, message);
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			document.save();
			ModelValidation.validate(document.file(), document.root());
		} catch (Exception e) {
			ErrorDialog.openError(getSite().getShell(), "Save", "The campaign could not be saved.",
					Status.error(String.valueOf(e.getMessage()), e));
		}
		editorDirtyStateChanged();
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isDirty() {
		return document != null && document.isDirty();
	}

	@Override
	public void dispose() {
		if (forecast != null) {
			forecast.cancel();
		}
		if (funnel != null) {
			funnel.cancel();
		}
		if (document != null) {
			document.commandStack().removeCommandStackListener(stackListener);
			actions.dispose();
			document.dispose();
		}
		super.dispose();
	}
}
