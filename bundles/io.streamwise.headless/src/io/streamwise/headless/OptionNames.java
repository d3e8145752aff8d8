package io.streamwise.headless;

import java.util.Locale;

/**
 * One spelling per option: files write it in camelCase ({@code maxRejectedShare}), the command line in kebab-case
 * ({@code --max-rejected-share}); each is derived from the other by these two functions, never by a list of pairs.
 */
final class OptionNames {

	private OptionNames() {
	}

	/** {@code maxRejectedShare} → {@code max-rejected-share}. */
	static String kebab(String camel) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < camel.length(); i++) {
			char c = camel.charAt(i);
			if (Character.isUpperCase(c)) {
				s.append(i == 0 ? "" : "-").append(Character.toLowerCase(c));
			} else {
				s.append(c);
			}
		}
		return s.toString();
	}

	/** {@code --max-rejected-share} (or without the dashes) → {@code maxRejectedShare}. */
	static String camel(String kebab) {
		String name = kebab.startsWith("--") ? kebab.substring(2) : kebab;
		StringBuilder s = new StringBuilder();
		boolean upper = false;
		for (char c : name.toCharArray()) {
			if (c == '-') {
				upper = true;
			} else {
				s.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
				upper = false;
			}
		}
		return s.toString();
	}

	/** An enum constant as the command line and files write it: {@code MILLISECONDS} → {@code milliseconds}. */
	static String lower(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
