// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.bandits.policies.EpsilonGreedyFactory;
import io.streamwise.bandits.policies.LinUcbFactory;
import io.streamwise.bandits.policies.ThompsonFactory;
import io.streamwise.bandits.policies.Ucb1Factory;
import io.streamwise.bandits.policies.UniformPolicyFactory;
import io.streamwise.core.results.PolicyResults;
import io.streamwise.core.results.ResultsJson;
import io.streamwise.headless.Cli;

/** {@code streamwise policy simulate, log, evaluate, accuracy} in-process. */
class PolicyCommandTest {

	private static final List<AlgorithmFactory<?>> POLICIES = List.of(new UniformPolicyFactory(),
			new EpsilonGreedyFactory(), new Ucb1Factory(), new ThompsonFactory(), new LinUcbFactory());

	@Test
	void simulateWritesTheSameResultsAtAnyThreadCount(@TempDir Path tmp) throws Exception {
		Path a = tmp.resolve("a"), b = tmp.resolve("b");
		CliFixture one = new CliFixture(POLICIES);
		assertEquals(Cli.OK, one.run("policy", "simulate", "--policies", "uniform,eps-greedy,linucb", "--rounds",
				"800", "--seeds", "3", "--threads", "1", "--set", "eps-greedy:epsilon=0.2", "--out", a.toString()),
				one.err());
		CliFixture two = new CliFixture(POLICIES);
		assertEquals(Cli.OK, two.run("policy", "simulate", "--policies", "uniform,eps-greedy,linucb", "--rounds",
				"800", "--seeds", "3", "--threads", "2", "--set", "eps-greedy:epsilon=0.2", "--out", b.toString()),
				two.err());
		assertArrayEquals(Files.readAllBytes(a.resolve("results.csv")), Files.readAllBytes(b.resolve("results.csv")));
		assertArrayEquals(Files.readAllBytes(a.resolve("curves.csv")), Files.readAllBytes(b.resolve("curves.csv")));
		PolicyResults results = ResultsJson.read(a.resolve("results.json"), PolicyResults.class);
		assertEquals("policy simulate", results.command());
		assertEquals(6, results.rows().size()); // reward and regret per policy
		assertEquals("0.2", results.policies().get(1).settings().get("epsilon"));
		assertTrue(one.out().contains("linucb"), one.out());
		for (String chart : List.of("regret", "reward")) {
			for (String kind : List.of(".svg", ".png")) {
				assertTrue(Files.size(a.resolve("charts/" + chart + kind)) > 0, chart + kind);
			}
		}
		assertArrayEquals(Files.readAllBytes(a.resolve("charts/regret.svg")),
				Files.readAllBytes(b.resolve("charts/regret.svg")));
	}

	@Test
	void aSimulatorLogIsEvaluatedOffPolicy(@TempDir Path tmp) throws Exception {
		CliFixture log = new CliFixture(POLICIES);
		assertEquals(Cli.OK, log.run("policy", "log", "--logger", "uniform", "--size", "3000", "--out",
				tmp.resolve("log").toString()), log.err());
		Path file = tmp.resolve("log/log.csv");
		assertTrue(Files.readString(file).startsWith("timestamp,item_id,position,click,propensity_score,"));
		CliFixture evaluate = new CliFixture(POLICIES);
		assertEquals(Cli.OK, evaluate.run("policy", "evaluate", "--data", file.toString(), "--policies",
				"uniform,ucb1", "--estimators", "replay,ips,snips,dm,dr,switch-dr", "--bootstrap", "20",
				"--reward-model", "base-rate", "--out", tmp.resolve("ope").toString()), evaluate.err());
		PolicyResults results = ResultsJson.read(tmp.resolve("ope/results.json"), PolicyResults.class);
		assertEquals(12, results.rows().size());
		for (PolicyResults.Row r : results.rows()) {
			assertTrue(r.low() <= r.value() + 1e-12 && r.value() <= r.high() + 1e-12 || Double.isNaN(r.value()),
					r.toString());
			assertEquals(1500, r.n());
		}
		// the uniform target is the logger: every weight is 1, so IPS and SNIPS agree and ESS is every decision
		PolicyResults.Row ips = results.rows().get(1), snips = results.rows().get(2);
		assertEquals("ips", ips.estimator());
		assertEquals(ips.value(), snips.value(), 1e-12);
		assertEquals(1500, ips.diagnostics().get("ess"), 1e-6);
		assertTrue(Files.isRegularFile(tmp.resolve("ope/charts/ope.svg")));
		assertTrue(Files.isRegularFile(tmp.resolve("ope/charts/ope.png")));
	}

