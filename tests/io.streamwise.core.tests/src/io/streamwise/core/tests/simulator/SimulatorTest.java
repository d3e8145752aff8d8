package io.streamwise.core.tests.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventType;
import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.simulator.Exposure;
import io.streamwise.core.simulator.LatentViewer;
import io.streamwise.core.simulator.LiveStream;
import io.streamwise.core.simulator.Product;
import io.streamwise.core.simulator.Showcase;
import io.streamwise.core.simulator.SimulatedMarket;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.core.simulator.SimulatorSettings;

class SimulatorTest {

	/** The default market without drift, so that start interests are the truth throughout. */
	private static final SimulatedMarket MARKET = Simulator
			.run(SimulatorSettings.withSeed(11).with(Map.of("drift", "0")), ProgressMonitor.NULL);

	@Test
	void idsAndDictionariesFollowTheConventions() {
		EventLog log = MARKET.log();
		assertEquals(2000, log.viewers().size());
		assertEquals(120, log.items().size());
		assertEquals(90, log.streams().size());
		assertEquals("v00042", log.viewers().id(42));
		assertEquals("p0113", log.items().id(113));
		assertEquals("s0007", log.streams().id(7));
		assertEquals("h03", MARKET.hosts().get(3).id());
		for (int i = 0; i < log.items().size(); i++) {
			assertEquals(MARKET.products().get(i).id(), MARKET.catalog().items().id(i));
			assertEquals(MARKET.products().get(i).price(), MARKET.catalog().price(i));
			assertEquals(MARKET.products().get(i).kind().label(), MARKET.catalog().kind(i));
		}
		assertNotNull(MARKET.dataset());
	}

	@Test
	void catalogueMixesKnowledgeAssetsAndGoodsWithPositivePrices() {
		Map<String, Double> medianByKind = new HashMap<>();
		Map<String, List<Float>> prices = new HashMap<>();
		for (Product p : MARKET.products()) {
			assertTrue(p.price() > 0, p.toString());
			assertTrue(MARKET.categories().contains(p.category()));
			prices.computeIfAbsent(p.kind().label(), k -> new java.util.ArrayList<>()).add(p.price());
		}
		assertEquals(Set.of("course", "consultation", "membership", "e-book", "goods"), prices.keySet());
		prices.forEach((k, v) -> medianByKind.put(k, v.stream().sorted().skip(v.size() / 2).findFirst().orElseThrow()
				.doubleValue()));
		assertTrue(medianByKind.get("course") > 3 * medianByKind.get("e-book"), medianByKind.toString());
		assertTrue(medianByKind.get("consultation") > 3 * medianByKind.get("e-book"), medianByKind.toString());
	}

	@Test
	void eventsRespectStreamsShowcasesAndCausality() {
		EventLog log = MARKET.log();
		long[] counts = log.countByType();
		assertTrue(counts[EventType.PURCHASE.code()] > 1000, "purchases: " + counts[EventType.PURCHASE.code()]);
		assertTrue(counts[EventType.REFUND.code()] > 0);
		assertEquals(0, counts[EventType.RATE.code()]);
		Set<Long> joined = new HashSet<>();
		Map<String, Float> bought = new HashMap<>();
		long previous = Long.MIN_VALUE;
		for (int r = 0; r < log.size(); r++) {
			assertTrue(log.timestamp(r) >= previous, "time order");
			previous = log.timestamp(r);
			EventType type = log.type(r);
			int stream = log.stream(r);
			assertTrue(stream >= 0, "every event belongs to a stream");
			LiveStream st = MARKET.streams().get(stream);
			long key = (long) log.viewer(r) * log.streams().size() + stream;
			if (type != EventType.REFUND) {
				assertTrue(log.timestamp(r) >= st.start() && log.timestamp(r) <= st.end(), "within stream: row " + r);
			}
			if (type == EventType.JOIN) {
				assertTrue(joined.add(key), "one join per viewer and stream");
				continue;
			}
			assertTrue(joined.contains(key), type + " before join at row " + r);
			boolean aboutItem = type == EventType.CLICK || type == EventType.CART || type == EventType.PURCHASE
					|| type == EventType.REFUND;
			assertEquals(aboutItem, log.item(r) >= 0, type + " item");
			String who = log.viewers().id(log.viewer(r)) + "/" + st.id() + "/"
					+ (aboutItem ? log.items().id(log.item(r)) : "");
			if (type == EventType.PURCHASE) {
				Showcase sc = st.showcaseOf(log.items().id(log.item(r)));
				assertNotNull(sc, "purchase of a product not showcased: " + who);
				assertTrue(sc.onSaleAt(log.timestamp(r)), "purchase outside the showcase window: " + who);
				float list = MARKET.catalog().price(log.item(r));
				assertTrue(log.value(r) > 0 && log.value(r) <= list, "price paid " + log.value(r) + " vs " + list);
				if (log.value(r) < list) {
					assertTrue(sc.hasOffer() && sc.offer().appliesAt(log.timestamp(r)), "discount without offer");
				}
				assertEquals(null, bought.put(who, log.value(r)), "one purchase per exposure");
			} else if (type == EventType.REFUND) {
				Float paid = bought.remove(who);
				assertNotNull(paid, "refund without earlier purchase: " + who);
				assertEquals(paid, log.value(r), "refund of the price paid");
			} else if (aboutItem) {
				assertNotNull(st.showcaseOf(log.items().id(log.item(r))), type + " of a product not showcased");
			}
		}
	}

