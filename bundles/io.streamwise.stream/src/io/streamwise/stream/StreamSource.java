package io.streamwise.stream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.yahoo.labs.samoa.instances.Attribute;
import com.yahoo.labs.samoa.instances.DenseInstance;
import com.yahoo.labs.samoa.instances.Instance;
import com.yahoo.labs.samoa.instances.Instances;
import com.yahoo.labs.samoa.instances.InstancesHeader;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.streamwise.core.io.CheckedTextReader;
import io.streamwise.core.io.Decimals;

/**
 * An ARFF or CSV file whose header is known and whose rows are read as they are used: each {@link #rows()} is a new
 * pass over the file, holding one row at a time, so that memory does not grow with the file. Made by
 * {@link StreamFiles#open}. A bad row is a {@link StreamDataException} naming file, line and field when the pass
 * reaches it.
 */
public final class StreamSource {

	private final Path file;
	private final Charset encoding;
	private final boolean arff;
	/** ARFF: the line of {@code @data}; rows start after it. */
	private final int dataLine;
	private final List<Attribute> all;
	private final int[] target; // attribute index in the header, or -1 - held-out slot
	private final InstancesHeader header;
	private final List<String> heldOutNames = new ArrayList<>();
	/** Nominal codes by value; MOA's own indexOfValue adds unknown values to the attribute instead of failing. */
	private final List<Map<String, Integer>> codes = new ArrayList<>();

