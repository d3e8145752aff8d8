package io.streamwise.core.io;

import java.util.Arrays;
import java.util.Locale;

import io.streamwise.api.data.EventType;
import io.streamwise.core.io.CsvMapping.Field;
import io.streamwise.core.io.CsvMapping.TimestampFormat;

/**
 * The checks of the data rows of one file, in the order that decides which reason a bad row gets: field count, viewer
 * id, event type, timestamp, value. The fields were parsed before ({@link FieldColumns}): what is left here is cheap,
 * and the reason text is built only for a rejected row.
 */
final class RowValidator {

	private final int viewerCol, typeCol, timeCol, valueCol;
	private final int neededFields;
	/** The field count of every row: the header's, or the first row's when there is no header (-1 until then). */
	private int expectedFields;
	private final EventType fixedType;
	private final TimestampFormat timeFormat;
	/** The header's names, or null: rejections name the column by its header name, else by its field. */
	private final String[] columnNames;

	/** After {@link #check} accepted a row: its event type and value (NaN when none). */
	EventType type;
	float value;
	/** After {@link #check} rejected a row: the column at fault ({@code *} for the whole row) and why. */
	String column, reason;

	RowValidator(CsvMapping.Resolved cols, String[] columnNames, int expectedFields, TimestampFormat timeFormat) {
		this.viewerCol = cols.of(Field.VIEWER);
		this.typeCol = cols.of(Field.TYPE);
		this.timeCol = cols.of(Field.TIMESTAMP);
		this.valueCol = cols.of(Field.VALUE);
		this.neededFields = Arrays.stream(cols.positions()).max().orElse(0) + 1;
		this.fixedType = cols.defaultType();
		this.columnNames = columnNames;
		this.expectedFields = expectedFields;
		this.timeFormat = timeFormat;
	}

	/** Whether record r of the chunk is a valid event; sets type and value, or column and reason. */
	boolean check(RecordChunk chunk, int r) {
		int n = chunk.fieldCount[r];
		if (expectedFields < 0) {
			expectedFields = n;
		}
		if (n != expectedFields || n < neededFields) {
			return reject("*", "has " + n + (n == 1 ? " field" : " fields") + ", expected "
					+ Math.max(expectedFields, neededFields));
		}
		int[] ln = chunk.fieldLen;
		int first = chunk.firstField[r];
		if (ln[first + viewerCol] == 0) {
			return reject(name(viewerCol, Field.VIEWER), "empty viewer id");
		}
		EventType type = fixedType;
		if (typeCol >= 0) {
			type = chunk.type[r];
			if (type == null) {
				return reject(name(typeCol, Field.TYPE), "unknown event type '" + chunk.field(r, typeCol) + "'");
			}
		}
		long time = chunk.time[r];
		if (time == FieldColumns.OUT_OF_RANGE) {
			return reject(name(timeCol, Field.TIMESTAMP),
					outOfRange(chunk.field(r, timeCol), timeFormat, chunk.millis));
		}
		if (time == FieldParsers.NO_TIME) {
			return reject(name(timeCol, Field.TIMESTAMP),
					(ln[first + timeCol] == 0 ? "empty timestamp"
							: "unparseable timestamp '" + chunk.field(r, timeCol) + "'")
							+ " for time format " + timeFormat.name().toLowerCase(Locale.ROOT));
		}
		float value = Float.NaN;
		if (valueCol >= 0 && ln[first + valueCol] > 0) {
			value = chunk.value[r];
			if (!Float.isFinite(value)) { // NaN: no number; infinite: too large for a float
				return reject(name(valueCol, Field.VALUE), "not a number: '" + chunk.field(r, valueCol) + "'");
			}
			if (value < 0 && (type == EventType.PURCHASE || type == EventType.CART || type == EventType.REFUND)) {
				return reject(name(valueCol, Field.VALUE),
						"negative price " + chunk.field(r, valueCol) + " for a " + type.label());
			}
		}
		this.type = type;
		this.value = value;
		return true;
	}

	private boolean reject(String column, String reason) {
		this.column = column;
		this.reason = reason;
		return false;
	}

	/** The name of a problem's column for a line the text reader replaced: its header name, or #index. */
	String problemColumn(int field) {
		return field < 0 ? "*"
				: columnNames != null && field < columnNames.length ? columnNames[field].trim() : "#" + field;
	}

	private String name(int col, Field field) {
		return columnNames != null ? columnNames[col].trim() : field.label();
	}

	private static String outOfRange(String text, TimestampFormat format, boolean millis) {
		char[] c = text.toCharArray();
		boolean[] numeric = new boolean[1];
		long t = FieldParsers.timestampRaw(c, 0, c.length, format, numeric);
		if (numeric[0] && millis) {
			t = Math.floorDiv(t, 1000L);
		}
		return "timestamp '" + text.trim() + "'"
				+ (numeric[0] ? " read as epoch " + (millis ? "milliseconds" : "seconds")
						: "")
				+ " is in the year " + FieldParsers.yearOf(t) + "; times from the year 0 to 9999 are read";
	}
}
