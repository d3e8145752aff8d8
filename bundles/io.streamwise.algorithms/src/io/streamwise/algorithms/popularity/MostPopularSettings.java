package io.streamwise.algorithms.popularity;

import java.util.Set;

import io.streamwise.api.algorithm.Setting;
import io.streamwise.api.data.EventType;

/**
 * Settings of {@link MostPopular}.
 *
 * @param countedEvents   which event types count as interest in an item
 * @param distinctViewers count viewers rather than events, so that one compulsive clicker does not make an item popular
 */
public record MostPopularSettings(
		@Setting(label = "Counted events", description = "Comma-separated event types that count as interest in an item", defaultValue = "click,cart,purchase,rate") String countedEvents,
		@Setting(label = "Distinct viewers", description = "Count each viewer once per item", defaultValue = "true") boolean distinctViewers) {

	public MostPopularSettings {
		MostPopular.parseTypes(countedEvents); // validates
	}

	Set<EventType> countedTypes() {
		return MostPopular.parseTypes(countedEvents);
	}
}
