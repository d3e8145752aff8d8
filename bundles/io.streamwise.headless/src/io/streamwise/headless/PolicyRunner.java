// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.headless;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.PolicyFactory;
import io.streamwise.api.algorithm.SettingsException;
import io.streamwise.bandits.env.MarketEnvironment;
import io.streamwise.bandits.env.Reward;
import io.streamwise.bandits.evaluation.PolicySpec;
import io.streamwise.bandits.logs.BanditLog;
import io.streamwise.bandits.logs.ObdCsv;
import io.streamwise.bandits.logs.SimulatorLogs;
import io.streamwise.bandits.ope.AccuracyStudy;
import io.streamwise.bandits.ope.Estimator;
import io.streamwise.bandits.ope.OffPolicyEvaluation;
import io.streamwise.bandits.run.PolicyExperiment;
import io.streamwise.bandits.run.PolicyRuns;
import io.streamwise.core.io.ImportException;
import io.streamwise.core.io.OutputFolder;
import io.streamwise.core.registry.UnknownAlgorithmException;
import io.streamwise.core.results.PolicyResults;
import io.streamwise.core.run.ProvenanceBuilder;
import io.streamwise.core.simulator.SimulatedMarket;
import io.streamwise.core.simulator.SimulatorSettings;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.report.PolicyReport;

/** The work of {@link PolicyCommand}'s commands, kept apart so that their classes load without this bundle's types. */
final class PolicyRunner {

	private final Cli cli;

	PolicyRunner(Cli cli) {
		this.cli = cli;
	}

	int simulate(PolicyCommand.Simulate c) throws IOException {
		Path dir = OutputFolder.check(c.out);
		if (c.rounds < 1 || c.seeds < 1) {
			throw new UsageException("--rounds and --seeds must be at least 1");
		}
		checkThreads(c.threads);
		Reward rewardKind = reward(c.reward);
		List<PolicySpec> policies = policies(c.policies, c.settings);
		SimulatorSettings.Size preset = preset(c.preset);
		PolicyResults results = PolicyRuns.simulate(
				new PolicyRuns.Online(policies, c.rounds, c.seeds, preset, c.seed, c.threads, rewardKind),
				ProvenanceBuilder.environment(cli.origin()), cli.progress());
		write(dir, results);
		printSimulation(results, c.preset, dir);
		return Cli.OK;
	}

	/** The table of an online run on standard output. */
	private void printSimulation(PolicyResults results, String preset, Path dir) {
		List<PolicyResults.Row> rows = results.rows();
		String reward = results.settings().getOrDefault("reward", "purchase");
		cli.out.printf(Locale.ROOT, "Policies on the simulator (preset %s, seed %s): %s rounds × %s seeds, %s actions,"
				+ " %s features, reward %s%n", preset, results.settings().get("seed"), results.settings().get("rounds"),
				results.settings().get("seeds"), results.data().get("actions"), results.data().get("features"),
				reward);
		String earned = reward.equals("purchase") ? "purchases" : reward;
		cli.out.printf(Locale.ROOT, "%-20s %32s %32s%n", "policy", earned + " [95% interval]",
				"regret [95% interval]");
		for (int i = 0; i < rows.size(); i += 2) {
			cli.out.printf(Locale.ROOT, "%-20s %32s %32s%n", rows.get(i).policy(), interval(rows.get(i)),
					interval(rows.get(i + 1)));
		}
		cli.out.println("wrote " + dir.resolve("results.json"));
	}

