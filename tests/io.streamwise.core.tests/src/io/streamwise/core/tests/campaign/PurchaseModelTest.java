// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.tests.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.api.data.FeatureSchema;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.campaign.CampaignLearner;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.registry.UnknownAlgorithmException;
import io.streamwise.model.audience.Audience;
import io.streamwise.model.audience.AudienceFactory;
import io.streamwise.model.audience.Segment;
import io.streamwise.model.audience.Viewer;
import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.campaign.Conversion;
import io.streamwise.model.campaign.Funnel;
import io.streamwise.model.campaign.PurchaseModel;
import io.streamwise.model.campaign.Rate;
import io.streamwise.model.campaign.TargetSegment;

/**
 * Purchase rates from a conversion-model plugin, on a planted log whose two segments buy at known, different rates.
 */
class PurchaseModelTest {

	private static final long T0 = 1_800_000_000L;
	private static final double HIGH = 0.40, LOW = 0.10;

	/**
	 * A fitted model of the session features: the share of buyers among the training sessions with a cart before the
	 * prediction point and among those without (add-one smoothed), by whether the row has a cart. A plugin as any
	 * third party could write one.
	 */
	record NoSettings() {
	}

	static final ConversionModelFactory<NoSettings> CART_RATE = new ConversionModelFactory<>() {
		@Override
		public AlgorithmInfo info() {
			return new AlgorithmInfo("cart-rate", "Cart rate", "buyers' share by cart", "", AlgorithmKind.CONVERSION);
		}

		@Override
		public Class<NoSettings> settingsType() {
			return NoSettings.class;
		}

		@Override
		public ConversionModel create(NoSettings settings) {
			return new ConversionModel() {
				private int carts;
				private final double[] bought = new double[2], seen = new double[2];

				@Override
				public void initialise(FeatureSchema schema, TaskContext context) {
					carts = schema.features().stream().map(FeatureSchema.Feature::name).toList().indexOf("carts");
				}

				@Override
				public void learn(double[] features, boolean converted) {
					int k = features[carts] > 0 ? 1 : 0;
					seen[k]++;
					bought[k] += converted ? 1 : 0;
				}

				@Override
				public double predict(double[] features) {
					int k = features[carts] > 0 ? 1 : 0;
					return (bought[k] + 1) / (seen[k] + 2);
				}
			};
		}
	};

	/**
	 * 600 viewers, the first 300 in segment high, the rest in low, each in 4 streams. In a session a viewer who will buy
	 * (40 % of high's sessions, 10 % of low's) clicks and carts within the first 5 minutes and buys at minute 15; of
	 * the others a fifth click too (no cart) and leave at minute 12, the rest leave at minute 3. So a cart before the
	 * prediction point (10 minutes) tells a buyer, a click does not, and the segments differ only through who buys.
	 */
	private static EventLog plantedLog(Audience audience) {
		Segment high = audience.getSegments().get(0), low = audience.getSegments().get(1);
		SplittableRandom random = new SplittableRandom(11);
		EventLogBuilder b = new EventLogBuilder();
		for (int v = 0; v < 600; v++) {
			Viewer viewer = AudienceFactory.eINSTANCE.createViewer();
			viewer.setId("v" + v);
			viewer.getSegments().add(v < 300 ? high : low);
			audience.getViewers().add(viewer);
		}
		for (int s = 0; s < 4; s++) {
			long start = T0 + s * 86_400L;
			for (int v = 0; v < 600; v++) {
				String viewer = "v" + v, stream = "s" + s;
				long t = start + v; // staggered joins
				boolean buys = random.nextDouble() < (v < 300 ? HIGH : LOW);
				boolean browses = !buys && random.nextDouble() < 0.2;
				b.add(viewer, stream, null, EventType.JOIN, t, Float.NaN);
				if (buys || browses) {
					b.add(viewer, stream, "course", EventType.CLICK, t + 120, Float.NaN);
				}
				if (buys) {
					b.add(viewer, stream, "course", EventType.CART, t + 240, Float.NaN);
				}
				if (buys) {
					b.add(viewer, stream, "course", EventType.PURCHASE, t + 900, 100f);
					b.add(viewer, stream, null, EventType.LEAVE, t + 960, Float.NaN);
				} else {
					b.add(viewer, stream, null, EventType.LEAVE, t + (browses ? 720 : 180), Float.NaN);
				}
			}
		}
		return b.build();
	}

	private static Campaign campaign(Audience audience, String model) {
		Campaign c = Campaigns.fixedLaunch();
		TargetSegment first = c.getSegments().get(0);
		first.setId("high");
		first.setSegment(audience.getSegments().get(0));
		first.setSize(0);
		TargetSegment second = Campaigns.F.createTargetSegment();
		second.setId("low");
		second.setSegment(audience.getSegments().get(1));
		c.getSegments().add(second);
		if (model != null) {
			PurchaseModel purchaseModel = Campaigns.F.createPurchaseModel();
			purchaseModel.setAlgorithm(model);
			c.setPurchaseModel(purchaseModel);
		}
		return c;
	}

