package io.streamwise.recommenders.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits catalogue text into terms: lower-cased (in the root locale, so that results do not depend on the machine),
 * split at every character that is neither a letter nor a digit, tokens shorter than a minimum dropped.
 */
public final class TextTokens {

	private TextTokens() {
	}

	/** The terms of a text, in order of appearance, repeats kept (they are term frequencies). */
	public static List<String> of(String text, int minLength) {
		List<String> out = new ArrayList<>();
		if (text == null) {
			return out;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		int i = 0, n = lower.length();
		while (i < n) {
			while (i < n && !Character.isLetterOrDigit(lower.codePointAt(i))) {
				i += Character.charCount(lower.codePointAt(i));
			}
			int start = i, codePoints = 0;
			while (i < n && Character.isLetterOrDigit(lower.codePointAt(i))) {
				i += Character.charCount(lower.codePointAt(i));
				codePoints++;
			}
			if (codePoints > 0 && codePoints >= minLength) {
				out.add(lower.substring(start, i));
			}
		}
		return out;
	}
}
