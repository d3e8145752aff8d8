package io.streamwise.api.algorithm;

import java.util.List;

/**
 * What a policy acts on: the names of the context features (the length of every {@link PolicyContext#features()})
 * and of the actions, whose ids are their positions in {@link #actions()}.
 *
 * @param features context feature names
 * @param actions  action names; action id {@code a} is {@code actions().get(a)}
 * @since 0.3.0
 */
public record PolicySchema(List<String> features, List<String> actions) {

	public PolicySchema {
		features = List.copyOf(features);
		actions = List.copyOf(actions);
		if (actions.isEmpty()) {
			throw new IllegalArgumentException("a policy needs at least one action");
		}
	}

	public int featureCount() {
		return features.size();
	}

	public int actionCount() {
		return actions.size();
	}
}
