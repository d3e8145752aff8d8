package io.streamwise.headless;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line arguments of one command: positional arguments and {@code --name value} options (or {@code --flag}
 * for booleans, {@code --name=value} also accepted). Unknown options are errors, so that a typo is never ignored.
 */
final class Args {

	private final List<String> positional = new ArrayList<>();
	private final Map<String, String> options = new LinkedHashMap<>();
	private final Map<String, List<String>> repeated = new LinkedHashMap<>();

	private Args() {
	}

	/**
	 * @param valued options that take a value
	 * @param flags  options that take none
	 * @throws UsageException for an unknown option or a missing value
	 */
	static Args parse(String[] args, int from, Set<String> valued, Set<String> flags) {
		return parse(args, from, valued, flags, Set.of());
	}

	/**
	 * @param repeatable options that take a value and may be given any number of times, each value taken verbatim
	 *                   (commas, dots and '=' included); read them with {@link #all(String)}
	 */
	static Args parse(String[] args, int from, Set<String> valued, Set<String> flags, Set<String> repeatable) {
		Args a = new Args();
		for (int i = from; i < args.length; i++) {
			String s = args[i];
			if (s.startsWith("--") && s.length() > 2) {
				String name = s.substring(2);
				String value = null;
				int eq = name.indexOf('=');
				if (eq > 0) {
					value = name.substring(eq + 1);
					name = name.substring(0, eq);
				}
				if (flags.contains(name)) {
					if (value != null) {
						throw new UsageException("option --" + name + " takes no value");
					}
					a.options.put(name, "true");
				} else if (repeatable.contains(name)) {
					if (value == null) {
						if (i + 1 >= args.length) {
							throw new UsageException("option --" + name + " needs a value");
						}
						value = args[++i];
					}
					a.repeated.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
				} else if (valued.contains(name)) {
					if (value == null) {
						if (i + 1 >= args.length) {
							throw new UsageException("option --" + name + " needs a value");
						}
						value = args[++i];
					}
					if (a.options.put(name, value) != null) {
						throw new UsageException("option --" + name + " is given twice");
					}
				} else {
					throw new UsageException("unknown option --" + name);
				}
			} else {
				a.positional.add(s);
			}
		}
		return a;
	}

	List<String> positional() {
		return positional;
	}

	/** Every value of a repeatable option, in command-line order; empty when it was not given. */
	List<String> all(String name) {
		return List.copyOf(repeated.getOrDefault(name, List.of()));
	}

	String get(String name) {
		return options.get(name);
	}

	String get(String name, String fallback) {
		return options.getOrDefault(name, fallback);
	}

	boolean flag(String name) {
		return options.containsKey(name);
	}

	String require(String name) {
		String v = options.get(name);
		if (v == null) {
			throw new UsageException("option --" + name + " is required");
		}
		return v;
	}

	long getLong(String name, long fallback) {
		String v = options.get(name);
		if (v == null) {
			return fallback;
		}
		try {
			return Long.parseLong(v.trim());
		} catch (NumberFormatException e) {
			throw new UsageException("option --" + name + ": '" + v + "' is not a whole number");
		}
	}

	/** The command line was wrong: the message says how; exit code 2. */
	static final class UsageException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}
}
