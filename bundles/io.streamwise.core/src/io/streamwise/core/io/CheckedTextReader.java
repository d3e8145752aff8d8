package io.streamwise.core.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Locale;

/**
 * Decodes a text file strictly and hands it on line by line, so that one bad line costs one row rather than the rest
 * of the file.
 * <p>
 * Bytes that are not valid in the charset are never turned silently into replacement characters (which merges "José"
 * and "Josè" into one id). In {@link Mode#MARK} the line holding them, and, when a quote character is given, a line
 * whose quoted field is not closed on that line or has characters after its closing quote, is replaced by a marker
 * line: {@link #MARK} followed by a sequence number. A CSV parser reads the marker as a one-field record on the same
 * line number, and {@link #problem(char[], int, int)} returns what was wrong with it, so the importer rejects exactly
 * that line and reads on at the next. (A quoted field may therefore not span lines; ids, types, times and prices have
 * no line breaks.) In {@link Mode#THROW} a bad byte throws {@link MalformedTextException} naming line and byte offset.
 * <p>
 * A byte order mark at the start is dropped. Lines end at {@code \n}, {@code \r\n} or {@code \r}, as for FastCSV.
 */
public final class CheckedTextReader extends Reader {

	/** First character of a marker line (a noncharacter, which text files do not contain). */
	public static final char MARK = '\uFFFE';
	/** Quote character that turns quote checking off. */
	public static final char NO_QUOTE = '\uFFFF';

	/** What a reader does with bytes that are not valid in its charset. */
	public enum Mode {
		/** Replace the line by a marker; see the class comment. */
		MARK,
		/** Throw {@link MalformedTextException}. */
		THROW
	}

	/**
	 * What was wrong with a replaced line.
	 *
	 * @param reason  in words, with the byte offset for bad bytes
	 * @param field   the 0-based field where it is, or -1 when not known
	 * @param rawText the line as decoded, bad bytes shown as U+FFFD
	 */
	public record Problem(String reason, int field, String rawText) {
	}

	/** Bytes that are not valid in the charset, in {@link Mode#THROW}. */
	public static final class MalformedTextException extends IOException {
		private static final long serialVersionUID = 1L;
		private final long line;
		private final long byteOffset;
		private final String reason;

		MalformedTextException(Path file, long line, long byteOffset, String reason) {
			super(file + ", line " + line + ": " + reason);
			this.line = line;
			this.byteOffset = byteOffset;
			this.reason = reason;
		}

		/** The message without file and line. */
		public String reason() {
			return reason;
		}

		public long line() {
			return line;
		}

		public long byteOffset() {
			return byteOffset;
		}
	}

	private static final int BYTES = 1 << 16;

	private final Path file;
	private final Charset charset;
	private final FileChannel in;
	private final ByteBuffer bytes = ByteBuffer.allocate(BYTES);
	private final CharsetDecoder decoder;
	private final Mode mode;
	private final char separator;
	private final char quote;

	/** Decoded characters not handed on yet; {@code [0, decLen)}; emitted up to the last complete line. */
	private char[] dec = new char[BYTES];
	private int decLen;
	/** Where the backward search for the last line break may stop: everything before was searched already. */
	private int searched;
	/** Bad byte sequences among the decoded characters: position, file offset and the bytes. */
	private int[] errorAt = new int[8];
	private long[] errorOffset = new long[8];
	private String[] errorBytes = new String[8];
	private int errors;

	/** The region being handed on: a prefix of {@code dec}, or {@code out} when lines were replaced. */
	private char[] serve;
	private int servePos, serveEnd;
	/** Length of the prefix of {@code dec} that {@code serve} stands for. */
	private int regionEnd;
	private char[] out = new char[0];

	private long bytesBefore;
	private boolean inputDone, eof, started;
	/** Lines completed before {@code dec[0]} (counted in {@link Mode#THROW} only), and whether the last was a CR. */
	private long linesBefore;
	private boolean lastWasCr;

	private final ArrayDeque<Problem> problems = new ArrayDeque<>();
	private long nextMarker, nextTaken;

	/**
	 * @param separator the field separator, to tell which field a problem is in and where quoted fields end
	 * @param quote     the quote character, or {@link #NO_QUOTE} to leave quotes unchecked
	 */
	public CheckedTextReader(Path file, Charset charset, Mode mode, char separator, char quote) throws IOException {
		this.file = file;
		this.charset = charset;
		this.mode = mode;
		this.separator = separator;
		this.quote = quote;
		this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		this.in = FileChannel.open(file, StandardOpenOption.READ);
		bytes.flip();
	}

	/** A reader for plain text (no CSV quoting), throwing on bad bytes. */
	public static CheckedTextReader strict(Path file, Charset charset) throws IOException {
		return new CheckedTextReader(file, charset, Mode.THROW, '\n', NO_QUOTE);
	}

