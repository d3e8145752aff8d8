package io.streamwise.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import de.siegmar.fastcsv.reader.CsvReader;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.io.CsvMapping.Field;
import io.streamwise.core.io.CsvMapping.MissingColumnException;
import io.streamwise.core.io.CsvMapping.TimestampFormat;
import io.streamwise.core.io.ImportOptions.EpochUnit;

/**
 * One import into one {@link EventLogBuilder}: reads one or more delimited files, validates each row, rejects bad rows
 * into the report and interns ids. The work is split over
 * <ul>
 * <li>{@link ParserThread}: FastCSV on a second thread, records collected into {@link RecordChunk}s by
 * {@link RecordBuffer}, values and event types parsed there, timestamps as the importing thread takes each chunk
 * ({@link FieldColumns});</li>
 * <li>{@link RowValidator}: the checks of each row on the importing thread, in a fixed order;</li>
 * <li>{@link ViewerBatchResolver}: viewer ids looked up in batches, rows added in file order;</li>
 * <li>this class: the files, the header and column mapping, item and stream ids, the counts and the report.</li>
 * </ul>
 * Raw ids are looked up in the parser's buffer and turned into strings (and pseudonyms) once per distinct id; the
 * raw-id indices die with the session, so the built log holds no raw viewer id when ids are pseudonymised.
 */
final class ImportSession {

	/** Rows between cancellation checks and progress reports. */
	private static final int CHECK_EVERY = 1 << 16;
	/** Quote character for files that have no quoting (RecBole): a noncharacter that never occurs in text. */
	static final char NO_QUOTE = CheckedTextReader.NO_QUOTE;

