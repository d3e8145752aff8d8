package io.streamwise.recommenders.mf.common;

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
		return EventType.parseList(text);
	}
}
