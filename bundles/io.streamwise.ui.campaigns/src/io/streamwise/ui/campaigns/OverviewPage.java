package io.streamwise.ui.campaigns;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.streamwise.model.campaign.CampaignPackage.Literals;
import io.streamwise.ui.campaigns.Fields.Kind;

/** The campaign's name and currency, its goal and the target the forecast gives the probability of reaching. */
final class OverviewPage extends CampaignFormPage {

	static final String ID = "overview";
	private Label summary;

	OverviewPage(CampaignEditor editor) {
		super(editor, ID, "Overview");
	}

	@Override
	void createContent(Composite body) {
		Composite general = section(body, "General", "What the campaign is called and the currency of its amounts.",
				2);
		fields.text(general, "Id:", "Stable id used in forecasts", this::campaign, Literals.CAMPAIGN__ID, Kind.TEXT);
		fields.text(general, "Name:", "Display name, also the report's title", this::campaign,
				Literals.CAMPAIGN__NAME, Kind.TEXT);
		fields.text(general, "Currency:", "For example EUR", this::campaign, Literals.CAMPAIGN__CURRENCY, Kind.TEXT);
		fields.choice(general, "Goal:", this::campaign, Literals.CAMPAIGN__GOAL);

		Composite target = section(body, "Target",
				"What the consultant wants to reach; the Forecast page gives the probability of reaching it.", 2);
		fields.text(target, "Target:", "In units of the target metric (currency, or buyers)", this::campaign,
				Literals.CAMPAIGN__TARGET, Kind.NUMBER);
		fields.choice(target, "Target metric:", this::campaign, Literals.CAMPAIGN__TARGET_METRIC);
		fields.text(target, "Budget:", "The money available for the campaign", this::campaign,
				Literals.CAMPAIGN__BUDGET, Kind.AMOUNT);

		Composite plan = section(body, "Plan", "What the other pages hold.", 1);
		summary = toolkit.createLabel(plan, "", SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		refreshContent();
	}

	@Override
	void refreshContent() {
		if (summary == null || summary.isDisposed()) {
			return;
		}
		summary.setText(String.format(Locale.ROOT,
				"%d streams, %d products, %d offers, %d target segments (%,d people), %d scenarios.",
				campaign().getPlannedStreams().size(), campaign().getProducts().size(), campaign().getOffers().size(),
				campaign().getSegments().size(),
				campaign().getSegments().stream().mapToLong(s -> s.getSize()).sum(),
				campaign().getScenarios().size()));
		summary.getParent().layout(true);
	}
}
