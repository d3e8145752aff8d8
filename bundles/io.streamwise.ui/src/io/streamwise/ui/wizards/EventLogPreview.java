package io.streamwise.ui.wizards;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventType;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.DatasetOptions;
import io.streamwise.core.io.CheckedTextReader;
import io.streamwise.core.io.CsvEventImporter;
import io.streamwise.core.io.CsvMapping;
import io.streamwise.core.io.CsvMapping.Field;
import io.streamwise.core.io.EventImport;
import io.streamwise.core.io.IdPolicy;
import io.streamwise.core.io.ImportException;
import io.streamwise.core.io.ImportOptions;
import io.streamwise.core.io.ImportReport;
import io.streamwise.core.io.PseudonymKey;
import io.streamwise.core.io.RejectedRow;

/**
 * What the import wizard shows before anything is copied: the columns of a delimited file and the events that the
 * chosen mapping reads from the first {@value #PREVIEW_LINES} lines, parsed by the same importer that experiments use,
 * so that the preview and the rejected rows are exactly what an experiment would get from those lines.
 */
public final class EventLogPreview {

	/** Lines of the file that a preview parses: enough to show problems, little enough to parse on every keystroke. */
	public static final int PREVIEW_LINES = 1000;
	/** A bound on the prefix for files with very long lines. */
	static final int PREVIEW_BYTES = 4 << 20;
	/** Events shown in the preview table. */
	public static final int PREVIEW_ROWS = 50;

	/** The field separators offered, with the names that dataset options use for them. */
	public enum Separator {
		COMMA(',', "comma", "Comma ( , )"), SEMICOLON(';', "semicolon", "Semicolon ( ; )"),
		TAB('\t', "tab", "Tab"), PIPE('|', "pipe", "Pipe ( | )"), SPACE(' ', "space", "Space");

		public final char character;
		public final String optionName;
		public final String label;

		Separator(char character, String optionName, String label) {
			this.character = character;
			this.optionName = optionName;
			this.label = label;
		}

		/** The separator that occurs most often in a line (comma when none does). */
		static Separator guess(String line) {
			Separator best = COMMA;
			long most = 0;
			for (Separator s : values()) {
				long n = line.chars().filter(c -> c == s.character).count();
				if (n > most && s != SPACE) {
					best = s;
					most = n;
				}
			}
			return best;
		}
	}

	/**
	 * The choices of the mapping page.
	 *
	 * @param separator   the field separator
	 * @param header      whether the first line names the columns
	 * @param columns     the 0-based column of each field, -1 for "not read"; null to detect them from the header
	 * @param defaultType the type of events without a type column; null to let the importer choose
	 * @param rawIds      keep viewer ids as they are instead of pseudonymising them
	 * @param encoding    the charset name of the file's text, such as UTF-8 or GB18030
	 */
	public record Choice(Separator separator, boolean header, int[] columns, EventType defaultType, boolean rawIds,
			String encoding) {

		/** The encodings offered; any other name Java knows works in an experiment's dataset options too. */
		public static final List<String> ENCODINGS = List.of("UTF-8", "ISO-8859-1", "windows-1252", "GB18030");

		/** A choice for a UTF-8 file. */
		public Choice(Separator separator, boolean header, int[] columns, EventType defaultType, boolean rawIds) {
			this(separator, header, columns, defaultType, rawIds, "UTF-8");
		}

		Charset charset() {
			return ImportOptions.charset(encoding);
		}

		/** The mapping that the importer reads the file with. */
		CsvMapping mapping() {
			CsvMapping.Builder b = CsvMapping.builder().separator(separator.character).header(header)
					.defaultType(defaultType);
			for (Field f : Field.values()) {
				int column = columns[f.ordinal()];
				if (column < 0) {
					b.ignore(f);
				} else {
					b.column(f, column);
				}
			}
			return b.build();
		}

		/**
		 * The dataset options of an experiment over the imported file: the columns by header name where a mapping spec
		 * can name them and finds the very column again, else by index.
		 */
		public DatasetOptions options(List<String> columnNames) {
			CsvMapping.Builder b = CsvMapping.builder().separator(separator.character).header(header)
					.defaultType(defaultType);
			for (Field f : Field.values()) {
				int column = columns[f.ordinal()];
				if (column < 0) {
					b.ignore(f);
				} else if (header && column < columnNames.size() && nameIsSafe(columnNames, column)) {
					b.column(f, columnNames.get(column).trim());
				} else {
					b.column(f, column);
				}
			}
			return new DatasetOptions(b.build(), rawIds, null, ImportOptions.defaults().withEncoding(charset()));
		}

		/** {@link #options(List)} as the experiment file holds them. */
		public Map<String, String> datasetOptions(List<String> columnNames) {
			return options(columnNames).toMap();
		}

		/** Whether a mapping spec can name this column by its header name and find this very column again. */
		private static boolean nameIsSafe(List<String> names, int column) {
			String name = names.get(column).trim();
			if (!CsvMapping.ColumnRef.writable(name)) {
				return false;
			}
			for (int i = 0; i < column; i++) {
				if (names.get(i).trim().equalsIgnoreCase(name)) {
					return false; // the importer would find the earlier column of that name
				}
			}
			return true;
		}
	}

