package io.streamwise.algorithms.popularity;

import io.streamwise.api.algorithm.Setting;
import io.streamwise.api.feedback.EventWeights;

/**
 * Settings of {@link MostPopular}.
 *
 * @param countedEvents   which event types count as interest in an item, with optional weights
 * @param distinctViewers count viewers rather than events, so that one compulsive clicker does not make an item popular
 */
public record MostPopularSettings(
		@Setting(key = "countedEvents", label = "Counted events", description = "Comma-separated event types that count as interest in an item, each with an optional weight after a colon (purchase:3,cart:2,click); an event adds its weight, a viewer counted once adds its largest", defaultValue = "click,cart,purchase,rate") String countedEvents,
		@Setting(key = "distinctViewers", label = "Distinct viewers", description = "Count each viewer once per item", defaultValue = "true") boolean distinctViewers) {

	public MostPopularSettings {
		EventWeights.parse("countedEvents", countedEvents); // validates, naming the setting
	}

	EventWeights weights() {
		return EventWeights.parse("countedEvents", countedEvents);
	}
}
