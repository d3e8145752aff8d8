package io.streamwise.core.io;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Objects;

/**
 * How an import decodes text and how much it tolerates, apart from the column mapping.
 *
 * @param encoding         the character encoding of the files; bytes that are not valid in it reject their row (with
 *                         line and byte offset) instead of becoming replacement characters
 * @param maxRejectedShare the largest share of data rows (0 to 1) that may be rejected; more fails the import with
 *                         {@link TooManyRejectedException}
 * @param timeUnit         the unit of numeric timestamps; {@link EpochUnit#AUTO} infers it from their magnitude
 */
public record ImportOptions(Charset encoding, double maxRejectedShare, EpochUnit timeUnit) {

	/** One per cent of rows may be rejected before an import fails. */
	public static final double DEFAULT_MAX_REJECTED_SHARE = 0.01;

	/** The unit of numeric (epoch) timestamps. */
	public enum EpochUnit {
		/**
		 * Inferred per file from the median of the first numeric timestamps: 10^11 or more is milliseconds (as seconds
		 * that would be after the year 5138; as milliseconds it is after March 1973), less is seconds. Reading
		 * milliseconds is reported as a warning.
		 */
		AUTO,
		SECONDS,
		MILLISECONDS;

		/** Parses auto, seconds (s, epoch-seconds) or milliseconds (ms, millis, epoch-millis). */
		public static EpochUnit parse(String text) {
			return switch (text.trim().toLowerCase(Locale.ROOT)) {
			case "auto" -> AUTO;
			case "seconds", "second", "s", "epoch-seconds" -> SECONDS;
			case "milliseconds", "millisecond", "millis", "ms", "epoch-millis" -> MILLISECONDS;
			default -> throw new IllegalArgumentException(
					"time unit '" + text + "' is not one of auto, seconds, milliseconds");
			};
		}
	}

	public ImportOptions {
		Objects.requireNonNull(encoding, "encoding");
		Objects.requireNonNull(timeUnit, "timeUnit");
		if (!(maxRejectedShare >= 0 && maxRejectedShare <= 1)) {
			throw new IllegalArgumentException("the largest share of rejected rows must be from 0 to 1, was "
					+ maxRejectedShare);
		}
	}

	/** UTF-8, at most 1 % rejected rows, the time unit inferred. */
	public static ImportOptions defaults() {
		return new ImportOptions(StandardCharsets.UTF_8, DEFAULT_MAX_REJECTED_SHARE, EpochUnit.AUTO);
	}

	public ImportOptions withEncoding(Charset charset) {
		return new ImportOptions(charset, maxRejectedShare, timeUnit);
	}

	public ImportOptions withMaxRejectedShare(double share) {
		return new ImportOptions(encoding, share, timeUnit);
	}

	public ImportOptions withTimeUnit(EpochUnit unit) {
		return new ImportOptions(encoding, maxRejectedShare, unit);
	}

	/**
	 * The charset of a name such as UTF-8, ISO-8859-1, windows-1252 or GB18030.
	 *
	 * @throws IllegalArgumentException naming the charset when this Java does not know it
	 */
	public static Charset charset(String name) {
		try {
			return Charset.forName(name.trim());
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			throw new IllegalArgumentException("unknown encoding '" + name
					+ "'; use a name such as UTF-8, ISO-8859-1, windows-1252, GB18030, Big5, Shift_JIS");
		}
	}

	/**
	 * Parses a share written as a fraction ({@code 0.05}) or a percentage ({@code 5%}).
	 *
	 * @throws IllegalArgumentException when it is no number from 0 to 1 (0 % to 100 %)
	 */
	public static double share(String text) {
		String t = text.trim();
		boolean percent = t.endsWith("%");
		if (percent) {
			t = t.substring(0, t.length() - 1).trim();
		}
		double v;
		if (!Decimals.isDecimal(t)) {
			throw new IllegalArgumentException("largest share of rejected rows: '" + text
					+ "' is not a number from 0 to 1 (or 0% to 100%)");
		}
		v = Double.parseDouble(t) / (percent ? 100 : 1);
		if (!(v >= 0 && v <= 1)) {
			throw new IllegalArgumentException("largest share of rejected rows: '" + text
					+ "' is not from 0 to 1 (or 0% to 100%)");
		}
		return v;
	}
}
