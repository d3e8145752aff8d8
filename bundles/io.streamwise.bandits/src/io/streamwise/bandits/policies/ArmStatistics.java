package io.streamwise.bandits.policies;

import io.streamwise.api.algorithm.PolicyContext;
import io.streamwise.api.algorithm.PolicySchema;

/**
 * Pulls and summed rewards per action, ignoring the context: the state of the context-free policies (ε-greedy, UCB1,
 * softmax, Thompson sampling).
 */
final class ArmStatistics {

	final long[] pulls;
	final double[] rewards;
	long total;

	ArmStatistics(PolicySchema schema) {
		pulls = new long[schema.actionCount()];
		rewards = new double[schema.actionCount()];
	}

	void add(int action, double reward) {
		pulls[action]++;
		rewards[action] += reward;
		total++;
	}

	/** The mean reward of an action, or {@code unseen} for one never taken. */
	double mean(int action, double unseen) {
		return pulls[action] == 0 ? unseen : rewards[action] / pulls[action];
	}

	/** Probability 1 shared evenly by the available actions of highest value (ties split, so no order bias). */
	static double[] argmax(double[] values) {
		double best = Double.NEGATIVE_INFINITY;
		int ties = 0;
		for (double v : values) {
			if (v > best) {
				best = v;
				ties = 1;
			} else if (v == best) {
				ties++;
			}
		}
		double[] p = new double[values.length];
		if (ties == 0) { // every value NaN or -infinity: no preference
			java.util.Arrays.fill(p, 1.0 / values.length);
			return p;
		}
		for (int i = 0; i < values.length; i++) {
			if (values[i] == best) {
				p[i] = 1.0 / ties;
			}
		}
		return p;
	}

	/** The uniform distribution over a context's actions. */
	static double[] uniform(PolicyContext context) {
		double[] p = new double[context.actions().length];
		java.util.Arrays.fill(p, 1.0 / p.length);
		return p;
	}

	/** Checks that an update names an action of the schema and a finite reward. */
	static void check(PolicySchema schema, int action, double reward) {
		if (action < 0 || action >= schema.actionCount()) {
			throw new IllegalArgumentException("action " + action + " is not one of the " + schema.actionCount()
					+ " actions");
		}
		if (!Double.isFinite(reward)) {
			throw new IllegalArgumentException("reward " + reward + " is not finite");
		}
	}
}
