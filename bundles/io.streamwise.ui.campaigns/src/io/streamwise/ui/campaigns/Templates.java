package io.streamwise.ui.campaigns;

import java.io.IOException;

import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.campaign.CampaignFactory;
import io.streamwise.model.campaign.CampaignProduct;
import io.streamwise.model.campaign.Conversion;
import io.streamwise.model.campaign.Funnel;
import io.streamwise.model.campaign.Rate;
import io.streamwise.ui.models.ModelTemplate;

/**
 * The campaign a new file starts from: the example's six-stream launch (examples/campaign/launch.campaign, copied
 * into this bundle's templates/ folder; a UI test checks the two are the same), renamed; and a funnel for a new
 * segment.
 */
public final class Templates {

	static final String TEMPLATE = "/templates/launch.campaign";

	private Templates() {
	}

	/** The template's text, as shipped. */
	public static byte[] templateBytes() throws IOException {
		return ModelTemplate.resource(Templates.class, TEMPLATE);
	}

	/** The template with the id and name a new file's name gives ("spring launch.campaign": spring-launch). */
	public static byte[] campaignNamed(String fileName) throws IOException {
		return ModelTemplate.named(templateBytes(), fileName, "campaign", "campaign", "Campaign");
	}

	/** A funnel for every stream with every stage at a known rate, one conversion per product of the campaign. */
	static Funnel funnel(Campaign campaign) {
		CampaignFactory f = CampaignFactory.eINSTANCE;
		Funnel funnel = f.createFunnel();
		funnel.setReach(rate(0.2));
		funnel.setJoin(rate(0.3));
		funnel.setWatch(rate(0.5));
		funnel.setEngage(rate(0.3));
		for (CampaignProduct product : campaign.getProducts()) {
			Conversion c = f.createConversion();
			c.setProduct(product);
			c.setClick(rate(0.1));
			c.setCart(rate(0.3));
			c.setPurchase(rate(0.3));
			c.setRefund(rate(0.05));
			funnel.getConversions().add(c);
		}
		return funnel;
	}

	private static Rate rate(double mean) {
		Rate r = CampaignFactory.eINSTANCE.createRate();
		r.setMean(mean);
		r.setConcentration(20.0);
		return r;
	}
}
