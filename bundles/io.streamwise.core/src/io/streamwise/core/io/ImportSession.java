package io.streamwise.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.io.CsvMapping.Field;
import io.streamwise.core.io.CsvMapping.MissingColumnException;
import io.streamwise.core.io.CsvMapping.TimestampFormat;
import io.streamwise.core.io.ImportOptions.EpochUnit;

/**
 * One import into one {@link EventLogBuilder}: reads one or more delimited files, validates each row, rejects bad rows
 * into the report and interns ids. Raw ids are looked up in the parser's buffer and turned into strings (and
 * pseudonyms) once per distinct id; the raw-id indices die with the session, so the built log holds no raw viewer id
 * when ids are pseudonymised.
 */
final class ImportSession {

	/** Rows between cancellation checks and progress reports. */
	private static final int CHECK_EVERY = 1 << 16;
	/** Quote character for files that have no quoting (RecBole): a noncharacter that never occurs in text. */
	static final char NO_QUOTE = CheckedTextReader.NO_QUOTE;
	/** Stands in the time column of a chunk for a timestamp outside {@link FieldParsers#MIN_TIME}..MAX_TIME. */
	static final long OUT_OF_RANGE = Long.MIN_VALUE + 1;

	// canonical: a file with its rows in another order gives the identical log (and so identical results)
	private final EventLogBuilder builder = EventLogBuilder.canonical();
	private final UnaryOperator<String> viewerMapper;
	private final boolean pseudonymised;
	private final ProgressMonitor monitor;
	private final CharKeyIndex viewers = new CharKeyIndex();
	private final CharKeyIndex items = new CharKeyIndex();
	private final CharKeyIndex streams = new CharKeyIndex();
	private final List<String> sources = new ArrayList<>();
	private final List<RejectedRow> rejected = new ArrayList<>();
	private final List<String> warnings = new ArrayList<>();
	private final ImportOptions options;
	private long rowsRead;
	private long rowsAccepted;
	private long rejectedCount;
	private Path lastFile;

	ImportSession(IdPolicy ids, ImportOptions options, ProgressMonitor monitor) {
		this.options = options;
		this.viewerMapper = ids.viewerMapper();
		this.pseudonymised = ids.isPseudonymised();
		this.monitor = monitor;
	}

