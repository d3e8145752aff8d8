// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.bandits.run;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.bandits.env.MarketEnvironment;
import io.streamwise.bandits.env.Reward;
import io.streamwise.bandits.evaluation.Intervals;
import io.streamwise.bandits.evaluation.OnlineEvaluation;
import io.streamwise.bandits.evaluation.PolicySpec;
import io.streamwise.bandits.logs.BanditLog;
import io.streamwise.bandits.ope.ConversionRewardModel;
import io.streamwise.bandits.ope.Estimator;
import io.streamwise.bandits.ope.OffPolicyEvaluation;
import io.streamwise.core.experiment.Digests;
import io.streamwise.core.io.AtomicFiles;
import io.streamwise.core.results.PolicyResults;
import io.streamwise.core.results.ResultsJson;
import io.streamwise.core.simulator.SimulatedMarket;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.core.simulator.SimulatorSettings;

/**
 * The one implementation of a policy simulation and of an off-policy evaluation, and of their results files: what
 * {@code streamwise policy simulate|evaluate}, {@code streamwise run} on a policy experiment and the workbench's Run
 * all call, so that the same settings give the same bytes whichever started them.
 */
public final class PolicyRuns {

	private PolicyRuns() {
	}

	/**
	 * An online run in the simulator.
	 *
	 * @param policies the policies with their settings
	 * @param rounds   decisions per run
	 * @param seeds    runs per policy
	 * @param preset   the simulated market's size
	 * @param seed     the market's seed and the root of every random choice
	 * @param threads  threads (0: every processor); the results do not depend on it
	 * @param reward   what a purchase earns: the purchase itself, its revenue or its margin
	 */
	public record Online(List<PolicySpec> policies, long rounds, int seeds, SimulatorSettings.Size preset, long seed,
			int threads, Reward reward) {
	}

	/**
	 * An off-policy evaluation on a log.
	 *
	 * @param log           the log file (read by the caller, named in the results)
	 * @param policies      the target policies
	 * @param options       estimators, clipping, bootstrap, train share and seed
	 * @param rewardModelId the conversion model DM and DR fit, or null when no estimator needs one
	 * @param rewardModel   that model's factory, or null
	 */
	public record OffPolicy(Path log, List<PolicySpec> policies, OffPolicyEvaluation.Options options,
			String rewardModelId, ConversionModelFactory<?> rewardModel) {
	}

	/** The simulated market of a preset and seed. */
	public static SimulatedMarket market(SimulatorSettings.Size preset, long seed, ProgressMonitor progress) {
		return Simulator.run(preset.settings(Map.of("seed", Long.toString(seed))), progress);
	}