	int evaluate(PolicyCommand.Evaluate c) throws IOException {
		Path dir = OutputFolder.check(c.out);
		List<Estimator> estimators = estimators(c.estimators);
		options(c.estimator.clip, c.estimator.tau, c.bootstrap);
		if (!(c.trainShare >= 0 && c.trainShare < 1)) {
			throw new UsageException("--train-share must be in [0, 1), got " + c.trainShare);
		}
		List<PolicySpec> policies = policies(c.policies, c.settings);
		ConversionModelFactory<?> model = estimators.stream().anyMatch(Estimator::needsModel)
				? rewardModel(c.estimator.rewardModel)
				: null;
		BanditLog log;
		try {
			log = ObdCsv.read(c.data);
		} catch (ImportException e) {
			throw new Cli.InputException(e.getMessage(), e);
		}
		OffPolicyEvaluation.Options options = new OffPolicyEvaluation.Options(estimators, c.estimator.clip,
				c.estimator.tau, c.bootstrap, c.trainShare, c.seed);
		PolicyResults results = PolicyRuns.evaluate(
				new PolicyRuns.OffPolicy(c.data, policies, options, c.estimator.rewardModel, model), log,
				ProvenanceBuilder.environment(cli.origin()), cli.progress());
		write(dir, results);
		printEvaluation(results, c.data, log.size(), dir);
		return Cli.OK;
	}

	/** The warnings on standard error, the table of an off-policy evaluation on standard output. */
	private void printEvaluation(PolicyResults results, Path data, int decisions, Path dir) {
		List<PolicyResults.Row> rows = results.rows();
		results.warnings().forEach(w -> cli.err.println("streamwise: warning: " + w));
		cli.out.printf(Locale.ROOT, "Off-policy evaluation on %s: %,d decisions (targets judged on the last %,d)%n",
				data, decisions, rows.isEmpty() ? 0 : rows.get(0).n());
		cli.out.printf(Locale.ROOT, "%-20s %-10s %34s %10s %10s%n", "policy", "estimator", "value [95% interval]",
				"ESS", "max w");
		for (PolicyResults.Row r : rows) {
			cli.out.printf(Locale.ROOT, "%-20s %-10s %34s %10.0f %10.2f%n", r.policy(), r.estimator(), interval(r),
					r.diagnostics().get("ess"), r.diagnostics().get("maxWeight"));
		}
		cli.out.println("wrote " + dir.resolve("results.json"));
	}

	/**
	 * {@code streamwise run FILE} on a policy experiment (protocol ONLINE or OFF_POLICY): the same code and files as
	 * {@code policy simulate} or {@code policy evaluate} with its settings, plus a copy of the experiment.
	 */
	int runExperiment(Path file, Experiment experiment, Path out) throws IOException {
		Path dir = OutputFolder.check(out); // before any work
		PolicyExperiment x;
		try {
			x = PolicyExperiment.of(experiment, file, cli.registry);
		} catch (IllegalArgumentException e) {
			throw new Cli.InputException(e.getMessage(), e);
		}
		PolicyResults results;
		try {
			results = x.run(cli.origin(), cli.progress());
		} catch (ImportException e) {
			throw new Cli.InputException(e.getMessage(), e);
		}
		write(dir, results, x);
		cli.out.printf(Locale.ROOT, "Policy experiment %s: %s%n", x.id(),
				experiment.getName() == null ? x.id() : experiment.getName());
		if (x.online()) {
			printSimulation(results, x.onlineRun().preset().name().toLowerCase(Locale.ROOT), dir);
		} else {
			printEvaluation(results, x.offPolicyRun().log(), Integer.parseInt(results.data().get("decisions")), dir);
		}
		return Cli.OK;
	}

