package io.streamwise.bandits.ope;

import io.streamwise.api.algorithm.PolicyContext;

/** An estimate q̂(x, a) of the expected reward of an action in a context: the direct method's model. */
@FunctionalInterface
public interface RewardModel {

	double predict(PolicyContext context, int action);
}
