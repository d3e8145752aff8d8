package io.streamwise.api.feedback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.streamwise.api.algorithm.SettingsException;
import io.streamwise.api.data.EventType;

/**
 * Which event types count as implicit feedback and how much each weighs: the value of every recommender's
 * {@code events} setting. The grammar:
 *
 * <pre>
 * events = entry ("," entry)*
 * entry  = type [":" weight]
 * </pre>
 *
 * {@code type} is an event type's name in any case ({@code purchase}, {@code CART}); {@code weight} is a decimal
 * number greater than 0 and at most {@value #MAX_WEIGHT_TEXT} (a type without one weighs 1, so a list of bare types
 * means unweighted feedback). Spaces around entries, names, colons and weights are ignored. Each of these is an
 * error naming the setting: an empty list, an empty entry ({@code "click,,cart"}, a trailing comma), an unknown type,
 * a type listed twice, and a weight that is not such a number (zero and negative weights included: leave a type out
 * so that it does not count). Example: {@code "purchase:3, cart:2, click"}.
 * <p>
 * Instances are immutable; equal when they weigh every type alike.
 */
public final class EventWeights {

	/** Largest weight accepted: squared sums of weights must stay far from float overflow, so scores stay finite. */
	public static final float MAX_WEIGHT = 1e6f;
	private static final String MAX_WEIGHT_TEXT = "1000000";
	private static final Pattern DECIMAL = Pattern.compile("(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

	/** Weight per event type code; 0 for types that do not count. */
	private final float[] byCode = new float[16];
	/** The types in the order written, for {@link #toString()}. */
	private final List<EventType> order = new ArrayList<>();

	private EventWeights() {
	}

	/**
	 * Parses the value of an {@code events} setting.
	 *
	 * @param key  the setting's key, named in errors and carried by them ({@link SettingsException#key()})
	 * @param text the setting's value
	 * @throws SettingsException naming the setting and the entry at fault
	 */
	public static EventWeights parse(String key, String text) {
		EventWeights w = new EventWeights();
		if (text == null || text.isBlank()) {
			throw error(key, "no event type given; write types with optional weights, e.g. purchase:3,cart:2,click");
		}
		String[] entries = text.split(",", -1);
		for (int n = 0; n < entries.length; n++) {
			String entry = entries[n];
			if (entry.isBlank()) {
				throw error(key, "entry " + (n + 1) + " of '" + text + "' is empty; remove the extra comma");
			}
			int colon = entry.indexOf(':');
			String name = (colon < 0 ? entry : entry.substring(0, colon)).trim();
			EventType type = EventType.parse(name);
			if (type == null) {
				throw error(key, "'" + name + "' is not an event type; use one of "
						+ Arrays.toString(EventType.values()).toLowerCase(Locale.ROOT));
			}
			float weight = 1f;
			if (colon >= 0) {
				String number = entry.substring(colon + 1).trim();
				weight = DECIMAL.matcher(number).matches() ? Float.parseFloat(number) : Float.NaN;
				if (!(weight > 0 && weight <= MAX_WEIGHT)) {
					throw error(key, "the weight of " + type.label() + " must be a number greater than 0 and at most "
							+ MAX_WEIGHT_TEXT + ", was '" + number + "' (leave a type out so that it does not count)");
				}
			}
			if (w.byCode[type.code()] != 0) {
				throw error(key, type.label() + " is listed twice in '" + text + "'");
			}
			w.byCode[type.code()] = weight;
			w.order.add(type);
		}
		return w;
	}

	/** Parses the value of the setting with key {@code events}, the name every built-in recommender uses. */
	public static EventWeights parse(String text) {
		return parse("events", text);
	}

	private static SettingsException error(String key, String message) {
		return new SettingsException(key, "setting '" + key + "': " + message);
	}

	/** The weight of an event type code, or 0 when events of that type do not count. */
	public float weight(int typeCode) {
		return typeCode >= 0 && typeCode < byCode.length ? byCode[typeCode] : 0f;
	}

	/** The weight of an event type, or 0 when events of that type do not count. */
	public float weight(EventType type) {
		return byCode[type.code()];
	}

	/** The types that count. */
	public Set<EventType> types() {
		Set<EventType> out = EnumSet.noneOf(EventType.class);
		out.addAll(order);
		return Collections.unmodifiableSet(out);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof EventWeights other && Arrays.equals(byCode, other.byCode);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(byCode);
	}

	/** The list in the grammar, types in the order written, weights of 1 left out. */
	@Override
	public String toString() {
		StringBuilder sb = new StringBuilder();
		for (EventType t : order) {
			float w = byCode[t.code()];
			sb.append(sb.isEmpty() ? "" : ",").append(t.label());
			if (w != 1f) {
				sb.append(':').append(w == Math.rint(w) ? Long.toString((long) w) : Float.toString(w));
			}
		}
		return sb.toString();
	}
}
