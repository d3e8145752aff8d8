package io.streamwise.bandits.ope;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.streamwise.api.algorithm.LoggedDecision;
import io.streamwise.api.algorithm.PolicyContext;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.progress.ParallelChunks;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.bandits.env.MarketEnvironment;
import io.streamwise.bandits.logs.BanditLog;
import io.streamwise.bandits.logs.SimulatorLogs;
import io.streamwise.core.experiment.Seeds;
import io.streamwise.core.results.PolicyResults;

/**
 * How accurate each off-policy estimator is when the truth is known. The logger chooses uniformly among the available
 * actions; the targets mix uniform choice with the oracle, π_β = (1 − β) · uniform + β · oracle, so β sets how far
 * the target is from the logger (the mean total-variation distance is reported beside β). A target's true value is
 * its expected reward over every decision point of the environment, computed exactly (the purchase probability, or
 * with a revenue or margin reward the expected earnings over the environment's reward scale, the logs' unit). For each log size
 * and β, {@code logs} independent logs are drawn; each estimator's bias, RMSE and the share of its bootstrap
 * intervals that hold the truth are reported over them.
 */
public final class AccuracyStudy {

	/**
	 * @param sizes     log sizes
	 * @param betas     the targets' oracle shares
	 * @param logs      logs per size and β
	 * @param resamples bootstrap resamples per estimate
	 */
	public record Options(int[] sizes, double[] betas, int logs, List<Estimator> estimators, double clip, double tau,
			int resamples, long seed, int threads) {
	}

	private AccuracyStudy() {
	}

	/** π_β of a round's actions, from their true expected rewards. */
	static double[] target(double[] truth, double beta) {
		double[] p = new double[truth.length];
		int best = 0;
		for (int i = 1; i < truth.length; i++) {
			if (truth[i] > truth[best]) {
				best = i;
			}
		}
		for (int i = 0; i < p.length; i++) {
			p[i] = (1 - beta) / p.length + (i == best ? beta : 0);
		}
		return p;
	}

	/**
	 * The exact value of π_β (in the logs' unit: the reward over the environment's scale) and its mean
	 * total-variation distance from the uniform logger.
	 */
	static double[] truthAndDistance(MarketEnvironment environment, double beta) {
		double[] sums = new double[3];
		environment.everyRound().forEach(r -> {
			double[] expected = SimulatorLogs.scaled(r.expectedRewards(), environment.rewardScale());
			double[] p = target(expected, beta);
			double v = 0, tv = 0;
			for (int i = 0; i < p.length; i++) {
				v += p[i] * expected[i];
				tv += Math.abs(p[i] - 1.0 / p.length);
			}
			sums[0] += v;
			sums[1] += tv / 2;
			sums[2]++;
		});
		return new double[] { sums[0] / sums[2], sums[1] / sums[2] };
	}

