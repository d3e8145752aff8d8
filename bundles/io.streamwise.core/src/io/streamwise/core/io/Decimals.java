package io.streamwise.core.io;

/**
 * Plain decimal numbers as people write them in data files: an optional sign, digits with an optional fraction
 * ({@code 12}, {@code -0.5}, {@code .5}, {@code 12.}) and an optional exponent ({@code 1e-3}). Java's own parsers also
 * accept {@code NaN}, {@code Infinity}, type suffixes ({@code 12d}, {@code 3f}) and hexadecimal floating point
 * ({@code 0x1p4}), none of which is a price or a measurement in a CSV file; surrounding blanks are not allowed either
 * (callers trim where the format allows blanks).
 */
public final class Decimals {

	private Decimals() {
	}

	/** Whether the text is a plain decimal number as described in the class comment. */
	public static boolean isDecimal(CharSequence s) {
		return isDecimal(s, 0, s.length());
	}

	static boolean isDecimal(CharSequence s, int off, int len) {
		int i = off, end = off + len;
		if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
			i++;
		}
		int digits = 0;
		while (i < end && isDigit(s.charAt(i))) {
			i++;
			digits++;
		}
		if (i < end && s.charAt(i) == '.') {
			i++;
			while (i < end && isDigit(s.charAt(i))) {
				i++;
				digits++;
			}
		}
		if (digits == 0) {
			return false;
		}
		if (i < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
			i++;
			if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
				i++;
			}
			int exponentDigits = 0;
			while (i < end && isDigit(s.charAt(i))) {
				i++;
				exponentDigits++;
			}
			if (exponentDigits == 0) {
				return false;
			}
		}
		return i == end;
	}

	/** {@link #isDecimal(CharSequence)} on a range of a char buffer. */
	static boolean isDecimal(char[] b, int off, int len) {
		return isDecimal(java.nio.CharBuffer.wrap(b), off, len);
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/**
	 * Parses a plain decimal number to a finite double.
	 *
	 * @throws NumberFormatException when the text is no plain decimal or its value overflows to infinity
	 */
	public static double parseFinite(String text) {
		if (!isDecimal(text)) {
			throw new NumberFormatException("'" + text + "' is not a decimal number");
		}
		double v = Double.parseDouble(text);
		if (Double.isInfinite(v)) {
			throw new NumberFormatException("'" + text + "' is too large");
		}
		return v;
	}
}