	int accuracy(PolicyCommand.Accuracy c) throws IOException {
		Path dir = OutputFolder.check(c.out);
		List<Estimator> estimators = estimators(c.estimators);
		options(c.estimator.clip, c.estimator.tau, c.bootstrap);
		checkThreads(c.threads);
		if (c.logs < 1 || c.sizes.isEmpty() || c.sizes.stream().anyMatch(s -> s < 10) || c.betas.isEmpty()
				|| c.betas.stream().anyMatch(b -> !(b >= 0 && b <= 1))) {
			throw new UsageException("--logs must be at least 1, --sizes at least 10 each and --betas in [0, 1]");
		}
		ConversionModelFactory<?> model = estimators.stream().anyMatch(Estimator::needsModel)
				? rewardModel(c.estimator.rewardModel)
				: null;
		Reward reward = reward(c.reward);
		ConsoleProgress progress = cli.progress();
		SimulatedMarket market = market(c.preset, c.seed, progress);
		MarketEnvironment environment = new MarketEnvironment(market, reward);
		AccuracyStudy.Options options = new AccuracyStudy.Options(
				c.sizes.stream().mapToInt(Integer::intValue).toArray(),
				c.betas.stream().mapToDouble(Double::doubleValue).toArray(), c.logs, estimators, c.estimator.clip,
				c.estimator.tau,
				c.bootstrap, c.seed, c.threads);
		List<PolicyResults.Row> rows = AccuracyStudy.run(environment, PolicyRuns.fitter(model), options, progress);
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("sizes", c.sizes.toString());
		settings.put("betas", c.betas.toString());
		settings.put("logs", Integer.toString(c.logs));
		settings.put("estimators", String.join(",", estimators.stream().map(Estimator::id).toList()));
		settings.put("clip", Double.toString(c.estimator.clip));
		settings.put("tau", Double.toString(c.estimator.tau));
		settings.put("bootstrap", Integer.toString(c.bootstrap));
		settings.put("rewardModel", model == null ? "" : c.estimator.rewardModel);
		settings.put("logger", "uniform");
		settings.put("seed", Long.toString(c.seed));
		PolicyRuns.putReward(settings, environment);
		write(dir, PolicyResults.of("policy accuracy", PolicyRuns.simulatorData(market, environment), settings,
				List.of(), rows, List.of(), List.of(), ProvenanceBuilder.environment(cli.origin())));
		cli.out.printf(Locale.ROOT,
				"Estimator accuracy on %d simulated logs per size and target (preset %s, seed %d)%n",
				c.logs, c.preset, c.seed);
		cli.out.printf(Locale.ROOT, "%-8s %-6s %-8s %-10s %10s %10s %10s%n", "size", "beta", "distance", "estimator",
				"bias", "rmse", "coverage");
		for (int i = 0; i + 2 < rows.size(); i += 3) {
			PolicyResults.Row bias = rows.get(i);
			cli.out.printf(Locale.ROOT, "%-8s %-6s %-8s %-10s %10.5f %10.5f %10.3f%n", bias.group().get("logSize"),
					bias.group().get("beta"), bias.group().get("distance"), bias.estimator(), bias.value(),
					rows.get(i + 1).value(), rows.get(i + 2).value());
		}
		cli.out.println("wrote " + dir.resolve("results.json"));
		return Cli.OK;
	}

	int log(PolicyCommand.Log c) throws IOException {
		Path dir = OutputFolder.check(c.out);
		if (c.size < 1) {
			throw new UsageException("--size must be at least 1, got " + c.size);
		}
		Reward reward = reward(c.reward);
		PolicySpec logger = policies(List.of(c.logger), c.settings).get(0);
		ConsoleProgress progress = cli.progress();
		MarketEnvironment environment = new MarketEnvironment(market(c.preset, c.seed, progress), reward);
		BanditLog log = SimulatorLogs.log(environment, logger, c.size, c.seed, null, progress);
		try (OutputFolder staged = OutputFolder.create(dir)) {
			ObdCsv.write(log, staged.staging().resolve("log.csv"));
			progress.checkCancelled();
			cli.reportPrevious(dir, staged.commit());
		}
		cli.out.printf(Locale.ROOT, "wrote %,d decisions of %s (%d actions, %d features) to %s%n", log.size(),
				logger.label(), environment.schema().actionCount(), environment.schema().featureCount(),
				dir.resolve("log.csv"));
		if (reward.kind() != Reward.Kind.PURCHASE) {
			cli.out.printf(Locale.ROOT, "click holds the %s over %s %s, the most any purchase earns%n", reward.id(),
					environment.rewardScale(), environment.market().settings().currency());
		}
		return Cli.OK;
	}

	private static Reward reward(String text) {
		try {
			return Reward.parse(text);
		} catch (IllegalArgumentException e) {
			throw new UsageException("--reward: " + e.getMessage());
		}
	}

