// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.tests.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.campaign.CampaignForecaster;
import io.streamwise.core.campaign.CampaignInputException;
import io.streamwise.core.campaign.CampaignPlan;
import io.streamwise.core.campaign.CampaignScenarios;
import io.streamwise.core.campaign.Forecast;
import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.campaign.CampaignOffer;
import io.streamwise.model.campaign.CampaignProduct;
import io.streamwise.model.campaign.CampaignStream;
import io.streamwise.model.campaign.Scenario;
import io.streamwise.model.campaign.ScenarioOverride;

class CampaignForecastTest {

	private static Forecast forecast(Campaign c, int draws, long seed, int threads, boolean noise)
			throws CampaignInputException {
		return new CampaignForecaster(CampaignPlan.compile(c)).run("base",
				new CampaignForecaster.Settings(draws, seed, threads, noise), ProgressMonitor.NULL);
	}

	@Test
	void fixedRatesGiveTheHandComputedFunnel() throws CampaignInputException {
		Forecast f = forecast(Campaigns.fixedLaunch(), 10, 1, 1, false);
		Forecast.Group total = f.total();
		assertEquals(2000, total.viewers().mean(), 1e-9);
		assertEquals(25, total.buyers().mean(), 1e-9); // 10,000 x 0.5 x 0.4 x 0.5 x 0.5 x 0.2 x 0.5 x 0.5
		assertEquals(25, total.buyers().p10(), 1e-9);
		assertEquals(25, total.buyers().p90(), 1e-9);
		assertEquals(2500, total.revenue().p50(), 1e-9);
		assertEquals(250, total.refunds().p50(), 1e-9);
		assertEquals(-475, total.profit().p50(), 1e-9);
		assertEquals(2000, f.spend(), 1e-9);
		assertEquals(-0.2375, total.roi().p50(), 1e-12);
		assertEquals(525, f.streams().get(0).profit().mean(), 1e-9); // stream: contribution minus its own costs
		assertEquals(1525, f.products().get(0).profit().mean(), 1e-9); // product: contribution
		assertEquals(500, f.products().get(0).viewers().mean(), 1e-9); // engaged viewers who saw it
		assertEquals(0.0, f.probabilityOfTarget()); // target profit 0 is never reached
		assertEquals(List.of(2500.0), f.cumulativeRevenue().stream().map(Forecast.Summary::p50).toList());
		assertTrue(f.tornado().isEmpty(), "no uncertain input, no tornado bar");
		// 10,000 x 0.5 reached, x 0.4 joined, x 0.5 watched, x 0.5 engaged, x 0.2 clicked, x 0.5 carted, x 0.5 bought
		assertEquals(List.of("reached", "joined", "watched", "engaged", "clicked", "carted", "bought"),
				f.funnel().stream().map(Forecast.Stage::stage).toList());
		assertEquals(List.of(5000.0, 2000.0, 1000.0, 500.0, 100.0, 50.0, 25.0),
				f.funnel().stream().map(s -> (double) Math.round(s.mean() * 1e6) / 1e6).toList());
		assertEquals(-475, f.tornadoBase(), 1e-9);
		// every draw is the same: one bin of width 0 holding them all
		assertEquals(new Forecast.Histogram("profit", -475, 0, List.of(10)), f.targetDistribution());
	}

	@Test
	void theTargetDistributionBinsEveryDrawAndTheFunnelEndsInTheUnitsSold() throws CampaignInputException {
		Forecast f = forecast(Campaigns.uncertain(3, 2, 2), 4000, 11, 2, true);
		Forecast.Histogram h = f.targetDistribution();
		assertEquals("profit", h.metric());
		assertEquals(40, h.counts().size());
		assertEquals(4000, h.counts().stream().mapToInt(Integer::intValue).sum());
		assertTrue(h.counts().get(0) > 0 && h.counts().get(39) > 0, "the bins run from the lowest to the highest");
		// the median lies in the bin where the cumulative count passes half the draws
		int cumulative = 0, medianBin = 0;
		while ((cumulative += h.counts().get(medianBin)) < 2000) {
			medianBin++;
		}
		double p50 = f.total().profit().p50();
		assertTrue(p50 >= h.edge(medianBin) - 1e-6 && p50 <= h.edge(medianBin + 1) + 1e-6,
				p50 + " in bin " + medianBin);
		assertEquals(f.total().units().mean(), f.funnel().get(6).mean(), 1e-6 * f.total().units().mean());
		assertEquals(f.total().viewers().mean(), f.funnel().get(1).mean(), 1e-6 * f.total().viewers().mean());
		for (int k = 1; k < 4; k++) {
			assertTrue(f.funnel().get(k).mean() <= f.funnel().get(k - 1).mean(), f.funnel().toString());
		}
	}