	// canonical: a file with its rows in another order gives the identical log (and so identical results)
	private final EventLogBuilder builder;
	/** Whether the first bad row fails the import (a simulate folder) instead of going into the report. */
	private final boolean strict;
	/** When not null: items must be registered with {@link #knownItem} first; this names the file that lists them. */
	private String itemCatalog;
	private final UnaryOperator<String> viewerMapper;
	private final ViewerBatchResolver resolver;
	private final boolean pseudonymised;
	private final ProgressMonitor monitor;
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
		this(EventLogBuilder.canonical(), true, ids, options, monitor, false);
	}

	/**
	 * A strict session that adds to the caller's plain (not canonical) builder: ids keep the indices they were
	 * registered with ({@link #knownViewer} and friends), new ones are numbered in file order, and the first bad row
	 * fails the import.
	 */
	ImportSession(EventLogBuilder plainBuilder, IdPolicy ids, ProgressMonitor monitor) {
		this(plainBuilder, false, ids, ImportOptions.defaults(), monitor, true);
	}

	private ImportSession(EventLogBuilder builder, boolean canonical, IdPolicy ids, ImportOptions options,
			ProgressMonitor monitor, boolean strict) {
		this.builder = builder;
		this.strict = strict;
		this.options = options;
		this.viewerMapper = ids.viewerMapper();
		this.resolver = new ViewerBatchResolver(builder, viewerMapper, canonical);
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
		CheckedTextReader text = new CheckedTextReader(file, options.encoding(), CheckedTextReader.Mode.MARK,
				mapping.separator(), quote);
		RecordBuffer source = new RecordBuffer(text);
		FieldColumns parsed = null;
		try (CsvReader<RecordBuffer> reader = CsvReader.builder().fieldSeparator(mapping.separator())
				.quoteCharacter(quote).allowExtraFields(true).allowMissingFields(true).skipEmptyLines(true)
				.detectBomHeader(false).build(source, source.input())) {
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
			int viewerCol = cols.of(Field.VIEWER), streamCol = cols.of(Field.STREAM), itemCol = cols.of(Field.ITEM);
			RowValidator rows = new RowValidator(cols, columnNames, expectedFields, timeFormat);
			rejectedViewerCol = viewerCol;
			long sinceCheck = 0;
			parsed = new FieldColumns(viewerCol, cols.of(Field.TIMESTAMP), cols.of(Field.VALUE), cols.of(Field.TYPE),
					itemCol, streamCol, timeFormat, unit);
			int[] streamOfKey = {}, itemOfKey = {};
			try (ParserThread parser = new ParserThread(it, source, file, parsed)) {
				for (RecordChunk chunk = parser.next(); chunk != null; chunk = parser.next()) {
					monitor.worked(chunk.charsSeen);
					char[] b = chunk.chars;
					int[] st = chunk.fieldStart, ln = chunk.fieldLen;
					for (int r = 0; r < chunk.records; r++) {
						rowsRead++;
						if (++sinceCheck == CHECK_EVERY) {
							monitor.checkCancelled();
							sinceCheck = 0;
						}
						if (chunk.anyProblem && chunk.problem[r] != null) {
							CheckedTextReader.Problem p = chunk.problem[r];
							chunk.problem[r] = null;
							failIfStrict(file, chunk.line[r], rows.problemColumn(p.field()), p.reason());
							rejectLine(file, chunk.line[r], rows.problemColumn(p.field()), p.reason(), p.rawText());
							continue;
						}
						if (!rows.check(chunk, r)) {
							failIfStrict(file, chunk.line[r], rows.column, rows.reason);
							reject(fileName, chunk, r, mapping.separator(), rows.column, rows.reason);
							continue;
						}
						int first = chunk.firstField[r];
						// each of the file's ids is looked up once; its later rows find the index by its number
						int stream = -1, item = -1;
						int key = chunk.streamKey[r];
						if (key >= 0) {
							stream = key < streamOfKey.length ? streamOfKey[key] : NOT_MAPPED;
							if (stream == NOT_MAPPED) {
								stream = streamIndex(b, st[first + streamCol], ln[first + streamCol]);
								streamOfKey = mapped(streamOfKey, key, stream);
							}
						}
						key = chunk.itemKey[r];
						if (key >= 0) {
							item = key < itemOfKey.length ? itemOfKey[key] : NOT_MAPPED;
							if (item == NOT_MAPPED) {
								item = itemIndex(b, st[first + itemCol], ln[first + itemCol]);
								itemOfKey = mapped(itemOfKey, key, item);
							}
						}
						if (item == UNKNOWN_ITEM) {
							String column = columnNames != null ? columnNames[itemCol].trim() : Field.ITEM.label();
							String reason = "item '" + chunk.field(r, itemCol) + "' is not in " + itemCatalog;
							failIfStrict(file, chunk.line[r], column, reason);
							reject(fileName, chunk, r, mapping.separator(), column, reason);
							continue;
						}
						resolver.enqueue(chunk.viewerKey[r], b, st[first + viewerCol], ln[first + viewerCol], stream,
								item, rows.type, chunk.time[r], rows.value, file, chunk.line[r]);
						rowsAccepted++;
					}
					parser.recycle(chunk);
				}
			}
			resolver.flush();
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
					"all " + read + " rows were rejected"
							+ (first == null ? "" : "; the first because: " + first.reason()));
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

	/** The viewer column of the file being read: its raw ids are pseudonymised in rejected rows too. */
	private int rejectedViewerCol = -1;

	private void reject(String file, RecordChunk chunk, int r, char separator, String column, String reason) {
		rejectedCount++;
		if (rejected.size() < ImportReport.MAX_KEPT_REJECTIONS) {
			rejected.add(new RejectedRow(file, chunk.line[r], column, reason,
					chunk.rawText(r, separator, pseudonymised ? rejectedViewerCol : -1, viewerMapper)));
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

	private static final int UNKNOWN_ITEM = -2;
	/** In the maps from a file's id numbers to indices: the number has not been looked up yet. */
	private static final int NOT_MAPPED = Integer.MIN_VALUE;

	private static int[] mapped(int[] map, int key, int index) {
		if (key >= map.length) {
			int old = map.length;
			map = Arrays.copyOf(map, Math.max(2 * old, Math.max(key + 1, 64)));
			Arrays.fill(map, old, map.length, NOT_MAPPED);
		}
		map[key] = index;
		return map;
	}

	private void failIfStrict(Path file, long line, String column, String reason) throws ImportException {
		if (strict) {
			throw new ImportException(file, line, column, reason);
		}
	}

	/** Registers a viewer before the events, under its raw id (pseudonymised as the policy says). */
	void knownViewer(String rawId) {
		resolver.register(rawId);
	}

	/** Registers a stream before the events. */
	void knownStream(String id) {
		char[] c = id.toCharArray();
		if (streams.get(c, 0, c.length) < 0) {
			streams.put(c, 0, c.length, builder.stream(id));
		}
	}

	/**
	 * Registers an item before the events; once any is registered, events may name only registered items.
	 *
	 * @param catalog the file that lists the items, for the message about an event naming another
	 * @return the item's index
	 */
	int knownItem(String id, String catalog) {
		itemCatalog = catalog;
		char[] c = id.toCharArray();
		int i = items.get(c, 0, c.length);
		if (i < 0) {
			i = builder.item(id);
			items.put(c, 0, c.length, i);
		}
		return i;
	}

	private int itemIndex(char[] b, int off, int len) {
		int i = items.get(b, off, len);
		if (i < 0) {
			if (itemCatalog != null) {
				return UNKNOWN_ITEM;
			}
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
		int v = resolver.indexOfRaw(rawId);
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

}
