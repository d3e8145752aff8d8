package io.streamwise.core.io;

import java.util.function.UnaryOperator;

/** A rejected record as the importing thread reports it: fields as ranges of a char buffer. */
final class RecordView {
	char[] buf;
	int[] start = new int[16];
	int[] len = new int[16];
	int count;
	long line;

	String field(int i) {
		return new String(buf, start[i], len[i]);
	}

	/**
	 * The record re-joined with the separator, quoting fields as CSV would; the field at {@code idCol} (if any) replaced
	 * by what {@code ids} makes of it.
	 */
	String rawText(char separator, int idCol, UnaryOperator<String> ids) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				sb.append(separator);
			}
			String f = i == idCol && len[i] > 0 ? ids.apply(field(i)) : field(i);
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
