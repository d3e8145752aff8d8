package io.streamwise.bandits.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.LoggedDecision;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.bandits.env.MarketEnvironment;
import io.streamwise.bandits.evaluation.OnlineEvaluation;
import io.streamwise.bandits.evaluation.PolicySpec;
import io.streamwise.bandits.logs.BanditLog;
import io.streamwise.bandits.logs.SimulatorLogs;
import io.streamwise.bandits.policies.EpsilonGreedyFactory;
import io.streamwise.bandits.policies.LinUcbFactory;
import io.streamwise.bandits.policies.ThompsonFactory;
import io.streamwise.bandits.policies.UniformPolicyFactory;
import io.streamwise.core.simulator.Exposure;
import io.streamwise.core.simulator.SimulatedMarket;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.core.simulator.SimulatorSettings;

/** The simulator as a bandit environment, and policies acting in it. */
class EnvironmentTest {

	static final SimulatedMarket MARKET = Simulator.run(SimulatorSettings.Size.SMALL.settings(Map.of("seed", "3")),
			ProgressMonitor.NULL);
	static final MarketEnvironment ENVIRONMENT = new MarketEnvironment(MARKET);

	/** The probability the environment rewards with is the one the simulator drew every exposure's purchase with. */
	@Test
	void purchaseProbabilityIsTheSimulatorsForEveryExposure() {
		Map<String, Integer> viewers = new HashMap<>(), products = new HashMap<>(), streams = new HashMap<>();
		for (int i = 0; i < MARKET.viewers().size(); i++) {
			viewers.put(MARKET.viewers().get(i).id(), i);
		}
		for (int i = 0; i < MARKET.products().size(); i++) {
			products.put(MARKET.products().get(i).id(), i);
		}
		for (int i = 0; i < MARKET.streams().size(); i++) {
			streams.put(MARKET.streams().get(i).id(), i);
		}
		assertTrue(MARKET.exposures().size() > 100);
		for (Exposure e : MARKET.exposures()) {
			assertEquals(e.probability(), MARKET.purchaseProbability(viewers.get(e.viewer()),
					products.get(e.product()), streams.get(e.stream()), e.price(), e.offered()), 0, e.toString());
		}
	}

	@Test
	void theOracleIsTheBestAvailableAction() {
		java.util.SplittableRandom r = new java.util.SplittableRandom(1);
		for (int t = 0; t < 200; t++) {
			MarketEnvironment.Round round = ENVIRONMENT.draw(r);
			double[] p = round.purchaseProbability();
			assertEquals(round.context().actions().length, p.length);
			for (double v : p) {
				assertTrue(v <= round.best() && v > 0 && v < 1);
			}
			assertEquals(round.best(), p[round.oracle()], 0);
		}
	}

	private static List<PolicySpec> policies() {
		return List.of(PolicySpec.of("uniform", new UniformPolicyFactory(), Map.of()),
				PolicySpec.of("eps-greedy", new EpsilonGreedyFactory(), Map.of()),
				PolicySpec.of("thompson", new ThompsonFactory(), Map.of("draws", "20")),
				PolicySpec.of("linucb", new LinUcbFactory(), Map.of()));
	}

	@Test
	void sameSeedSameResultsOnAnyThreadCount() {
		List<OnlineEvaluation.Trajectories> one = OnlineEvaluation.run(ENVIRONMENT, policies(), 600, 3, 7, 1,
				ProgressMonitor.NULL);
		List<OnlineEvaluation.Trajectories> three = OnlineEvaluation.run(ENVIRONMENT, policies(), 600, 3, 7, 3,
				ProgressMonitor.NULL);
		for (int p = 0; p < one.size(); p++) {
			for (int s = 0; s < 3; s++) {
				assertTrue(java.util.Arrays.equals(one.get(p).regret()[s], three.get(p).regret()[s]));
				assertTrue(java.util.Arrays.equals(one.get(p).reward()[s], three.get(p).reward()[s]));
			}
		}
		// another seed gives other viewers
		List<OnlineEvaluation.Trajectories> other = OnlineEvaluation.run(ENVIRONMENT, policies().subList(0, 1), 600,
				3, 8, 1, ProgressMonitor.NULL);
		assertTrue(!java.util.Arrays.equals(one.get(0).regret()[0], other.get(0).regret()[0]));
	}

	/** Learning policies end with less regret than uniform choice, which keeps paying the same price per round. */
	@Test
	void learningPoliciesRegretLessThanUniform() {
		List<OnlineEvaluation.Trajectories> runs = OnlineEvaluation.run(ENVIRONMENT, policies(), 4000, 3, 11, 2,
				ProgressMonitor.NULL);
		double uniform = finalMean(runs.get(0));
		assertTrue(uniform > 0);
		for (int p = 1; p < runs.size(); p++) {
			double regret = finalMean(runs.get(p));
			assertTrue(regret < 0.9 * uniform, runs.get(p).policy().label() + ": regret " + regret + " vs uniform "
					+ uniform);
		}
	}

	private static double finalMean(OnlineEvaluation.Trajectories t) {
		double sum = 0;
		for (double[] seed : t.regret()) {
			sum += seed[seed.length - 1];
		}
		return sum / t.regret().length;
	}

	@Test
	void simulatorLogsKeepTheLoggersPropensities() {
		List<double[]> truth = new ArrayList<>();
		BanditLog log = SimulatorLogs.log(ENVIRONMENT, PolicySpec.of("uniform", new UniformPolicyFactory(), Map.of()),
				500, 4, truth, ProgressMonitor.NULL);
		assertEquals(500, log.size());
		assertEquals(500, truth.size());
		for (LoggedDecision d : log.decisions()) {
			assertEquals(1.0 / d.context().actions().length, d.propensity(), 1e-15);
		}
		BanditLog eps = SimulatorLogs.log(ENVIRONMENT,
				PolicySpec.of("eps", new EpsilonGreedyFactory(), Map.of("epsilon", "0.2")), 500, 4, null,
				ProgressMonitor.NULL);
		for (LoggedDecision d : eps.decisions()) {
			double k = d.context().actions().length;
			// either the greedy action (share 1 − ε split over ties, plus ε/K) or another (ε/K)
			assertTrue(d.propensity() >= 0.2 / k - 1e-15, d.toString());
		}
	}
}
