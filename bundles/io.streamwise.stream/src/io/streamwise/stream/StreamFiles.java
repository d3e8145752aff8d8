package io.streamwise.stream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import com.yahoo.labs.samoa.instances.DenseInstance;
import com.yahoo.labs.samoa.instances.Instance;
import com.yahoo.labs.samoa.instances.Instances;
import com.yahoo.labs.samoa.instances.InstancesHeader;

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
	 * Reads a file into memory: ARFF when its name ends in ".arff", CSV otherwise.
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
		if (heldOut.contains(className)) {
			throw new StreamDataException(file + ": the class column '" + className + "' cannot also be a time column");
		}
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".arff")
				? readArff(file, className, heldOut, encoding, monitor)
				: readCsv(file, className, heldOut, encoding, monitor);
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

	private static StreamData readArff(Path file, String className, Set<String> heldOut, Charset encoding,
			ProgressMonitor monitor) throws IOException {
		HeaderText headerText = readArffHeaderText(file, encoding);
		Instances parsed = arffHeader(file, headerText.text());
		int numAttributes = parsed.numAttributes();
		List<Attribute> all = new ArrayList<>();
		for (int a = 0; a < numAttributes; a++) {
			Attribute att = parsed.attribute(a);
			if (!att.isNominal() && !att.isNumeric()) {
				throw new StreamDataException(file + ": attribute '" + att.name() + "' is neither numeric nor nominal");
			}
			all.add(att);
		}
		Columns columns = new Columns(file, all, className, heldOut, parsed.getRelationName());
		Map<String, Integer> index = new HashMap<>();
		for (int a = 0; a < numAttributes; a++) {
			index.put(all.get(a).name(), a);
		}
		monitor.begin("reading " + file.getFileName(), Files.size(file));
		try (BufferedReader in = new BufferedReader(CheckedTextReader.strict(file, encoding))) {
			String line;
			int lineNo = 0;
			while ((line = in.readLine()) != null) {
				lineNo++;
				String trimmed = line.trim();
				if (lineNo <= headerText.dataLine() || trimmed.isEmpty() || trimmed.startsWith("%")) {
					continue;
				}
				if (trimmed.startsWith("{")) {
					throw new StreamDataException(file + ":" + lineNo + ": sparse ARFF rows are not supported");
				}
				columns.addRow(splitArffRow(trimmed), lineNo);
				if ((lineNo & 4095) == 0) {
					monitor.checkCancelled();
				}
			}
		} catch (CheckedTextReader.MalformedTextException e) {
			throw new StreamDataException(file + ":" + e.line() + ": " + e.reason(), e);
		}
		return columns.result();
	}

	/** Splits a dense ARFF row at commas outside quotes, removing the quotes. */
	static List<String> splitArffRow(String row) {
		List<String> out = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		char quote = 0;
		for (int i = 0; i < row.length(); i++) {
			char c = row.charAt(i);
			if (quote != 0) {
				if (c == '\\' && i + 1 < row.length()) {
					field.append(row.charAt(++i));
				} else if (c == quote) {
					quote = 0;
				} else {
					field.append(c);
				}
			} else if (c == '\'' || c == '"') {
				quote = c;
			} else if (c == ',') {
				out.add(field.toString().trim());
				field.setLength(0);
			} else {
				field.append(c);
			}
		}
		out.add(field.toString().trim());
		return out;
	}

	private static StreamData readCsv(Path file, String className, Set<String> heldOut, Charset encoding,
			ProgressMonitor monitor) throws IOException {
		List<String> names;
		List<String[]> rows = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
				.skipEmptyLines(true).ofCsvRecord(CheckedTextReader.strict(file, encoding))) {
			var it = reader.iterator();
			if (!it.hasNext()) {
				throw new StreamDataException(file + ": empty file; a header row of column names is needed");
			}
			names = it.next().getFields().stream().map(String::trim).toList();
			if (new TreeSet<>(names).size() != names.size()) {
				throw new StreamDataException(file + ":1: column names must be unique, got " + names);
			}
			while (it.hasNext()) {
				CsvRecord r = it.next();
				if (r.getFieldCount() != names.size()) {
					throw new StreamDataException(file + ":" + r.getStartingLineNumber() + ": " + r.getFieldCount()
							+ " fields, but the header has " + names.size());
				}
				rows.add(r.getFields().stream().map(String::trim).toArray(String[]::new));
				lines.add((int) r.getStartingLineNumber());
				if ((rows.size() & 4095) == 0) {
					monitor.checkCancelled();
				}
			}
		} catch (de.siegmar.fastcsv.reader.CsvParseException e) {
			throw new StreamDataException(file + ": " + e.getMessage(), e);
		} catch (java.io.UncheckedIOException e) {
			if (e.getCause() instanceof CheckedTextReader.MalformedTextException m) {
				throw new StreamDataException(file + ":" + m.line() + ": " + m.reason(), m);
			}
			throw e;
		}
		List<Attribute> attributes = new ArrayList<>();
		for (int c = 0; c < names.size(); c++) {
			attributes.add(inferAttribute(file, names.get(c), rows, lines, c, names.get(c).equals(className)));
		}
		String relation = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
		Columns columns = new Columns(file, attributes, className, heldOut, relation);
		for (int r = 0; r < rows.size(); r++) {
			columns.addRow(List.of(rows.get(r)), lines.get(r));
		}
		return columns.result();
	}

	private static boolean isMissing(String v) {
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

	/**
	 * Numeric when every present value is a number (and it is not the class); nominal values in sorted order. A
	 * column of numbers with a NaN, Infinity or Java literal such as {@code 12d} among them is an error rather than a
	 * nominal column.
	 */
	private static Attribute inferAttribute(Path file, String name, List<String[]> rows, List<Integer> lines,
			int column, boolean isClass) {
		boolean numeric = true;
		int javaOnly = -1;
		TreeSet<String> values = new TreeSet<>();
		for (int r = 0; r < rows.size(); r++) {
			String v = rows.get(r)[column];
			if (!isMissing(v)) {
				values.add(v);
				boolean number = isNumber(v);
				if (!number && javaOnly < 0 && isJavaOnlyNumber(v)) {
					javaOnly = r;
				}
				numeric &= number || isJavaOnlyNumber(v);
			}
		}
		if (numeric && javaOnly >= 0 && !isClass) {
			throw new StreamDataException(file + ":" + lines.get(javaOnly) + ": field '" + name + "': '"
					+ rows.get(javaOnly)[column]
					+ "' is not a number (numbers are plain finite decimals; a missing value is ? or empty)");
		}
		numeric &= javaOnly < 0;
		if (numeric && !isClass) {
			return new Attribute(name);
		}
		List<String> ordered = new ArrayList<>(values);
		if (numeric) { // a class coded 0/1/2...: number order, so that "1" is the positive class of 0/1
			ordered.sort(Comparator.comparingDouble(Double::parseDouble));
		}
		return new Attribute(name, ordered);
	}

	/** Checks and converts rows of text values, and keeps the held-out columns apart. */
	private static final class Columns {
		private final Path file;
		private final List<Attribute> all;
		private final int[] target; // attribute index in the header, or -1 - held-out slot
		private final InstancesHeader header;
		private final List<Instance> instances = new ArrayList<>();
		private final List<double[]> heldOutRows = new ArrayList<>();
		private final List<String> heldOutNames = new ArrayList<>();
		/** Nominal codes by value; MOA's own indexOfValue adds unknown values to the attribute instead of failing. */
		private final List<Map<String, Integer>> codes = new ArrayList<>();

		Columns(Path file, List<Attribute> all, String className, Set<String> heldOut, String relation) {
			this.file = file;
			this.all = all;
			List<Attribute> kept = new ArrayList<>();
			target = new int[all.size()];
			int classIndex = -1;
			for (int a = 0; a < all.size(); a++) {
				Attribute att = all.get(a);
				Map<String, Integer> byValue = new HashMap<>();
				for (int v = 0; att.isNominal() && v < att.numValues(); v++) {
					byValue.put(att.value(v), v);
				}
				codes.add(byValue);
				if (heldOut.contains(att.name())) {
					if (!att.isNumeric()) {
						throw new StreamDataException(file + ": time column '" + att.name() + "' must be numeric");
					}
					target[a] = -1 - heldOutNames.size();
					heldOutNames.add(att.name());
				} else {
					if (att.name().equals(className)) {
						classIndex = kept.size();
					}
					target[a] = kept.size();
					kept.add(att);
				}
			}
			for (String h : heldOut) {
				if (!heldOutNames.contains(h)) {
					throw new StreamDataException(file + ": no column named '" + h + "'");
				}
			}
			if (classIndex < 0) {
				throw new StreamDataException(file + ": no column named '" + className + "'; columns: "
						+ all.stream().map(Attribute::name).toList());
			}
			if (!kept.get(classIndex).isNominal() || kept.get(classIndex).numValues() < 2) {
				throw new StreamDataException(file + ": class '" + className
						+ "' must be nominal with at least two values, has " + kept.get(classIndex).numValues());
			}
			Instances data = new Instances(relation, kept, 0);
			data.setClassIndex(classIndex);
			header = new InstancesHeader(data);
		}

		void addRow(List<String> fields, int line) {
			if (fields.size() != all.size()) {
				throw new StreamDataException(file + ":" + line + ": " + fields.size() + " values, but there are "
						+ all.size() + " attributes");
			}
			double[] values = new double[header.numAttributes()];
			double[] held = new double[heldOutNames.size()];
			for (int a = 0; a < all.size(); a++) {
				double v = value(all.get(a), codes.get(a), fields.get(a), line);
				if (target[a] >= 0) {
					values[target[a]] = v;
				} else {
					if (Double.isNaN(v)) {
						throw new StreamDataException(
								file + ":" + line + ": time column '" + all.get(a).name() + "' has no value");
					}
					held[-1 - target[a]] = v;
				}
			}
			Instance inst = new DenseInstance(1.0, values);
			inst.setDataset(header);
			instances.add(inst);
			heldOutRows.add(held);
		}

		private double value(Attribute att, Map<String, Integer> byValue, String text, int line) {
			if (isMissing(text)) {
				return Double.NaN;
			}
			if (att.isNominal()) {
				Integer code = byValue.get(text);
				if (code == null) {
					throw new StreamDataException(file + ":" + line + ": field '" + att.name() + "': '" + text
							+ "' is not one of " + List.copyOf(byValue.keySet().stream().sorted(
									java.util.Comparator.comparing(byValue::get)).toList()));
				}
				return code;
			}
			try {
				return Decimals.parseFinite(text);
			} catch (NumberFormatException e) {
				throw new StreamDataException(file + ":" + line + ": field '" + att.name() + "': '" + text
						+ "' is not a number (numbers are plain finite decimals; a missing value is ? or empty)");
			}
		}

		StreamData result() {
			Map<String, double[]> held = new LinkedHashMap<>();
			for (int h = 0; h < heldOutNames.size(); h++) {
				double[] column = new double[heldOutRows.size()];
				for (int r = 0; r < column.length; r++) {
					column[r] = heldOutRows.get(r)[h];
				}
				held.put(heldOutNames.get(h), column);
			}
			return new StreamData(file, header, instances, held);
		}
	}
}
