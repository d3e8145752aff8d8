// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.headless;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code streamwise policy}: bandit policies online on the simulator ({@code simulate}), off-policy on a log
 * ({@code evaluate}), the accuracy of the off-policy estimators against the simulator's truth ({@code accuracy}), and
 * logs written by the simulator ({@code log}). The work is {@link PolicyRunner}'s, so that this class (loaded for
 * {@code --help} without OSGi) refers to no type of the bandits bundle. See docs/bandits.md.
 */
@Command(name = "policy", description = { "Bandit policies: simulate, evaluate, accuracy, log.",
		"Run 'streamwise policy simulate --help' (or evaluate, accuracy, log) for a command. See docs/bandits.md." })
final class PolicyCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		throw new UsageException("policy needs a command: simulate, evaluate, accuracy or log");
	}

	/** Options every policy command shares. */
	abstract static class Common {
		final Cli cli;

		@Option(names = "--seed", paramLabel = "N", description = "Seed of every random choice; default 1.")
		long seed = 1;

		@Option(names = "--set", paramLabel = "ID:KEY=VALUE", description = "A setting of a policy, one per option"
				+ " (--set eps-greedy:epsilon=0.05).")
		List<String> settings = new ArrayList<>();

		Common(Cli cli) {
			this.cli = cli;
		}
	}

	/** Options of the commands that simulate a market. */
	abstract static class Simulated extends Common {
		@Option(names = "--preset", paramLabel = "small|default|large", description = "The simulated market's size;"
				+ " default small.")
		String preset = "small";

		@Option(names = "--threads", paramLabel = "N", description = "Threads; default 0, every processor (the"
				+ " results do not depend on it).")
		int threads;

		@Option(names = "--reward", paramLabel = "purchase|revenue|margin[:S]", description = "What a purchase"
				+ " earns: 1 (purchase, the default), the price paid (revenue: the list price or the offer's), or the"
				+ " price paid less the unit cost, S of the list price (margin; S default 0.5). Policies and logs get"
				+ " it over the most any purchase earns, in [0, 1].")
		String reward = "purchase";

		Simulated(Cli cli) {
			super(cli);
		}
	}

	@Command(name = "simulate", description = { "Runs policies in the simulator: each viewer arriving in a stream is a"
			+ " decision of which product (with or without its offer) to pin; the simulator's true purchase"
			+ " probability gives the reward and the oracle the regret.",
			"T rounds under R seeds per policy; writes results.json (cumulative reward and regret with 95%% intervals"
					+ " over seeds), results.csv and curves.csv into --out." })
	static final class Simulate extends Simulated implements Callable<Integer> {
		@Option(names = "--policies", required = true, split = ",", paramLabel = "ID,ID…", description = "Policy ids"
				+ " (streamwise algorithms lists them: uniform, eps-greedy, ucb1, thompson, linucb, softmax,"
				+ " recommender-policy).")
		List<String> policies;

		@Option(names = "--rounds", paramLabel = "N", description = "Decisions per run; default 10000.")
		long rounds = 10_000;

		@Option(names = "--seeds", paramLabel = "R", description = "Runs per policy, each with its own viewers;"
				+ " default 5.")
		int seeds = 5;

		@Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write.")
		Path out;

		Simulate(Cli cli) {
			super(cli);
		}

		@Override
		public Integer call() throws Exception {
			return new PolicyRunner(cli).simulate(this);
		}
	}

	@Command(name = "evaluate", description = { "Off-policy evaluation of policies on logged decisions (the Open Bandit"
			+ " Dataset's CSV layout, or a log of streamwise policy log): replay, IPS, SNIPS, DM, DR and switch-DR,"
			+ " with bootstrap intervals and weight diagnostics.",
			"Writes results.json and results.csv into --out." })
	static final class Evaluate extends Common implements Callable<Integer> {
		@Option(names = "--data", required = true, paramLabel = "LOG", description = "The log (CSV: item_id, click,"
				+ " propensity_score, user_feature_*…).")
		Path data;

		@Option(names = "--policies", required = true, split = ",", paramLabel = "ID,ID…", description = "The target"
				+ " policies' ids.")
		List<String> policies;

		@Option(names = "--estimators", split = ",", paramLabel = "NAME,NAME…", description = "replay, ips, snips,"
				+ " dm, dr, switch-dr; default ips,snips,dm,dr.")
		List<String> estimators = new ArrayList<>(List.of("ips", "snips", "dm", "dr"));

		@Option(names = "--bootstrap", paramLabel = "B", description = "Bootstrap resamples for the 95%% intervals;"
				+ " 0 for none; default 200.")
		int bootstrap = 200;

		@Option(names = "--train-share", paramLabel = "S", description = "The share of the log (its start) the"
				+ " targets learn from before they are judged, frozen, on the rest; default 0.5.")
		double trainShare = 0.5;

		@Mixin
		final EstimatorOptions estimator = new EstimatorOptions();

		@Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write.")
		Path out;

		Evaluate(Cli cli) {
			super(cli);
		}

		@Override
		public Integer call() throws Exception {
			return new PolicyRunner(cli).evaluate(this);
		}
	}

	/** The options of the off-policy estimators, the same for {@code evaluate} and {@code accuracy}. */
	static final class EstimatorOptions {
		@Option(names = "--clip", paramLabel = "M", description = "Clip importance weights at M; default none.")
		double clip = Double.POSITIVE_INFINITY;

		@Option(names = "--tau", paramLabel = "T", description = "Switch-DR's weight threshold; default 10.")
		double tau = 10;

		@Option(names = "--reward-model", paramLabel = "ID", description = "The conversion model DM and DR use as"
				+ " reward model; default moa.naive-bayes.")
		String rewardModel = "moa.naive-bayes";
	}

	@Command(name = "accuracy", description = { "Measures the off-policy estimators against the truth: logs of a"
			+ " uniform logger in the simulator, targets that mix uniform choice with the oracle (beta), their exact"
			+ " values; each estimator's bias, RMSE and interval coverage by log size and target-logger distance.",
			"Writes results.json and results.csv into --out." })
	static final class Accuracy extends Simulated implements Callable<Integer> {
		@Option(names = "--sizes", split = ",", paramLabel = "N,N…", description = "Log sizes; default"
				+ " 500,2000,8000.")
		List<Integer> sizes = new ArrayList<>(List.of(500, 2000, 8000));

		@Option(names = "--betas", split = ",", paramLabel = "B,B…", description = "The targets' oracle shares;"
				+ " default 0,0.3,0.6,0.9.")
		List<Double> betas = new ArrayList<>(List.of(0.0, 0.3, 0.6, 0.9));

		@Option(names = "--logs", paramLabel = "N", description = "Logs per size and target; default 30.")
		int logs = 30;

		@Option(names = "--estimators", split = ",", paramLabel = "NAME,NAME…", description = "Default every"
				+ " estimator: replay,ips,snips,dm,dr,switch-dr.")
		List<String> estimators = new ArrayList<>(List.of("replay", "ips", "snips", "dm", "dr", "switch-dr"));

		@Option(names = "--bootstrap", paramLabel = "B", description = "Bootstrap resamples per estimate; default"
				+ " 100.")
		int bootstrap = 100;

		@Mixin
		final EstimatorOptions estimator = new EstimatorOptions();

		@Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write.")
		Path out;

		Accuracy(Cli cli) {
			super(cli);
		}

		@Override
		public Integer call() throws Exception {
			return new PolicyRunner(cli).accuracy(this);
		}
	}

	@Command(name = "log", description = { "Writes logged bandit data from the simulator: a logging policy decides,"
			+ " and every decision is kept with its propensity, in the Open Bandit Dataset's CSV layout.",
			"Writes log.csv into --out." })
	static final class Log extends Simulated implements Callable<Integer> {
		@Option(names = "--logger", paramLabel = "ID", description = "The logging policy; default uniform.")
		String logger = "uniform";

		@Option(names = "--size", paramLabel = "N", description = "Decisions; default 20000.")
		int size = 20_000;

		@Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write.")
		Path out;

		Log(Cli cli) {
			super(cli);
		}

		@Override
		public Integer call() throws Exception {
			return new PolicyRunner(cli).log(this);
		}
	}
}
