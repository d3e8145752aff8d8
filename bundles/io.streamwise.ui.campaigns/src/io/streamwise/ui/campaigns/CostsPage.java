package io.streamwise.ui.campaigns;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import io.streamwise.model.campaign.CampaignPackage.Literals;
import io.streamwise.model.campaign.CampaignStream;
import io.streamwise.ui.campaigns.Fields.Kind;

/** The campaign's fixed costs and each stream's host fee and promotion spend, with the plan's total spend. */
final class CostsPage extends CampaignFormPage {

	static final String ID = "costs";
	private Composite perStream;
	private List<CampaignStream> shownStreams = List.of();
	private Label total;

	CostsPage(CampaignEditor editor) {
		super(editor, ID, "Costs");
	}

	@Override
	void createContent(Composite body) {
		Composite campaignCosts = section(body, "Campaign",
				"Costs that depend neither on streams nor on sales (production, tools).", 2);
		fields.text(campaignCosts, "Fixed costs:", "In the campaign's currency", this::campaign,
				Literals.CAMPAIGN__FIXED_COSTS, Kind.AMOUNT);
		total = toolkit.createLabel(campaignCosts, "", SWT.WRAP);
		total.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		perStream = section(body, "Per stream",
				"The host's fee and the promotion spend (ads, boosts) of each stream. Unit costs, margins and"
						+ " commissions are with the products (Streams and Offers).",
				3);
		refreshContent();
	}

	@Override
	void refreshContent() {
		if (perStream == null || perStream.isDisposed()) {
			return;
		}
		List<CampaignStream> streams = List.copyOf(campaign().getPlannedStreams());
		if (!streams.equals(shownStreams)) {
			for (Control c : perStream.getChildren()) {
				c.dispose();
			}
			fields.prune();
			toolkit.createLabel(perStream, "Stream");
			toolkit.createLabel(perStream, "Host fee");
			toolkit.createLabel(perStream, "Promotion");
			for (CampaignStream stream : streams) {
				toolkit.createLabel(perStream, StreamsPage.label(stream.getId(), stream.getTitle()));
				fields.text(perStream, null, "Host fee of " + stream.getId(), () -> stream,
						Literals.CAMPAIGN_STREAM__HOST_FEE, Kind.AMOUNT);
				fields.text(perStream, null, "Promotion spend of " + stream.getId(), () -> stream,
						Literals.CAMPAIGN_STREAM__PROMOTION_SPEND, Kind.AMOUNT);
			}
			shownStreams = streams;
			perStream.layout(true);
			getManagedForm().reflow(true);
		}
		double streamCosts = streams.stream().mapToDouble(s -> s.getHostFee() + s.getPromotionSpend()).sum();
		String currency = campaign().getCurrency() == null ? "" : " " + campaign().getCurrency();
		total.setText(String.format(Locale.ROOT, "Spend of the plan: %,.0f%s (streams %,.0f, fixed %,.0f).",
				streamCosts + campaign().getFixedCosts(), currency, streamCosts, campaign().getFixedCosts()));
		total.getParent().layout(true);
	}
}
