package io.streamwise.recommenders.mf.common;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import io.streamwise.api.data.EventType;

/** Parses the comma-separated event-type lists of the {@code events} settings. */
public final class EventTypes {

	private EventTypes() {
	}

	/**
	 * @throws IllegalArgumentException naming the bad part, or when the list is empty
	 */
	public static Set<EventType> parse(String text) {
		Set<EventType> types = EnumSet.noneOf(EventType.class);
		for (String part : text.split(",")) {
			if (part.isBlank()) {
				continue;
			}
			EventType t = EventType.parse(part);
			if (t == null) {
				throw new IllegalArgumentException("'" + part.trim() + "' is not an event type; use one of "
						+ Arrays.toString(EventType.values()).toLowerCase(Locale.ROOT));
			}
			types.add(t);
		}
		if (types.isEmpty()) {
			throw new IllegalArgumentException("no event type given");
		}
		return types;
	}
}
