package io.streamwise.core.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.streamwise.api.data.EventType;

/**
 * How the columns of a delimited text file map onto the fields of an event.
 * <p>
 * Each {@link Field} is either read from a column given by header name or 0-based index, detected from the header by
 * its usual names (when the mapping says nothing about it), or not read at all. Without a type column every row gets
 * the {@link #defaultType() default type}. The default mapping ({@link #defaults()}) reads the canonical simulator
 * file, header {@code viewer,stream,item,type,timestamp,value}, and recognises these header aliases
 * (case-insensitive):
 * <ul>
 * <li>viewer: viewer, viewer_id, user, user_id, userid, customer, customer_id</li>
 * <li>stream: stream, stream_id, live, live_id, session, session_id</li>
 * <li>item: item, item_id, itemid, product, product_id</li>
 * <li>type: type, event, event_type, action</li>
 * <li>timestamp: timestamp, ts, time, datetime, date</li>
 * <li>value: value, price, amount, rating, score; a column found as "rating" or "score" makes the default type
 * {@link EventType#RATE} when the file has no type column</li>
 * </ul>
 * Without a type column and without a rating column the default type is {@link EventType#CLICK}.
 *
 * <h2>Mapping spec strings</h2> {@link #parse(String)} reads the comma-separated spec given on the command line
 * ({@code --columns SPEC}). It has two forms, both followed by any options:
 * <ul>
 * <li><b>Named</b>: {@code viewer=user_id,item=item_id,timestamp=ts} maps fields to header names. A column given as
 * digits ({@code viewer=0}) or {@code #digits} is a 0-based index; {@code -} ({@code stream=-}) means "do not read".
 * Fields not named are still detected from the header by their aliases.</li>
 * <li><b>Positional</b>: {@code user,item,rating,timestamp} names the field of each column in order; {@code -} or
 * {@code _} skips a column. Only the listed columns are read.</li>
 * </ul>
 * Field names accept the aliases above (user and user_id for viewer, ts and time for timestamp, and so on); naming a
 * column {@code rating} (in either form: {@code rating=stars}) reads it as the value and makes the default type
 * {@link EventType#RATE}. Options:
 * <ul>
 * <li>{@code sep=tab|comma|semicolon|pipe|space|C} — the field separator (default comma)</li>
 * <li>{@code header=yes|no} — whether the first line is a header (default yes; a positional spec with a header simply
 * skips it)</li>
 * <li>{@code default-type=NAME} — the event type of every row when there is no type column</li>
 * <li>{@code time-format=auto|epoch-seconds|epoch-millis|datetime} — see {@link TimestampFormat}</li>
 * </ul>
 * Example: {@code user,item,rating,timestamp,sep=tab,header=no} reads a MovieLens {@code u.data} file.
 * <p>
 * {@link #toSpec()} is the inverse: it writes any mapping as a spec that {@link #parse(String)} reads back to an equal
 * mapping (the example above becomes {@code viewer=#0,stream=-,item=#1,type=-,timestamp=#3,value=#2,sep=tab,
 * header=no,default-type=rate,time-format=auto}). Header names with a comma, or that read as an index or {@code -},
 * cannot be written; such a column is mapped by its number instead.
 *
 * @param separator       the field separator
 * @param header          whether the first record is a header
 * @param columns         the explicit column of each field; fields absent from the map are detected from the header
 * @param defaultType     the type of every event when no type column is read; null to choose as described above
 * @param timestampFormat how timestamps are written
 */