	/** One parsed event, as text for the preview table. */
	public record Row(String viewer, String stream, String item, String type, String timestamp, String value) {
	}

	/**
	 * What a preview found.
	 *
	 * @param columnNames the header's names, or "column 1", "column 2"... for a file without a header
	 * @param columns     the column of each field that was used (detected when the choice left them open)
	 * @param defaultType the default type that was used (detected for rating files when the choice left it open)
	 * @param rows        the first parsed events, in time order
	 * @param rejected    the rejected rows among the lines read
	 * @param summary     what was read, for people
	 * @param error       why nothing could be read, or null
	 */
	public record Result(List<String> columnNames, int[] columns, EventType defaultType, List<Row> rows,
			List<RejectedRow> rejected, String summary, String error) {
	}

	private EventLogPreview() {
	}

	/** The separator that the first line of a file suggests (comma for an unreadable file). */
	public static Separator guessSeparator(Path file) {
		// ISO-8859-1 decodes any bytes, and the separators are the same in every encoding offered
		try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
			return lines.findFirst().map(Separator::guess).orElse(Separator.COMMA);
		} catch (IOException | java.io.UncheckedIOException e) {
			return Separator.COMMA;
		}
	}

	/**
	 * Parses the first lines of a file with a choice.
	 *
	 * @param keyFile the project's pseudonym key, used when it exists; otherwise a throw-away key shows what
	 *                pseudonyms look like (the real key is created when an experiment first reads the data)
	 */
	public static Result run(Path file, Choice choice, Path keyFile, ProgressMonitor monitor) {
		Path folder = null;
		try {
			folder = Files.createTempDirectory("streamwise-preview");
			// the same name as the source, so that messages about the prefix name the user's file
			Path prefix = folder.resolve(file.getFileName().toString());
			copyPrefix(file, prefix);
			List<String> names = columnNames(prefix, choice);
			int[] columns = choice.columns() != null ? choice.columns() : detect(names, choice.header());
			EventType defaultType = choice.defaultType();
			if (choice.columns() == null && defaultType == null && columns[Field.TYPE.ordinal()] < 0
					&& columns[Field.VALUE.ordinal()] >= 0 && choice.header()) {
				String value = names.get(columns[Field.VALUE.ordinal()]).trim().toLowerCase(Locale.ROOT);
				if (value.equals("rating") || value.equals("score")) {
					defaultType = EventType.RATE; // as the importer's own header detection does
				}
			}
			Choice used = new Choice(choice.separator(), choice.header(), columns, defaultType, choice.rawIds(),
					choice.encoding());
			String missing = missingRequired(columns);
			if (missing != null) {
				return new Result(names, columns, defaultType, List.of(), List.of(), "", missing);
			}
			IdPolicy ids = choice.rawIds() ? IdPolicy.raw()
					: IdPolicy.pseudonymised(
							keyFile != null && Files.isRegularFile(keyFile) ? PseudonymKey.loadOrCreate(keyFile)
									: PseudonymKey.random());
			EventImport imported;
			try {
				// the preview shows rejected rows, however many: the limit applies when an experiment reads the file
				imported = CsvEventImporter.read(prefix, used.mapping(), ids,
						ImportOptions.defaults().withMaxRejectedShare(1.0).withEncoding(choice.charset()), monitor);
			} catch (ImportException e) {
				return new Result(names, columns, defaultType, List.of(), List.of(), "",
						e.getMessage().replace(prefix.toString(), file.getFileName().toString()));
			}
			ImportReport report = imported.report();
			String summary = String.format(Locale.ROOT,
					"The first %,d data rows: %,d read as events, %,d rejected%s.", report.rowsRead(),
					report.rowsAccepted(), report.rejectedCount(),
					report.rejectedCount() > 0
							? " (experiments leave rejected rows out, and stop when more than 1 % are)"
							: "");
			return new Result(names, columns, defaultType, rows(imported.log()), report.rejectedRows(), summary, null);
		} catch (IOException | RuntimeException e) {
			String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			return new Result(List.of(), new int[Field.values().length], null, List.of(), List.of(), "",
					"The file cannot be read: " + message);
		} finally {
			deleteQuietly(folder);
		}
	}

	private static String missingRequired(int[] columns) {
		for (Field f : Field.values()) {
			if (f.required() && columns[f.ordinal()] < 0) {
				return "Choose the column that holds the " + f.label() + ".";
			}
		}
		return null;
	}

	/** Copies at most {@value #PREVIEW_LINES} lines (and at most {@value #PREVIEW_BYTES} bytes) of a file. */
	static void copyPrefix(Path file, Path prefix) throws IOException {
		byte[] buffer = new byte[64 << 10];
		int lines = 0;
		long copied = 0;
		try (InputStream in = Files.newInputStream(file); OutputStream out = Files.newOutputStream(prefix)) {
			int n;
			while (lines < PREVIEW_LINES && copied < PREVIEW_BYTES && (n = in.read(buffer)) > 0) {
				int end = 0;
				while (end < n && lines < PREVIEW_LINES) {
					if (buffer[end++] == '\n') {
						lines++;
					}
				}
				out.write(buffer, 0, end);
				copied += end;
			}
		}
	}

	/** The names of the columns: the first record's fields with a header, numbered columns without one. */
	static List<String> columnNames(Path prefix, Choice choice) throws IOException {
		String first = "";
		CheckedTextReader text = new CheckedTextReader(prefix, choice.charset(), CheckedTextReader.Mode.MARK,
				choice.separator().character, CheckedTextReader.NO_QUOTE);
		try (BufferedReader lines = new BufferedReader(text)) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (!line.isBlank()) {
					CheckedTextReader.Problem problem = text.problem(line);
					if (problem != null) {
						throw new IOException("line 1: " + problem.reason());
					}
					first = line;
					break;
				}
			}
		}
		List<String> fields = split(first, choice.separator().character);
		if (choice.header()) {
			return fields;
		}
		List<String> numbered = new ArrayList<>();
		for (int i = 0; i < fields.size(); i++) {
			numbered.add("column " + (i + 1));
		}
		return numbered;
	}

	/** Splits one line at a separator, honouring double quotes ("" inside quotes is one quote). */
	static List<String> split(String line, char separator) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == separator) {
				fields.add(field.toString());
				field.setLength(0);
			} else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

	/**
	 * The column of each field: by the header's names as the importer recognises them, or, without a header, in the
	 * canonical order viewer, stream, item, type, timestamp, value.
	 */
	static int[] detect(List<String> names, boolean header) {
		int[] columns = new int[Field.values().length];
		Arrays.fill(columns, -1);
		for (Field f : Field.values()) {
			if (!header) {
				columns[f.ordinal()] = f.ordinal() < names.size() ? f.ordinal() : -1;
				continue;
			}
			search: for (String alias : f.aliases()) {
				for (int i = 0; i < names.size(); i++) {
					if (names.get(i).trim().equalsIgnoreCase(alias)) {
						columns[f.ordinal()] = i;
						break search;
					}
				}
			}
		}
		return columns;
	}

	private static List<Row> rows(EventLog log) {
		List<Row> rows = new ArrayList<>();
		for (int r = 0; r < Math.min(PREVIEW_ROWS, log.size()); r++) {
			int stream = log.stream(r), item = log.item(r);
			float value = log.value(r);
			rows.add(new Row(log.viewers().id(log.viewer(r)), stream < 0 ? "" : log.streams().id(stream),
					item < 0 ? "" : log.items().id(item), log.type(r).label(),
					Instant.ofEpochSecond(log.timestamp(r)).toString(), Float.isNaN(value) ? "" : trim(value)));
		}
		return rows;
	}

	private static String trim(float value) {
		return value == Math.rint(value) && Math.abs(value) < 1e9 ? Long.toString((long) value) : Float.toString(value);
	}

	private static void deleteQuietly(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a temporary folder left behind is harmless
		}
	}
}
