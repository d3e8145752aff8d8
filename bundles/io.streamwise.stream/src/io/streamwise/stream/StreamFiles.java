package io.streamwise.stream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.yahoo.labs.samoa.instances.Attribute;
import com.yahoo.labs.samoa.instances.Instance;
import com.yahoo.labs.samoa.instances.Instances;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.io.CheckedTextReader;
import io.streamwise.core.io.Decimals;
import moa.streams.ArffFileStream;

/**
 * Reads ARFF and CSV files into MOA instances with the class attribute chosen by name. ARFF headers are parsed by
 * MOA's own loader; data rows are checked value by value, so that a bad value is reported with its file, line and
 * attribute instead of being turned into a wrong number. CSV files (FastCSV, a header row of column names) get
 * numeric columns where every present value is a number, nominal ones otherwise; the class is always nominal. Missing
 * values: "?" or an empty field.
 */
public final class StreamFiles {

	private StreamFiles() {
	}

	/**
	 * Reads a file into memory: ARFF when its name ends in ".arff", CSV otherwise. For long files use
	 * {@link #open(Path, String, Set, Charset, ProgressMonitor)}, which reads rows as they are used.
	 *
	 * @param className the class attribute's name
	 * @param heldOut   numeric columns to keep out of the attributes (clock, label time); may be empty
	 * @throws StreamDataException naming file, line and field
	 */
	public static StreamData read(Path file, String className, Set<String> heldOut, ProgressMonitor monitor)
			throws IOException {
		return read(file, className, heldOut, StandardCharsets.UTF_8, monitor);
	}

	/**
	 * As {@link #read(Path, String, Set, ProgressMonitor)} for a file in the given encoding; a byte that is not valid
	 * in it is an error naming the line and the byte offset.
	 */
	public static StreamData read(Path file, String className, Set<String> heldOut, Charset encoding,
			ProgressMonitor monitor) throws IOException {
		StreamSource source = open(file, className, heldOut, encoding, monitor);
		List<Instance> instances = new ArrayList<>();
		int numHeld = source.heldOutNames().size();
		List<double[]> heldRows = new ArrayList<>();
		try (StreamSource.Rows rows = source.rows()) {
			while (rows.next()) {
				instances.add(rows.instance());
				double[] held = new double[numHeld];
				for (int h = 0; h < numHeld; h++) {
					held[h] = rows.heldOut(h);
				}
				heldRows.add(held);
				if ((instances.size() & 4095) == 0) {
					monitor.checkCancelled();
				}
			}
		}
		Map<String, double[]> held = new LinkedHashMap<>();
		for (int h = 0; h < numHeld; h++) {
			double[] column = new double[heldRows.size()];
			for (int r = 0; r < column.length; r++) {
				column[r] = heldRows.get(r)[h];
			}
			held.put(source.heldOutNames().get(h), column);
		}
		return new StreamData(file, source.header(), instances, held);
	}

