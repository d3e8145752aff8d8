// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.tests.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.campaign.CampaignLearner;
import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.campaign.Conversion;
import io.streamwise.model.campaign.Funnel;
import io.streamwise.model.campaign.Rate;
import io.streamwise.model.campaign.RateSource;

/** Funnel counts of a hand-written log of four viewers in two streams, and the Beta posteriors they give. */
class CampaignLearnerTest {

	private static final long T0 = 1_800_000_000L;

	/**
	 * Stream a: v1 watches 15 minutes, likes, clicks, carts and buys item A; v2 leaves after 5 minutes; v3 stays 20.
	 * Stream b: v1 leaves after a minute; v4 comments, clicks item B and leaves after 12 minutes. With N = 10 minutes:
	 * joined 3 and 2 of 4, watched 2 of 3 and 1 of 2 (v4 engaged, so watched), engaged 1 of 2 and 1 of 1, clicked 1 of 1
	 * and 1 of 1, carted 1 of 1 and 0 of 1, bought 1 of 1 and none of 0 carts.
	 */
	private static EventLog log() {
		EventLogBuilder b = new EventLogBuilder();
		b.add("v1", "a", null, EventType.JOIN, T0, Float.NaN);
		b.add("v1", "a", null, EventType.LIKE, T0 + 60, Float.NaN);
		b.add("v1", "a", "A", EventType.CLICK, T0 + 120, Float.NaN);
		b.add("v1", "a", "A", EventType.CART, T0 + 180, Float.NaN);
		b.add("v1", "a", "A", EventType.PURCHASE, T0 + 240, 99f);
		b.add("v1", "a", null, EventType.LEAVE, T0 + 900, Float.NaN);
		b.add("v2", "a", null, EventType.JOIN, T0 + 10, Float.NaN);
		b.add("v2", "a", null, EventType.LEAVE, T0 + 310, Float.NaN);
		b.add("v3", "a", null, EventType.JOIN, T0 + 20, Float.NaN);
		b.add("v3", "a", null, EventType.LEAVE, T0 + 1220, Float.NaN);
		long t1 = T0 + 86_400;
		b.add("v1", "b", null, EventType.JOIN, t1, Float.NaN);
		b.add("v1", "b", null, EventType.LEAVE, t1 + 60, Float.NaN);
		b.add("v4", "b", null, EventType.JOIN, t1, Float.NaN);
		b.add("v4", "b", null, EventType.COMMENT, t1 + 120, Float.NaN);
		b.add("v4", "b", "B", EventType.CLICK, t1 + 180, Float.NaN);
		b.add("v4", "b", null, EventType.LEAVE, t1 + 720, Float.NaN);
		return b.build();
	}

	private static void assertBeta(double alpha, double beta, Rate rate) {
		assertEquals(RateSource.LEARNED, rate.getSource());
		assertEquals(alpha, rate.getAlpha(), 1e-12, "alpha");
		assertEquals(beta, rate.getBeta(), 1e-12, "beta");
	}

	@Test
	void stageCountsOfAHandWrittenLogGiveTheirPosteriors() {
		Campaign c = Campaigns.fixedLaunch();
		Funnel funnel = c.getSegments().get(0).getFunnels().get(0);
		funnel.setWatchMinutes(10);
		Conversion any = funnel.getConversions().get(0);
		any.setProduct(null); // any item
		c.getSegments().get(0).setSize(0); // learned: every viewer of the log
		CampaignLearner.Report report = CampaignLearner.learn(c, log(), "hand-written", ProgressMonitor.NULL);
		assertEquals(2, report.streams());
		assertEquals(4, c.getSegments().get(0).getSize());
		// reach 3/4 and 2/4: within binomial noise, so pooled: Beta(1 + 5, 1 + 3)
		assertBeta(6, 4, funnel.getReach());
		assertEquals(1.0, funnel.getJoin().getMean());
		assertBeta(4, 3, funnel.getWatch()); // 2/3 and 1/2
		assertBeta(3, 2, funnel.getEngage()); // 1/2 and 1/1
		assertBeta(3, 1, any.getClick()); // 1/1 and 1/1
		// carts 1/1 and 0/1 differ by more than binomial noise: stream concentration 1, mean as sure as Beta(1, 1)
		assertBeta(1, 1, any.getCart());
		assertEquals(1.0, any.getCart().getStreamConcentration(), 1e-12);
		assertBeta(2, 1, any.getPurchase()); // 1/1; stream b had no cart
		assertNull(any.getPurchase().getStreamConcentration());
		assertBeta(1, 2, any.getRefund()); // no refund of 1 purchase
		assertEquals("hand-written: 5 of 8 in 2 streams", funnel.getReach().getLearnedFrom());
	}
}