	@Test
	void aDiscountWithElasticityLowersThePriceAndLiftsPurchases() throws CampaignInputException {
		Campaign c = Campaigns.fixedLaunch();
		CampaignOffer launch = Campaigns.F.createCampaignOffer();
		launch.setId("launch20");
		launch.setDiscount(0.2);
		launch.setPriceElasticity(1);
		c.getOffers().add(launch);
		c.getPlannedStreams().get(0).getOffers().add(launch);
		Forecast f = forecast(c, 5, 1, 1, false);
		// purchase rate 0.5 x 0.8^-1 = 0.625: units 500 x 0.2 x 0.5 x 0.625 = 31.25 at 80 each
		assertEquals(31.25, f.total().units().mean(), 1e-9);
		assertEquals(2500, f.total().revenue().mean(), 1e-9);
	}

	@Test
	void capacityCapsSalesOverTheWholeCampaign() throws CampaignInputException {
		Campaign c = Campaigns.fixedLaunch();
		CampaignStream s2 = Campaigns.F.createCampaignStream();
		s2.setId("s2");
		c.getPlannedStreams().add(s2);
		c.getProducts().get(0).setCapacity(40);
		Forecast f = forecast(c, 5, 1, 1, false);
		assertEquals(25, f.streams().get(0).units().mean(), 1e-9);
		assertEquals(15, f.streams().get(1).units().mean(), 1e-9); // 40 slots: 25 then the 15 left
		assertEquals(40, f.total().units().mean(), 1e-9);
		assertEquals(List.of(2500.0, 4000.0), f.cumulativeRevenue().stream().map(Forecast.Summary::mean).toList());
	}

	@Test
	void resultsAreTheSameForASeedAtAnyThreadCount() throws CampaignInputException {
		Campaign c = Campaigns.uncertain(3, 2, 2);
		Forecast one = forecast(c, 5500, 7, 1, true);
		assertEquals(one, forecast(c, 5500, 7, 2, true));
		assertEquals(one, forecast(c, 5500, 7, 3, true));
		assertNotEquals(one.total(), forecast(c, 5500, 8, 2, true).total());
	}

	@Test
	void oneUncertainRateExplainsAllProfitVarianceAndLeadsTheTornado() throws CampaignInputException {
		Campaign c = Campaigns.fixedLaunch();
		c.getSegments().get(0).getFunnels().get(0).setJoin(Campaigns.beta(0.4, 20));
		Forecast f = forecast(c, 20_000, 3, 2, false);
		assertEquals(1, f.tornado().size());
		Forecast.TornadoBar bar = f.tornado().get(0);
		assertEquals("segments[pros]/funnels[0]/join", bar.input());
		assertTrue(bar.inputP10() < 0.4 && bar.inputP90() > 0.4, bar.toString());
		// profit is linear in the join rate: 1,525 / 0.4 per unit of rate, minus 2,000
		assertEquals(1525 / 0.4 * bar.inputP90() - 2000, bar.profitAtP90(), 1e-6);
		assertEquals(1.0, f.varianceShares().get(0).share(), 1e-6);
		// the mean of a linear function of the rate is its value at the rate's mean
		assertEquals(-475, f.total().profit().mean(), 15);
		assertTrue(f.total().profit().p10() < -475 && f.total().profit().p90() > -475);
	}