	private static void checkThreads(int threads) {
		if (threads < 0) {
			throw new UsageException("--threads must be 0 (every processor) or more, got " + threads);
		}
	}

	private static void options(double clip, double tau, int bootstrap) {
		if (!(clip > 0) || !(tau > 0) || bootstrap < 0) {
			throw new UsageException("--clip and --tau must be positive and --bootstrap 0 or more");
		}
	}

	private static List<Estimator> estimators(List<String> names) {
		try {
			return names.stream().map(Estimator::parse).distinct().toList();
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}

	private static SimulatorSettings.Size preset(String preset) {
		try {
			return SimulatorSettings.Size.valueOf(preset.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new UsageException("--preset must be small, default or large, got '" + preset + "'");
		}
	}

	private SimulatedMarket market(String preset, long seed, ConsoleProgress progress) {
		return PolicyRuns.market(preset(preset), seed, progress);
	}

	/** The policies by id, with the --set values for each. */
	private List<PolicySpec> policies(List<String> ids, List<String> sets) {
		Map<String, Map<String, String>> values = new LinkedHashMap<>();
		for (String set : sets) {
			int colon = set.indexOf(':'), eq = set.indexOf('=');
			if (colon < 1 || eq < colon + 2) {
				throw new UsageException("--set " + set + ": expected ID:KEY=VALUE");
			}
			values.computeIfAbsent(set.substring(0, colon), k -> new LinkedHashMap<>())
					.put(set.substring(colon + 1, eq), set.substring(eq + 1));
		}
		List<PolicySpec> out = new ArrayList<>();
		for (String id : ids) {
			AlgorithmFactory<?> f;
			try {
				f = cli.registry.get(id.trim());
			} catch (UnknownAlgorithmException e) {
				throw new UsageException(e.getMessage());
			}
			if (!(f instanceof PolicyFactory<?> policy)) {
				throw new UsageException("'" + id + "' is a " + f.info().kind().name().toLowerCase(Locale.ROOT)
						+ ", not a policy");
			}
			if (out.stream().anyMatch(p -> p.label().equals(id.trim()))) {
				throw new UsageException("--policies names '" + id + "' twice");
			}
			try {
				out.add(PolicySpec.of(id.trim(), policy, values.getOrDefault(id.trim(), Map.of())));
			} catch (SettingsException e) {
				throw new UsageException("--set " + id + ": " + e.getMessage());
			}
		}
		for (String id : values.keySet()) {
			if (!ids.stream().map(String::trim).toList().contains(id)) {
				throw new UsageException("--set names '" + id + "', which --policies does not");
			}
		}
		return out;
	}

	private ConversionModelFactory<?> rewardModel(String id) {
		AlgorithmFactory<?> f;
		try {
			f = cli.registry.get(id);
		} catch (UnknownAlgorithmException e) {
			throw new UsageException("--reward-model: " + e.getMessage());
		}
		if (!(f instanceof ConversionModelFactory<?> model)) {
			throw new UsageException("--reward-model '" + id + "' is not a conversion model");
		}
		return model;
	}

	private static String interval(PolicyResults.Row r) {
		return Double.isNaN(r.low()) ? String.format(Locale.ROOT, "%.4f", r.value())
				: String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", r.value(), r.low(), r.high());
	}

	/** results.json, results.csv, (online) curves.csv and the charts (SVG and PNG), all or nothing. */
	private void write(Path dir, PolicyResults results) throws IOException {
		write(dir, results, null);
	}

	/** {@link #write(Path, PolicyResults)}, and with a policy experiment a copy of its file. */
	private void write(Path dir, PolicyResults results, PolicyExperiment experiment) throws IOException {
		try (OutputFolder staged = OutputFolder.create(dir)) {
			if (experiment == null) {
				PolicyRuns.writeFiles(results, staged.staging());
			} else {
				experiment.write(results, staged.staging());
			}
			PolicyReport.writeCharts(staged.staging(), results);
			cli.progress().checkCancelled();
			cli.reportPrevious(dir, staged.commit());
		}
	}
}