	static long sizeOf(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return 0;
		}
	}

	/**
	 * Reads every data row of a file into the builder.
	 *
	 * @return the number of rows accepted from this file
	 * @throws ImportException when the file is missing or empty, a column is missing or every row is rejected
	 */
	long readFile(Path file, CsvMapping mapping, char quote) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new ImportException(file, 0, null, Files.exists(file) ? "not a regular file" : "file not found");
		}
		if (Files.size(file) == 0) {
			throw new ImportException(file, 0, null, "file is empty");
		}
		lastFile = file;
		sources.add(file.toString());
		String fileName = file.toString();
		long readBefore = rowsRead, acceptedBefore = rowsAccepted;
		int firstRejection = rejected.size();
		TimestampFormat timeFormat = mapping.timestampFormat();
		EpochUnit unit = epochUnit(file, timeFormat);
		RecordBuffer source = new RecordBuffer();
		CheckedTextReader text = new CheckedTextReader(file, options.encoding(), CheckedTextReader.Mode.MARK,
				mapping.separator(), quote);
		source.text = text;
		FieldColumns parsed = null;
		try (CsvReader<RecordBuffer> reader = CsvReader.builder().fieldSeparator(mapping.separator())
				.quoteCharacter(quote).allowExtraFields(true).allowMissingFields(true).skipEmptyLines(true)
				.detectBomHeader(false).build(source, text)) {
			var it = reader.iterator();
			if (!it.hasNext()) {
				throw new ImportException(file, 0, null, "file has no records");
			}
			CsvMapping.Resolved cols;
			String[] columnNames;
			int expectedFields;
			if (mapping.header()) {
				it.next();
				if (source.problem != null) {
					throw new ImportException(file, source.line, null, "header: " + source.problem.reason());
				}
				List<String> header = source.fieldStrings();
				try {
					cols = mapping.resolve(header);
				} catch (MissingColumnException e) {
					throw new ImportException(file, source.line, e.column(), e.getMessage());
				}
				columnNames = header.toArray(String[]::new);
				expectedFields = header.size();
				if (!it.hasNext()) {
					throw new ImportException(file, 0, null, "file has a header but no data rows");
				}
			} else {
				try {
					cols = mapping.resolve(null);
				} catch (MissingColumnException e) {
					throw new ImportException(file, 0, e.column(), e.getMessage());
				}
				columnNames = null;
				expectedFields = -1; // the first record decides
			}
			int viewerCol = cols.of(Field.VIEWER), streamCol = cols.of(Field.STREAM), itemCol = cols.of(Field.ITEM),
					typeCol = cols.of(Field.TYPE), timeCol = cols.of(Field.TIMESTAMP), valueCol = cols.of(Field.VALUE);
			int neededFields = Arrays.stream(cols.positions()).max().orElse(0) + 1;
			EventType fixedType = cols.defaultType();
			rejectedViewerCol = viewerCol;
			long sinceCheck = 0;
			RecordView rec = new RecordView();
			parsed = new FieldColumns(timeCol, valueCol, timeFormat, unit);
			try (ParserThread parser = new ParserThread(it, source, file, parsed)) {
				for (Chunk chunk = parser.next(); chunk != null; chunk = parser.next()) {
					monitor.worked(chunk.charsSeen);
					for (int r = 0; r < chunk.records; r++) {
						chunk.view(r, rec);
						rowsRead++;
						if (++sinceCheck == CHECK_EVERY) {
							monitor.checkCancelled();
							sinceCheck = 0;
						}
						if (chunk.anyProblem && chunk.problem[r] != null) {
							CheckedTextReader.Problem p = chunk.problem[r];
							chunk.problem[r] = null;
							String column = p.field() < 0 ? "*"
									: columnNames != null && p.field() < columnNames.length ? columnNames[p.field()].trim()
											: "#" + p.field();
							rejectLine(file, rec.line, column, p.reason(), p.rawText());
							continue;
						}
						int n = rec.fieldCount();
						if (expectedFields < 0) {
							expectedFields = n;
						}
						if (n != expectedFields || n < neededFields) {
							reject(fileName, rec, mapping.separator(), "*", "has " + n + (n == 1 ? " field" : " fields")
									+ ", expected " + Math.max(expectedFields, neededFields));
							continue;
						}
						char[] b = rec.buf;
						int[] st = rec.start, ln = rec.len;
						if (ln[viewerCol] == 0) {
							reject(fileName, rec, mapping.separator(), name(columnNames, viewerCol, Field.VIEWER),
									"empty viewer id");
							continue;
						}
						EventType type = fixedType;
						if (typeCol >= 0) {
							type = FieldParsers.eventType(b, st[typeCol], ln[typeCol]);
							if (type == null) {
								reject(fileName, rec, mapping.separator(), name(columnNames, typeCol, Field.TYPE),
										"unknown event type '" + rec.field(typeCol) + "'");
								continue;
							}
						}
						long time = chunk.time[r];
						if (time == OUT_OF_RANGE) {
							reject(fileName, rec, mapping.separator(), name(columnNames, timeCol, Field.TIMESTAMP),
									outOfRange(rec.field(timeCol), timeFormat, chunk.millis));
							continue;
						}
						if (time == FieldParsers.NO_TIME) {
							reject(fileName, rec, mapping.separator(), name(columnNames, timeCol, Field.TIMESTAMP),
									(ln[timeCol] == 0 ? "empty timestamp" : "unparseable timestamp '" + rec.field(timeCol) + "'")
											+ " for time format " + timeFormat.name().toLowerCase(java.util.Locale.ROOT));
							continue;
						}
						float value = Float.NaN;
						if (valueCol >= 0 && ln[valueCol] > 0) {
							value = chunk.value[r];
							if (!chunk.valueOk[r] || !Float.isFinite(value)) {
								reject(fileName, rec, mapping.separator(), name(columnNames, valueCol, Field.VALUE),
										"not a number: '" + rec.field(valueCol) + "'");
								continue;
							}
							if (value < 0 && (type == EventType.PURCHASE || type == EventType.CART
									|| type == EventType.REFUND)) {
								reject(fileName, rec, mapping.separator(), name(columnNames, valueCol, Field.VALUE),
										"negative price " + rec.field(valueCol) + " for a " + type.label());
								continue;
							}
						}
						int stream = streamCol >= 0 && ln[streamCol] > 0 ? streamIndex(b, st[streamCol], ln[streamCol]) : -1;
						int item = itemCol >= 0 && ln[itemCol] > 0 ? itemIndex(b, st[itemCol], ln[itemCol]) : -1;
						enqueue(b, st[viewerCol], ln[viewerCol], stream, item, type, time, value, file, rec.line);
						rowsAccepted++;
					}
					parser.recycle(chunk);
				}
			}
			flush();
		}
		if (parsed != null && parsed.inferredMillis) {
			warnings.add(String.format(java.util.Locale.ROOT, "%s: numeric timestamps read as epoch milliseconds (their"
					+ " median near line %d, %d, would be the year %d in seconds); if they are seconds, say so with"
					+ " --time-unit seconds (the dataset option timeUnit)", file.getFileName(), parsed.sampleLine,
					parsed.sampleMedian, FieldParsers.yearOf(parsed.sampleMedian)));
		}
		long read = rowsRead - readBefore;
		if (rowsAccepted == acceptedBefore) {
			RejectedRow first = rejected.size() > firstRejection ? rejected.get(firstRejection) : null;
			throw new ImportException(file, first == null ? 0 : first.line(), first == null ? null : first.column(),
					"all " + read + " rows were rejected" + (first == null ? "" : "; the first because: " + first.reason()));
		}
		return rowsAccepted - acceptedBefore;
	}

	/** The unit of numeric timestamps: the option, unless the mapping's time format already says it. */
	private EpochUnit epochUnit(Path file, TimestampFormat format) throws ImportException {
		EpochUnit unit = options.timeUnit();
		EpochUnit implied = format == TimestampFormat.EPOCH_MILLIS ? EpochUnit.MILLISECONDS
				: format == TimestampFormat.EPOCH_SECONDS ? EpochUnit.SECONDS : EpochUnit.AUTO;
		if (implied != EpochUnit.AUTO && unit != EpochUnit.AUTO && unit != implied) {
			throw new ImportException(file, 0, Field.TIMESTAMP.label(), "the time format "
					+ format.name().toLowerCase(java.util.Locale.ROOT) + " contradicts the time unit "
					+ unit.name().toLowerCase(java.util.Locale.ROOT));
		}
		return unit != EpochUnit.AUTO ? unit : implied;
	}

	private static String outOfRange(String text, TimestampFormat format, boolean millis) {
		char[] c = text.toCharArray();
		boolean[] numeric = new boolean[1];
		long t = FieldParsers.timestampRaw(c, 0, c.length, format, numeric);
		if (numeric[0] && millis) {
			t = Math.floorDiv(t, 1000L);
		}
		return "timestamp '" + text.trim() + "'" + (numeric[0] ? " read as epoch " + (millis ? "milliseconds" : "seconds")
				: "") + " is in the year " + FieldParsers.yearOf(t) + "; times from the year 0 to 9999 are read";
	}

	/**
	 * Fails when more data rows were rejected than the options allow; call after the last event file.
	 *
	 * @throws TooManyRejectedException with the summary and the option that raises the limit
	 */
	void checkRejectedShare() throws TooManyRejectedException {
		long bad = rowsRead - rowsAccepted;
		if (rowsRead > 0 && bad > options.maxRejectedShare() * rowsRead) {
			throw new TooManyRejectedException(lastFile, report(), bad, rowsRead, options.maxRejectedShare());
		}
	}

	private static String name(String[] header, int col, Field field) {
		return header != null ? header[col].trim() : field.label();
	}

	/** The viewer column of the file being read: its raw ids are pseudonymised in rejected rows too. */
	private int rejectedViewerCol = -1;

	private void reject(String file, RecordView rec, char separator, String column, String reason) {
		rejectedCount++;
		if (rejected.size() < ImportReport.MAX_KEPT_REJECTIONS) {
			rejected.add(new RejectedRow(file, rec.line, column, reason,
					rec.rawText(separator, pseudonymised ? rejectedViewerCol : -1, viewerMapper)));
		}
	}

	/** A viewer id as reports may show it: its pseudonym when ids are pseudonymised. */
	String viewerIdForReport(String raw) {
		return pseudonymised ? viewerMapper.apply(raw) : raw;
	}

	/** Records a rejected line of a side file (such as a RecBole {@code .item} file). */
	void rejectLine(Path file, long line, String column, String reason, String rawText) {
		rejectedCount++;
		if (rejected.size() < ImportReport.MAX_KEPT_REJECTIONS) {
			rejected.add(new RejectedRow(file.toString(), line, column, reason, rawText));
		}
	}

	/*
	 * Accepted rows wait in a small batch before their viewer ids are looked up. With hundreds of thousands of viewers
	 * each lookup is a cache miss; touching the whole batch's table slots first lets the processor fetch them in
	 * parallel. Rows are then resolved and added in their original order, so the result does not change.
	 */
	private static final int BATCH = 256;
	private final long[] batchKey = new long[BATCH];
	private final int[] batchOff = new int[BATCH], batchLen = new int[BATCH];
	private char[] batchChars = new char[BATCH * 8];
	private int batchCharsUsed;
	private final int[] batchStream = new int[BATCH], batchItem = new int[BATCH];
	private final EventType[] batchType = new EventType[BATCH];
	private final long[] batchTime = new long[BATCH], batchLine = new long[BATCH];
	private final float[] batchValue = new float[BATCH];
	private int batchSize;
	private Path batchFile;
	/** Keeps the batch's slot reads from being optimised away: written, never read, on purpose. */
	@SuppressWarnings("unused")
	private long touched;

	private void enqueue(char[] b, int off, int len, int stream, int item, EventType type, long time, float value,
			Path file, long line) throws ImportException {
		int i = batchSize;
		long packed = CharKeyIndex.pack(b, off, len);
		batchKey[i] = packed;
		if (packed == 0) {
			if (batchCharsUsed + len > batchChars.length) {
				batchChars = Arrays.copyOf(batchChars, Math.max(batchChars.length * 2, batchCharsUsed + len));
			}
			System.arraycopy(b, off, batchChars, batchCharsUsed, len);
			batchOff[i] = batchCharsUsed;
			batchLen[i] = len;
			batchCharsUsed += len;
		}
		batchStream[i] = stream;
		batchItem[i] = item;
		batchType[i] = type;
		batchTime[i] = time;
		batchValue[i] = value;
		batchLine[i] = line;
		batchFile = file;
		if (++batchSize == BATCH) {
			flush();
		}
	}

	private void flush() throws ImportException {
		long sum = 0;
		for (int i = 0; i < batchSize; i++) {
			if (batchKey[i] != 0) {
				sum += viewers.touch(batchKey[i]);
			}
		}
		touched += sum;
		for (int i = 0; i < batchSize; i++) {
			int viewer = batchKey[i] != 0 ? viewerIndex(batchKey[i], batchFile, batchLine[i])
					: viewerIndex(batchChars, batchOff[i], batchLen[i], batchFile, batchLine[i]);
			builder.add(viewer, batchStream[i], batchItem[i], batchType[i], batchTime[i], batchValue[i]);
		}
		batchSize = 0;
		batchCharsUsed = 0;
	}

	private int viewerIndex(long packed, Path file, long line) throws ImportException {
		int v = viewers.getPacked(packed);
		if (v < 0) {
			v = newViewer(CharKeyIndex.unpack(packed), file, line);
			viewers.putPacked(packed, v);
		}
		return v;
	}

	private int newViewer(String rawId, Path file, long line) throws ImportException {
		String id = viewerMapper.apply(rawId);
		// ordered by the raw id, so that the viewers' indices (and every result) do not depend on the key
		int v = builder.viewer(id, rawId);
		if (v != viewers.size()) {
			// two raw ids with one 80-bit pseudonym: practically impossible, but merging viewers silently is worse
			throw new ImportException(file, line, null, "pseudonym collision for viewer id '" + id
					+ "'; use another key");
		}
		return v;
	}

	private int viewerIndex(char[] b, int off, int len, Path file, long line) throws ImportException {
		int v = viewers.get(b, off, len);
		if (v < 0) {
			v = newViewer(new String(b, off, len), file, line);
			viewers.put(b, off, len, v);
		}
		return v;
	}

	private int itemIndex(char[] b, int off, int len) {
		int i = items.get(b, off, len);
		if (i < 0) {
			i = builder.item(new String(b, off, len));
			items.put(b, off, len, i);
		}
		return i;
	}

	private int streamIndex(char[] b, int off, int len) {
		int s = streams.get(b, off, len);
		if (s < 0) {
			s = builder.stream(new String(b, off, len));
			streams.put(b, off, len, s);
		}
		return s;
	}

	/** After {@link #build()}: the viewer index in the built log of a raw viewer id that was read, or -1. */
	int viewerIndexOfRaw(String rawId) {
		char[] c = rawId.toCharArray();
		int v = viewers.get(c, 0, c.length);
		return v < 0 ? -1 : builder.viewerInLog(v);
	}

	boolean pseudonymised() {
		return pseudonymised;
	}

	long rowsAccepted() {
		return rowsAccepted;
	}

	/** Builds the log; call once, after the last file. */
	EventLog build() throws ImportException {
		try {
			return builder.build();
		} catch (IllegalStateException e) {
			throw new ImportException(lastFile, 0, "timestamp", e.getMessage(), e);
		}
	}

	/** See {@link EventLogBuilder#inputRows()}. */
	int[] inputRows() {
		return builder.inputRows();
	}

	ImportReport report() {
		return new ImportReport(sources, rowsRead, rowsAccepted, Math.max(0, builder.duplicatesRemoved()),
				rejectedCount, rejected, warnings);
	}

	/** Records per chunk handed from the parser thread to the importing thread. */
	private static final int CHUNK_RECORDS = 4096;

	/**
	 * Records parsed on the parser thread, copied into flat arrays: the characters of every field, and per record its
	 * line, first field and field count.
	 */
	static final class Chunk {
		char[] chars = new char[CHUNK_RECORDS * 64];
		int charsUsed;
		int[] fieldStart = new int[CHUNK_RECORDS * 8];
		int[] fieldLen = new int[CHUNK_RECORDS * 8];
		int fieldsUsed;
		final int[] firstField = new int[CHUNK_RECORDS];
		final int[] fieldCount = new int[CHUNK_RECORDS];
		final long[] line = new long[CHUNK_RECORDS];
		/** Fields parsed on the parser thread (see {@link FieldColumns}). */
		final long[] time = new long[CHUNK_RECORDS];
		final float[] value = new float[CHUNK_RECORDS];
		final boolean[] valueOk = new boolean[CHUNK_RECORDS];
		/** Whether the timestamp of a record was a number (its unit then applies). */
		final boolean[] numeric = new boolean[CHUNK_RECORDS];
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
			charsUsed = 0;
			fieldsUsed = 0;
			records = 0;
			charsSeen = 0;
		}

		void add(RecordBuffer rec) {
			int n = rec.fieldCount();
			if (fieldsUsed + n > fieldStart.length) {
				fieldStart = Arrays.copyOf(fieldStart, Math.max(fieldStart.length * 2, fieldsUsed + n));
				fieldLen = Arrays.copyOf(fieldLen, fieldStart.length);
			}
			if (charsUsed + rec.used > chars.length) {
				chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charsUsed + rec.used));
			}
			System.arraycopy(rec.buf, 0, chars, charsUsed, rec.used);
			for (int f = 0; f < n; f++) {
				fieldStart[fieldsUsed + f] = charsUsed + rec.start[f];
				fieldLen[fieldsUsed + f] = rec.len[f];
			}
			firstField[records] = fieldsUsed;
			fieldCount[records] = n;
			line[records] = rec.line;
			if (rec.problem != null) {
				problem[records] = rec.problem;
				anyProblem = true;
			}
			records++;
			fieldsUsed += n;
			charsUsed += rec.used;
			charsSeen += rec.takeCharsSeen();
		}

		/** Points a view at record r of this chunk. */
		void view(int r, RecordView v) {
			int n = fieldCount[r];
			if (v.start.length < n) {
				v.start = new int[n];
				v.len = new int[n];
			}
			System.arraycopy(fieldStart, firstField[r], v.start, 0, n);
			System.arraycopy(fieldLen, firstField[r], v.len, 0, n);
			v.buf = chars;
			v.count = n;
			v.line = line[r];
		}
	}

	/** One record as the importing thread sees it: fields as ranges of a char buffer. */
	static final class RecordView {
		char[] buf;
		int[] start = new int[16];
		int[] len = new int[16];
		int count;
		long line;

		int fieldCount() {
			return count;
		}

		String field(int i) {
			return new String(buf, start[i], len[i]);
		}

		/** The record re-joined with the separator, quoting fields as CSV would. */
		/** The record re-joined; the field at {@code idCol} (if any) replaced by what {@code ids} makes of it. */
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

	/**
	 * The timestamp and value columns, parsed on the parser thread as records arrive: that balances the work of the two
	 * threads (the importing thread interns ids, codes values and parses the event type). A record too short for a column gets nothing parsed: the importing thread
	 * rejects it for its field count first.
	 */
	static final class FieldColumns {
		private final int timeCol, valueCol;
		private final TimestampFormat timeFormat;
		private final boolean[] ok = new boolean[1];
		private final boolean[] numeric = new boolean[1];
		/** The unit of numeric timestamps; AUTO until the first chunk with numbers decides it. */
		private EpochUnit unit;
		/** Set when milliseconds were inferred, with the median they were inferred from and a line near it. */
		boolean inferredMillis;
		long sampleMedian, sampleLine;

		FieldColumns(int timeCol, int valueCol, TimestampFormat timeFormat, EpochUnit unit) {
			this.timeCol = timeCol;
			this.valueCol = valueCol;
			this.timeFormat = timeFormat;
			this.unit = unit;
		}

		void parse(Chunk c, int r) {
			int first = c.firstField[r], n = c.fieldCount[r];
			if (timeCol < n && c.problem[r] == null) {
				c.time[r] = FieldParsers.timestampRaw(c.chars, c.fieldStart[first + timeCol],
						c.fieldLen[first + timeCol], timeFormat, numeric);
				c.numeric[r] = numeric[0];
			} else {
				c.time[r] = FieldParsers.NO_TIME;
				c.numeric[r] = false;
			}
			if (valueCol >= 0 && valueCol < n && c.fieldLen[first + valueCol] > 0) {
				c.value[r] = FieldParsers.decimal(c.chars, c.fieldStart[first + valueCol], c.fieldLen[first + valueCol], ok);
				c.valueOk[r] = ok[0];
			} else {
				c.value[r] = Float.NaN;
				c.valueOk[r] = true;
			}
		}

		/**
		 * Once a chunk is complete: decides the unit of numeric timestamps if it is not known yet (from the median of
		 * the chunk's numbers), converts them to seconds and marks times outside the years 0 to 9999.
		 */
		void finish(Chunk c) {
			if (unit == EpochUnit.AUTO) {
				inferUnit(c);
			}
			boolean millis = unit == EpochUnit.MILLISECONDS;
			c.millis = millis;
			long[] time = c.time;
			for (int r = 0; r < c.records; r++) {
				long t = time[r];
				if (t == FieldParsers.NO_TIME) {
					continue;
				}
				if (millis && c.numeric[r]) {
					t = Math.floorDiv(t, 1000L);
				}
				time[r] = t >= FieldParsers.MIN_TIME && t <= FieldParsers.MAX_TIME ? t : OUT_OF_RANGE;
			}
		}

		private void inferUnit(Chunk c) {
			long[] numbers = new long[c.records];
			int k = 0;
			for (int r = 0; r < c.records; r++) {
				if (c.numeric[r] && c.time[r] != FieldParsers.NO_TIME) {
					numbers[k++] = c.time[r];
				}
			}
			if (k == 0) {
				return; // no numbers yet: the next chunk decides
			}
			long[] sorted = Arrays.copyOf(numbers, k);
			Arrays.sort(sorted);
			long median = sorted[k / 2];
			// 10^11 seconds is the year 5138; 10^11 milliseconds is March 1973
			unit = Math.abs(median) >= 100_000_000_000L ? EpochUnit.MILLISECONDS : EpochUnit.SECONDS;
			if (unit == EpochUnit.MILLISECONDS) {
				inferredMillis = true;
				sampleMedian = median;
				for (int r = 0; r < c.records; r++) {
					if (c.numeric[r] && c.time[r] == median) {
						sampleLine = c.line[r];
						break;
					}
				}
			}
		}
	}

	/**
	 * Parses on a second thread while the calling thread validates, interns and builds: on two cores the two largest
	 * parts of an import overlap. Chunks come back in file order, so the log is the same as a one-thread import. A
	 * parse or read error travels to the calling thread with the line where it happened.
	 */
	static final class ParserThread implements AutoCloseable {
		private static final Chunk END = new Chunk();
		private final java.util.concurrent.BlockingQueue<Chunk> filled = new java.util.concurrent.ArrayBlockingQueue<>(4);
		private final java.util.concurrent.BlockingQueue<Chunk> empty = new java.util.concurrent.ArrayBlockingQueue<>(6);
		private final Thread thread;
		private final Path file;
		private volatile boolean stop;
		private volatile RuntimeException failure;
		private volatile long failureLine;

		ParserThread(java.util.Iterator<RecordBuffer> it, RecordBuffer source, Path file, FieldColumns fields) {
			this.file = file;
			for (int i = 0; i < 6; i++) {
				empty.add(new Chunk());
			}
			thread = new Thread(() -> {
				try {
					Chunk chunk = take();
					while (chunk != null && it.hasNext()) {
						it.next();
						chunk.add(source);
						fields.parse(chunk, chunk.records - 1);
						if (chunk.full()) {
							fields.finish(chunk);
							if (!put(chunk)) {
								return;
							}
							chunk = take();
						}
					}
					if (chunk != null && chunk.records > 0) {
						fields.finish(chunk);
						put(chunk);
					}
				} catch (RuntimeException e) {
					failureLine = source.line;
					failure = e;
				} finally {
					put(END);
				}
			}, "streamwise-csv-parser");
			thread.setDaemon(true);
			thread.start();
		}

		private Chunk take() {
			try {
				Chunk c = null;
				while (!stop && c == null) {
					c = empty.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
				}
				if (c != null) {
					c.clear();
				}
				return c;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return null;
			}
		}

		private boolean put(Chunk c) {
			try {
				while (!stop) {
					if (filled.offer(c, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
						return true;
					}
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return false;
		}

		/** The next chunk in file order, or null at the end. */
		Chunk next() throws ImportException {
			Chunk c;
			try {
				c = filled.take();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new ImportException(file, 0, null, "interrupted");
			}
			if (c != END) {
				return c;
			}
			RuntimeException e = failure;
			if (e instanceof CsvParseException p) {
				throw new ImportException(file, failureLine, null, "malformed CSV: " + p.getMessage(), p);
			}
			if (e instanceof UncheckedIOException io) {
				throw new ImportException(file, failureLine, null, "read failed: " + io.getCause().getMessage(),
						io.getCause());
			}
			if (e != null) {
				throw e;
			}
			return null;
		}

		void recycle(Chunk c) {
			empty.offer(c);
		}

		/** Stops the parser (after an error or cancellation here) and waits for it, so the file can be closed. */
		@Override
		public void close() {
			stop = true;
			filled.clear();
			try {
				thread.join();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * The fields of the current record, copied out of the parser's buffer into one reusable buffer: no String per
	 * field. {@link CsvReader} returns this same object for every record.
	 */
	static final class RecordBuffer extends AbstractBaseCsvCallbackHandler<RecordBuffer> {
		char[] buf = new char[256];
		int[] start = new int[16];
		int[] len = new int[16];
		long line;
		private int used;
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
}
