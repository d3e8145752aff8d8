// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.headless;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.PolicyFactory;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.SettingsException;
import io.streamwise.bandits.env.MarketEnvironment;
import io.streamwise.bandits.env.Reward;
import io.streamwise.bandits.evaluation.Intervals;
import io.streamwise.bandits.evaluation.OnlineEvaluation;
import io.streamwise.bandits.evaluation.PolicySpec;
import io.streamwise.bandits.logs.BanditLog;
import io.streamwise.bandits.logs.ObdCsv;
import io.streamwise.bandits.logs.SimulatorLogs;
import io.streamwise.bandits.ope.AccuracyStudy;
import io.streamwise.bandits.ope.ConversionRewardModel;
import io.streamwise.bandits.ope.Estimator;
import io.streamwise.bandits.ope.OffPolicyEvaluation;
import io.streamwise.core.experiment.Digests;
import io.streamwise.core.io.AtomicFiles;
import io.streamwise.core.io.ImportException;
import io.streamwise.core.io.OutputFolder;
import io.streamwise.core.registry.UnknownAlgorithmException;
import io.streamwise.core.results.PolicyResults;
import io.streamwise.core.results.ResultsJson;
import io.streamwise.core.run.ProvenanceBuilder;
import io.streamwise.core.simulator.SimulatedMarket;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.core.simulator.SimulatorSettings;
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
		ConsoleProgress progress = cli.progress();
		SimulatedMarket market = market(c.preset, c.seed, progress);
		MarketEnvironment environment = new MarketEnvironment(market, rewardKind);
		List<OnlineEvaluation.Trajectories> runs = OnlineEvaluation.run(environment, policies, c.rounds, c.seeds,
				c.seed, c.threads, progress);
		List<PolicyResults.Row> rows = new ArrayList<>();
		List<PolicyResults.CurvePoint> curves = new ArrayList<>();
		for (OnlineEvaluation.Trajectories t : runs) {
			int last = t.checkpoints().length - 1;
			for (int k = 0; k <= last; k++) {
				double[] reward = Intervals.meanInterval(column(t.reward(), k)),
						regret = Intervals.meanInterval(column(t.regret(), k));
				curves.add(new PolicyResults.CurvePoint(t.policy().label(), t.checkpoints()[k], "reward", reward[0],
						reward[1], reward[2]));
				curves.add(new PolicyResults.CurvePoint(t.policy().label(), t.checkpoints()[k], "regret", regret[0],
						regret[1], regret[2]));
			}
			for (String metric : List.of("reward", "regret")) {
				double[] m = Intervals.meanInterval(column(metric.equals("reward") ? t.reward() : t.regret(), last));
				rows.add(new PolicyResults.Row(t.policy().label(), "online", metric, Map.of(), m[0], m[1], m[2],
						Double.NaN, c.seeds, Map.of()));
			}
		}
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("rounds", Long.toString(c.rounds));
		settings.put("seeds", Integer.toString(c.seeds));
		settings.put("seed", Long.toString(c.seed));
		putReward(settings, environment);
		List<String> warnings = c.seeds < 3 ? List.of("fewer than 3 seeds: the intervals over seeds are wide or"
				+ " missing") : List.of();
		PolicyResults results = PolicyResults.of("policy simulate", simulatorData(market, environment), settings,
				entries(policies), rows, curves, warnings, ProvenanceBuilder.environment(cli.origin()));
		write(dir, results, true);
		cli.out.printf(Locale.ROOT, "Policies on the simulator (preset %s, seed %d): %,d rounds × %d seeds, %d actions,"
				+ " %d features, reward %s%n", c.preset, c.seed, c.rounds, c.seeds, environment.schema().actionCount(),
				environment.schema().featureCount(), rewardKind.id());
		String earned = switch (rewardKind.kind()) {
		case PURCHASE -> "purchases";
		case REVENUE -> "revenue";
		case MARGIN -> "margin";
		};
		cli.out.printf(Locale.ROOT, "%-20s %32s %32s%n", "policy", earned + " [95% interval]",
				"regret [95% interval]");
		for (int i = 0; i < rows.size(); i += 2) {
			cli.out.printf(Locale.ROOT, "%-20s %32s %32s%n", rows.get(i).policy(), interval(rows.get(i)),
					interval(rows.get(i + 1)));
		}
		cli.out.println("wrote " + dir.resolve("results.json"));
		return Cli.OK;
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
		ConsoleProgress progress = cli.progress();
		OffPolicyEvaluation.Options options = new OffPolicyEvaluation.Options(estimators, c.estimator.clip,
				c.estimator.tau, c.bootstrap,
				c.trainShare, c.seed);
		List<PolicyResults.Row> rows = OffPolicyEvaluation.evaluate(log, policies, fitter(model), options, progress);
		Map<String, String> data = new LinkedHashMap<>();
		data.put("log", c.data.toAbsolutePath().toString());
		data.put("sha256", Digests.files(List.of(c.data)));
		data.put("decisions", Integer.toString(log.size()));
		data.put("actions", Integer.toString(log.schema().actionCount()));
		data.put("features", Integer.toString(log.schema().featureCount()));
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("estimators", String.join(",", estimators.stream().map(Estimator::id).toList()));
		settings.put("clip", Double.toString(c.estimator.clip));
		settings.put("tau", Double.toString(c.estimator.tau));
		settings.put("bootstrap", Integer.toString(c.bootstrap));
		settings.put("trainShare", Double.toString(c.trainShare));
		settings.put("rewardModel", model == null ? "" : c.estimator.rewardModel);
		settings.put("seed", Long.toString(c.seed));
		List<String> warnings = new ArrayList<>();
		for (PolicyResults.Row r : rows) {
			double ess = r.diagnostics().getOrDefault("ess", Double.NaN);
			if (r.estimator().equals(estimators.get(0).id()) && ess < 0.01 * r.n()) {
				warnings.add(r.policy() + ": effective sample size " + Math.round(ess) + " of " + r.n()
						+ " decisions: the logger rarely does what this target does; weight-based estimates are"
						+ " unreliable");
			}
			double unsupported = r.diagnostics().getOrDefault("unsupportedShare", 0.0);
			if (r.estimator().equals(estimators.get(0).id()) && unsupported > 0) {
				warnings.add(String.format(Locale.ROOT, "%s: %.1f%% of the target's choices are actions the logger"
						+ " never took; only DM sees them", r.policy(), 100 * unsupported));
			}
		}
		write(dir, PolicyResults.of("policy evaluate", data, settings, entries(policies), rows, List.of(), warnings,
				ProvenanceBuilder.environment(cli.origin())), false);
		warnings.forEach(w -> cli.err.println("streamwise: warning: " + w));
		cli.out.printf(Locale.ROOT, "Off-policy evaluation on %s: %,d decisions (targets judged on the last %,d)%n",
				c.data, log.size(), rows.isEmpty() ? 0 : rows.get(0).n());
		cli.out.printf(Locale.ROOT, "%-20s %-10s %34s %10s %10s%n", "policy", "estimator", "value [95% interval]",
				"ESS", "max w");
		for (PolicyResults.Row r : rows) {
			cli.out.printf(Locale.ROOT, "%-20s %-10s %34s %10.0f %10.2f%n", r.policy(), r.estimator(), interval(r),
					r.diagnostics().get("ess"), r.diagnostics().get("maxWeight"));
		}
		cli.out.println("wrote " + dir.resolve("results.json"));
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
		List<PolicyResults.Row> rows = AccuracyStudy.run(environment, fitter(model), options, progress);
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
		putReward(settings, environment);
		write(dir, PolicyResults.of("policy accuracy", simulatorData(market, environment), settings, List.of(), rows,
				List.of(), List.of(), ProvenanceBuilder.environment(cli.origin())), false);
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

	/** The reward, and the scale policies and logs divide it by, into the results' settings. */
	private static void putReward(Map<String, String> settings, MarketEnvironment environment) {
		Reward reward = environment.reward();
		settings.put("reward", reward.kind() == Reward.Kind.PURCHASE ? "purchase"
				: reward.kind() == Reward.Kind.REVENUE ? "revenue" : "margin");
		if (reward.kind() == Reward.Kind.MARGIN) {
			settings.put("unitCostShare", Double.toString(reward.unitCostShare()));
		}
		if (reward.kind() != Reward.Kind.PURCHASE) {
			settings.put("rewardScale", Double.toString(environment.rewardScale()));
			settings.put("currency", environment.market().settings().currency());
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

	private SimulatedMarket market(String preset, long seed, ConsoleProgress progress) {
		SimulatorSettings.Size size;
		try {
			size = SimulatorSettings.Size.valueOf(preset.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new UsageException("--preset must be small, default or large, got '" + preset + "'");
		}
		return Simulator.run(size.settings(Map.of("seed", Long.toString(seed))), progress);
	}

	private static Map<String, String> simulatorData(SimulatedMarket market, MarketEnvironment environment) {
		Map<String, String> data = new LinkedHashMap<>();
		data.put("source", "Streamwise simulator " + Simulator.VERSION + " (synthetic data)");
		data.putAll(Settings.format(market.settings()));
		data.put("decisionPoints", Integer.toString(environment.visits()));
		data.put("actions", Integer.toString(environment.schema().actionCount()));
		data.put("features", Integer.toString(environment.schema().featureCount()));
		return data;
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

	private static OffPolicyEvaluation.ModelFitter fitter(ConversionModelFactory<?> factory) {
		return (log, context) -> fit(factory, log, context);
	}

	private static <S extends Record> ConversionRewardModel fit(ConversionModelFactory<S> factory, BanditLog log,
			io.streamwise.api.algorithm.TaskContext context) {
		return ConversionRewardModel.fit(factory, factory.defaultSettings(), log.schema(), log.decisions(), context);
	}

	private static List<PolicyResults.PolicyEntry> entries(List<PolicySpec> policies) {
		return policies.stream().map(p -> new PolicyResults.PolicyEntry(p.label(), p.factory().info().id(),
				Settings.format(p.settings()))).toList();
	}

	private static double[] column(double[][] values, int k) {
		double[] out = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = values[i][k];
		}
		return out;
	}

	private static String interval(PolicyResults.Row r) {
		return Double.isNaN(r.low()) ? String.format(Locale.ROOT, "%.4f", r.value())
				: String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", r.value(), r.low(), r.high());
	}

	/** results.json, results.csv, (online) curves.csv and the charts (SVG and PNG), all or nothing. */
	private void write(Path dir, PolicyResults results, boolean curves) throws IOException {
		try (OutputFolder staged = OutputFolder.create(dir)) {
			ResultsJson.write(results, staged.staging().resolve("results.json"));
			AtomicFiles.write(staged.staging().resolve("results.csv"), w -> rowsCsv(results, w));
			if (curves) {
				AtomicFiles.write(staged.staging().resolve("curves.csv"), w -> curvesCsv(results, w));
			}
			PolicyReport.writeCharts(staged.staging(), results);
			cli.progress().checkCancelled();
			cli.reportPrevious(dir, staged.commit());
		}
	}

	private static void rowsCsv(PolicyResults results, Writer w) throws IOException {
		try (CsvWriter csv = CsvWriter.builder().build(w)) {
			csv.writeRecord("policy", "estimator", "metric", "logSize", "beta", "distance", "value", "low", "high",
					"truth", "n", "ess", "maxWeight", "unsupportedShare");
			for (PolicyResults.Row r : results.rows()) {
				csv.writeRecord(r.policy(), r.estimator(), r.metric(), r.group().getOrDefault("logSize", ""),
						r.group().getOrDefault("beta", ""), r.group().getOrDefault("distance", ""), num(r.value()),
						num(r.low()), num(r.high()), num(r.truth()), Long.toString(r.n()),
						num(r.diagnostics().getOrDefault("ess", Double.NaN)),
						num(r.diagnostics().getOrDefault("maxWeight", Double.NaN)),
						num(r.diagnostics().getOrDefault("unsupportedShare", Double.NaN)));
			}
		}
	}

	private static void curvesCsv(PolicyResults results, Writer w) throws IOException {
		try (CsvWriter csv = CsvWriter.builder().build(w)) {
			csv.writeRecord("policy", "round", "metric", "mean", "low", "high");
			for (PolicyResults.CurvePoint p : results.curves()) {
				csv.writeRecord(p.policy(), Long.toString(p.round()), p.metric(), num(p.mean()), num(p.low()),
						num(p.high()));
			}
		}
	}

	private static String num(double v) {
		return Double.isNaN(v) ? "" : Double.toString(v);
	}
}
