package io.streamwise.core.io;

import io.streamwise.api.data.EventType;
import io.streamwise.core.io.CsvMapping.TimestampFormat;

/**
 * Allocation-free parsers for the fields of an event, working on a range of a char buffer. They return a sentinel
 * instead of throwing, because a bad field is an ordinary, reported outcome of an import and exceptions per row would
 * dominate the cost of reading a dirty file.
 */
final class FieldParsers {

	/** Returned by {@link #timestamp} for text that is no timestamp. */
	static final long NO_TIME = Long.MIN_VALUE;
	/** First second read: 0000-01-01T00:00:00Z, the earliest ISO-8601 four-digit year. */
	static final long MIN_TIME = daysFromCivil(0, 1, 1) * 86_400L;
	/** Last second read: 9999-12-31T23:59:59Z. */
	static final long MAX_TIME = daysFromCivil(10_000, 1, 1) * 86_400L - 1;

	/** The (proleptic Gregorian) year of an epoch second. */
	static long yearOf(long epochSecond) {
		long days = Math.floorDiv(epochSecond, 86_400L);
		// the inverse of daysFromCivil, by its year-of-era arithmetic
		long z = days + 719_468;
		long era = Math.floorDiv(z, 146_097);
		long dayOfEra = z - era * 146_097;
		long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
		long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
		long shiftedMonth = (5 * dayOfYear + 2) / 153;
		return yearOfEra + era * 400 + (shiftedMonth >= 10 ? 1 : 0);
	}

	private static final float[] POW10 = { 1f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f };
	private static final EventType[] TYPES = EventType.values();
	private static final int LONGEST_LABEL = 15;
	/*
	 * The one event type whose label has a given length and (lower-case) first letter: no two labels share both, so a
	 * field is compared with one label at most instead of with each in turn.
	 */
	private static final EventType[][] BY_LENGTH_AND_FIRST = new EventType[LONGEST_LABEL + 1][128];
	private static final char[][] TYPE_LABELS = new char[TYPES.length][];
	static {
		for (int i = 0; i < TYPES.length; i++) {
			char[] label = TYPES[i].label().toCharArray();
			TYPE_LABELS[i] = label;
			if (label.length > LONGEST_LABEL || label[0] >= 128
					|| BY_LENGTH_AND_FIRST[label.length][label[0]] != null) {
				throw new IllegalStateException("event type labels must differ in length or first letter");
			}
			BY_LENGTH_AND_FIRST[label.length][label[0]] = TYPES[i];
		}
	}

	private FieldParsers() {
	}

	/** The event type named (case-insensitively, surrounding blanks ignored) by the range, or null. */
	static EventType eventType(char[] b, int off, int len) {
		while (len > 0 && b[off] == ' ') {
			off++;
			len--;
		}
		while (len > 0 && b[off + len - 1] == ' ') {
			len--;
		}
		if (len == 0 || len > LONGEST_LABEL) {
			return null;
		}
		// a char matches a (lower-case) label char when it lower-cases to it, as Character.toLowerCase says
		char first = Character.toLowerCase(b[off]);
		EventType type = first < 128 ? BY_LENGTH_AND_FIRST[len][first] : null;
		if (type == null) {
			return null;
		}
		char[] label = TYPE_LABELS[type.ordinal()];
		for (int i = 1; i < len; i++) {
			char c = b[off + i];
			if (c != label[i] && Character.toLowerCase(c) != label[i]) {
				return null;
			}
		}
		return type;
	}

	/**
	 * Parses a plain decimal number ({@link Decimals#isDecimal}) as {@link Float#parseFloat} would. Short plain decimals ({@code -12.34}) take an exact
	 * fast path: a mantissa below 2^24 and a power of ten up to 10^10 are both exact floats, so one IEEE division rounds
	 * correctly. Anything else (exponents, long digits) goes to {@link Float#parseFloat}.
	 *
	 * @return the value, or {@code Float.NaN} when the text is no number (a number never parses to NaN)
	 */
	static float decimal(char[] b, int off, int len) {
		while (len > 0 && b[off] == ' ') {
			off++;
			len--;
		}
		while (len > 0 && b[off + len - 1] == ' ') {
			len--;
		}
		int i = off, end = off + len;
		boolean negative = false;
		if (i < end && (b[i] == '-' || b[i] == '+')) {
			negative = b[i] == '-';
			i++;
		}
		long mantissa = 0;
		int digits = 0, fraction = -1;
		for (; i < end; i++) {
			char c = b[i];
			if (c >= '0' && c <= '9') {
				mantissa = mantissa * 10 + (c - '0');
				digits++;
				if (fraction >= 0) {
					fraction++;
				}
				if (digits > 9) {
					break;
				}
			} else if (c == '.' && fraction < 0) {
				fraction = 0;
			} else {
				break;
			}
		}
		if (i == end && digits > 0 && mantissa < (1 << 24) && fraction <= 10) {
			float v = fraction > 0 ? mantissa / POW10[fraction] : mantissa;
			return negative ? -v : v;
		}
		if (!Decimals.isDecimal(b, off, len)) { // NaN, Infinity, 12d, 0x1p4: Java numbers, not data
			return Float.NaN;
		}
		try {
			return Float.parseFloat(new String(b, off, len));
		} catch (NumberFormatException e) {
			return Float.NaN;
		}
	}

