package io.streamwise.core.experiment;

import java.util.Locale;

/**
 * One spelling per option: files (experiment files, dataset and protocol options, settings) write an option's name in
 * camelCase ({@code maxRejectedShare}), the command line in kebab-case ({@code --max-rejected-share}). The two are
 * translated mechanically by these functions, never by a table, so that an option added to a file is on the command
 * line under the predictable name.
 */
public final class OptionNames {

	private OptionNames() {
	}

	/**
	 * The command-line spelling of a file option name, without the leading dashes: {@code maxRejectedShare} becomes
	 * {@code max-rejected-share}, {@code rawIds} becomes {@code raw-ids}. A digit run is a word of its own only after a
	 * letter ({@code ndcgAt10} gives {@code ndcg-at10}: digits stay with their word).
	 *
	 * @throws IllegalArgumentException when the name is not camelCase (empty, not starting with a lower-case letter, or
	 *                                  holding characters other than ASCII letters and digits)
	 */
	public static String kebab(String camelCase) {
		check(camelCase, false);
		StringBuilder out = new StringBuilder(camelCase.length() + 4);
		for (int i = 0; i < camelCase.length(); i++) {
			char c = camelCase.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				out.append('-').append((char) (c - 'A' + 'a'));
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * The file spelling of a command-line option name (with or without leading dashes): {@code --max-rejected-share}
	 * becomes {@code maxRejectedShare}. The inverse of {@link #kebab(String)}.
	 *
	 * @throws IllegalArgumentException when the name is not kebab-case (lower-case ASCII words joined by single dashes)
	 */
	public static String camel(String kebabCase) {
		String name = kebabCase.startsWith("--") ? kebabCase.substring(2) : kebabCase;
		check(name, true);
		StringBuilder out = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == '-') {
				char next = name.charAt(++i);
				out.append(next >= 'a' && next <= 'z' ? (char) (next - 'a' + 'A') : next);
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static void check(String name, boolean kebab) {
		boolean ok = !name.isEmpty() && name.charAt(0) >= 'a' && name.charAt(0) <= 'z';
		for (int i = 0; ok && i < name.length(); i++) {
			char c = name.charAt(i);
			boolean lower = c >= 'a' && c <= 'z', digit = c >= '0' && c <= '9';
			if (kebab) {
				// a dash joins two words: never doubled, never last, never before a digit (camelCase has no case there)
				ok = lower || digit || c == '-' && i + 1 < name.length() && name.charAt(i + 1) >= 'a'
						&& name.charAt(i + 1) <= 'z';
			} else {
				ok = lower || digit || c >= 'A' && c <= 'Z';
			}
		}
		if (!ok) {
			throw new IllegalArgumentException("'" + name + "' is not a " + (kebab ? "kebab-case" : "camelCase")
					+ " option name");
		}
	}

	/** For messages: the command-line form with its dashes, {@code --max-rejected-share}. */
	public static String flag(String camelCase) {
		return "--" + kebab(camelCase);
	}

	/**
	 * An enum constant as files and the command line write it: {@code MILLISECONDS} becomes {@code milliseconds},
	 * {@code RANDOM_PER_VIEWER} becomes {@code random-per-viewer}.
	 */
	public static String lower(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