	@Test
	void aZeroPropensityIsBadInputNamingFileLineAndField(@TempDir Path tmp) throws Exception {
		Path file = tmp.resolve("log.csv");
		Files.writeString(file, "item_id,click,propensity_score,user_feature_0\n1,0,0.5,1\n2,1,0,1\n");
		CliFixture cli = new CliFixture(POLICIES);
		Path out = tmp.resolve("out");
		assertEquals(Cli.BAD_INPUT, cli.run("policy", "evaluate", "--data", file.toString(), "--policies", "uniform",
				"--estimators", "ips", "--out", out.toString()));
		assertTrue(cli.err().contains(file + ", line 3, column 'propensity_score'"), cli.err());
		assertFalse(Files.exists(out), "nothing half-written");
	}

	@Test
	void revenueAsRewardIsRecordedAndChartedAndABadRewardIsAUsageError(@TempDir Path tmp) throws Exception {
		CliFixture cli = new CliFixture(POLICIES);
		assertEquals(Cli.OK, cli.run("policy", "simulate", "--policies", "uniform,eps-greedy", "--rounds", "300",
				"--seeds", "2", "--reward", "revenue", "--out", tmp.resolve("rev").toString()), cli.err());
		PolicyResults results = ResultsJson.read(tmp.resolve("rev/results.json"), PolicyResults.class);
		assertEquals("revenue", results.settings().get("reward"));
		assertTrue(Double.parseDouble(results.settings().get("rewardScale")) > 1);
		assertTrue(cli.out().contains("revenue [95% interval]"), cli.out());
		// the axis label naming the revenue is drawn rotated, as a path, not as SVG text: PolicyChartsTest checks it
		assertTrue(Files.readString(tmp.resolve("rev/charts/reward.svg")).contains("Cumulative reward"));

		CliFixture bad = new CliFixture(POLICIES);
		Path out = tmp.resolve("bad");
		assertEquals(Cli.USAGE, bad.run("policy", "log", "--reward", "margin:1.5", "--size", "10", "--out",
				out.toString()));
		assertTrue(bad.err().contains("--reward: the reward must be purchase, revenue, margin or margin:S"),
				bad.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void unknownPoliciesAndNonPoliciesAreUsageErrors(@TempDir Path tmp) {
		CliFixture cli = new CliFixture(POLICIES);
		assertEquals(Cli.USAGE, cli.run("policy", "simulate", "--policies", "pop", "--out", tmp.resolve("a")
				.toString()));
		assertTrue(cli.err().contains("'pop' is a recommender, not a policy"), cli.err());
		CliFixture other = new CliFixture(POLICIES);
		assertEquals(Cli.USAGE, other.run("policy", "simulate", "--policies", "nope", "--out", tmp.resolve("b")
				.toString()));
	}

	@Test
	void accuracyReportsBiasRmseAndCoverage(@TempDir Path tmp) throws Exception {
		CliFixture cli = new CliFixture(POLICIES);
		assertEquals(Cli.OK, cli.run("policy", "accuracy", "--sizes", "200", "--betas", "0,0.8", "--logs", "4",
				"--estimators", "ips,dm", "--bootstrap", "20", "--reward-model", "base-rate", "--out",
				tmp.resolve("acc").toString()), cli.err());
		PolicyResults results = ResultsJson.read(tmp.resolve("acc/results.json"), PolicyResults.class);
		assertEquals(2 * 2 * 3, results.rows().size());
		assertEquals(List.of("bias", "rmse", "interval_coverage"),
				results.rows().subList(0, 3).stream().map(PolicyResults.Row::metric).toList());
		try (var charts = Files.list(tmp.resolve("acc/charts"))) {
			assertEquals(12, charts.count()); // bias, RMSE and coverage by size and by distance, SVG and PNG
		}
	}
}
