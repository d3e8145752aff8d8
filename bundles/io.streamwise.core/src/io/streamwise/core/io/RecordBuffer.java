package io.streamwise.core.io;

import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;

/**
 * Copies the fields of each record straight out of FastCSV's buffer into the {@link RecordChunk} being filled: one copy
 * per field, no String and no intermediate per-record buffer. The record stays pending (written past the chunk's used
 * part) until {@link #commitTo} counts it in; a record FastCSV reads ahead into another chunk (its iterator parses the
 * next record when asked whether there is one) is moved over by {@link #target}. {@link de.siegmar.fastcsv.reader.CsvReader}
 * returns this same object for every record.
 */
final class RecordBuffer extends AbstractBaseCsvCallbackHandler<RecordBuffer> {
	/** The chunk the current record is written into, past its used chars and fields. */
	private RecordChunk chunk = new RecordChunk();
	long line;
	/** Characters of the pending record. */
	private int used;
	private long charsSeen;
	/** The reader, to recognise its marker lines; and the problem of the current record when it is one. */
	CheckedTextReader text;
	CheckedTextReader.Problem problem;

	/** Writes the following records into c, moving a record already read ahead but not committed. */
	void target(RecordChunk c) {
		if (c == chunk) {
			return;
		}
		RecordChunk from = chunk;
		chunk = c;
		int n = getFieldCount();
		if (used > 0 || n > 0) {
			c.reserve(used, n);
			System.arraycopy(from.chars, from.charsUsed, c.chars, c.charsUsed, used);
			for (int f = 0; f < n; f++) {
				c.fieldStart[c.fieldsUsed + f] = from.fieldStart[from.fieldsUsed + f] - from.charsUsed + c.charsUsed;
				c.fieldLen[c.fieldsUsed + f] = from.fieldLen[from.fieldsUsed + f];
			}
		}
	}

	@Override
	protected void handleBegin(long startingLineNumber) {
		line = startingLineNumber;
		used = 0;
		problem = null;
	}

	@Override
	protected void handleField(int fieldIdx, char[] b, int offset, int length, boolean quoted) {
		RecordChunk c = chunk;
		int at = c.charsUsed + used, f = c.fieldsUsed + fieldIdx;
		if (at + length > c.chars.length || f >= c.fieldStart.length) {
			c.reserve(used + length, fieldIdx + 1);
		}
		System.arraycopy(b, offset, c.chars, at, length);
		c.fieldStart[f] = at;
		c.fieldLen[f] = length;
		used += length;
		charsSeen += length + 1; // the separator or line break after the field
	}

	@Override
	protected RecordBuffer buildRecord() {
		if (getFieldCount() == 1 && used > 1 && chunk.chars[chunk.charsUsed] == CheckedTextReader.MARK
				&& text != null) {
			problem = text.problem(chunk.chars, chunk.charsUsed, used);
		}
		return this;
	}

	/** Counts the record just read into its chunk (which {@link #target} chose). */
	void commitTo(RecordChunk c) {
		int r = c.records;
		int n = getFieldCount();
		c.firstField[r] = c.fieldsUsed;
		c.fieldCount[r] = n;
		c.line[r] = line;
		if (problem != null) {
			c.problem[r] = problem;
			c.anyProblem = true;
		}
		c.records = r + 1;
		c.fieldsUsed += n;
		c.charsUsed += used;
		c.charsSeen += charsSeen;
		charsSeen = 0;
		used = 0;
	}

	int fieldCount() {
		return getFieldCount();
	}

	/** Field i of the record just read (before it is committed). */
	String field(int i) {
		RecordChunk c = chunk;
		return new String(c.chars, c.fieldStart[c.fieldsUsed + i], c.fieldLen[c.fieldsUsed + i]);
	}

	List<String> fieldStrings() {
		List<String> out = new ArrayList<>(getFieldCount());
		for (int i = 0; i < getFieldCount(); i++) {
			out.add(field(i));
		}
		return out;
	}

	/** Characters (about bytes) consumed since the last commit, for progress. */
	long takeCharsSeen() {
		long c = charsSeen;
		charsSeen = 0;
		return c;
	}
}
