package io.streamwise.bandits.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.streamwise.api.algorithm.LoggedDecision;
import io.streamwise.api.algorithm.Policy;
import io.streamwise.api.algorithm.PolicyContext;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.bandits.env.MarketEnvironment;
import io.streamwise.bandits.evaluation.PolicySpec;
import io.streamwise.core.experiment.Seeds;

/**
 * Logged bandit data written by the simulator: a logging policy acts in the {@link MarketEnvironment} (learning as it
 * goes, if it learns), and every decision is kept with the logger's probability of the action it took.
 */
public final class SimulatorLogs {

	private SimulatorLogs() {
	}

	/**
	 * A log of {@code size} decisions of {@code logger}.
	 *
	 * @param truth receives, per decision, the true expected reward of every available action in the log's unit
	 *              (the environment's reward over its scale, aligned with the context's actions); null when not
	 *              needed
	 */
	public static BanditLog log(MarketEnvironment environment, PolicySpec logger, int size, long seed,
			List<double[]> truth, ProgressMonitor monitor) {
		SplittableRandom world = new SplittableRandom(Seeds.combine(seed, 11));
		SplittableRandom choices = new SplittableRandom(Seeds.combine(seed, 12));
		Policy policy = logger.create();
		policy.initialise(environment.schema(), TaskContext.of(Seeds.combine(seed, 13)));
		List<LoggedDecision> decisions = new ArrayList<>(size);
		for (int t = 0; t < size; t++) {
			if ((t & 1023) == 0) {
				monitor.checkCancelled();
			}
			MarketEnvironment.Round round = environment.draw(world);
			double u = world.nextDouble();
			PolicyContext c = round.context();
			double[] p = policy.probabilities(c);
			int i = Policy.draw(p, choices.nextDouble());
			double reward = environment.policyReward(round, i, u < round.purchaseProbability()[i]);
			decisions.add(new LoggedDecision(c, c.actions()[i], p[i], reward));
			policy.update(c, c.actions()[i], reward);
			if (truth != null) {
				truth.add(scaled(round.expectedRewards(), environment.rewardScale()));
			}
		}
		return new BanditLog(environment.schema(), decisions,
				"simulator (logging policy " + logger.label() + ", seed " + seed + ")");
	}

	/** The values divided by the scale (unchanged, and not copied, for a scale of 1). */
	public static double[] scaled(double[] values, double scale) {
		if (scale == 1) {
			return values;
		}
		double[] out = new double[values.length];
		for (int i = 0; i < out.length; i++) {
			out[i] = values[i] / scale;
		}
		return out;
	}
}