	@Test
	void groundTruthMatchesTheLog() {
		long purchased = MARKET.exposures().stream().filter(Exposure::purchased).count();
		assertEquals(MARKET.log().countByType()[EventType.PURCHASE.code()], purchased);
		Set<String> seen = new HashSet<>();
		for (Exposure e : MARKET.exposures()) {
			assertTrue(e.probability() > 0 && e.probability() < 1);
			assertTrue(seen.add(e.viewer() + e.stream() + e.product()), "one exposure per viewer, stream, product");
			LiveStream st = MARKET.streams().get(MARKET.log().streams().indexOf(e.stream()));
			assertTrue(st.showcaseOf(e.product()).onSaleAt(e.time()));
		}
		for (LatentViewer lv : MARKET.latentViewers()) {
			assertEquals(1.0, sum(lv.interestStart()), 1e-9);
			assertEquals(1.0, sum(lv.interestEnd()), 1e-9);
		}
	}

	@Test
	void viewersBuyMostlyInTheirTopInterests() {
		int k = MARKET.categories().size();
		int inTopTwo = 0, total = 0;
		for (Exposure e : MARKET.exposures()) {
			if (!e.purchased()) {
				continue;
			}
			int v = MARKET.log().viewers().indexOf(e.viewer());
			int[] ranked = MARKET.latentViewers().get(v).rankedCategoriesAtStart();
			int category = MARKET
					.categoryIndex(MARKET.products().get(MARKET.log().items().indexOf(e.product())).category());
			inTopTwo += category == ranked[0] || category == ranked[1] ? 1 : 0;
			total++;
		}
		double share = inTopTwo / (double) total;
		double uniform = 2.0 / k;
		assertTrue(share > 3 * uniform, "share of purchases in the top-2 categories: " + share);
	}

	@Test
	void higherTrueProbabilityMeansMorePurchases() {
		double[] edges = { 0, 0.01, 0.03, 0.06, 0.12, 0.25, 1.0001 };
		long[] n = new long[edges.length - 1], bought = new long[n.length];
		double[] sumP = new double[n.length];
		for (Exposure e : MARKET.exposures()) {
			int b = 0;
			while (e.probability() >= edges[b + 1]) {
				b++;
			}
			n[b]++;
			sumP[b] += e.probability();
			bought[b] += e.purchased() ? 1 : 0;
		}
		double previousRate = -1;
		for (int b = 0; b < n.length; b++) {
			assertTrue(n[b] > 300, "bin " + b + " has " + n[b] + " exposures");
			double rate = bought[b] / (double) n[b];
			double expected = sumP[b] / n[b];
			double sd = Math.sqrt(expected * (1 - expected) / n[b]);
			assertTrue(Math.abs(rate - expected) < 5 * sd + 1e-3, "bin " + b + ": " + rate + " vs " + expected);
			assertTrue(rate > previousRate, "rates rise with the true probability");
			previousRate = rate;
		}
	}

	@Test
	void offersRaiseConversion() {
		long offered = 0, offeredBought = 0, plain = 0, plainBought = 0;
		for (Exposure e : MARKET.exposures()) {
			if (e.offered()) {
				offered++;
				offeredBought += e.purchased() ? 1 : 0;
			} else {
				plain++;
				plainBought += e.purchased() ? 1 : 0;
			}
		}
		double withOffer = offeredBought / (double) offered, without = plainBought / (double) plain;
		assertTrue(offered > 1000 && plain > 1000);
		assertTrue(withOffer > 1.5 * without, "conversion with offer " + withOffer + ", without " + without);
	}

