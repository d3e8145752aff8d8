package io.streamwise.bandits.policies;

import io.streamwise.api.algorithm.Policy;
import io.streamwise.api.algorithm.PolicyContext;
import io.streamwise.api.algorithm.PolicySchema;
import io.streamwise.api.algorithm.TaskContext;

/**
 * A policy that chooses from each action's pulls and mean reward so far; the context-free policies differ only in how
 * they turn those into probabilities.
 */
abstract class MeanRewardPolicy implements Policy {

	private PolicySchema schema;
	ArmStatistics arms;

	@Override
	public final void initialise(PolicySchema s, TaskContext context) {
		schema = s;
		arms = new ArmStatistics(s);
	}

	@Override
	public final void update(PolicyContext context, int action, double reward) {
		ArmStatistics.check(schema, action, reward);
		arms.add(action, reward);
	}
}
