// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.tests.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.campaign.CampaignBacktest;
import io.streamwise.core.campaign.CampaignInputException;
import io.streamwise.core.campaign.CampaignPaths;
import io.streamwise.core.campaign.RateSpec;
import io.streamwise.core.campaign.StageFit;
import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.campaign.Rate;

class CampaignLearningTest {

	@Test
	void streamsThatAgreeGiveThePooledPosterior() {
		// 10 of 100 in each stream: no more spread than binomial noise, so Beta(1 + 20, 1 + 180)
		StageFit fit = StageFit.of(new long[] { 10, 10 }, new long[] { 100, 100 });
		assertEquals(21, fit.alpha(), 1e-12);
		assertEquals(181, fit.beta(), 1e-12);
		assertTrue(Double.isNaN(fit.streamConcentration()));
		assertEquals(2, fit.streams());
	}

	@Test
	void streamsThatDisagreeVaryByStream() {
		// rates 0.1 and 0.3 in streams of 1,000: far more spread than binomial noise
		StageFit fit = StageFit.of(new long[] { 100, 300 }, new long[] { 1000, 1000 });
		double m = 401.0 / 2002; // pooled posterior mean
		double between = 0.02 - m * (1 - m) / 1000; // sample variance of 0.1 and 0.3 minus binomial variance
		assertEquals(m * (1 - m) / between - 1, fit.streamConcentration(), 1e-9);
		assertEquals(m, fit.alpha() / (fit.alpha() + fit.beta()), 1e-12);
		// the mean is as uncertain as an average of two streams, far less sure than 2,000 pooled trials
		assertTrue(fit.alpha() + fit.beta() < 20, fit.toString());
	}

	@Test
	void aBetaGivenByP10AndP90HasThosePercentiles() throws CampaignInputException {
		Rate rate = Campaigns.F.createRate();
		rate.setP10(0.05);
		rate.setP90(0.2);
		RateSpec spec = RateSpec.of(rate, "r");
		BetaDistribution d = new BetaDistribution(spec.alpha(), spec.beta());
		assertEquals(0.05, d.inverseCumulativeProbability(0.1), 1e-4);
		assertEquals(0.2, d.inverseCumulativeProbability(0.9), 1e-4);
	}

	@Test
	void pathsNameElementsByIdAndResolveBack() {
		Campaign c = Campaigns.fixedLaunch();
		Rate purchase = c.getSegments().get(0).getFunnels().get(0).getConversions().get(0).getPurchase();
		String path = CampaignPaths.of(purchase, "mean");
		assertEquals("segments[pros]/funnels[0]/conversions[course]/purchase/mean", path);
		CampaignPaths.Input input = CampaignPaths.resolve(c, path);
		assertEquals(purchase, input.element());
		assertEquals("mean", input.attribute().getName());
		assertEquals(c.getProducts().get(0), CampaignPaths.resolve(c, "products[0]/price").element());
	}

	@Test
	void aSmallBacktestCoversActualRevenueAtAboutTheNominalRate() {
		CampaignBacktest.Settings d = CampaignBacktest.Settings.defaults(40, 11);
		CampaignBacktest.Settings settings = new CampaignBacktest.Settings(40, d.streams(), d.cuts(), 400, 11, 2,
				d.streamShock(), d.popularityShock());
		CampaignBacktest.Result result = CampaignBacktest.run(settings, ProgressMonitor.NULL);
		assertEquals(160, result.cases().size());
		// nominal 80 %; 160 cases (correlated within a market) give a few points of noise
		assertTrue(result.coverage() >= 0.65 && result.coverage() <= 0.93, "coverage " + result.coverage());
		assertTrue(result.mdape() < 0.25, "MdAPE " + result.mdape());
		// the same seed gives the same cases at another thread count
		CampaignBacktest.Settings oneThread = new CampaignBacktest.Settings(40, d.streams(), d.cuts(), 400, 11, 1,
				d.streamShock(), d.popularityShock());
		assertEquals(result.cases(), CampaignBacktest.run(oneThread, ProgressMonitor.NULL).cases());
	}
}