	@Test
	void sameSeedSameMarketOtherSeedOtherMarket() {
		SimulatorSettings small = SimulatorSettings.Size.SMALL.settings(Map.of("seed", "3"));
		SimulatedMarket a = Simulator.run(small, ProgressMonitor.NULL);
		SimulatedMarket b = Simulator.run(small, ProgressMonitor.NULL);
		SimulatedMarket c = Simulator.run(small.with(Map.of("seed", "4")), ProgressMonitor.NULL);
		assertEquals(a.exposures(), b.exposures());
		assertEquals(a.streams(), b.streams());
		assertEquals(a.log().size(), b.log().size());
		for (int r = 0; r < a.log().size(); r++) {
			assertEquals(a.log().timestamp(r), b.log().timestamp(r));
			assertEquals(a.log().viewer(r), b.log().viewer(r));
			assertEquals(a.log().typeCode(r), b.log().typeCode(r));
		}
		assertFalse(a.exposures().equals(c.exposures()));
		assertFalse(a.products().equals(c.products()));
	}

	@Test
	void noDriftKeepsInterestsFixedAndDriftMovesThem() {
		SimulatorSettings small = SimulatorSettings.Size.SMALL.settings(Map.of("seed", "8"));
		SimulatedMarket fixed = Simulator.run(small.with(Map.of("drift", "0")), ProgressMonitor.NULL);
		SimulatedMarket moving = Simulator.run(small.with(Map.of("drift", "0.5")), ProgressMonitor.NULL);
		double moved = 0;
		for (int v = 0; v < fixed.viewers().size(); v++) {
			LatentViewer f = fixed.latentViewers().get(v), m = moving.latentViewers().get(v);
			assertArrayEquals(f.interestStart(), f.interestEnd());
			// drift changes where interests go, not where they start
			assertArrayEquals(f.interestStart(), m.interestStart());
			for (int c = 0; c < fixed.categories().size(); c++) {
				moved += Math.abs(m.interestEnd()[c] - m.interestStart()[c]);
			}
		}
		assertTrue(moved / fixed.viewers().size() > 0.2, "mean L1 movement " + moved / fixed.viewers().size());
	}

	@Test
	void fullDriftShiftsLatePurchasesTowardsTheNewInterests() {
		SimulatedMarket m = Simulator.run(SimulatorSettings.withSeed(21).with(Map.of("drift", "1")),
				ProgressMonitor.NULL);
		long[] early = new long[2], late = new long[2]; // [in start top category, in end top category]
		for (Exposure e : m.exposures()) {
			if (!e.purchased()) {
				continue;
			}
			LatentViewer lv = m.latentViewers().get(m.log().viewers().indexOf(e.viewer()));
			int startTop = argMax(lv.interestStart()), endTop = argMax(lv.interestEnd());
			if (startTop == endTop) {
				continue;
			}
			int category = m.categoryIndex(m.products().get(m.log().items().indexOf(e.product())).category());
			double f = m.periodFraction(e.time());
			long[] part = f < 0.25 ? early : f > 0.75 ? late : null;
			if (part != null) {
				part[0] += category == startTop ? 1 : 0;
				part[1] += category == endTop ? 1 : 0;
			}
		}
		assertTrue(early[0] > early[1], "early purchases follow start interests: " + early[0] + " vs " + early[1]);
		assertTrue(late[1] > late[0], "late purchases follow end interests: " + late[1] + " vs " + late[0]);
	}

	@Test
	void cancellationStopsTheRun() {
		int[] checks = { 0 };
		ProgressMonitor cancelLater = ProgressMonitor.cancelledWhen(() -> ++checks[0] > 20);
		assertThrows(CancelledException.class, () -> Simulator.run(SimulatorSettings.defaults(), cancelLater));
		assertTrue(checks[0] > 20);
	}

	@Test
	void progressCoversEveryStream() {
		long[] work = { 0, 0 };
		ProgressMonitor counting = new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
				work[0] = totalWork;
			}

			@Override
			public void worked(long w) {
				work[1] += w;
			}

			@Override
			public boolean isCancelled() {
				return false;
			}
		};
		SimulatedMarket m = Simulator.run(SimulatorSettings.Size.SMALL.settings(Map.of()), counting);
		assertEquals(m.streams().size() + 2L, work[0]);
		assertEquals(work[0], work[1]);
	}

	private static double sum(double[] a) {
		double s = 0;
		for (double x : a) {
			s += x;
		}
		return s;
	}

	private static int argMax(double[] a) {
		int best = 0;
		for (int i = 1; i < a.length; i++) {
			best = a[i] > a[best] ? i : best;
		}
		return best;
	}
}