	/**
	 * Opens a file for reading as it goes: ARFF when its name ends in ".arff", CSV otherwise. An ARFF file's header is
	 * read and checked now; a CSV file is read once now to find each column's type (numeric when every present value
	 * is a number, nominal otherwise, the class always nominal), keeping only the distinct values of nominal columns.
	 * Rows are converted, and bad ones reported, when a pass over {@link StreamSource#rows()} reaches them.
	 *
	 * @param className the class attribute's name
	 * @param heldOut   numeric columns to keep out of the attributes (clock, label time); may be empty
	 * @throws StreamDataException naming file, line and field
	 */
	public static StreamSource open(Path file, String className, Set<String> heldOut, Charset encoding,
			ProgressMonitor monitor) throws IOException {
		if (heldOut.contains(className)) {
			throw new StreamDataException(file + ": the class column '" + className + "' cannot also be a time column");
		}
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".arff")
				? openArff(file, className, heldOut, encoding)
				: openCsv(file, className, heldOut, encoding, monitor);
	}

	/**
	 * MOA's own streaming ARFF reader ({@code ArffFileStream}) with the class chosen by name: the file is read as the
	 * evaluation goes, exactly as MOA's tasks read it.
	 */
	public static ArffFileStream arffStream(Path file, String className) throws IOException {
		Instances header = arffHeader(file, readArffHeaderText(file, StandardCharsets.UTF_8).text());
		int classIndex = attributeIndex(file, header, className);
		return new ArffFileStream(file.toString(), classIndex + 1);
	}

	private record HeaderText(String text, int dataLine) {
	}

	/**
	 * The header up to the {@code @data} line, with every attribute's type checked (MOA's loader takes an unknown
	 * type such as {@code strung} for numeric) and attribute names checked to be unique (MOA finds the first).
	 */
	private static HeaderText readArffHeaderText(Path file, Charset encoding) throws IOException {
		StringBuilder text = new StringBuilder();
		Map<String, Integer> names = new HashMap<>();
		try (BufferedReader in = new BufferedReader(CheckedTextReader.strict(file, encoding))) {
			String line;
			int lineNo = 0;
			while ((line = in.readLine()) != null) {
				lineNo++;
				text.append(line).append('\n');
				String trimmed = line.trim();
				String lower = trimmed.toLowerCase(Locale.ROOT);
				if (lower.startsWith("@data")) {
					return new HeaderText(text.toString(), lineNo);
				}
				if (lower.startsWith("@attribute")) {
					checkAttribute(file, lineNo, trimmed.substring("@attribute".length()).trim(), names);
				}
			}
		} catch (CheckedTextReader.MalformedTextException e) {
			throw new StreamDataException(file + ":" + e.line() + ": " + e.reason(), e);
		}
		throw new StreamDataException(file + ": no @data line: not an ARFF file");
	}

	private static final Set<String> NUMERIC_TYPES = Set.of("numeric", "real", "integer");

	/** Checks one {@code @attribute NAME TYPE} declaration (the text after the keyword). */
	private static void checkAttribute(Path file, int lineNo, String rest, Map<String, Integer> names) {
		String name, type;
		if (!rest.isEmpty() && (rest.charAt(0) == '\'' || rest.charAt(0) == '"')) {
			int close = rest.indexOf(rest.charAt(0), 1);
			if (close < 0) {
				throw new StreamDataException(file + ":" + lineNo + ": attribute name has no closing quote");
			}
			name = rest.substring(1, close);
			type = rest.substring(close + 1).trim();
		} else {
			int space = 0;
			while (space < rest.length() && !Character.isWhitespace(rest.charAt(space)) && rest.charAt(space) != '{') {
				space++;
			}
			name = rest.substring(0, space);
			type = rest.substring(space).trim();
		}
		if (name.isEmpty() || type.isEmpty()) {
			throw new StreamDataException(file + ":" + lineNo + ": an attribute needs a name and a type");
		}
		Integer before = names.putIfAbsent(name, lineNo);
		if (before != null) {
			throw new StreamDataException(file + ":" + lineNo + ": attribute '" + name + "' is declared twice (also on"
					+ " line " + before + ")");
		}
		if (type.startsWith("{")) {
			return;
		}
		String word = type.split("\\s+")[0].toLowerCase(Locale.ROOT);
		if (!NUMERIC_TYPES.contains(word)) {
			throw new StreamDataException(file + ":" + lineNo + ": attribute '" + name + "' has type '"
					+ type.split("\\s+")[0] + "'; " + (Set.of("string", "date", "relational").contains(word)
							? "it is not supported: "
							: "unknown type: ")
					+ "use numeric, real, integer or a nominal {a,b,...}");
		}
	}

	private static Instances arffHeader(Path file, String headerText) {
		try {
			return new Instances(new StringReader(headerText), 1, -1);
		} catch (RuntimeException e) {
			throw new StreamDataException(file + ": ARFF header cannot be read: " + e.getMessage(), e);
		}
	}

	private static int attributeIndex(Path file, Instances header, String name) {
		List<String> names = new ArrayList<>();
		for (int a = 0; a < header.numAttributes(); a++) {
			if (header.attribute(a).name().equals(name)) {
				return a;
			}
			names.add(header.attribute(a).name());
		}
		throw new StreamDataException(file + ": no attribute named '" + name + "'; attributes: " + names);
	}

	private static StreamSource openArff(Path file, String className, Set<String> heldOut, Charset encoding)
			throws IOException {
		HeaderText headerText = readArffHeaderText(file, encoding);
		Instances parsed = arffHeader(file, headerText.text());
		List<Attribute> all = new ArrayList<>();
		for (int a = 0; a < parsed.numAttributes(); a++) {
			Attribute att = parsed.attribute(a);
			if (!att.isNominal() && !att.isNumeric()) {
				throw new StreamDataException(file + ": attribute '" + att.name() + "' is neither numeric nor nominal");
			}
			all.add(att);
		}
		return new StreamSource(file, encoding, true, headerText.dataLine(), all, className, heldOut,
				parsed.getRelationName());
	}

	/**
	 * Splits a dense ARFF row at commas outside quotes, removing the quotes and trimming each value, into
	 * {@code out} (cleared first). Returns whether the row ends in a comma outside quotes (then the last value is
	 * empty).
	 */
	static boolean splitArffRow(String row, List<String> out) {
		out.clear();
		StringBuilder field = null;
		int from = 0; // start of the current unquoted value, while field is null
		char quote = 0;
		boolean endsInComma = false;
		for (int i = 0; i < row.length(); i++) {
			char c = row.charAt(i);
			endsInComma = false;
			if (quote != 0) {
				if (c == '\\' && i + 1 < row.length()) {
					field.append(row.charAt(++i));
				} else if (c == quote) {
					quote = 0;
				} else {
					field.append(c);
				}
			} else if (c == '\'' || c == '"') {
				if (field == null) { // values with quotes are rare: only they pay for a builder
					field = new StringBuilder(row.substring(from, i));
				}
				quote = c;
			} else if (c == ',') {
				out.add(field == null ? row.substring(from, i).strip() : field.toString().strip());
				field = null;
				from = i + 1;
				endsInComma = true;
			} else if (field != null) {
				field.append(c);
			}
		}
		out.add(field == null ? row.substring(from).strip() : field.toString().strip());
		return endsInComma;
	}

	static CsvReader<CsvRecord> csvReader(Path file, Charset encoding) throws IOException {
		return CsvReader.builder().allowExtraFields(true).allowMissingFields(true).skipEmptyLines(true)
				.ofCsvRecord(CheckedTextReader.strict(file, encoding));
	}

	/** A failure while FastCSV reads: bad data names file and line; other failures pass unchanged. */
	static RuntimeException csvFailure(Path file, RuntimeException e) {
		if (e instanceof de.siegmar.fastcsv.reader.CsvParseException) {
			return new StreamDataException(file + ": " + e.getMessage(), e);
		}
		if (e instanceof java.io.UncheckedIOException u
				&& u.getCause() instanceof CheckedTextReader.MalformedTextException m) {
			return new StreamDataException(file + ":" + m.line() + ": " + m.reason(), m);
		}
		return e;
	}

	/** What one pass over a CSV file learns about one column. */
	private static final class ColumnSurvey {
		/** Distinct values kept while the column could still be nominal; beyond this many, numbers are not kept. */
		private static final int KEEP_NUMBERS = 1 << 16;
		final String name;
		final boolean isClass;
		boolean numeric = true;
		/** The first value Java takes for a number but a data file should not hold as one, and its line. */
		String javaOnly;
		long javaOnlyLine;
		TreeSet<String> values = new TreeSet<>();
		/** Numbers were dropped from {@link #values}: a second pass collects them if the column turns out nominal. */
		boolean incomplete;

		ColumnSurvey(String name, boolean isClass) {
			this.name = name;
			this.isClass = isClass;
		}

		void add(String v, long line) {
			if (isMissing(v)) {
				return;
			}
			boolean number = isNumber(v);
			if (!number && isJavaOnlyNumber(v)) {
				if (javaOnly == null) {
					javaOnly = v;
					javaOnlyLine = line;
				}
				number = true; // still a column of numbers: an error below unless something else makes it nominal
			}
			numeric &= number;
			if (!incomplete) {
				values.add(v);
				if (numeric && !isClass && values.size() > KEEP_NUMBERS) {
					values = null;
					incomplete = true;
				}
			}
		}

		boolean nominal() {
			return isClass || !numeric;
		}
	}

	private static StreamSource openCsv(Path file, String className, Set<String> heldOut, Charset encoding,
			ProgressMonitor monitor) throws IOException {
		List<String> names;
		List<ColumnSurvey> columns = new ArrayList<>();
		monitor.begin("reading " + file.getFileName(), -1);
		try (CsvReader<CsvRecord> reader = csvReader(file, encoding)) {
			var it = reader.iterator();
			if (!it.hasNext()) {
				throw new StreamDataException(file + ": empty file; a header row of column names is needed");
			}
			names = it.next().getFields().stream().map(String::trim).toList();
			if (new TreeSet<>(names).size() != names.size()) {
				throw new StreamDataException(file + ":1: column names must be unique, got " + names);
			}
			for (String name : names) {
				columns.add(new ColumnSurvey(name, name.equals(className)));
			}
			long rows = 0;
			while (it.hasNext()) {
				CsvRecord r = it.next();
				if (r.getFieldCount() != names.size()) {
					throw new StreamDataException(file + ":" + r.getStartingLineNumber() + ": " + r.getFieldCount()
							+ " fields, but the header has " + names.size());
				}
				for (int c = 0; c < names.size(); c++) {
					columns.get(c).add(r.getField(c).trim(), r.getStartingLineNumber());
				}
				if ((++rows & 4095) == 0) {
					monitor.checkCancelled();
				}
			}
		} catch (RuntimeException e) {
			throw csvFailure(file, e);
		}
		List<Integer> toCollect = new ArrayList<>();
		for (int c = 0; c < columns.size(); c++) {
			ColumnSurvey col = columns.get(c);
			if (col.numeric && col.javaOnly != null && !col.isClass) {
				throw new StreamDataException(file + ":" + col.javaOnlyLine + ": field '" + col.name + "': '"
						+ col.javaOnly
						+ "' is not a number (numbers are plain finite decimals; a missing value is ? or empty)");
			}
			if (col.nominal() && col.incomplete) {
				toCollect.add(c);
			}
		}
		if (!toCollect.isEmpty()) { // a column of many numbers with a word late in it: its values, once more
			try (CsvReader<CsvRecord> reader = csvReader(file, encoding)) {
				var it = reader.iterator();
				it.next();
				for (int c : toCollect) {
					columns.get(c).values = new TreeSet<>();
				}
				while (it.hasNext()) {
					CsvRecord r = it.next();
					for (int c : toCollect) {
						String v = r.getField(c).trim();
						if (!isMissing(v)) {
							columns.get(c).values.add(v);
						}
					}
				}
			} catch (RuntimeException e) {
				throw csvFailure(file, e);
			}
		}
		List<Attribute> attributes = new ArrayList<>();
		for (ColumnSurvey col : columns) {
			if (!col.nominal()) {
				attributes.add(new Attribute(col.name));
				continue;
			}
			List<String> ordered = new ArrayList<>(col.values);
			// a class coded 0/1/2...: number order, so that "1" is the positive class of 0/1
			if (col.numeric && col.javaOnly == null) {
				ordered.sort(Comparator.comparingDouble(Double::parseDouble));
			}
			attributes.add(new Attribute(col.name, ordered));
		}
		String relation = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
		return new StreamSource(file, encoding, false, 0, attributes, className, heldOut, relation);
	}

	static boolean isMissing(String v) {
		return v.isEmpty() || v.equals("?");
	}

	/** A plain, finite decimal number ({@link Decimals}): not NaN, Infinity, 12d or 0x1p4. */
	private static boolean isNumber(String v) {
		try {
			Decimals.parseFinite(v);
			return true;
		} catch (NumberFormatException e) {
			return false;
		}
	}

	/** What Java would take for a number but a data file should not hold as one (NaN, Infinity, 12d, 0x1p4). */
	private static boolean isJavaOnlyNumber(String v) {
		try {
			Double.parseDouble(v);
			return !isNumber(v);
		} catch (NumberFormatException e) {
			return false;
		}
	}
}