	@Override
	public int read(char[] cbuf, int off, int len) throws IOException {
		if (len == 0) {
			return 0;
		}
		if (servePos == serveEnd && !fill()) {
			return -1;
		}
		int n = Math.min(len, serveEnd - servePos);
		System.arraycopy(serve, servePos, cbuf, off, n);
		servePos += n;
		return n;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/**
	 * The problem of a marker record (one field, the given characters), or null when the record is ordinary text.
	 * Markers are matched in order, so that text that merely starts with {@link #MARK} is not taken for one.
	 */
	public Problem problem(char[] b, int off, int len) {
		if (len < 2 || b[off] != MARK || problems.isEmpty() || !isMarker(b, off, len, nextTaken)) {
			return null;
		}
		nextTaken++;
		return problems.poll();
	}

	/** {@link #problem(char[], int, int)} for a line read as a string. */
	public Problem problem(String line) {
		char[] c = line.toCharArray();
		return problem(c, 0, c.length);
	}

	private static boolean isMarker(char[] b, int off, int len, long seq) {
		String digits = Long.toString(seq);
		if (len != digits.length() + 1) {
			return false;
		}
		for (int i = 0; i < digits.length(); i++) {
			if (b[off + 1 + i] != (char) ('\uE000' + digits.charAt(i) - '0')) {
				return false;
			}
		}
		return true;
	}

	private boolean fill() throws IOException {
		// drop the region handed on
		if (regionEnd > 0) {
			int rest = decLen - regionEnd;
			System.arraycopy(dec, regionEnd, dec, 0, rest);
			int kept = 0;
			for (int e = 0; e < errors; e++) {
				if (errorAt[e] >= regionEnd) {
					errorAt[kept] = errorAt[e] - regionEnd;
					errorOffset[kept] = errorOffset[e];
					errorBytes[kept] = errorBytes[e];
					kept++;
				}
			}
			errors = kept;
			decLen = rest;
			searched = 0;
			regionEnd = 0;
		}
		while (true) {
			int end = completeLines();
			if (end > 0) {
				process(end);
				return true;
			}
			if (eof) {
				if (decLen == 0) {
					return false;
				}
				process(decLen);
				return true;
			}
			decodeMore();
		}
	}

	/** The end of the last line break in {@code dec}, or 0 when it holds no complete line. */
	private int completeLines() {
		for (int i = decLen - 1; i >= searched; i--) {
			char c = dec[i];
			if (c == '\n' || c == '\r') {
				searched = decLen;
				return i + 1;
			}
		}
		searched = decLen;
		return 0;
	}

	private void decodeMore() throws IOException {
		if (decLen == dec.length) {
			dec = Arrays.copyOf(dec, dec.length * 2); // a line longer than the buffer
		}
		CharBuffer cb = CharBuffer.wrap(dec, decLen, dec.length - decLen);
		while (cb.hasRemaining()) {
			CoderResult r = decoder.decode(bytes, cb, inputDone);
			if (r.isError()) {
				badBytes(r, cb.position());
				cb.put('\uFFFD'); // the loop condition left room for it
				bytes.position(bytes.position() + r.length());
				continue;
			}
			if (r.isOverflow()) {
				break;
			}
			if (inputDone) {
				decoder.flush(cb);
				eof = true;
				break;
			}
			bytesBefore += bytes.position();
			bytes.compact();
			int n = in.read(bytes);
			bytes.flip();
			if (n < 0) {
				inputDone = true;
			}
		}
		decLen = cb.position();
		if (!started && decLen > 0) {
			started = true;
			if (dec[0] == '\uFEFF') { // byte order mark
				System.arraycopy(dec, 1, dec, 0, --decLen);
				for (int e = 0; e < errors; e++) {
					errorAt[e]--;
				}
			}
		}
	}

	/** Records (or, in {@link Mode#THROW}, reports) bad bytes decoded at char position {@code at}. */
	private void badBytes(CoderResult r, int at) throws MalformedTextException {
		long offset = bytesBefore + bytes.position();
		StringBuilder hex = new StringBuilder();
		for (int i = 0; i < r.length(); i++) {
			hex.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X",
					bytes.get(bytes.position() + i) & 0xFF));
		}
		String reason = (r.length() == 1 ? "byte " : "bytes ") + hex + " at byte offset " + offset
				+ (r.isUnmappable() ? " not a character in " : " not valid ") + charset.name()
				+ " (is the file in another encoding? see the encoding option)";
		if (mode == Mode.THROW) {
			throw new MalformedTextException(file, linesBefore + lineBreaks(0, at) + 1, offset, reason);
		}
		if (errors == errorAt.length) {
			errorAt = Arrays.copyOf(errorAt, errors * 2);
			errorOffset = Arrays.copyOf(errorOffset, errors * 2);
			errorBytes = Arrays.copyOf(errorBytes, errors * 2);
		}
		errorAt[errors] = at;
		errorOffset[errors] = offset;
		errorBytes[errors] = reason;
		errors++;
	}

	private long lineBreaks(int from, int to) {
		long n = 0;
		boolean cr = from == 0 && lastWasCr;
		for (int i = from; i < to; i++) {
			char c = dec[i];
			if (c == '\n') {
				n += cr ? 0 : 1;
			} else if (c == '\r') {
				n++;
			}
			cr = c == '\r';
		}
		return n;
	}

	/** Hands on {@code dec[0, end)}, complete lines, replacing the bad ones by markers. */
	private void process(int end) {
		regionEnd = end;
		if (mode == Mode.THROW) {
			linesBefore += lineBreaks(0, end);
			lastWasCr = end > 0 && dec[end - 1] == '\r';
		}
		int firstError = errors > 0 && errorAt[0] < end ? errorAt[0] : end;
		int firstQuote = quote == NO_QUOTE ? end : indexOfQuote(0, Math.min(end, firstError));
		if (firstError == end && firstQuote == end) {
			serve = dec;
			servePos = 0;
			serveEnd = end;
			return;
		}
		int outLen = 0;
		int pos = 0, e = 0;
		while (pos < end) {
			while (e < errors && errorAt[e] < pos) {
				e++;
			}
			int nextError = e < errors && errorAt[e] < end ? errorAt[e] : end;
			int nextQuote = quote == NO_QUOTE ? end : indexOfQuote(pos, nextError);
			int s = Math.min(nextError, nextQuote);
			if (s >= end) {
				outLen = append(outLen, pos, end);
				break;
			}
			int lineStart = s, lineEnd = s;
			while (lineStart > pos && dec[lineStart - 1] != '\n' && dec[lineStart - 1] != '\r') {
				lineStart--;
			}
			while (lineEnd < end && dec[lineEnd] != '\n' && dec[lineEnd] != '\r') {
				lineEnd++;
			}
			outLen = append(outLen, pos, lineStart);
			Problem p = check(lineStart, lineEnd, e);
			if (p == null) {
				outLen = append(outLen, lineStart, lineEnd);
			} else {
				problems.add(p);
				String digits = Long.toString(nextMarker++);
				ensureOut(outLen + digits.length() + 1);
				out[outLen++] = MARK;
				for (int i = 0; i < digits.length(); i++) {
					out[outLen++] = (char) ('\uE000' + digits.charAt(i) - '0');
				}
			}
			pos = lineEnd;
		}
		serve = out;
		servePos = 0;
		serveEnd = outLen;
	}

	private int indexOfQuote(int from, int to) {
		char q = quote;
		char[] d = dec;
		for (int i = from; i < to; i++) {
			if (d[i] == q) {
				return i;
			}
		}
		return to;
	}

	private void ensureOut(int n) {
		if (out.length < n) {
			out = Arrays.copyOf(out, Math.max(n, Math.max(out.length * 2, 1024)));
		}
	}

	private int append(int outLen, int from, int to) {
		ensureOut(outLen + to - from);
		System.arraycopy(dec, from, out, outLen, to - from);
		return outLen + to - from;
	}

	/** What is wrong with line {@code dec[from, to)}, or null; {@code e} indexes the first error at or after it. */
	private Problem check(int from, int to, int e) {
		if (e < errors && errorAt[e] >= from && errorAt[e] < to) {
			return new Problem(errorBytes[e], fieldAt(from, errorAt[e]), new String(dec, from, to - from));
		}
		if (quote == NO_QUOTE) {
			return null;
		}
		int field = 0, i = from;
		while (true) {
			if (i < to && dec[i] == quote) {
				int open = i++;
				while (true) {
					if (i >= to) {
						return new Problem("quoted field not closed on its line (the quote at character "
								+ (open - from + 1) + " has no closing quote; quoted fields may not span lines)", field,
								new String(dec, from, to - from));
					}
					if (dec[i] == quote) {
						if (i + 1 < to && dec[i + 1] == quote) {
							i += 2;
							continue;
						}
						i++;
						break;
					}
					i++;
				}
				if (i < to && dec[i] != separator) {
					return new Problem("characters after the closing quote of a quoted field (at character "
							+ (i - from + 1) + ")", field, new String(dec, from, to - from));
				}
			} else {
				while (i < to && dec[i] != separator) {
					i++;
				}
			}
			if (i >= to) {
				return null;
			}
			i++;
			field++;
		}
	}

	/** The 0-based field of a line (starting at {@code from}) that character {@code at} is in. */
	private int fieldAt(int from, int at) {
		int field = 0;
		boolean quoted = false;
		for (int i = from; i < at; i++) {
			char c = dec[i];
			if (c == quote && quote != NO_QUOTE) {
				quoted = !quoted;
			} else if (c == separator && !quoted) {
				field++;
			}
		}
		return field;
	}

	/** The charset this reader decodes. */
	public Charset charset() {
		return charset;
	}

	/** The charset of a file by default: UTF-8. */
	public static Charset defaultCharset() {
		return StandardCharsets.UTF_8;
	}
}
