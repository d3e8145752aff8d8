package io.streamwise.api.algorithm;

import java.util.List;

/**
 * A contextual-bandit policy: for a context it gives a probability for every available action (so that the
 * propensity of whatever is chosen is always known), and it learns online from the reward of the action taken.
 * <p>
 * The caller draws the action from {@link #probabilities} with its own seeded generator ({@link #draw}); a policy's
 * own random choices (Thompson sampling's posterior draws, say) come from {@link TaskContext#seed()} and its state, so
 * that the same seed and the same rounds give the same probabilities. {@link #probabilities} must not change the
 * policy: only {@link #update} learns.
 *
 * @since 0.3.0
 */
public interface Policy {

	/** Prepares a fresh policy for this schema. Called once, before any other method. */
	void initialise(PolicySchema schema, TaskContext context);

	/**
	 * The probability of each available action, aligned with {@code context.actions()}: finite, in [0, 1], summing
	 * to 1. Asking must not change what the policy answers later.
	 */
	double[] probabilities(PolicyContext context);

	/** Learns from the reward of {@code action} (an id among {@code context.actions()}) taken in {@code context}. */
	void update(PolicyContext context, int action, double reward);

	/**
	 * Learns from logged decisions in order (warm start); the default updates decision by decision and honours
	 * cancellation.
	 */
	default void learn(List<LoggedDecision> log, TaskContext context) {
		context.monitor().begin("learning from logged decisions", log.size());
		for (int i = 0; i < log.size(); i++) {
			if ((i & 127) == 0) {
				context.monitor().checkCancelled();
				context.monitor().worked(Math.min(128, log.size() - i));
			}
			LoggedDecision d = log.get(i);
			update(d.context(), d.action(), d.reward());
		}
	}

	/**
	 * The position (in the probabilities' order) that a uniform number {@code u} in [0, 1) selects: the first whose
	 * cumulative probability exceeds {@code u}, never one of probability 0.
	 */
	static int draw(double[] probabilities, double u) {
		double cumulative = 0;
		int last = -1;
		for (int i = 0; i < probabilities.length; i++) {
			if (probabilities[i] > 0) {
				cumulative += probabilities[i];
				last = i;
				if (u < cumulative) {
					return i;
				}
			}
		}
		if (last < 0) {
			throw new IllegalArgumentException("no action has a positive probability");
		}
		return last; // rounding left the sum a hair below u
	}
}
