package io.streamwise.core.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.ResultsWriter;

/**
 * The per-unit values of a run ({@code per_unit.csv}: algorithm, fold, metric, segment, unit, value), the numbers
 * behind each mean of results.json. A unit is a viewer (its id as the run's data held it: raw, or pseudonymised with
 * the key results.json names), a viewer in a stream ({@code viewer@stream}, protocol stream-session), or a session
 * row of a conversion model (its row number).
 */
public record PerUnitValues(List<Row> rows) {

	public static final String FILE = ResultsWriter.PER_UNIT_CSV;

	public record Row(String algorithm, int fold, String metric, String segment, String unit, double value) {
	}

	/** A unit of one fold, the key of a row of the drill-down's table. */
	public record Unit(int fold, String unit) {
	}

	public PerUnitValues {
		rows = List.copyOf(rows);
	}

	/**
	 * Reads the file.
	 *
	 * @throws IOException naming the file, line and field of a malformed row
	 */
	public static PerUnitValues read(Path file) throws IOException {
		return read(file, ProgressMonitor.NULL);
	}

	/**
	 * Reads the file, telling the monitor of the bytes read and checking it for cancellation every 4,096 rows: a
	 * large run's file holds millions of rows.
	 *
	 * @throws IOException naming the file, line and field of a malformed row
	 * @throws io.streamwise.api.progress.CancelledException when the monitor is cancelled
	 */
	public static PerUnitValues read(Path file, ProgressMonitor monitor) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new IOException(file + " does not exist: these results keep no per-viewer values");
		}
		List<Row> rows = new ArrayList<>();
		List<String> columns = List.of("algorithm", "fold", "metric", "segment", "unit", "value");
		monitor.begin("reading " + file.getFileName(), Files.size(file));
		long bytes = 0;
		try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
			for (NamedCsvRecord r : reader) {
				if ((rows.size() & 4095) == 0) {
					monitor.checkCancelled();
					monitor.worked(bytes);
					bytes = 0;
				}
				for (String f : r.getFields()) {
					bytes += f.length() + 1; // the field and its comma or line end: near enough for progress
				}
				for (String c : columns) {
					if (!r.getHeader().contains(c)) {
						throw new IOException(file + " line 1: no column '" + c + "' in header " + r.getHeader());
					}
				}
				String field = "fold";
				try {
					int fold = Integer.parseInt(r.getField("fold"));
					field = "value";
					double value = Double.parseDouble(r.getField("value"));
					rows.add(new Row(r.getField("algorithm"), fold, r.getField("metric"), r.getField("segment"),
							r.getField("unit"), value));
				} catch (NumberFormatException e) {
					throw new IOException(file + " line " + r.getStartingLineNumber() + ", field " + field + ": '"
							+ r.getField(field) + "' is not a number", e);
				}
			}
		} catch (CsvParseException e) {
			throw new IOException(file + ": " + e.getMessage(), e);
		}
		return new PerUnitValues(rows);
	}

	/** The algorithms with values of the metric in the segment, in the file's order. */
	public List<String> algorithms(String metric, String segment) {
		Set<String> out = new LinkedHashSet<>();
		for (Row r : rows) {
			if (r.metric().equals(metric) && r.segment().equals(segment)) {
				out.add(r.algorithm());
			}
		}
		return List.copyOf(out);
	}

	/** An algorithm's values of the metric in the segment, over all folds, in the file's order. */
	public double[] values(String algorithm, String metric, String segment) {
		return rows.stream().filter(r -> r.algorithm().equals(algorithm) && r.metric().equals(metric)
				&& r.segment().equals(segment)).mapToDouble(Row::value).toArray();
	}

	/**
	 * Every unit with a value of the metric in the segment, and its value per algorithm (NaN where an algorithm has
	 * none), in the order units first appear.
	 */
	public Map<Unit, Map<String, Double>> byUnit(String metric, String segment) {
		Map<Unit, Map<String, Double>> out = new LinkedHashMap<>();
		for (Row r : rows) {
			if (r.metric().equals(metric) && r.segment().equals(segment)) {
				out.computeIfAbsent(new Unit(r.fold(), r.unit()), u -> new LinkedHashMap<>()).put(r.algorithm(),
						r.value());
			}
		}
		return out;
	}
}