	StreamSource(Path file, Charset encoding, boolean arff, int dataLine, List<Attribute> all, String className,
			Set<String> heldOut, String relation) {
		this.file = file;
		this.encoding = encoding;
		this.arff = arff;
		this.dataLine = dataLine;
		this.all = List.copyOf(all);
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

	public Path file() {
		return file;
	}

	/** The attributes, class set; without the held-out columns. */
	public InstancesHeader header() {
		return header;
	}

	/** The numeric columns read but kept out of the attributes, in file order; {@link Rows#heldOut(int)} by index. */
	public List<String> heldOutNames() {
		return List.copyOf(heldOutNames);
	}

	/** A new pass over the data rows, from the first. Close it. */
	public Rows rows() throws IOException {
		return arff ? new ArffRows() : new CsvRows();
	}

	/** One pass over the rows: {@link #next()}, then {@link #instance()} and friends describe the row read. */
	public abstract class Rows implements AutoCloseable {
		private Instance instance;
		private final double[] held = new double[heldOutNames.size()];
		private long line;
		private long count;

		Rows() {
		}

		/**
		 * Reads the next row.
		 *
		 * @return false at the end of the file
		 * @throws StreamDataException  for a bad row, naming file, line and field
		 * @throws UncheckedIOException when the file cannot be read
		 */
		public abstract boolean next();

		/** The row read by the last {@link #next()}, a new instance each time (the caller may keep it). */
		public Instance instance() {
			return instance;
		}

		/** The value of held-out column {@code h} (see {@link StreamSource#heldOutNames()}) in the row read. */
		public double heldOut(int h) {
			return held[h];
		}

		/** The file line the row read starts on (1-based). */
		public long line() {
			return line;
		}

		/** Rows read so far. */
		public long count() {
			return count;
		}

		public StreamSource source() {
			return StreamSource.this;
		}

		@Override
		public abstract void close() throws IOException;

		/** Converts the row's text values; {@code fields} holds exactly one per column. */
		final void convert(List<String> fields, long lineNo) {
			line = lineNo;
			double[] values = new double[header.numAttributes()];
			for (int a = 0; a < all.size(); a++) {
				double v = value(all.get(a), codes.get(a), fields.get(a), lineNo);
				if (target[a] >= 0) {
					values[target[a]] = v;
				} else {
					if (Double.isNaN(v)) {
						throw new StreamDataException(
								file + ":" + lineNo + ": time column '" + all.get(a).name() + "' has no value");
					}
					held[-1 - target[a]] = v;
				}
			}
			Instance inst = new DenseInstance(1.0, values);
			inst.setDataset(header);
			instance = inst;
			count++;
		}
	}

	private double value(Attribute att, Map<String, Integer> byValue, String text, long line) {
		if (StreamFiles.isMissing(text)) {
			return Double.NaN;
		}
		if (att.isNominal()) {
			Integer code = byValue.get(text);
			if (code == null) {
				throw new StreamDataException(file + ":" + line + ": field '" + att.name() + "': '" + text
						+ "' is not one of "
						+ byValue.keySet().stream().sorted(Comparator.comparing(byValue::get)).toList());
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

	private StreamDataException malformed(CheckedTextReader.MalformedTextException e) {
		return new StreamDataException(file + ":" + e.line() + ": " + e.reason(), e);
	}

	/** Dense ARFF rows, one a line. */
	private final class ArffRows extends Rows {
		private final BufferedReader in;
		private final List<String> fields = new ArrayList<>();
		private int lineNo;

		ArffRows() throws IOException {
			in = new BufferedReader(CheckedTextReader.strict(file, encoding), 1 << 16);
			try {
				while (lineNo < dataLine && in.readLine() != null) {
					lineNo++;
				}
			} catch (CheckedTextReader.MalformedTextException e) {
				in.close();
				throw malformed(e);
			}
		}

		@Override
		public boolean next() {
			try {
				String line;
				while ((line = in.readLine()) != null) {
					lineNo++;
					String trimmed = line.strip();
					if (trimmed.isEmpty() || trimmed.charAt(0) == '%') {
						continue;
					}
					if (trimmed.charAt(0) == '{') {
						throw new StreamDataException(file + ":" + lineNo + ": sparse ARFF rows are not supported");
					}
					boolean terminated = StreamFiles.splitArffRow(trimmed, fields);
					// MOA's Instance.toString(), which WriteStreamToARFFFile writes, ends every value with a comma:
					// after the last one it ends the row rather than opening an empty value
					if (terminated && fields.size() == all.size() + 1) {
						fields.remove(fields.size() - 1);
					}
					if (fields.size() != all.size()) {
						throw new StreamDataException(file + ":" + lineNo + ": " + fields.size()
								+ " values, but there are " + all.size() + " attributes");
					}
					convert(fields, lineNo);
					return true;
				}
				return false;
			} catch (CheckedTextReader.MalformedTextException e) {
				throw malformed(e);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		public void close() throws IOException {
			in.close();
		}
	}

	/** CSV rows after the header row (FastCSV). */
	private final class CsvRows extends Rows {
		private final CsvReader<CsvRecord> reader;
		private final Iterator<CsvRecord> it;
		private final List<String> fields = new ArrayList<>();

		CsvRows() throws IOException {
			reader = StreamFiles.csvReader(file, encoding);
			it = reader.iterator();
			try {
				if (!it.hasNext()) {
					throw new StreamDataException(file + ": empty file; a header row of column names is needed");
				}
				it.next();
			} catch (RuntimeException e) {
				reader.close();
				throw StreamFiles.csvFailure(file, e);
			}
		}

		@Override
		public boolean next() {
			try {
				if (!it.hasNext()) {
					return false;
				}
				CsvRecord r = it.next();
				if (r.getFieldCount() != all.size()) {
					throw new StreamDataException(file + ":" + r.getStartingLineNumber() + ": " + r.getFieldCount()
							+ " fields, but the header has " + all.size());
				}
				fields.clear();
				for (int c = 0; c < all.size(); c++) {
					fields.add(r.getField(c).trim());
				}
				convert(fields, r.getStartingLineNumber());
				return true;
			} catch (RuntimeException e) {
				throw StreamFiles.csvFailure(file, e);
			}
		}

		@Override
		public void close() throws IOException {
			reader.close();
		}
	}
}
