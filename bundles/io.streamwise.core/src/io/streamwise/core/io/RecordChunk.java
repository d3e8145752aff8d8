package io.streamwise.core.io;

import java.util.Arrays;
import java.util.function.UnaryOperator;

import io.streamwise.api.data.EventType;

/**
 * Records parsed on the parser thread, in flat arrays (filled by {@link RecordBuffer}): the text they were parsed
 * from, where each field lies in it, and per record its line, first field and field count.
 */
final class RecordChunk {
	/** Records per chunk handed from the parser thread to the importing thread. */
	static final int CHUNK_RECORDS = 4096;

	/** The text of the records, as FastCSV read it (quoted fields without their doubled quotes): chars[0, charsUsed). */
	char[] chars = new char[CHUNK_RECORDS * 64];
	int charsUsed;
	int[] fieldStart = new int[CHUNK_RECORDS * 8];
	int[] fieldLen = new int[CHUNK_RECORDS * 8];
	int fieldsUsed;
	final int[] firstField = new int[CHUNK_RECORDS];
	final int[] fieldCount = new int[CHUNK_RECORDS];
	final long[] line = new long[CHUNK_RECORDS];
	/** The timestamp of each record, parsed by the importing thread as it takes the chunk ({@link FieldColumns}). */
	final long[] time = new long[CHUNK_RECORDS];
	/** The viewer id of each record packed into a long ({@link CharKeyIndex#pack}); 0 when it does not fit one. */
	final long[] viewerKey = new long[CHUNK_RECORDS];
	/** The value of each record, parsed on the parser thread: NaN when empty or no number. */
	final float[] value = new float[CHUNK_RECORDS];
	/**
	 * The item and stream ids of each record as numbers of this file, given in order of first appearance as the
	 * importing thread takes the chunk (-1 for an empty field): it then maps each number to the builder's index once.
	 */
	final int[] itemKey = new int[CHUNK_RECORDS], streamKey = new int[CHUNK_RECORDS];
	/** The event type of each record, or null when its type field names none (or there is no type column). */
	final EventType[] type = new EventType[CHUNK_RECORDS];
	/** Whether the timestamp of a record was a number (its unit then applies); whether any of this chunk's was. */
	final boolean[] numeric = new boolean[CHUNK_RECORDS];
	boolean anyNumeric;
	/** Whether {@link #time} and {@link #numeric} hold the parsed timestamps yet (either thread may parse them). */
	boolean timesParsed;
	/** Lines the text reader replaced (bad bytes, open quotes), with what was wrong; see {@link #anyProblem}. */
	final CheckedTextReader.Problem[] problem = new CheckedTextReader.Problem[CHUNK_RECORDS];
	boolean anyProblem;
	/** Whether the numeric timestamps of this chunk were read as milliseconds. */
	boolean millis;
	int records;
	long charsSeen;

	boolean full() {
		return records == CHUNK_RECORDS;
	}

	void clear() {
		if (anyProblem) {
			Arrays.fill(problem, null);
			anyProblem = false;
		}
		anyNumeric = false;
		timesParsed = false;
		charsUsed = 0;
		fieldsUsed = 0;
		records = 0;
		charsSeen = 0;
	}

	/** Makes room past the used parts for the given characters and fields (what is there is kept). */
	void reserve(int moreChars, int moreFields) {
		if (fieldsUsed + moreFields > fieldStart.length) {
			fieldStart = Arrays.copyOf(fieldStart, Math.max(fieldStart.length * 2, fieldsUsed + moreFields));
			fieldLen = Arrays.copyOf(fieldLen, fieldStart.length);
		}
		if (charsUsed + moreChars > chars.length) {
			chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charsUsed + moreChars));
		}
	}

	/** Field i of record r as a string. */
	String field(int r, int i) {
		int f = firstField[r] + i;
		return new String(chars, fieldStart[f], fieldLen[f]);
	}

	/**
	 * Record r re-joined with the separator, quoting fields as CSV would; the field at {@code idCol} (if any) replaced
	 * by what {@code ids} makes of it. Made only for a rejected row, for the report.
	 */
	String rawText(int r, char separator, int idCol, UnaryOperator<String> ids) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < fieldCount[r]; i++) {
			if (i > 0) {
				sb.append(separator);
			}
			String f = i == idCol && fieldLen[firstField[r] + i] > 0 ? ids.apply(field(r, i)) : field(r, i);
			if (f.indexOf(separator) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0
					|| f.indexOf('\r') >= 0) {
				sb.append('"').append(f.replace("\"", "\"\"")).append('"');
			} else {
				sb.append(f);
			}
		}
		return sb.toString();
	}
}