public record CsvMapping(char separator, boolean header, Map<Field, ColumnRef> columns, EventType defaultType,
		TimestampFormat timestampFormat) {

	/** The fields of an event that a column can hold. */
	public enum Field {
		VIEWER(true, "viewer", "viewer_id", "user", "user_id", "userid", "customer", "customer_id"),
		STREAM(false, "stream", "stream_id", "live", "live_id", "session", "session_id"),
		ITEM(false, "item", "item_id", "itemid", "product", "product_id"),
		TYPE(false, "type", "event", "event_type", "action"),
		TIMESTAMP(true, "timestamp", "ts", "time", "datetime", "date"),
		VALUE(false, "value", "price", "amount", "rating", "score");

		private final boolean required;
		private final List<String> aliases;

		Field(boolean required, String... aliases) {
			this.required = required;
			this.aliases = List.of(aliases);
		}

		/** Whether every file must have this column (the type column is required only without a default type). */
		public boolean required() {
			return required;
		}

		/** Header names recognised for this field, the canonical one first. */
		public List<String> aliases() {
			return aliases;
		}

		public String label() {
			return aliases.get(0);
		}

		/** The field named by a canonical name or alias (case-insensitive), or null. */
		public static Field byAlias(String name) {
			String n = name.trim().toLowerCase(Locale.ROOT);
			for (Field f : values()) {
				if (f.aliases.contains(n)) {
					return f;
				}
			}
			return null;
		}
	}

	/** How timestamps are written. All text forms without a zone are read as UTC. */
	public enum TimestampFormat {
		/**
		 * Digits (optionally with a fraction, which is dropped) are epoch seconds or milliseconds, as
		 * {@link ImportOptions#timeUnit()} says or infers; anything else must be an ISO-8601 date-time as for
		 * {@link #DATETIME}.
		 */
		AUTO,
		/** Integer (or decimal) seconds since 1970-01-01T00:00:00Z. */
		EPOCH_SECONDS,
		/** Integer milliseconds since the epoch; sub-second parts are dropped. */
		EPOCH_MILLIS,
		/**
		 * {@code yyyy-MM-ddTHH:mm:ss} or {@code yyyy-MM-dd HH:mm:ss}, optionally with a fraction (dropped) and a zone
		 * ({@code Z} or {@code +hh:mm}); without a zone the time is UTC. A bare date means midnight UTC.
		 */
		DATETIME;

		/** The name a mapping spec gives this format ({@code epoch-seconds}); {@link #parse} reads it back. */
		public String specName() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		public static TimestampFormat parse(String text) {
			return switch (text.trim().toLowerCase(Locale.ROOT)) {
			case "auto" -> AUTO;
			case "epoch-seconds", "epoch", "seconds", "s" -> EPOCH_SECONDS;
			case "epoch-millis", "millis", "ms" -> EPOCH_MILLIS;
			case "datetime", "iso", "iso-8601" -> DATETIME;
			default -> throw new IllegalArgumentException(
					"unknown time-format '" + text + "'; use auto, epoch-seconds, epoch-millis or datetime");
			};
		}
	}

	/**
	 * A column reference: by header name, by 0-based index, or {@link #NONE} for "do not read".
	 *
	 * @param name  the header name, or null
	 * @param index the 0-based index when name is null; -1 for {@link #NONE}
	 */
	public record ColumnRef(String name, int index) {
		public static final ColumnRef NONE = new ColumnRef(null, -1);

		public static ColumnRef named(String name) {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("column name must not be blank");
			}
			return new ColumnRef(name.trim(), -1);
		}

		public static ColumnRef at(int index) {
			if (index < 0) {
				throw new IllegalArgumentException("column index must be 0 or more, was " + index);
			}
			return new ColumnRef(null, index);
		}

		public boolean isNone() {
			return name == null && index < 0;
		}

		/**
		 * Whether a mapping spec can name this header name: not blank, no comma, and not read as an index or "skip"
		 * ({@code -}, digits, {@code #digits}).
		 */
		public static boolean writable(String name) {
			if (name == null || name.isBlank() || !name.equals(name.trim()) || name.indexOf(',') >= 0
					|| name.equals("-")) {
				return false;
			}
			String digits = name.startsWith("#") ? name.substring(1) : name;
			return digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9');
		}

		/**
		 * This reference as a mapping spec writes it: the header name, {@code #index} or {@code -}.
		 *
		 * @throws IllegalStateException when the name cannot be written (see {@link #writable(String)})
		 */
		public String specText() {
			if (name == null) {
				return isNone() ? "-" : "#" + index;
			}
			if (!writable(name)) {
				throw new IllegalStateException("column name '" + name + "' cannot be written in a mapping spec"
						+ " (it has a comma or reads as an index or '-'); map the field by column number");
			}
			return name;
		}

		@Override
		public String toString() {
			return name != null ? name : isNone() ? "-" : "#" + index;
		}
	}

	public CsvMapping {
		Objects.requireNonNull(timestampFormat, "timestampFormat");
		if (separator == '"' || separator == '\n' || separator == '\r') {
			throw new IllegalArgumentException("the separator cannot be a quote or a line break");
		}
		EnumMap<Field, ColumnRef> copy = new EnumMap<>(Field.class);
		copy.putAll(columns);
		columns = Collections.unmodifiableMap(copy);
	}

	/** The canonical simulator format with header-alias detection: comma, header, AUTO timestamps. */
	public static CsvMapping defaults() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** A builder starting from this mapping. */
	public Builder toBuilder() {
		Builder b = new Builder();
		b.separator = separator;
		b.header = header;
		b.columns.putAll(columns);
		b.defaultType = defaultType;
		b.timestampFormat = timestampFormat;
		return b;
	}

	/**
	 * The mapping spec that {@link #parse(String)} reads back to this very mapping: every explicit column in the named
	 * form (by its canonical field name, so no alias infers a default type), then all options. The inverse of
	 * {@link #parse(String)}: {@code parse(m.toSpec()).equals(m)}, and {@code parse(s).toSpec()} is the canonical
	 * spelling of spec {@code s}.
	 *
	 * @throws IllegalStateException when a header name or the separator cannot be written in a spec (see
	 *                               {@link ColumnRef#writable(String)} and {@link #separatorName(char)})
	 */
	public String toSpec() {
		StringBuilder spec = new StringBuilder(fieldsSpec());
		spec.append(spec.isEmpty() ? "" : ",").append("sep=").append(separatorName(separator));
		spec.append(",header=").append(header ? "yes" : "no");
		if (defaultType != null) {
			spec.append(",default-type=").append(defaultType.label());
		}
		spec.append(",time-format=").append(timestampFormat.specName());
		return spec.toString();
	}

	/**
	 * The part of {@link #toSpec()} that the dataset option {@code columns} holds beside the options
	 * {@code separator}, {@code header} and {@code defaultType}: the explicit columns, and the time format unless it is
	 * auto. Empty when the mapping has neither.
	 */
	public String columnsSpec() {
		String fields = fieldsSpec();
		if (timestampFormat == TimestampFormat.AUTO) {
			return fields;
		}
		return fields + (fields.isEmpty() ? "" : ",") + "time-format=" + timestampFormat.specName();
	}

	private String fieldsSpec() {
		StringBuilder spec = new StringBuilder();
		for (Field f : Field.values()) {
			ColumnRef ref = columns.get(f);
			if (ref != null) {
				spec.append(spec.isEmpty() ? "" : ",").append(f.label()).append('=').append(ref.specText());
			}
		}
		return spec.toString();
	}

	/**
	 * How a mapping spec writes a separator: tab, comma, semicolon, pipe, space, or the character itself.
	 *
	 * @throws IllegalStateException for a control character other than tab, which a spec cannot hold
	 */
	public static String separatorName(char sep) {
		return switch (sep) {
		case '\t' -> "tab";
		case ',' -> "comma";
		case ';' -> "semicolon";
		case '|' -> "pipe";
		case ' ' -> "space";
		default -> {
			if (sep < ' ') { // a spec's values are trimmed, which would drop it
				throw new IllegalStateException(String.format(Locale.ROOT,
						"the separator U+%04X cannot be written in a mapping spec", (int) sep));
			}
			yield String.valueOf(sep);
		}
		};
	}

	/**
	 * The separator a name stands for: tab, comma, semicolon, pipe, space (any case), or one character.
	 *
	 * @throws IllegalArgumentException for anything else
	 */
	public static char parseSeparator(String val) {
		return switch (val.toLowerCase(Locale.ROOT)) {
		case "tab", "\\t" -> '\t';
		case "comma" -> ',';
		case "semicolon" -> ';';
		case "pipe" -> '|';
		case "space" -> ' ';
		default -> {
			if (val.length() != 1) {
				throw new IllegalArgumentException(
						"separator must be one character or tab, comma, semicolon, pipe, space; was '" + val + "'");
			}
			yield val.charAt(0);
		}
		};
	}

	/** Builds a {@link CsvMapping}; unset properties keep the defaults of {@link CsvMapping#defaults()}. */
	public static final class Builder {
		private char separator = ',';
		private boolean header = true;
		private final EnumMap<Field, ColumnRef> columns = new EnumMap<>(Field.class);
		private EventType defaultType;
		private TimestampFormat timestampFormat = TimestampFormat.AUTO;

		private Builder() {
		}

		public Builder separator(char sep) {
			this.separator = sep;
			return this;
		}

		public Builder header(boolean present) {
			this.header = present;
			return this;
		}

		public Builder column(Field field, String headerName) {
			columns.put(field, ColumnRef.named(headerName));
			return this;
		}

		public Builder column(Field field, int index) {
			columns.put(field, ColumnRef.at(index));
			return this;
		}

		/** Marks a field as not read, even when the header has a column of that name. */
		public Builder ignore(Field field) {
			columns.put(field, ColumnRef.NONE);
			return this;
		}

		public Builder defaultType(EventType type) {
			this.defaultType = type;
			return this;
		}

		public Builder timestampFormat(TimestampFormat format) {
			this.timestampFormat = Objects.requireNonNull(format);
			return this;
		}

		private void defaultTypeIfUnset(EventType type) {
			if (defaultType == null) {
				defaultType = type;
			}
		}

		public CsvMapping build() {
			return new CsvMapping(separator, header, columns, defaultType, timestampFormat);
		}
	}

	/**
	 * Parses a mapping spec as described in the class comment.
	 *
	 * @throws IllegalArgumentException naming the offending entry
	 */
	public static CsvMapping parse(String spec) {
		Builder b = builder();
		List<String> positional = new ArrayList<>();
		boolean named = false;
		for (String raw : spec.split(",", -1)) {
			String entry = raw.trim();
			if (entry.isEmpty()) {
				throw new IllegalArgumentException("empty entry in column spec '" + spec + "'");
			}
			int eq = entry.indexOf('=');
			if (eq < 0) {
				positional.add(entry);
				continue;
			}
			String key = entry.substring(0, eq).trim().toLowerCase(Locale.ROOT);
			String val = entry.substring(eq + 1).trim();
			if (val.isEmpty()) {
				throw new IllegalArgumentException("no value for '" + key + "' in column spec '" + spec + "'");
			}
			switch (key) {
			case "sep", "separator", "delimiter" -> b.separator(parseSeparator(val));
			case "header" -> b.header(parseYesNo(key, val));
			case "default-type", "default_type", "defaulttype" -> b.defaultType(parseType(val));
			case "time-format", "time_format", "timestamp-format" -> b.timestampFormat(TimestampFormat.parse(val));
			default -> {
				Field f = Field.byAlias(key);
				if (f == null) {
					throw new IllegalArgumentException("unknown field or option '" + key + "' in column spec '" + spec
							+ "'; fields are viewer, stream, item, type, timestamp, value");
				}
				named = true;
				b.columns.put(f, parseColumn(val));
				if (isRatingAlias(key)) {
					b.defaultTypeIfUnset(EventType.RATE);
				}
			}
			}
		}
		if (named && !positional.isEmpty()) {
			throw new IllegalArgumentException("column spec '" + spec
					+ "' mixes named (field=column) and positional entries; use one form");
		}
		for (int i = 0; i < positional.size(); i++) {
			String p = positional.get(i);
			if (p.equals("-") || p.equals("_")) {
				continue;
			}
			Field f = Field.byAlias(p);
			if (f == null) {
				throw new IllegalArgumentException("unknown field '" + p + "' at position " + i + " of column spec '"
						+ spec + "'; fields are viewer, stream, item, type, timestamp, value (or - to skip)");
			}
			if (b.columns.containsKey(f)) {
				throw new IllegalArgumentException(
						"field '" + f.label() + "' given twice in column spec '" + spec + "'");
			}
			b.columns.put(f, ColumnRef.at(i));
			if (isRatingAlias(p)) {
				b.defaultTypeIfUnset(EventType.RATE);
			}
		}
		if (!positional.isEmpty()) {
			for (Field f : Field.values()) {
				b.columns.putIfAbsent(f, ColumnRef.NONE); // positional lists every column that is read
			}
		}
		return b.build();
	}

	private static boolean isRatingAlias(String name) {
		String n = name.trim().toLowerCase(Locale.ROOT);
		return n.equals("rating") || n.equals("score");
	}

	private static ColumnRef parseColumn(String val) {
		if (val.equals("-")) {
			return ColumnRef.NONE;
		}
		String digits = val.startsWith("#") ? val.substring(1) : val;
		if (!digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return ColumnRef.at(Integer.parseInt(digits));
		}
		return ColumnRef.named(val);
	}

	/**
	 * A yes/no option value: yes, true, 1 or no, false, 0 (any case).
	 *
	 * @throws IllegalArgumentException naming the option otherwise
	 */
	public static boolean parseYesNo(String key, String val) {
		return switch (val.toLowerCase(Locale.ROOT)) {
		case "yes", "true", "1" -> true;
		case "no", "false", "0" -> false;
		default -> throw new IllegalArgumentException(key + " must be yes or no, was '" + val + "'");
		};
	}

	/**
	 * An event type by its name (any case).
	 *
	 * @throws IllegalArgumentException for an unknown name
	 */
	public static EventType parseType(String val) {
		EventType t = EventType.parse(val);
		if (t == null) {
			throw new IllegalArgumentException("unknown event type '" + val + "'");
		}
		return t;
	}

	/**
	 * The column index of each field (indexed by {@link Field#ordinal()}, -1 when not read) for a file with the given
	 * header (null when the file has none), and the default type that applies.
	 *
	 * @throws MissingColumnException naming the first required or explicitly named column that cannot be found
	 */
	Resolved resolve(List<String> headerNames) {
		int[] pos = new int[Field.values().length];
		java.util.Arrays.fill(pos, -1);
		EventType fallback = defaultType;
		for (Field f : Field.values()) {
			ColumnRef ref = columns.get(f);
			if (ref == null) {
				if (headerNames != null) {
					for (String alias : f.aliases()) {
						int i = indexOfIgnoreCase(headerNames, alias);
						if (i >= 0) {
							pos[f.ordinal()] = i;
							if (f == Field.VALUE && fallback == null && isRatingAlias(alias)) {
								fallback = EventType.RATE;
							}
							break;
						}
					}
				}
			} else if (ref.name() != null) {
				if (headerNames == null) {
					throw new MissingColumnException(ref.name(), "column '" + ref.name() + "' for " + f.label()
							+ " is given by name but the mapping says the file has no header");
				}
				int i = indexOfIgnoreCase(headerNames, ref.name());
				if (i < 0) {
					throw new MissingColumnException(ref.name(), "missing column '" + ref.name() + "' (for "
							+ f.label() + ") in header " + headerNames);
				}
				pos[f.ordinal()] = i;
			} else if (!ref.isNone()) {
				pos[f.ordinal()] = ref.index();
			}
		}
		boolean hasType = pos[Field.TYPE.ordinal()] >= 0;
		for (Field f : Field.values()) {
			if (pos[f.ordinal()] < 0 && f.required()) {
				throw new MissingColumnException(f.label(), "missing column '" + f.label() + "'"
						+ (headerNames != null ? " in header " + headerNames + " (also looked for " + f.aliases() + ")"
								: " in the column mapping"));
			}
		}
		if (!hasType && fallback == null) {
			fallback = EventType.CLICK;
		}
		return new Resolved(pos, fallback);
	}

	/**
	 * The column of a header name (case-insensitive, blanks around names ignored), or -1.
	 *
	 * @throws MissingColumnException when two columns have the name: taking either would be a silent guess
	 */
	private static int indexOfIgnoreCase(List<String> names, String name) {
		int found = -1;
		for (int i = 0; i < names.size(); i++) {
			if (names.get(i).trim().equalsIgnoreCase(name)) {
				if (found >= 0) {
					throw new MissingColumnException(name, "column name '" + name + "' appears twice in the header"
							+ " (columns " + (found + 1) + " and " + (i + 1) + "); rename one, or map the field by"
							+ " column number");
				}
				found = i;
			}
		}
		return found;
	}

	/** Column positions per field and the default type; see {@link CsvMapping#resolve(List)}. */
	record Resolved(int[] positions, EventType defaultType) {
		int of(Field f) {
			return positions[f.ordinal()];
		}
	}

	/** A required or explicitly named column is not in the file. */
	static final class MissingColumnException extends IllegalArgumentException {
		private static final long serialVersionUID = 1L;
		private final String column;

		MissingColumnException(String column, String message) {
			super(message);
			this.column = column;
		}

		String column() {
			return column;
		}
	}
}
