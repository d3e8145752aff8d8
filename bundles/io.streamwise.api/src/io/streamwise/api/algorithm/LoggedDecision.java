package io.streamwise.api.algorithm;

/**
 * One decision of a logging policy as a log keeps it: the context, the action taken, the probability with which the
 * logger took it (its propensity) and the reward observed.
 *
 * @param context    the decision point
 * @param action     the action id taken, one of {@code context.actions()}
 * @param propensity the logger's probability of that action, in (0, 1]
 * @param reward     the observed reward (1 for a purchase, 0 for none, or an amount)
 * @since 0.3.0
 */
public record LoggedDecision(PolicyContext context, int action, double propensity, double reward) {

	public LoggedDecision {
		if (context.indexOf(action) < 0) {
			throw new IllegalArgumentException("action " + action + " is not among the available actions");
		}
		if (!(propensity > 0 && propensity <= 1)) {
			throw new IllegalArgumentException("propensity " + propensity + " is not in (0, 1]");
		}
	}
}
