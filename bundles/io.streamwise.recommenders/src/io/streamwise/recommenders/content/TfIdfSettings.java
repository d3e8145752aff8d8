package io.streamwise.recommenders.content;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import io.streamwise.api.algorithm.Setting;
import io.streamwise.api.feedback.EventWeights;

/**
 * Settings of {@link TfIdfRecommender}.
 *
 * @param events         event types that put an item into the viewer's profile, with optional weights
 * @param fields         which catalogue texts make up an item's document
 * @param minTokenLength shortest term kept, in characters
 */
public record TfIdfSettings(
		@Setting(key = "events", label = "Events", description = "Comma-separated event types that add an item to the viewer's profile, each with an optional weight after a colon (purchase:3,cart:2,click); an item counts once, with the largest weight among the viewer's events with it", defaultValue = "purchase,cart,click,rate") String events,
		@Setting(key = "fields", label = "Fields", description = "Comma-separated catalogue fields whose words make up an item's document: title, tags, category, kind", defaultValue = "title,tags,category,kind") String fields,
		@Setting(key = "minTokenLength", label = "Shortest term", description = "Terms with fewer characters are dropped", defaultValue = "2", min = 1, max = 100) int minTokenLength) {

	/** Catalogue fields an item document can draw on. */
	public enum Field {
		TITLE, TAGS, CATEGORY, KIND
	}

	public TfIdfSettings {
		EventWeights.parse(events); // validates, naming the setting
		parseFields(fields);
	}

	Set<Field> fieldSet() {
		return parseFields(fields);
	}

	private static Set<Field> parseFields(String text) {
		Set<Field> out = EnumSet.noneOf(Field.class);
		for (String part : text.split(",")) {
			if (part.isBlank()) {
				continue;
			}
			try {
				out.add(Field.valueOf(part.trim().toUpperCase(Locale.ROOT)));
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException(
						"'" + part.trim() + "' is not a catalogue field; use title, tags, category or kind");
			}
		}
		if (out.isEmpty()) {
			throw new IllegalArgumentException("no catalogue field given");
		}
		return out;
	}
}
