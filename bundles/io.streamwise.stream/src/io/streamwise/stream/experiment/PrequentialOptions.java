package io.streamwise.stream.experiment;

import java.util.LinkedHashSet;
import java.util.Set;

import com.yahoo.labs.samoa.instances.InstancesHeader;

/**
 * How a prequential evaluation's stream options read, the same for {@code streamwise prequential}'s options and a
 * stream experiment's {@code stream} element: a delay is a whole number of clock units or names a label-time column,
 * the time and delay columns are held out of the features, and the positive class is named by its value. Callers
 * wrap the messages with where the value came from (an option or a file's field).
 */
public final class PrequentialOptions {

	private PrequentialOptions() {
	}

	/** A whole number is a fixed delay in clock units (possibly negative, for the caller to refuse); else null. */
	public static Long fixedDelay(String delay) {
		try {
			return Long.parseLong(delay.trim());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** The columns read as times rather than features: the time column and a delay that names a column. */
	public static Set<String> heldOutColumns(String time, String delay) {
		Set<String> heldOut = new LinkedHashSet<>();
		if (time != null) {
			heldOut.add(time);
		}
		if (delay != null && fixedDelay(delay) == null) {
			heldOut.add(delay);
		}
		return heldOut;
	}

	/**
	 * The index of the positive class named by value, or the second class (1) when value is null.
	 *
	 * @throws IllegalArgumentException when the class has no such value
	 */
	public static int positiveClass(String value, InstancesHeader header) {
		var cls = header.classAttribute();
		if (value == null) {
			return 1;
		}
		for (int v = 0; v < cls.numValues(); v++) {
			if (cls.value(v).equals(value)) {
				return v;
			}
		}
		throw new IllegalArgumentException("'" + value + "' is not a value of class '" + cls.name() + "' "
				+ cls.getAttributeValues());
	}
}
