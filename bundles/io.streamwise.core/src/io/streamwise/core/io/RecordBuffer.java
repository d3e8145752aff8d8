package io.streamwise.core.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;

/**
 * The fields of the current record, copied out of the parser's buffer into one reusable buffer: no String per
 * field. {@link de.siegmar.fastcsv.reader.CsvReader} returns this same object for every record.
 */
final class RecordBuffer extends AbstractBaseCsvCallbackHandler<RecordBuffer> {
	char[] buf = new char[256];
	int[] start = new int[16];
	int[] len = new int[16];
	long line;
	/** Characters of the record in {@link #buf}. */
	int used;
	private long charsSeen;
	/** The reader, to recognise its marker lines; and the problem of the current record when it is one. */
	CheckedTextReader text;
	CheckedTextReader.Problem problem;

	@Override
	protected void handleBegin(long startingLineNumber) {
		line = startingLineNumber;
		used = 0;
		problem = null;
	}

	@Override
	protected void handleField(int fieldIdx, char[] b, int offset, int length, boolean quoted) {
		if (fieldIdx >= start.length) {
			start = Arrays.copyOf(start, fieldIdx * 2 + 1);
			len = Arrays.copyOf(len, fieldIdx * 2 + 1);
		}
		if (used + length > buf.length) {
			buf = Arrays.copyOf(buf, Math.max(buf.length * 2, used + length));
		}
		System.arraycopy(b, offset, buf, used, length);
		start[fieldIdx] = used;
		len[fieldIdx] = length;
		used += length;
		charsSeen += length + 1; // the separator or line break after the field
	}

	@Override
	protected RecordBuffer buildRecord() {
		if (getFieldCount() == 1 && used > 1 && buf[0] == CheckedTextReader.MARK && text != null) {
			problem = text.problem(buf, 0, used);
		}
		return this;
	}

	int fieldCount() {
		return getFieldCount();
	}

	/** Characters (about bytes) consumed since the last call, for progress. */
	long takeCharsSeen() {
		long c = charsSeen;
		charsSeen = 0;
		return c;
	}

	String field(int i) {
		return new String(buf, start[i], len[i]);
	}

	List<String> fieldStrings() {
		List<String> out = new ArrayList<>(getFieldCount());
		for (int i = 0; i < getFieldCount(); i++) {
			out.add(field(i));
		}
		return out;
	}
}