	private static Audience audience() {
		Audience audience = AudienceFactory.eINSTANCE.createAudience();
		for (String id : List.of("high", "low")) {
			Segment s = AudienceFactory.eINSTANCE.createSegment();
			s.setId(id);
			audience.getSegments().add(s);
		}
		return audience;
	}

	/** What a segment's funnel says a session buys: watch x engage x click x cart x purchase (one product). */
	private static double perSession(TargetSegment segment) {
		Funnel f = segment.getFunnels().get(0);
		Conversion c = f.getConversions().get(0);
		return mean(f.getWatch()) * mean(f.getEngage()) * mean(c.getClick()) * mean(c.getCart())
				* mean(c.getPurchase());
	}

	private static double mean(Rate r) {
		return r.getAlpha() != null ? r.getAlpha() / (r.getAlpha() + r.getBeta()) : r.getMean();
	}

	@Test
	void theSegmentsPurchaseRatesFromTheModelOrderAsPlantedAndLieNearTheTruth() {
		Audience audience = audience();
		EventLog log = plantedLog(audience);
		Campaign c = campaign(audience, "cart-rate");
		AlgorithmRegistry registry = AlgorithmRegistry.of(List.of(CART_RATE));
		CampaignLearner.Report report = CampaignLearner.learn(c, log, "planted", registry, 5, ProgressMonitor.NULL);
		assertEquals(2, report.purchases().size());
		CampaignLearner.Purchase high = report.purchases().get(0), low = report.purchases().get(1);
		assertEquals("high", high.segment());
		assertEquals(1200, high.sessions(), "300 viewers x 4 streams");
		// every session is undecided at minute 10, so the probability is the average prediction; with 1,200 sessions
		// per segment the planted shares are within a few points
		assertEquals(HIGH, high.model(), 0.04);
		assertEquals(LOW, low.model(), 0.03);
		assertTrue(high.model() > low.model());
		// the funnel multiplies to the model's probability (up to the Beta's add-one pseudo-counts)
		double highRate = perSession(c.getSegments().get(0)), lowRate = perSession(c.getSegments().get(1));
		assertEquals(high.model(), highRate, 0.01);
		assertEquals(low.model(), lowRate, 0.01);
		assertTrue(highRate > lowRate);
		Rate purchase = c.getSegments().get(0).getFunnels().get(0).getConversions().get(0).getPurchase();
		assertTrue(purchase.getLearnedFrom().contains("cart-rate on 1,200 sessions"), purchase.getLearnedFrom());
		// as sure as the segment's carts: alpha + beta = carts + 2
		long carts = Math.round(purchase.getAlpha() + purchase.getBeta() - 2);
		assertTrue(carts > 420 && carts < 540, "about 40 % of 1,200 sessions cart: " + carts);
	}

	@Test
	void theSameSeedGivesTheSameRatesAndWithoutAModelThePurchaseRatesAreCounted() {
		Audience audience = audience();
		EventLog log = plantedLog(audience);
		AlgorithmRegistry registry = AlgorithmRegistry.of(List.of(CART_RATE));
		Campaign once = campaign(audience, "cart-rate"), twice = campaign(audience, "cart-rate");
		CampaignLearner.learn(once, log, "planted", registry, 5, ProgressMonitor.NULL);
		CampaignLearner.learn(twice, log, "planted", registry, 5, ProgressMonitor.NULL);
		for (int s = 0; s < 2; s++) {
			Rate a = once.getSegments().get(s).getFunnels().get(0).getConversions().get(0).getPurchase();
			Rate b = twice.getSegments().get(s).getFunnels().get(0).getConversions().get(0).getPurchase();
			assertEquals(a.getAlpha(), b.getAlpha());
			assertEquals(a.getBeta(), b.getBeta());
		}
		Campaign counted = campaign(audience, null);
		CampaignLearner.Report report = CampaignLearner.learn(counted, log, "planted", registry, 5,
				ProgressMonitor.NULL);
		assertTrue(report.purchases().isEmpty());
		Rate purchase = counted.getSegments().get(0).getFunnels().get(0).getConversions().get(0).getPurchase();
		assertTrue(purchase.getLearnedFrom().startsWith("planted: "), purchase.getLearnedFrom());
	}

	@Test
	void anUnknownModelIdIsRefusedListingTheInstalledOnes() {
		Audience audience = audience();
		EventLog log = plantedLog(audience);
		Campaign c = campaign(audience, "no-such-model");
		AlgorithmRegistry registry = AlgorithmRegistry.of(List.of(CART_RATE));
		UnknownAlgorithmException e = assertThrows(UnknownAlgorithmException.class,
				() -> CampaignLearner.learn(c, log, "planted", registry, 5, ProgressMonitor.NULL));
		assertEquals("no installed algorithm has the id 'no-such-model'; installed: cart-rate", e.getMessage());
	}
}
