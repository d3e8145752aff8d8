package io.streamwise.recommenders.knn;

import io.streamwise.api.algorithm.Setting;
import io.streamwise.api.feedback.EventWeights;

/**
 * Settings of {@link UserKnn}.
 *
 * @param events     event types that count as implicit feedback, with optional weights
 * @param neighbours how many most similar viewers each viewer keeps
 * @param shrinkage  damping of similarities supported by few common items
 * @param threads    threads computing the neighbourhoods, 0 for every available processor; never changes results
 */
public record UserKnnSettings(
		@Setting(key = "events", label = "Events", description = "Comma-separated event types that count as interest in an item, each with an optional weight after a colon (purchase:3,cart:2,click); a viewer's value for an item is the largest weight among its events with it", defaultValue = ItemKnnSettings.DEFAULT_EVENTS) String events,
		@Setting(key = "neighbours", label = "Neighbours", description = "Number of most similar viewers kept per viewer (k)", defaultValue = "50", min = 1, max = 100_000) int neighbours,
		@Setting(key = "shrinkage", label = "Shrinkage", description = "Multiplies a similarity by n/(n+shrinkage), n the number of items the two viewers share, so that viewers alike on few items count less", defaultValue = "10", min = 0, max = 1e6) double shrinkage,
		@Setting(key = "threads", label = "Threads", description = "Threads computing the viewer neighbourhoods; 0 uses every available processor; never changes results", defaultValue = "0", min = 0, max = 256) int threads) {

	public UserKnnSettings {
		EventWeights.parse(events); // validates, naming the setting
		if (threads < 0) {
			throw new IllegalArgumentException("threads must be 0 (every processor) or more, was " + threads);
		}
	}

	/** Settings on every available processor. */
	public UserKnnSettings(String events, int neighbours, double shrinkage) {
		this(events, neighbours, shrinkage, 0);
	}
}
