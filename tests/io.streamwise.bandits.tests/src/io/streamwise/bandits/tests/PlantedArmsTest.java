package io.streamwise.bandits.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.Policy;
import io.streamwise.api.algorithm.PolicyContext;
import io.streamwise.api.algorithm.PolicyFactory;
import io.streamwise.api.algorithm.PolicySchema;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.bandits.evaluation.PolicySpec;
import io.streamwise.bandits.policies.EpsilonGreedyFactory;
import io.streamwise.bandits.policies.LinUcbFactory;
import io.streamwise.bandits.policies.SoftmaxFactory;
import io.streamwise.bandits.policies.ThompsonFactory;
import io.streamwise.bandits.policies.Ucb1Factory;
import io.streamwise.bandits.policies.UniformPolicyFactory;

/** Every learning policy finds an arm planted as the best, and uniform does not. */
class PlantedArmsTest {

	private static final double[] RATES = { 0.05, 0.10, 0.30, 0.15, 0.08 };
	private static final PolicySchema SCHEMA = new PolicySchema(List.of("bias"),
			List.of("a0", "a1", "a2", "a3", "a4"));

	/** The share of the last 1,000 of 4,000 rounds in which the policy chose the planted arm (2). */
	private static double shareOfBestAtTheEnd(PolicySpec spec, long seed) {
		Policy policy = spec.create();
		policy.initialise(SCHEMA, TaskContext.of(seed));
		SplittableRandom r = new SplittableRandom(seed);
		PolicyContext c = new PolicyContext(0, new double[] { 1 }, 0, 0, new int[] { 0, 1, 2, 3, 4 });
		int best = 0;
		for (int t = 0; t < 4000; t++) {
			int a = c.actions()[Policy.draw(policy.probabilities(c), r.nextDouble())];
			policy.update(c, a, r.nextDouble() < RATES[a] ? 1 : 0);
			if (t >= 3000 && a == 2) {
				best++;
			}
		}
		return best / 1000.0;
	}

	private static PolicySpec spec(PolicyFactory<?> f, Map<String, String> settings) {
		return PolicySpec.of(f.info().id(), f, settings);
	}

	@Test
	void learningPoliciesFindThePlantedArm() {
		for (PolicySpec s : List.of(spec(new EpsilonGreedyFactory(), Map.of("epsilon", "0.1")),
				spec(new EpsilonGreedyFactory(), Map.of("epsilon", "0.5", "decay", "0.01")),
				spec(new Ucb1Factory(), Map.of("exploration", "0.3")), spec(new ThompsonFactory(), Map.of()),
				spec(new SoftmaxFactory(), Map.of("temperature", "0.02")), spec(new LinUcbFactory(), Map.of()))) {
			for (long seed : new long[] { 1, 2, 3 }) {
				double share = shareOfBestAtTheEnd(s, seed);
				assertTrue(share > 0.7, s.label() + " " + s.settings() + " seed " + seed + ": chose the best arm in "
						+ share + " of the last 1,000 rounds");
			}
		}
		double uniform = shareOfBestAtTheEnd(spec(new UniformPolicyFactory(), Map.of()), 1);
		assertTrue(uniform < 0.3, "uniform chose the best arm in " + uniform);
	}

	/**
	 * The recommender adapter with most-popular (which counts each viewer once per item): refitted on the purchases of
	 * 1,000 viewers, it ends up pinning the arm most viewers bought, the planted one. Exploration is high (ε = 0.8):
	 * popularity learns only from what it shows, and with little exploration an early lucky arm keeps the lead.
	 */
	@Test
	void theRecommenderAdapterPinsThePlantedArm() {
		for (long seed : new long[] { 1, 2 }) {
			Policy policy = new io.streamwise.bandits.policies.RecommenderPolicyFactory(
					List.of(new io.streamwise.algorithms.popularity.MostPopularFactory()))
					.create(new io.streamwise.bandits.policies.RecommenderPolicyFactory.RecommenderPolicySettings("pop",
							0.8, 200));
			policy.initialise(SCHEMA, TaskContext.of(seed));
			SplittableRandom r = new SplittableRandom(seed);
			PolicyContext c = null;
			for (int t = 0; t < 4000; t++) {
				c = new PolicyContext(t % 1000, new double[] { 1 }, 0, 0, new int[] { 0, 1, 2, 3, 4 });
				int a = c.actions()[Policy.draw(policy.probabilities(c), r.nextDouble())];
				policy.update(c, a, r.nextDouble() < RATES[a] ? 1 : 0);
			}
			// the top-1 gets 1 − ε on top of ε/5
			assertEquals(0.2 + 0.8 / 5, policy.probabilities(c)[2], 1e-12, "seed " + seed);
		}
	}