	public static List<PolicyResults.Row> run(MarketEnvironment environment, OffPolicyEvaluation.ModelFitter fitter,
			Options options, ProgressMonitor monitor) {
		double[][] truth = new double[options.betas().length][];
		for (int b = 0; b < truth.length; b++) {
			truth[b] = truthAndDistance(environment, options.betas()[b]);
		}
		int cells = options.sizes().length * options.logs();
		// [size × log][beta][estimator] → {estimate, low, high}
		double[][][][] out = new double[cells][][][];
		monitor.begin("Estimating on " + cells + " simulated logs", cells);
		ParallelChunks.forEach(cells, options.threads(), cell -> {
			int s = cell / options.logs(), m = cell % options.logs();
			out[cell] = oneLog(environment, fitter, options, options.sizes()[s], Seeds.combine(options.seed(), s, m));
		}, monitor);
		List<PolicyResults.Row> rows = new ArrayList<>();
		for (int s = 0; s < options.sizes().length; s++) {
			for (int b = 0; b < options.betas().length; b++) {
				Map<String, String> group = new LinkedHashMap<>();
				group.put("logSize", Integer.toString(options.sizes()[s]));
				group.put("beta", Double.toString(options.betas()[b]));
				group.put("distance", String.format(java.util.Locale.ROOT, "%.4f", truth[b][1]));
				for (int e = 0; e < options.estimators().size(); e++) {
					double bias = 0, squares = 0, covered = 0, intervals = 0;
					int n = 0;
					for (int m = 0; m < options.logs(); m++) {
						double[] est = out[s * options.logs() + m][b][e];
						if (!Double.isFinite(est[0])) {
							continue;
						}
						double error = est[0] - truth[b][0];
						bias += error;
						squares += error * error;
						n++;
						if (Double.isFinite(est[1])) {
							intervals++;
							covered += est[1] <= truth[b][0] && truth[b][0] <= est[2] ? 1 : 0;
						}
					}
					String estimator = options.estimators().get(e).id(), label = "pi_beta=" + options.betas()[b];
					rows.add(new PolicyResults.Row(label, estimator, "bias", group, n == 0 ? Double.NaN : bias / n,
							Double.NaN, Double.NaN, truth[b][0], n, Map.of()));
					rows.add(new PolicyResults.Row(label, estimator, "rmse", group,
							n == 0 ? Double.NaN : Math.sqrt(squares / n), Double.NaN, Double.NaN, truth[b][0], n,
							Map.of()));
					rows.add(new PolicyResults.Row(label, estimator, "interval_coverage", group,
							intervals == 0 ? Double.NaN : covered / intervals, Double.NaN, Double.NaN, truth[b][0],
							(long) intervals, Map.of()));
				}
			}
		}
		return rows;
	}

	/** One uniform log of {@code size} decisions: [beta][estimator] → {estimate, low, high}. */
	static double[][][] oneLog(MarketEnvironment environment, OffPolicyEvaluation.ModelFitter fitter,
			Options options, int size, long seed) {
		SplittableRandom world = new SplittableRandom(Seeds.combine(seed, 1));
		List<LoggedDecision> decisions = new ArrayList<>(size);
		List<double[]> truths = new ArrayList<>(size);
		for (int t = 0; t < size; t++) {
			MarketEnvironment.Round round = environment.draw(world);
			double u = world.nextDouble();
			PolicyContext c = round.context();
			int i = world.nextInt(c.actions().length);
			decisions.add(new LoggedDecision(c, c.actions()[i], 1.0 / c.actions().length,
					environment.policyReward(round, i, u < round.purchaseProbability()[i])));
			truths.add(round.expectedRewards());
		}
		BanditLog log = new BanditLog(environment.schema(), decisions, "simulator");
		boolean needsModel = options.estimators().stream().anyMatch(Estimator::needsModel);
		RewardModel q = needsModel ? fitter.fit(log, TaskContext.of(Seeds.combine(seed, 2))) : null;
		double[][][] out = new double[options.betas().length][options.estimators().size()][];
		for (int b = 0; b < options.betas().length; b++) {
			double beta = options.betas()[b];
			OffPolicyData d = OffPolicyData.of(decisions, i -> target(truths.get(i), beta), q,
					Seeds.combine(seed, 3, b),
					ProgressMonitor.NULL);
			for (int e = 0; e < options.estimators().size(); e++) {
				Estimator estimator = options.estimators().get(e);
				double value = estimator.estimate(d, options.clip(), options.tau(), null);
				double[] ci = Bootstrap.interval(d, estimator, options.clip(), options.tau(), options.resamples(),
						Seeds.combine(seed, 4, b, e), ProgressMonitor.NULL);
				out[b][e] = new double[] { value, ci[0], ci[1] };
			}
		}
		return out;
	}

	/** For tests: the exact values of the targets. */
	static double[] trueValues(MarketEnvironment environment, double... betas) {
		return Arrays.stream(betas).map(b -> truthAndDistance(environment, b)[0]).toArray();
	}
}
