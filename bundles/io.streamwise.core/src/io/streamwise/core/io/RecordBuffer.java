package io.streamwise.core.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;

/**
 * Collects the records FastCSV parses into the {@link RecordChunk} being filled, without copying their fields: the
 * chunk keeps the text itself (each block FastCSV reads through {@link #input()} is appended to it, one bulk copy), and
 * a field is recorded by where it lies in that text. Only a quoted field is copied, over its own text, since FastCSV
 * took its doubled quotes out. The record stays pending (past the chunk's committed fields) until {@link #commit}
 * counts it in; a record FastCSV reads ahead into another chunk (its iterator parses the next record when asked whether
 * there is one) is moved over by {@link #target}, with the text after the committed records.
 * {@link de.siegmar.fastcsv.reader.CsvReader} returns this same object for every record.
 * <p>
 * This relies on how FastCSV's (strict) parser buffers: its buffer always holds an unbroken stretch of the text,
 * ending with the block it read last, and a field it reports lies in that buffer (a field in another array, as from
 * FastCSV's relaxed parser, fails the import). {@code RecordBufferTest} holds FastCSV to the first.
 */
final class RecordBuffer extends AbstractBaseCsvCallbackHandler<RecordBuffer> {
	/** The chunk the records are collected into; its text ends with the block FastCSV read last. */
	private RecordChunk chunk = new RecordChunk();
	/** Where position 0 of FastCSV's buffer lies in the chunk's text. */
	private int shift;
	/** The end, in the chunk's text, of the committed records' fields: later records lie after it. */
	private int committedEnd;
	long line;
	/** FastCSV's buffer, as last read into. */
	private char[] buffer;
	/** Characters read since the last commit, for progress. */
	private long charsSeen;
	/** The reader when it marks bad lines, to recognise its markers; and the problem of the current record. */
	private final CheckedTextReader text;
	CheckedTextReader.Problem problem;
	private final Reader input;

	/** @param in the text; FastCSV must read it through {@link #input()} */
	RecordBuffer(Reader in) {
		text = in instanceof CheckedTextReader checked ? checked : null;
		input = new Reader() {
			@Override
			public int read(char[] b, int off, int len) throws IOException {
				int n = in.read(b, off, len);
				if (n > 0) {
					append(b, off, n);
				}
				return n;
			}

			@Override
			public void close() throws IOException {
				in.close();
			}
		};
	}

	/** The reader to build FastCSV's {@link de.siegmar.fastcsv.reader.CsvReader} on (and only that). */
	Reader input() {
		return input;
	}

	/** Appends a block FastCSV just read into its buffer b at off. */
	private void append(char[] b, int off, int n) {
		RecordChunk c = chunk;
		c.reserve(n, 0);
		System.arraycopy(b, off, c.chars, c.charsUsed, n);
		buffer = b;
		shift = c.charsUsed - off;
		c.charsUsed += n;
		charsSeen += n;
	}

	/** Collects the following records into c, moving over the text after the committed records, and a pending record. */
	void target(RecordChunk c) {
		if (c == chunk) {
			return;
		}
		RecordChunk from = chunk;
		int n = getFieldCount();
		int rest = from.charsUsed - committedEnd, to = c.charsUsed;
		c.reserve(rest, n);
		System.arraycopy(from.chars, committedEnd, c.chars, to, rest);
		int moved = to - committedEnd;
		for (int f = 0; f < n; f++) {
			c.fieldStart[c.fieldsUsed + f] = from.fieldStart[from.fieldsUsed + f] + moved;
			c.fieldLen[c.fieldsUsed + f] = from.fieldLen[from.fieldsUsed + f];
		}
		shift += moved;
		c.charsUsed += rest;
		committedEnd = to;
		chunk = c;
	}

	@Override
	protected void handleBegin(long startingLineNumber) {
		line = startingLineNumber;
		problem = null;
	}

	@Override
	protected void handleField(int fieldIdx, char[] b, int offset, int length, boolean quoted) {
		RecordChunk c = chunk;
		int f = c.fieldsUsed + fieldIdx;
		if (f >= c.fieldStart.length) {
			c.reserve(0, fieldIdx + 1);
		}
		if (b != buffer) {
			throw new IllegalStateException("line " + line + ": FastCSV reports a field outside the buffer it read into"
					+ " (its relaxed parser, de.siegmar.fastcsv.relaxed, is not supported)");
		}
		int at = offset + shift;
		if (quoted) {
			// without its doubled quotes the field is no longer than its text, which it replaces
			System.arraycopy(b, offset, c.chars, at, length);
		}
		c.fieldStart[f] = at;
		c.fieldLen[f] = length;
	}

	@Override
	protected RecordBuffer buildRecord() {
		RecordChunk c = chunk;
		if (getFieldCount() == 1 && c.fieldLen[c.fieldsUsed] > 1
				&& c.chars[c.fieldStart[c.fieldsUsed]] == CheckedTextReader.MARK && text != null) {
			problem = text.problem(c.chars, c.fieldStart[c.fieldsUsed], c.fieldLen[c.fieldsUsed]);
		}
		return this;
	}

	/** Counts the record just read into the chunk that {@link #target} chose. */
	void commit() {
		RecordChunk c = chunk;
		int r = c.records;
		int n = getFieldCount();
		c.firstField[r] = c.fieldsUsed;
		c.fieldCount[r] = n;
		c.line[r] = line;
		if (problem != null) {
			c.problem[r] = problem;
			c.anyProblem = true;
		}
		if (n > 0) {
			committedEnd = c.fieldStart[c.fieldsUsed + n - 1] + c.fieldLen[c.fieldsUsed + n - 1];
		}
		c.records = r + 1;
		c.fieldsUsed += n;
		c.charsSeen += charsSeen;
		charsSeen = 0;
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
}
