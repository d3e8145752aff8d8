package io.streamwise.ui.campaigns;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.PartInitException;

import io.streamwise.model.campaign.Campaign;
import io.streamwise.ui.models.ModelFormEditor;
import io.streamwise.ui.startup.StartupTarget;

/**
 * Edits a campaign on form pages (overview and target; streams, products and offers; funnels per segment; costs;
 * scenarios) and forecasts it on the Forecast page while it is edited. Every edit is a command on the campaign's
 * editing domain, so the pages undo, redo and save like the other model editors.
 */
public final class CampaignEditor extends ModelFormEditor {

	public static final String ID = "io.streamwise.ui.campaigns.editor";
	private ScenariosPage scenarios;

	private final List<CampaignFormPage> formPages = new ArrayList<>();
	private FunnelPage funnel;
	private ForecastPage forecast;

	public CampaignEditor() {
		super("campaign");
	}

	@Override
	protected void addFormPages() throws PartInitException {
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
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
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

	@Override
	protected void modelChanged() {
		for (CampaignFormPage page : formPages) {
			page.refresh();
		}
		forecast.planChanged();
	}

	@Override
	protected void cancelJobs() {
		if (forecast != null) {
			forecast.cancel();
		}
		if (funnel != null) {
			funnel.cancel();
		}
	}

	public Campaign campaign() {
		return (Campaign) document().root();
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

	/**
	 * Shows a problem the forecast found with the plan (a path such as segments[pros]/funnels[0]/reach/mean) on the
	 * field of the pages that edits that input, or clears every such problem for null.
	 */
	void showPlanProblem(String path, String message) {
		for (CampaignFormPage page : formPages) {
			page.showPlanProblem(path, message);
		}
	}
}
