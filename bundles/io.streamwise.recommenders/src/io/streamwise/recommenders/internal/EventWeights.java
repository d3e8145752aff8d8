package io.streamwise.recommenders.internal;

import java.util.Arrays;
import java.util.Locale;

import io.streamwise.api.data.EventType;

/**
 * Which event types count as implicit feedback, and how much each weighs. Written as in settings:
 * {@code "purchase:3,cart:2,click"}, a type without a weight weighing 1, so that a list of bare types means binary
 * feedback.
 */
public final class EventWeights {

	/** Largest weight accepted: squared sums of weights must stay far from float overflow, so scores stay finite. */
	public static final float MAX_WEIGHT = 1e6f;

	/** Weight per event type code; 0 for types that do not count. */
	private final float[] byCode = new float[16];

	private EventWeights() {
	}

	/**
	 * Parses a weight list.
	 *
	 * @throws IllegalArgumentException naming the part at fault: an unknown type, a type given twice, a weight outside
	 *                                  (0, {@value #MAX_WEIGHT}], or an empty list
	 */
	public static EventWeights parse(String spec) {
		EventWeights w = new EventWeights();
		boolean any = false;
		for (String part : spec.split(",")) {
			if (part.isBlank()) {
				continue;
			}
			int colon = part.indexOf(':');
			String name = colon < 0 ? part : part.substring(0, colon);
			EventType type = EventType.parse(name);
			if (type == null) {
				throw new IllegalArgumentException("'" + name.trim() + "' is not an event type; use one of "
						+ Arrays.toString(EventType.values()).toLowerCase(Locale.ROOT));
			}
			float weight = 1f;
			if (colon >= 0) {
				String text = part.substring(colon + 1).trim();
				try {
					weight = Float.parseFloat(text);
				} catch (NumberFormatException e) {
					weight = Float.NaN;
				}
				if (!(weight > 0 && weight <= MAX_WEIGHT)) {
					throw new IllegalArgumentException("weight of " + type.label() + " must be a number in (0, "
							+ (int) MAX_WEIGHT + "], was '" + text + "'");
				}
			}
			if (w.byCode[type.code()] != 0) {
				throw new IllegalArgumentException(type.label() + " is listed twice");
			}
			w.byCode[type.code()] = weight;
			any = true;
		}
		if (!any) {
			throw new IllegalArgumentException("no event type given");
		}
		return w;
	}

	/** The weight of an event type code, or 0 when events of that type do not count. */
	public float weight(int typeCode) {
		return byCode[typeCode];
	}
}
