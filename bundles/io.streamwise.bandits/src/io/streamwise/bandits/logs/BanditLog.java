package io.streamwise.bandits.logs;

import java.util.List;

import io.streamwise.api.algorithm.LoggedDecision;
import io.streamwise.api.algorithm.PolicySchema;

/**
 * Decisions logged by one logging policy, with the features and actions they refer to.
 *
 * @param schema    feature and action names
 * @param decisions the decisions in the order they were taken
 * @param source    where they came from (a file, or the simulator and its settings)
 */
public record BanditLog(PolicySchema schema, List<LoggedDecision> decisions, String source) {

	public BanditLog {
		decisions = List.copyOf(decisions);
	}

	public int size() {
		return decisions.size();
	}

	/** The decisions from {@code from} (inclusive) to {@code to} (exclusive), as a log of their own. */
	public BanditLog slice(int from, int to) {
		return new BanditLog(schema, decisions.subList(from, to), source);
	}
}