	/** Parses a timestamp to epoch seconds (floor), or returns {@link #NO_TIME}. */
	static long timestamp(char[] b, int off, int len, TimestampFormat format) {
		while (len > 0 && b[off] == ' ') {
			off++;
			len--;
		}
		while (len > 0 && b[off + len - 1] == ' ') {
			len--;
		}
		if (len == 0) {
			return NO_TIME;
		}
		return switch (format) {
		case EPOCH_SECONDS -> epoch(b, off, len, false);
		case EPOCH_MILLIS -> epoch(b, off, len, true);
		case DATETIME -> dateTime(b, off, len, null);
		case AUTO -> looksNumeric(b, off, len) ? epoch(b, off, len, false) : dateTime(b, off, len, null);
		};
	}

	private static boolean looksNumeric(char[] b, int off, int len) {
		for (int i = off; i < off + len; i++) {
			char c = b[i];
			if (!(c >= '0' && c <= '9' || c == '.' || i == off && c == '-')) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Parses a timestamp: a date-time to epoch seconds, a number (in the formats that take numbers) to its integer
	 * part (floor) in whatever unit it is written, with {@code numeric[0]} telling which; {@link #NO_TIME} when the text
	 * is neither.
	 */
	static long timestampRaw(char[] b, int off, int len, TimestampFormat format, boolean[] numeric) {
		return timestampRaw(b, off, len, format, numeric, null);
	}

	/** As {@link #timestampRaw(char[], int, int, TimestampFormat, boolean[])}, remembering the last minute in cache. */
	static long timestampRaw(char[] b, int off, int len, TimestampFormat format, boolean[] numeric,
			MinuteCache cache) {
		while (len > 0 && b[off] == ' ') {
			off++;
			len--;
		}
		while (len > 0 && b[off + len - 1] == ' ') {
			len--;
		}
		numeric[0] = false;
		if (len == 0) {
			return NO_TIME;
		}
		boolean number = switch (format) {
		case EPOCH_SECONDS, EPOCH_MILLIS -> true;
		case DATETIME -> false;
		// a '-' after four characters (yyyy-) is no number: most timestamps are decided by one char
		case AUTO -> (len <= 4 || b[off + 4] != '-') && looksNumeric(b, off, len);
		};
		numeric[0] = number;
		return number ? epoch(b, off, len, false) : dateTime(b, off, len, cache);
	}

	/**
	 * The last two date-time minutes parsed ({@code yyyy-MM-ddTHH:mm}, 16 chars) and their epoch seconds. Logs are
	 * mostly in time order, so most timestamps share their minute with one just before: those skip the date and hour
	 * arithmetic. Two, because near the turn of a minute rows a few seconds out of order alternate between the two
	 * (with one, a quarter of the benchmark log's timestamps missed). One per parsing thread.
	 */
	static final class MinuteCache {
		private final char[] minutes = new char[2 * MINUTE_CHARS];
		private final long[] seconds = new long[2];
		private int entries;
		/** The entry written last, 0 or 1; a new minute replaces the other. */
		private int newest;

		/** The epoch second of the minute at b[off] when it is one of the two; else -1, which starts no minute. */
		long seconds(char[] b, int off) {
			for (int k = 0, e = newest; k < entries; k++, e ^= 1) {
				if (java.util.Arrays.equals(b, off, off + MINUTE_CHARS, minutes, e * MINUTE_CHARS,
						(e + 1) * MINUTE_CHARS)) {
					return seconds[e];
				}
			}
			return -1;
		}

		void remember(char[] b, int off, long epochSecond) {
			int e = entries == 0 ? 0 : newest ^ 1;
			System.arraycopy(b, off, minutes, e * MINUTE_CHARS, MINUTE_CHARS);
			seconds[e] = epochSecond;
			newest = e;
			entries = Math.min(2, entries + 1);
		}
	}

	private static final int MINUTE_CHARS = 16;

	/** Integer epoch seconds or millis, optionally with a decimal fraction that is dropped (floor). */
	private static long epoch(char[] b, int off, int len, boolean millis) {
		int i = off, end = off + len;
		boolean negative = b[i] == '-';
		if (negative) {
			i++;
		}
		long v = 0;
		int digits = 0;
		boolean fractionNonZero = false;
		for (; i < end && b[i] != '.'; i++) {
			char c = b[i];
			if (c < '0' || c > '9' || ++digits > 17) {
				return NO_TIME; // more than 17 digits is no plausible epoch time and could overflow
			}
			v = v * 10 + (c - '0');
		}
		if (digits == 0) {
			return NO_TIME;
		}
		if (i < end) { // fraction
			for (i++; i < end; i++) {
				char c = b[i];
				if (c < '0' || c > '9') {
					return NO_TIME;
				}
				fractionNonZero |= c != '0';
			}
		}
		if (negative) {
			v = -v - (fractionNonZero ? 1 : 0);
		}
		return millis ? Math.floorDiv(v, 1000L) : v;
	}

	/**
	 * {@code yyyy-MM-dd}, optionally followed by {@code T} or a space, {@code HH:mm[:ss[.fff…]]} and a zone ({@code Z},
	 * {@code +hh:mm}, {@code +hhmm}, {@code +hh}); no zone means UTC.
	 */
	private static long dateTime(char[] b, int off, int len, MinuteCache cache) {
		int end = off + len;
		long seconds = cache != null && len >= MINUTE_CHARS ? cache.seconds(b, off) : -1;
		if (seconds == -1) { // else the same 16 chars as a minute before, so the same valid date, hour and minute
			if (len < 10 || b[off + 4] != '-' || b[off + 7] != '-') {
				return NO_TIME;
			}
			int year = digits(b, off, 4), month = digits(b, off + 5, 2), day = digits(b, off + 8, 2);
			if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
				return NO_TIME;
			}
			seconds = daysFromCivil(year, month, day) * 86_400L;
			int i = off + 10;
			if (i == end) {
				return seconds;
			}
			if ((b[i] != 'T' && b[i] != 't' && b[i] != ' ') || end - i < 6 || b[i + 3] != ':') {
				return NO_TIME;
			}
			int hour = digits(b, i + 1, 2), minute = digits(b, i + 4, 2);
			if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
				return NO_TIME;
			}
			seconds += hour * 3600L + minute * 60L;
			if (cache != null) {
				cache.remember(b, off, seconds);
			}
		}
		int i = off + MINUTE_CHARS, second = 0;
		if (i < end && b[i] == ':') {
			if (end - i < 3) {
				return NO_TIME;
			}
			second = digits(b, i + 1, 2);
			i += 3;
			if (i < end && (b[i] == '.' || b[i] == ',')) {
				int start = ++i;
				while (i < end && b[i] >= '0' && b[i] <= '9') {
					i++;
				}
				if (i == start) {
					return NO_TIME;
				}
			}
		}
		if (second < 0 || second > 59) {
			return NO_TIME;
		}
		seconds += second;
		if (i == end) {
			return seconds;
		}
		if ((b[i] == 'Z' || b[i] == 'z') && i + 1 == end) {
			return seconds;
		}
		if (b[i] == '+' || b[i] == '-') {
			int sign = b[i] == '+' ? 1 : -1;
			int rest = end - i - 1;
			int offHours, offMinutes = 0;
			if (rest == 2) {
				offHours = digits(b, i + 1, 2);
			} else if (rest == 4) {
				offHours = digits(b, i + 1, 2);
				offMinutes = digits(b, i + 3, 2);
			} else if (rest == 5 && b[i + 3] == ':') {
				offHours = digits(b, i + 1, 2);
				offMinutes = digits(b, i + 4, 2);
			} else {
				return NO_TIME;
			}
			if (offHours < 0 || offHours > 18 || offMinutes < 0 || offMinutes > 59) {
				return NO_TIME;
			}
			return seconds - sign * (offHours * 3600L + offMinutes * 60L);
		}
		return NO_TIME;
	}

	/** The value of n decimal digits, or -1 when any is no digit. */
	private static int digits(char[] b, int off, int n) {
		int v = 0;
		for (int i = off; i < off + n; i++) {
			char c = b[i];
			if (c < '0' || c > '9') {
				return -1;
			}
			v = v * 10 + (c - '0');
		}
		return v;
	}

	private static int daysInMonth(int year, int month) {
		return switch (month) {
		case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
		case 4, 6, 9, 11 -> 30;
		default -> 31;
		};
	}

	/**
	 * Days since 1970-01-01 of a proleptic Gregorian date. Counts from 1 March of year 0 so that the leap day falls at
	 * the end of each counted year, then shifts to the Unix epoch (719,468 days later).
	 */
	static long daysFromCivil(int year, int month, int day) {
		long y = month <= 2 ? year - 1 : year;
		long era = Math.floorDiv(y, 400);
		long yearOfEra = y - era * 400;
		int shiftedMonth = month > 2 ? month - 3 : month + 9; // March = 0
		long dayOfYear = (153L * shiftedMonth + 2) / 5 + day - 1;
		long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
		return era * 146_097 + dayOfEra - 719_468;
	}
}
