// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.bandits.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Policy;
import io.streamwise.api.algorithm.PolicyContext;
import io.streamwise.api.algorithm.PolicyFactory;
import io.streamwise.api.algorithm.PolicySchema;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.bandits.env.MarketEnvironment;
import io.streamwise.bandits.env.Reward;
import io.streamwise.bandits.evaluation.OnlineEvaluation;
import io.streamwise.bandits.evaluation.PolicySpec;
import io.streamwise.core.simulator.Product;
import io.streamwise.core.simulator.Showcase;

/** Revenue and margin as rewards: the oracle, the regret and what policies learn from all use the same reward. */
class RewardTest {

	static final MarketEnvironment PURCHASE = EnvironmentTest.ENVIRONMENT,
			REVENUE = new MarketEnvironment(EnvironmentTest.MARKET, Reward.parse("revenue")),
			MARGIN = new MarketEnvironment(EnvironmentTest.MARKET, Reward.parse("margin:0.6"));

	@Test
	void rewardsParseAndPrintTheirNames() {
		assertEquals(Reward.PURCHASE, Reward.parse("purchase"));
		assertEquals(new Reward(Reward.Kind.REVENUE, 0), Reward.parse(" Revenue "));
		assertEquals(new Reward(Reward.Kind.MARGIN, Reward.DEFAULT_UNIT_COST_SHARE), Reward.parse("margin"));
		assertEquals(0.25, Reward.parse("margin:0.25").unitCostShare());
		assertEquals("margin:0.25", Reward.parse("margin:0.25").id());
		for (String bad : List.of("clicks", "margin:1", "margin:-0.1", "margin:x", "")) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Reward.parse(bad), bad);
			assertTrue(e.getMessage().contains("purchase, revenue, margin"), e.getMessage());
		}
	}

	@Test
	void aPurchaseEarnsOneThePricePaidOrThePriceLessTheUnitCost() {
		// list price 100, offer at 80, a bundle's gift listed at 10
		assertEquals(1, Reward.PURCHASE.value(100, 80, 10));
		assertEquals(80, Reward.parse("revenue").value(100, 80, 10));
		assertEquals(80 - 0.6 * 110, Reward.parse("margin:0.6").value(100, 80, 10), 1e-12);
		assertEquals(100 - 0.6 * 100, Reward.parse("margin:0.6").value(100, 100, 0), 1e-12);
	}

	/**
	 * A hand-made round: the list price 100 sells with probability 0.10, the offer at 50 with 0.15. Purchases favour
	 * the offer; revenue (10 against 7.5) and margin at a unit cost of 30 (7 against 3) favour the list price.
	 */
	@Test
	void theBestArmDiffersBetweenPurchaseAndRevenueOnAHandMadeRound() {
		PolicyContext context = new PolicyContext(0, new double[] { 1 }, 0, 0, new int[] { 0, 1 });
		MarketEnvironment.Round purchases = new MarketEnvironment.Round(context, new double[] { 0.10, 0.15 });
		assertEquals(1, purchases.oracle());
		assertEquals(0.15, purchases.best(), 0);
		MarketEnvironment.Round revenue = new MarketEnvironment.Round(context, new double[] { 0.10, 0.15 },
				new double[] { 100, 50 });
		assertEquals(0, revenue.oracle());
		assertEquals(10, revenue.best(), 1e-12);
		assertEquals(7.5, revenue.expected(1), 1e-12);
		MarketEnvironment.Round margin = new MarketEnvironment.Round(context, new double[] { 0.10, 0.15 },
				new double[] { 70, 20 });
		assertEquals(0, margin.oracle());
		assertEquals(7, margin.best(), 1e-12);
	}

	/**
	 * In the simulated market a purchase of the list-price action earns the product's price and one with the offer
	 * the offer's price. The revenue oracle takes the list price although its offer is available far more often than
	 * the purchase oracle does (for which an offer only raises the purchase probability), and takes offers too.
	 */
	@Test
	void inTheMarketTheOfferBecomesARealChoiceUnderRevenue() {
		// [list price although the offer is available, an offer] of each oracle
		int[] revenueOracle = new int[2], purchaseOracle = new int[2];
		int differ = 0;
		var purchaseRounds = PURCHASE.everyRound().toList();
		var revenueRounds = REVENUE.everyRound().toList();
		assertEquals(purchaseRounds.size(), revenueRounds.size());
		for (int r = 0; r < revenueRounds.size(); r++) {
			MarketEnvironment.Round p = purchaseRounds.get(r), v = revenueRounds.get(r);
			int[] actions = v.context().actions();
			for (int i = 0; i < actions.length; i++) {
				Product product = EnvironmentTest.MARKET.products().get(actions[i] / 2);
				float paid = product.price();
				if ((actions[i] & 1) == 1) {
					Showcase sc = EnvironmentTest.MARKET.streams().get(v.context().stream())
							.showcaseOf(product.id());
					paid = sc.offer().apply(paid);
				}
				assertEquals(paid, v.value()[i], 0);
				assertEquals(1, p.value()[i], 0);
				assertEquals(p.purchaseProbability()[i], v.purchaseProbability()[i], 0);
			}
			int po = p.oracle(), vo = v.oracle();
			if (po != vo) {
				differ++;
			}
			count(actions, vo, revenueOracle);
			count(actions, po, purchaseOracle);
			for (int i = 0; i < actions.length; i++) {
				assertTrue(v.expected(i) <= v.best());
			}
		}
		assertTrue(differ > 0, "the oracles never differ");
		String counts = "list price with its offer available, offer: revenue oracle " + revenueOracle[0] + ", "
				+ revenueOracle[1] + "; purchase oracle " + purchaseOracle[0] + ", " + purchaseOracle[1];
		assertTrue(revenueOracle[0] > 0 && revenueOracle[1] > 0, counts);
		assertTrue(revenueOracle[0] > 2 * purchaseOracle[0] && purchaseOracle[1] > revenueOracle[1], counts);
		assertTrue(REVENUE.rewardScale() > 1);
		assertEquals(1, PURCHASE.rewardScale());
	}

	/**
	 * A policy that always pins the purchase oracle's action has no regret when purchases are the reward, and
	 * regret under revenue (where the revenue oracle's policy has none): the oracle and regret use the same reward.
	 * Its reward under revenue is what its purchases earned, and what it learns from lies in [0, 1].
	 */
	@Test
	void regretIsAgainstTheOracleOfTheSameReward() {
		PolicySpec followsPurchases = PolicySpec.of("purchase-oracle", new OracleFactory(oracles(PURCHASE)),
				Map.of());
		PolicySpec followsRevenue = PolicySpec.of("revenue-oracle", new OracleFactory(oracles(REVENUE)), Map.of());
		var purchase = OnlineEvaluation.run(PURCHASE, List.of(followsPurchases), 2000, 2, 5, 1,
				ProgressMonitor.NULL);
		var revenue = OnlineEvaluation.run(REVENUE, List.of(followsPurchases, followsRevenue), 2000, 2, 5, 1,
				ProgressMonitor.NULL);
		var margin = OnlineEvaluation.run(MARGIN, List.of(followsPurchases), 2000, 2, 5, 1, ProgressMonitor.NULL);
		for (int s = 0; s < 2; s++) {
			assertEquals(0, last(purchase.get(0).regret()[s]), 1e-9);
			assertTrue(last(revenue.get(0).regret()[s]) > 0);
			assertEquals(0, last(revenue.get(1).regret()[s]), 1e-9);
			assertTrue(last(margin.get(0).regret()[s]) > 0);
			// the same viewers buy the same actions: revenue is more than the count of purchases, in currency
			assertTrue(last(revenue.get(0).reward()[s]) > last(purchase.get(0).reward()[s]));
		}
		assertTrue(OracleFactory.largestReward <= 1 && OracleFactory.largestReward > 0);
	}

	private static void count(int[] actions, int chosen, int[] counts) {
		if (chosen + 1 < actions.length && actions[chosen + 1] == actions[chosen] + 1) {
			counts[0]++;
		} else if ((actions[chosen] & 1) == 1) {
			counts[1]++;
		}
	}

	private static double last(double[] v) {
		return v[v.length - 1];
	}

	/** Per (viewer, stream): the action of the environment's oracle. */
	private static Map<Long, Integer> oracles(MarketEnvironment environment) {
		Map<Long, Integer> out = new HashMap<>();
		environment.everyRound().forEach(r -> out.put(key(r.context()), r.context().actions()[r.oracle()]));
		return out;
	}

	private static long key(PolicyContext c) {
		return (long) c.viewer() * 1_000_000 + c.stream();
	}

	/** Pins the action a table gives for the viewer and stream: an oracle that has read the truth. */
	static final class OracleFactory implements PolicyFactory<OracleFactory.NoSettings> {
		record NoSettings() {
		}

		static volatile double largestReward;
		private final Map<Long, Integer> table;

		OracleFactory(Map<Long, Integer> table) {
			this.table = table;
		}

		@Override
		public AlgorithmInfo info() {
			return new AlgorithmInfo("test-oracle", "Oracle", "Reads the truth.", "", AlgorithmKind.POLICY);
		}

		@Override
		public Class<NoSettings> settingsType() {
			return NoSettings.class;
		}

		@Override
		public Policy create(NoSettings settings) {
			return new Policy() {
				@Override
				public void initialise(PolicySchema schema, TaskContext context) {
				}

				@Override
				public double[] probabilities(PolicyContext context) {
					double[] p = new double[context.actions().length];
					int chosen = table.get(key(context));
					for (int i = 0; i < p.length; i++) {
						p[i] = context.actions()[i] == chosen ? 1 : 0;
					}
					return p;
				}

				@Override
				public void update(PolicyContext context, int action, double reward) {
					largestReward = Math.max(largestReward, reward);
				}
			};
		}
	}
}
