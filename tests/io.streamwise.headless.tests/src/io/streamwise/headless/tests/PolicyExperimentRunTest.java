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
import io.streamwise.bandits.run.PolicyExperiment;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.results.PolicyResults;
import io.streamwise.core.results.ResultsJson;
import io.streamwise.headless.Cli;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.io.ModelIO;

/** {@code streamwise run FILE} on a policy experiment: the same files as {@code policy simulate|evaluate}. */
class PolicyExperimentRunTest {

	private static final List<AlgorithmFactory<?>> POLICIES = List.of(new UniformPolicyFactory(),
			new EpsilonGreedyFactory(), new Ucb1Factory(), new ThompsonFactory(), new LinUcbFactory());

	private static String experiment(String protocol, String dataset) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<experiment:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:experiment="http://streamwise.io/model/experiment/1.0"
				    id="pins" name="Pins" formatVersion="1.2" seed="7">
				""" + dataset + protocol + """
				  <algorithms algorithmId="uniform" label="uniform"/>
				  <algorithms algorithmId="eps-greedy" label="eps-greedy">
				    <settings key="epsilon" value="0.2"/>
				  </algorithms>
				  <algorithms algorithmId="linucb" label="linucb"/>
				</experiment:Experiment>
				""";
	}

	@Test
	void anOnlineExperimentWritesWhatPolicySimulateWrites(@TempDir Path tmp) throws Exception {
		Path file = tmp.resolve("pins.experiment");
		Files.writeString(file, experiment("""
				  <protocol kind="ONLINE">
				    <options key="rounds" value="600"/>
				    <options key="seeds" value="3"/>
				    <options key="threads" value="2"/>
				  </protocol>
				""", """
				  <dataset kind="SIMULATOR"><options key="preset" value="small"/></dataset>
				"""));
		CliFixture run = new CliFixture(POLICIES);
		assertEquals(Cli.OK, run.run("run", file.toString(), "--out", tmp.resolve("run").toString()), run.err());
		CliFixture simulate = new CliFixture(POLICIES);
		// at one thread, which must not matter
		assertEquals(Cli.OK, simulate.run("policy", "simulate", "--policies", "uniform,eps-greedy,linucb",
				"--rounds", "600", "--seeds", "3", "--seed", "7", "--threads", "1", "--set", "eps-greedy:epsilon=0.2",
				"--out", tmp.resolve("cli").toString()), simulate.err());
		for (String name : List.of("results.csv", "curves.csv")) {
			assertArrayEquals(Files.readAllBytes(tmp.resolve("cli").resolve(name)),
					Files.readAllBytes(tmp.resolve("run").resolve(name)), name);
		}
		PolicyResults a = ResultsJson.read(tmp.resolve("run/results.json"), PolicyResults.class),
				b = ResultsJson.read(tmp.resolve("cli/results.json"), PolicyResults.class);
		assertEquals(b.settings(), a.settings());
		assertEquals(b.data(), a.data());
		assertEquals("policy simulate", a.command());
		assertEquals(List.of("uniform", "eps-greedy", "linucb"), a.policies().stream().map(p -> p.label()).toList());
		assertEquals("0.2", a.policies().get(1).settings().get("epsilon"));
		assertEquals(file.toAbsolutePath().normalize().toString(), a.provenance().get("experimentFile"));
		assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(tmp.resolve("run/pins.experiment")));
		assertTrue(run.out().contains("Policy experiment pins: Pins"), run.out());
	}

	@Test
	void anOffPolicyExperimentWritesWhatPolicyEvaluateWrites(@TempDir Path tmp) throws Exception {
		CliFixture log = new CliFixture(POLICIES);
		assertEquals(Cli.OK, log.run("policy", "log", "--logger", "uniform", "--size", "2000", "--out",
				tmp.resolve("log").toString()), log.err());
		Path file = tmp.resolve("ope.experiment");
		Files.writeString(file, experiment("""
				  <protocol kind="OFF_POLICY">
				    <options key="estimators" value="ips,snips,dm,dr"/>
				    <options key="bootstrap" value="20"/>
				    <options key="rewardModel" value="base-rate"/>
				  </protocol>
				""", """
				  <dataset kind="CSV" location="log/log.csv"/>
				"""));
		CliFixture run = new CliFixture(POLICIES);
		assertEquals(Cli.OK, run.run("run", file.toString(), "--out", tmp.resolve("run").toString()), run.err());
		CliFixture evaluate = new CliFixture(POLICIES);
		assertEquals(Cli.OK, evaluate.run("policy", "evaluate", "--data", tmp.resolve("log/log.csv").toString(),
				"--policies", "uniform,eps-greedy,linucb", "--set", "eps-greedy:epsilon=0.2", "--seed", "7",
				"--bootstrap", "20", "--reward-model", "base-rate", "--out", tmp.resolve("cli").toString()),
				evaluate.err());
		assertArrayEquals(Files.readAllBytes(tmp.resolve("cli/results.csv")),
				Files.readAllBytes(tmp.resolve("run/results.csv")));
		assertFalse(Files.exists(tmp.resolve("run/curves.csv")));
		PolicyResults a = ResultsJson.read(tmp.resolve("run/results.json"), PolicyResults.class);
		assertEquals("policy evaluate", a.command());
		assertEquals(12, a.rows().size());
	}

	@Test
	void theExampleIsAnOnlinePolicyExperimentOfFourPolicies() throws Exception {
		Path example = null;
		for (Path p = Path.of("").toAbsolutePath(); p != null && example == null; p = p.getParent()) {
			if (Files.isRegularFile(p.resolve("examples/bandits/pin-policies.experiment"))) {
				example = p.resolve("examples/bandits/pin-policies.experiment");
			}
		}
		assertTrue(example != null, "examples/bandits/pin-policies.experiment above " + Path.of("").toAbsolutePath());
		PolicyExperiment x = PolicyExperiment.of(ModelIO.load(example, Experiment.class), example,
				AlgorithmRegistry.of(POLICIES));
		assertTrue(x.online());
		assertEquals(2000, x.onlineRun().rounds());
		assertEquals(5, x.onlineRun().seeds());
		assertEquals(List.of("uniform", "eps-greedy", "thompson", "linucb"),
				x.onlineRun().policies().stream().map(p -> p.label()).toList());
		assertEquals(0.05, ((EpsilonGreedyFactory.EpsilonGreedySettings) x.onlineRun().policies().get(1).settings())
				.epsilon());
	}

	@Test
	void aMistypedOptionIsBadInputNamingFileAndOptionWithNothingWritten(@TempDir Path tmp) throws Exception {
		Path file = tmp.resolve("typo.experiment");
		Files.writeString(file, experiment("""
				  <protocol kind="ONLINE">
				    <options key="roundz" value="600"/>
				  </protocol>
				""", ""));
		CliFixture run = new CliFixture(POLICIES);
		assertEquals(3, run.run("run", file.toString(), "--out", tmp.resolve("run").toString()));
		assertTrue(run.err().contains("typo.experiment: protocol option 'roundz'"), run.err());
		assertFalse(Files.exists(tmp.resolve("run")));
		// a recommender among the policies is named with its place
		Files.writeString(file, experiment("""
				  <protocol kind="ONLINE"/>
				""", "").replace("algorithmId=\"linucb\"", "algorithmId=\"pop\""));
		CliFixture pop = new CliFixture(POLICIES);
		assertEquals(3, pop.run("run", file.toString(), "--out", tmp.resolve("run").toString()));
		assertTrue(pop.err().contains("algorithm 3 ('linucb'): 'pop' is a recommender, not a policy"), pop.err());
		assertFalse(Files.exists(tmp.resolve("run")));
	}

	@Test
	void aPolicyExperimentOnFlinkIsRefusedWithItsReasonNotRunEmbedded(@TempDir Path tmp) throws Exception {
		Path file = tmp.resolve("pins.experiment");
		Files.writeString(file, experiment("""
				  <protocol kind="ONLINE"/>
				""", """
				  <dataset kind="SIMULATOR"><options key="preset" value="small"/></dataset>
				""").replace("seed=\"7\"", "seed=\"7\" engine=\"flink-local\""));
		CliFixture run = new CliFixture(POLICIES);
		assertEquals(2, run.run("run", file.toString(), "--out", tmp.resolve("run").toString()));
		assertTrue(run.err().contains("--engine flink-local: a policy experiment"), run.err());
		assertFalse(Files.exists(tmp.resolve("run")));
	}
}
