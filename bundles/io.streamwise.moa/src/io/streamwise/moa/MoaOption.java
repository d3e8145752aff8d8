package io.streamwise.moa;

import java.util.List;

/**
 * One option of a MOA learner, read from MOA's own option object: what an editor or the command line needs.
 *
 * @param name         MOA's option name ("gracePeriod")
 * @param cliChar      the letter on MOA's command line ('g' for {@code -g 200})
 * @param type         int, float, flag, choice, class (a nested learner or estimator), or text
 * @param defaultValue MOA's default as command-line text (empty for an unset flag)
 * @param value        the current value as command-line text
 * @param min          inclusive lower bound (int and float), -infinity otherwise
 * @param max          inclusive upper bound (int and float), +infinity otherwise
 * @param choices      the allowed values of a choice option, empty otherwise
 * @param description  MOA's one-line purpose
 */
public record MoaOption(String name, char cliChar, Type type, String defaultValue, String value, double min,
		double max, List<String> choices, String description) {

	/** The kinds of MOA option. */
	public enum Type {
		INT, FLOAT, FLAG, CHOICE, CLASS, TEXT
	}

	public MoaOption {
		choices = List.copyOf(choices);
	}

	/**
	 * Checks a value as an editor or a file gives it (flags: {@code true} or {@code false}; choices: one of
	 * {@link #choices}; int and float: a number within the bounds). Class and text options are checked when the
	 * learner is built ({@link MoaLearners#configure}).
	 *
	 * @return why the value is refused, naming the option, or null when it is acceptable
	 */
	public String problem(String text) {
		String v = text == null ? "" : text.trim();
		switch (type) {
		case INT -> {
			long n;
			try {
				n = Long.parseLong(v);
			} catch (NumberFormatException e) {
				return name + " must be a whole number" + range() + ", not '" + v + "'";
			}
			return n < min || n > max ? name + " must be" + range() + ", not " + n : null;
		}
		case FLOAT -> {
			double x;
			try {
				x = Double.parseDouble(v);
			} catch (NumberFormatException e) {
				x = Double.NaN;
			}
			if (!Double.isFinite(x) || !v.matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?")) {
				return name + " must be a decimal number" + range() + ", not '" + v + "'";
			}
			return x < min || x > max ? name + " must be" + range() + ", not " + v : null;
		}
		case FLAG -> {
			return v.equals("true") || v.equals("false") ? null
					: name + " is a flag: true or false, not '" + v + "'";
		}
		case CHOICE -> {
			return choices.contains(v) ? null
					: name + " must be one of " + String.join(", ", choices) + ", not '" + v
							+ "'";
		}
		default -> {
			return null;
		}
		}
	}

	/** " between MIN and MAX" (or " at least MIN" / " at most MAX") for bounded numbers, empty otherwise. */
	private String range() {
		boolean low = type == Type.INT ? min > Integer.MIN_VALUE : min > -Double.MAX_VALUE;
		boolean high = type == Type.INT ? max < Integer.MAX_VALUE : max < Double.MAX_VALUE;
		if (low && high) {
			return " between " + number(min) + " and " + number(max);
		}
		if (low) {
			return " of at least " + number(min);
		}
		return high ? " of at most " + number(max) : "";
	}

	private String number(double x) {
		return type == Type.INT || x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x)
				: Double.toString(x);
	}

	/** The default as an editor shows it: flags as {@code true}/{@code false}, everything else as MOA writes it. */
	public String defaultText() {
		return type == Type.FLAG ? Boolean.toString(!defaultValue.isEmpty()) : defaultValue;
	}
}