	@Test
	void invalidCampaignsNameTheElementsPath() {
		Campaign rate = Campaigns.fixedLaunch();
		rate.getSegments().get(0).getFunnels().get(0).getJoin().setMean(1.4);
		assertEquals("segments[pros]/funnels[0]/join/mean: rate 1.4 is outside [0, 1]",
				assertThrows(CampaignInputException.class, () -> CampaignPlan.compile(rate)).getMessage());

		Campaign price = Campaigns.fixedLaunch();
		price.getProducts().get(0).setPrice(-5.0);
		assertEquals("products[course]/price: must not be negative, got -5.0",
				assertThrows(CampaignInputException.class, () -> CampaignPlan.compile(price)).getMessage());

		Campaign dangling = Campaigns.fixedLaunch();
		CampaignProduct stranger = Campaigns.F.createCampaignProduct();
		stranger.setId("stranger");
		dangling.getPlannedStreams().get(0).getProducts().add(stranger);
		assertTrue(assertThrows(CampaignInputException.class, () -> CampaignPlan.compile(dangling)).getMessage()
				.startsWith("plannedStreams[s1]/products: dangling reference"));

		Campaign scenario = Campaigns.fixedLaunch();
		Scenario s = Campaigns.F.createScenario();
		s.setName("cheaper");
		ScenarioOverride o = Campaigns.F.createScenarioOverride();
		o.setPath("products[course]/discount");
		o.setValue("0.2");
		s.getOverrides().add(o);
		scenario.getScenarios().add(s);
		String message = assertThrows(CampaignInputException.class,
				() -> CampaignScenarios.variants(scenario, null)).getMessage();
		assertTrue(message.startsWith("scenarios[0]/overrides[0]/path: overrides an input that does not exist:"
				+ " 'products[course]/discount'"), message);
	}

	@Test
	void scenariosOverrideInputsAndAddStreams() throws CampaignInputException {
		Campaign c = Campaigns.fixedLaunch();
		Scenario s = Campaigns.F.createScenario();
		s.setName("premium");
		ScenarioOverride price = Campaigns.F.createScenarioOverride();
		price.setPath("products[course]/price");
		price.setValue("150");
		s.getOverrides().add(price);
		CampaignStream extra = Campaigns.F.createCampaignStream();
		extra.setId("bonus");
		s.getAddedStreams().add(extra);
		c.getScenarios().add(s);
		List<CampaignScenarios.Variant> variants = CampaignScenarios.variants(c, "all");
		assertEquals(List.of("base", "premium"), variants.stream().map(CampaignScenarios.Variant::name).toList());
		Forecast premium = new CampaignForecaster(variants.get(1).plan()).run("premium",
				new CampaignForecaster.Settings(3, 1, 1, false), ProgressMonitor.NULL);
		assertEquals(50, premium.total().units().mean(), 1e-9); // the general funnel applies to the added stream
		assertEquals(7500, premium.total().revenue().mean(), 1e-9);
		// the base plan is untouched
		assertEquals(100.0, c.getProducts().get(0).getPrice());
		assertEquals(1, CampaignPlan.compile(c).streamIds().size());
		assertThrows(CampaignInputException.class, () -> CampaignScenarios.variants(c, "nope"));
	}

	@Test
	void anOverrideCanNameAStreamItsScenarioAdds() throws CampaignInputException {
		Campaign c = Campaigns.fixedLaunch();
		Scenario s = Campaigns.F.createScenario();
		s.setName("encore");
		CampaignStream extra = Campaigns.F.createCampaignStream();
		extra.setId("bonus");
		extra.setPromotionSpend(100);
		s.getAddedStreams().add(extra);
		ScenarioOverride promotion = Campaigns.F.createScenarioOverride();
		promotion.setPath("plannedStreams[bonus]/promotionSpend");
		promotion.setValue("900");
		s.getOverrides().add(promotion);
		c.getScenarios().add(s);
		assertEquals(List.of(), CampaignScenarios.problems(c, 0));
		Campaign applied = CampaignScenarios.apply(c, 0);
		assertEquals(List.of("s1", "bonus"), applied.getPlannedStreams().stream().map(CampaignStream::getId).toList());
		assertEquals(900, applied.getPlannedStreams().get(1).getPromotionSpend());
		assertEquals(100, extra.getPromotionSpend(), "the scenario itself is untouched");
		assertEquals(2, CampaignScenarios.variants(c, "all").size());
		// a stream no one adds is still no input
		promotion.setPath("plannedStreams[other]/promotionSpend");
		List<String> problems = CampaignScenarios.problems(c, 0);
		assertEquals(1, problems.size());
		assertTrue(problems.get(0).startsWith("overrides an input that does not exist: 'plannedStreams[other]"
				+ "/promotionSpend'"), problems.get(0));
	}
}
