package io.streamwise.api.data;

import java.util.Locale;

/**
 * The kinds of event in a live-commerce log. The {@link #code()} of each is stored in the columnar log and in files,
 * so codes never change; new kinds get new codes (at most 16 fit the log's packed column).
 */
public enum EventType {
	JOIN(0), LEAVE(1), WATCH(2), LIKE(3), COMMENT(4), CLICK(5), CART(6), PURCHASE(7), REFUND(8),
	/** An explicit rating, as found in RecBole and MovieLens-style files; the value holds the rating. */
	RATE(9);

	private static final EventType[] BY_CODE = new EventType[16];
	static {
		for (EventType t : values()) {
			BY_CODE[t.code] = t;
		}
	}

	private final int code;

	EventType(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}

	public static EventType ofCode(int code) {
		EventType t = code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
		if (t == null) {
			throw new IllegalArgumentException("no event type with code " + code);
		}
		return t;
	}

	/** Parses a name case-insensitively ("purchase", "PURCHASE"); returns null when the text names no type. */
	public static EventType parse(CharSequence text) {
		String s = text.toString().trim().toUpperCase(Locale.ROOT);
		for (EventType t : values()) {
			if (t.name().equals(s)) {
				return t;
			}
		}
		return null;
	}

	/**
	 * Parses a comma-separated list of type names ("purchase, cart,click"), as settings and options write them.
	 *
	 * @throws IllegalArgumentException naming the part that is no type, or when the list names none
	 */
	public static java.util.Set<EventType> parseList(CharSequence text) {
		java.util.Set<EventType> types = java.util.EnumSet.noneOf(EventType.class);
		for (String part : text.toString().split(",")) {
			if (part.isBlank()) {
				continue;
			}
			EventType t = parse(part);
			if (t == null) {
				throw new IllegalArgumentException("'" + part.trim() + "' is not an event type; use one of "
						+ java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT));
			}
			types.add(t);
		}
		if (types.isEmpty()) {
			throw new IllegalArgumentException("no event type given");
		}
		return types;
	}

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}
}
