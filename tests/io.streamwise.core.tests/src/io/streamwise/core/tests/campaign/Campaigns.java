// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.tests.campaign;

import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.campaign.CampaignFactory;
import io.streamwise.model.campaign.CampaignProduct;
import io.streamwise.model.campaign.CampaignStream;
import io.streamwise.model.campaign.Conversion;
import io.streamwise.model.campaign.Funnel;
import io.streamwise.model.campaign.Rate;
import io.streamwise.model.campaign.TargetSegment;

/** Campaigns built in code for the tests, with numbers chosen so that results can be worked out by hand. */
final class Campaigns {

	static final CampaignFactory F = CampaignFactory.eINSTANCE;

	private Campaigns() {
	}

	static Rate fixed(double mean) {
		Rate r = F.createRate();
		r.setMean(mean);
		return r;
	}

	static Rate beta(double mean, double concentration) {
		Rate r = F.createRate();
		r.setMean(mean);
		r.setConcentration(concentration);
		return r;
	}

	/**
	 * One stream (host fee 500, promotion 500), one segment of 10,000 people (reach 0.5, join 0.4, watch 0.5, engage
	 * 0.5), one product (price 100, unit cost 20, commission 0.1; click 0.2, cart 0.5, purchase 0.5, refund 0.1),
	 * fixed costs 1,000. By hand: joined 2,000, engaged 500, units 25, revenue 2,500, refunds 250, contribution
	 * 2,250 × 0.9 − 25 × 20 = 1,525, stream profit 525, total profit −475, spend 2,000.
	 */
	static Campaign fixedLaunch() {
		Campaign c = F.createCampaign();
		c.setId("launch");
		c.setName("Launch");
		c.setCurrency("EUR");
		c.setFixedCosts(1000);
		c.setTarget(0);
		CampaignProduct course = F.createCampaignProduct();
		course.setId("course");
		course.setPrice(100.0);
		course.setUnitCost(20);
		course.setCommission(0.1);
		c.getProducts().add(course);
		CampaignStream s1 = F.createCampaignStream();
		s1.setId("s1");
		s1.setHostFee(500);
		s1.setPromotionSpend(500);
		c.getPlannedStreams().add(s1);
		TargetSegment pros = F.createTargetSegment();
		pros.setId("pros");
		pros.setSize(10_000);
		Funnel funnel = F.createFunnel();
		funnel.setReach(fixed(0.5));
		funnel.setJoin(fixed(0.4));
		funnel.setWatch(fixed(0.5));
		funnel.setEngage(fixed(0.5));
		Conversion conversion = F.createConversion();
		conversion.setProduct(course);
		conversion.setClick(fixed(0.2));
		conversion.setCart(fixed(0.5));
		conversion.setPurchase(fixed(0.5));
		conversion.setRefund(fixed(0.1));
		funnel.getConversions().add(conversion);
		pros.getFunnels().add(funnel);
		c.getSegments().add(pros);
		return c;
	}

	/** A campaign of T streams, P products and S segments with uncertain rates, for determinism and speed. */
	static Campaign uncertain(int streams, int products, int segments) {
		Campaign c = F.createCampaign();
		c.setId("big");
		c.setTarget(20_000);
		c.setFixedCosts(2000);
		for (int p = 0; p < products; p++) {
			CampaignProduct product = F.createCampaignProduct();
			product.setId("p" + p);
			product.setPrice(50.0 + 40 * p);
			product.setMargin(0.7);
			product.setCommission(0.05);
			if (p == 1) {
				product.setCapacity(40);
			}
			c.getProducts().add(product);
		}
		for (int t = 0; t < streams; t++) {
			CampaignStream stream = F.createCampaignStream();
			stream.setId("s" + t);
			stream.setPromotionSpend(300);
			c.getPlannedStreams().add(stream);
		}
		for (int s = 0; s < segments; s++) {
			TargetSegment segment = F.createTargetSegment();
			segment.setId("g" + s);
			segment.setSize(5000 + 1000 * s);
			Funnel funnel = F.createFunnel();
			funnel.setReach(beta(0.2, 50));
			funnel.setJoin(beta(0.5, 40));
			funnel.setWatch(beta(0.5, 30));
			funnel.setEngage(beta(0.4, 30));
			for (int p = 0; p < products; p++) {
				Conversion conversion = F.createConversion();
				conversion.setProduct(c.getProducts().get(p));
				conversion.setClick(beta(0.2, 20));
				conversion.setCart(beta(0.4, 20));
				conversion.setPurchase(beta(0.3, 20));
				conversion.setRefund(beta(0.05, 50));
				funnel.getConversions().add(conversion);
			}
			segment.getFunnels().add(funnel);
			c.getSegments().add(segment);
		}
		return c;
	}
}