	/** Runs the policies in the simulator: reward and regret per policy with 95% intervals over seeds, and curves. */
	public static PolicyResults simulate(Online run, Map<String, String> provenance, ProgressMonitor progress) {
		SimulatedMarket market = market(run.preset(), run.seed(), progress);
		MarketEnvironment environment = new MarketEnvironment(market, run.reward());
		List<OnlineEvaluation.Trajectories> runs = OnlineEvaluation.run(environment, run.policies(), run.rounds(),
				run.seeds(), run.seed(), run.threads(), progress);
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
						Double.NaN, run.seeds(), Map.of()));
			}
		}
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("rounds", Long.toString(run.rounds()));
		settings.put("seeds", Integer.toString(run.seeds()));
		settings.put("seed", Long.toString(run.seed()));
		putReward(settings, environment);
		List<String> warnings = run.seeds() < 3 ? List.of("fewer than 3 seeds: the intervals over seeds are wide or"
				+ " missing") : List.of();
		return PolicyResults.of("policy simulate", simulatorData(market, environment), settings,
				entries(run.policies()), rows, curves, warnings, provenance);
	}

	/** Judges the target policies on the log with the estimators, with the weight diagnostics' warnings. */
	public static PolicyResults evaluate(OffPolicy run, BanditLog log, Map<String, String> provenance,
			ProgressMonitor progress) throws IOException {
		OffPolicyEvaluation.Options o = run.options();
		List<PolicyResults.Row> rows = OffPolicyEvaluation.evaluate(log, run.policies(), fitter(run.rewardModel()),
				o, progress);
		Map<String, String> data = new LinkedHashMap<>();
		data.put("log", run.log().toAbsolutePath().toString());
		data.put("sha256", Digests.files(List.of(run.log())));
		data.put("decisions", Integer.toString(log.size()));
		data.put("actions", Integer.toString(log.schema().actionCount()));
		data.put("features", Integer.toString(log.schema().featureCount()));
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("estimators", String.join(",", o.estimators().stream().map(Estimator::id).toList()));
		settings.put("clip", Double.toString(o.clip()));
		settings.put("tau", Double.toString(o.tau()));
		settings.put("bootstrap", Integer.toString(o.resamples()));
		settings.put("trainShare", Double.toString(o.trainShare()));
		settings.put("rewardModel", run.rewardModel() == null ? "" : run.rewardModelId());
		settings.put("seed", Long.toString(o.seed()));
		List<String> warnings = new ArrayList<>();
		String first = o.estimators().get(0).id();
		for (PolicyResults.Row r : rows) {
			double ess = r.diagnostics().getOrDefault("ess", Double.NaN);
			if (r.estimator().equals(first) && ess < 0.01 * r.n()) {
				warnings.add(r.policy() + ": effective sample size " + Math.round(ess) + " of " + r.n()
						+ " decisions: the logger rarely does what this target does; weight-based estimates are"
						+ " unreliable");
			}
			double unsupported = r.diagnostics().getOrDefault("unsupportedShare", 0.0);
			if (r.estimator().equals(first) && unsupported > 0) {
				warnings.add(String.format(Locale.ROOT, "%s: %.1f%% of the target's choices are actions the logger"
						+ " never took; only DM sees them", r.policy(), 100 * unsupported));
			}
		}
		return PolicyResults.of("policy evaluate", data, settings, entries(run.policies()), rows, List.of(), warnings,
				provenance);
	}

	/** Fits the reward model DM and DR use on a log (null factory: no estimator needs one). */
	public static OffPolicyEvaluation.ModelFitter fitter(ConversionModelFactory<?> factory) {
		return (log, context) -> fit(factory, log, context);
	}

	private static <S extends Record> ConversionRewardModel fit(ConversionModelFactory<S> factory, BanditLog log,
			TaskContext context) {
		return ConversionRewardModel.fit(factory, factory.defaultSettings(), log.schema(), log.decisions(), context);
	}

	/** The reward, and the scale policies and logs divide it by, into the results' settings. */
	public static void putReward(Map<String, String> settings, MarketEnvironment environment) {
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

	/** What the simulated market and its environment are, for the results' data. */
	public static Map<String, String> simulatorData(SimulatedMarket market, MarketEnvironment environment) {
		Map<String, String> data = new LinkedHashMap<>();
		data.put("source", "Streamwise simulator " + Simulator.VERSION + " (synthetic data)");
		data.putAll(Settings.format(market.settings()));
		data.put("decisionPoints", Integer.toString(environment.visits()));
		data.put("actions", Integer.toString(environment.schema().actionCount()));
		data.put("features", Integer.toString(environment.schema().featureCount()));
		return data;
	}

	/** The policies as results name them: label, algorithm id, every setting. */
	public static List<PolicyResults.PolicyEntry> entries(List<PolicySpec> policies) {
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

	/** Writes results.json, results.csv and, when there are curves (online runs), curves.csv into folder. */
	public static void writeFiles(PolicyResults results, Path folder) throws IOException {
		ResultsJson.write(results, folder.resolve("results.json"));
		AtomicFiles.write(folder.resolve("results.csv"), w -> rowsCsv(results, w));
		if (!results.curves().isEmpty()) {
			AtomicFiles.write(folder.resolve("curves.csv"), w -> curvesCsv(results, w));
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
