package io.streamwise.recommenders.mf.ease;

import io.streamwise.api.algorithm.Setting;
import io.streamwise.recommenders.mf.common.EventTypes;
import io.streamwise.recommenders.mf.common.Weighting;

/**
 * Settings of {@link Ease}. Steck tuned lambda per dataset in the hundreds to a thousand on large public data
 * (MovieLens 20M, Netflix, Million Song); 500, the middle of that range, is the default. Smaller data with fewer
 * co-occurrences usually wants a smaller lambda: tune it.
 *
 * @param events    event types that count as an interaction
 * @param weighting how repeated events become the entries of X
 * @param lambda    L2 regularisation of the item-item weights
 * @param maxItems  refuse to fit above this many items: memory grows with the square of the item count
 */
public record EaseSettings(
		@Setting(label = "Events", description = "Comma-separated event types that count as an interaction", defaultValue = "purchase,cart,click,rate") String events,
		@Setting(label = "Weighting", description = "How repeated events of a viewer on an item become an entry of X: BINARY, COUNT or LOG_COUNT (ln(1+count))", defaultValue = "BINARY") Weighting weighting,
		@Setting(label = "Lambda", description = "L2 regularisation of the item-item weight matrix", defaultValue = "500", min = 1e-9, max = 1e12) double lambda,
		@Setting(label = "Maximum items", description = "Refuse to fit above this many items: EASE holds dense items x items matrices (about 20 bytes per entry while fitting)", defaultValue = "20000", min = 1, max = 46340) int maxItems) {

	public EaseSettings {
		EventTypes.parse(events); // validates
		if (weighting == null) {
			throw new IllegalArgumentException("weighting must be set");
		}
	}
}
