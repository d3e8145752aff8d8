package io.streamwise.recommenders.mf.ease;

import io.streamwise.api.algorithm.Setting;
import io.streamwise.api.feedback.EventWeights;
import io.streamwise.api.feedback.Weighting;

/**
 * Settings of {@link Ease}. Steck tuned lambda per dataset in the hundreds to a thousand on large public data
 * (MovieLens 20M, Netflix, Million Song); 500, the middle of that range, is the default. Smaller data with fewer
 * co-occurrences usually wants a smaller lambda: tune it.
 *
 * @param events    event types that count as an interaction, with optional weights
 * @param weighting how a viewer's weighted events on an item become an entry of X
 * @param lambda    L2 regularisation of the item-item weights
 * @param maxItems  refuse to fit above this many items: memory grows with the square of the item count
 * @param threads   threads building and inverting the Gram matrix, 0 for every available processor; never changes
 *                  results
 */
public record EaseSettings(
		@Setting(key = "events", label = "Events", description = "Comma-separated event types that count as an interaction, each with an optional weight after a colon (purchase:3,cart:2,click); Weighting says how a viewer's events on an item become an entry of X", defaultValue = "purchase,cart,click,rate") String events,
		@Setting(key = "weighting", label = "Weighting", description = "How a viewer's events on an item become r: BINARY (the largest weight among them: 1 without weights), COUNT (the sum of their weights: the number of events without weights) or LOG_COUNT (ln(1 + that sum))", defaultValue = "BINARY") Weighting weighting,
		@Setting(key = "lambda", label = "Lambda", description = "L2 regularisation of the item-item weight matrix", defaultValue = "500", min = 1e-9, max = 1e12) double lambda,
		@Setting(key = "maxItems", label = "Maximum items", description = "Refuse to fit above this many items: EASE holds dense items x items matrices (about 20 bytes per entry while fitting)", defaultValue = "20000", min = 1, max = 46340) int maxItems,
		@Setting(key = "threads", label = "Threads", description = "Threads building and inverting the Gram matrix; 0 uses every available processor; never changes results", defaultValue = "0", min = 0, max = 256) int threads) {

	public EaseSettings {
		EventWeights.parse(events); // validates, naming the setting
		if (weighting == null) {
			throw new IllegalArgumentException("weighting must be set");
		}
		if (threads < 0) {
			throw new IllegalArgumentException("threads must be 0 (every processor) or more, was " + threads);
		}
	}
}