	/**
	 * LinUCB with a planted interaction: arm 0 sells to viewers with feature 1, arm 1 to those with feature 2. A
	 * context-free policy can at best pick one arm for everyone; LinUCB learns both.
	 */
	@Test
	void linUcbLearnsWhichArmSuitsWhichContext() {
		PolicySchema schema = new PolicySchema(List.of("bias", "young", "old"), List.of("course", "goods", "ebook"));
		Policy policy = new LinUcbFactory().create(new LinUcbFactory.LinUcbSettings(0.3, 1));
		policy.initialise(schema, TaskContext.of(5));
		SplittableRandom r = new SplittableRandom(5);
		double[][] rate = { { 0.6, 0.1, 0.05 }, { 0.1, 0.6, 0.05 } };
		for (int t = 0; t < 3000; t++) {
			int group = r.nextInt(2);
			PolicyContext c = new PolicyContext(t, new double[] { 1, group == 0 ? 1 : 0, group == 1 ? 1 : 0 }, 0, 0,
					new int[] { 0, 1, 2 });
			int a = c.actions()[Policy.draw(policy.probabilities(c), r.nextDouble())];
			policy.update(c, a, r.nextDouble() < rate[group][a] ? 1 : 0);
		}
		double[] young = policy
				.probabilities(new PolicyContext(-1, new double[] { 1, 1, 0 }, 0, 0, new int[] { 0, 1, 2 }));
		double[] old = policy
				.probabilities(new PolicyContext(-1, new double[] { 1, 0, 1 }, 0, 0, new int[] { 0, 1, 2 }));
		assertEquals(1.0, young[0], 1e-12, "young viewers should get the course");
		assertEquals(1.0, old[1], 1e-12, "old viewers should get the goods");
	}

	/** ε-greedy's probabilities by hand: greedy arm 1 − ε + ε/K, the others ε/K; the decay divides ε by 1 + d·t. */
	@Test
	void epsilonGreedyProbabilitiesByHand() {
		Policy p = new EpsilonGreedyFactory().create(new EpsilonGreedyFactory.EpsilonGreedySettings(0.2, 0.5));
		p.initialise(SCHEMA, TaskContext.of(1));
		PolicyContext c = new PolicyContext(0, new double[] { 1 }, 0, 0, new int[] { 3, 1 });
		p.update(c, 3, 1); // t = 1: ε = 0.2 / 1.5
		double e = 0.2 / 1.5;
		double[] probabilities = p.probabilities(c);
		assertEquals(1 - e + e / 2, probabilities[0], 1e-15);
		assertEquals(e / 2, probabilities[1], 1e-15);
	}

	/** UCB1 by hand: arms with means 0.5 (2 pulls) and 0 (1 pull): bounds 0.5 + sqrt(2 ln 3 / 2) and sqrt(2 ln 3). */
	@Test
	void ucb1BoundsByHand() {
		Policy p = new Ucb1Factory().create(new Ucb1Factory.Ucb1Settings(1));
		p.initialise(SCHEMA, TaskContext.of(1));
		PolicyContext c = new PolicyContext(0, new double[] { 1 }, 0, 0, new int[] { 0, 1 });
		assertEquals(0.5, p.probabilities(c)[0], 0, "untried arms share the probability");
		p.update(c, 0, 1);
		p.update(c, 0, 0);
		p.update(c, 1, 0);
		// arm 0: 0.5 + sqrt(2 ln 3 / 2) = 1.548 beats arm 1: sqrt(2 ln 3) = 1.482
		double[] probabilities = p.probabilities(c);
		assertEquals(1.0, probabilities[0], 0);
		p.update(c, 0, 0); // arm 0: mean 1/3 over 3 pulls: 0.333 + sqrt(2 ln 4 / 3) = 1.295 < sqrt(2 ln 4) = 1.665
		assertEquals(1.0, p.probabilities(c)[1], 0);
	}
}
