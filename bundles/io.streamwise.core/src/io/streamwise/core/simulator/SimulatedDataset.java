package io.streamwise.core.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.ItemCatalog;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.io.CsvMapping;
import io.streamwise.core.io.Decimals;
import io.streamwise.core.io.IdPolicy;
import io.streamwise.core.io.KnownIdsEventReader;

/**
 * Loads a folder written by {@link SimulationWriter} back into a {@link Dataset}: events.csv and items.csv, plus
 * viewers.csv and streams.csv when present so that the dictionaries list every viewer and stream in the order the
 * simulator made them (also those without events). This reads the simulator's own canonical files only; general
 * CSV import is elsewhere.
 */
public final class SimulatedDataset {

	private SimulatedDataset() {
	}

	public static Dataset load(Path dir) throws IOException {
		return load(dir, ProgressMonitor.NULL);
	}

	/**
	 * @throws IOException when a file is missing or a line is malformed; the message names the file and line
	 */
	public static Dataset load(Path dir, ProgressMonitor monitor) throws IOException {
		return load(dir, IdPolicy.raw(), monitor);
	}

	/**
	 * Loads the folder with viewer ids under the given policy: pseudonymised for a folder in this layout that is not
	 * the simulator's own output (see {@link SimulationWriter#unsignedReason(Path)}).
	 */
	public static Dataset load(Path dir, IdPolicy ids, ProgressMonitor monitor) throws IOException {
		Path events = dir.resolve(SimulationWriter.EVENTS);
		monitor.begin("Loading synthetic live-commerce data", Files.isRegularFile(events) ? Files.size(events) : 1);
		EventLogBuilder builder = new EventLogBuilder();
		// the import's parser, validation and interning (as fast as importing events.csv), into a plain builder
		// whose dictionaries keep the simulator's order
		KnownIdsEventReader reader = new KnownIdsEventReader(builder, ids, monitor);
		Path viewers = dir.resolve(SimulationWriter.VIEWERS);
		if (Files.exists(viewers)) {
			readIds(viewers, reader::viewer);
		}
		Path streams = dir.resolve(SimulationWriter.STREAMS);
		if (Files.exists(streams)) {
			readIds(streams, reader::stream);
		}
		List<Float> prices = new ArrayList<>();
		List<String> titles = new ArrayList<>(), kinds = new ArrayList<>(), categories = new ArrayList<>();
		List<String[]> tags = new ArrayList<>();
		Path items = dir.resolve(SimulationWriter.ITEMS);
		read(items, List.of("id", "kind", "title", "category", "tags", "price"), rec -> {
			String id = rec.getField("id");
			if (reader.item(id, SimulationWriter.ITEMS) != prices.size()) {
				throw new IllegalArgumentException("item '" + id + "' is listed twice");
			}
			prices.add(number(rec.getField("price"), "price", true));
			titles.add(rec.getField("title"));
			kinds.add(rec.getField("kind"));
			categories.add(rec.getField("category"));
			String t = rec.getField("tags");
			tags.add(t.isEmpty() ? new String[0] : t.split(";"));
		});
		int itemCount = prices.size();
		if (!Files.isRegularFile(events)) {
			throw new IOException("missing " + events.getFileName() + " in " + dir);
		}
		if (hasDataRows(events)) {
			reader.read(events, EVENTS_MAPPING);
		}
		EventLog log = builder.build();
		float[] p = new float[itemCount];
		for (int i = 0; i < itemCount; i++) {
			p[i] = prices.get(i);
		}
		return new Dataset(log, new ItemCatalog(log.items(), p, titles.toArray(String[]::new),
				kinds.toArray(String[]::new), categories.toArray(String[]::new), tags.toArray(String[][]::new)));
	}

	/** Every column of the simulator's events.csv by name; timestamps ISO-8601 only. */
	private static final CsvMapping EVENTS_MAPPING = CsvMapping.parse(Arrays
			.stream(SimulationWriter.EVENTS_HEADER.split(",")).map(c -> c + "=" + c).collect(Collectors.joining(","))
			+ ",time-format=datetime");

	/** Whether the file has a line after its header: a simulation without events writes the header alone. */
	private static boolean hasDataRows(Path file) throws IOException {
		try (var lines = Files.lines(file)) {
			return lines.skip(1).anyMatch(l -> !l.isEmpty());
		} catch (java.io.UncheckedIOException e) {
			return true; // undecodable text: the reader reports it with its line
		}
	}

	/** A plain decimal ({@link Decimals}): not NaN, Infinity, 12d or 0x1p4, which Float.parseFloat accepts. */
	private static float number(String text, String field, boolean nonNegative) {
		float v;
		try {
			v = (float) Decimals.parseFinite(text.trim());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("column " + field + ": '" + text + "' is not a decimal number");
		}
		if (nonNegative && v < 0) {
			throw new IllegalArgumentException("column " + field + ": " + text + " is negative");
		}
		return v;
	}

	private static void readIds(Path file, Consumer<String> intern) throws IOException {
		read(file, List.of("id"), rec -> intern.accept(rec.getField("id")));
	}

	/** Reads a CSV file with a header, checking the columns, and reports bad lines with file name and line. */
	private static void read(Path file, List<String> columns, Consumer<NamedCsvRecord> row) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new IOException("missing " + file.getFileName() + " in " + file.getParent());
		}
		try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
			boolean checked = false;
			for (NamedCsvRecord rec : reader) {
				if (!checked) {
					for (String c : columns) {
						if (!rec.getHeader().contains(c)) {
							throw new IOException(file.getFileName() + ": no column '" + c + "' in header "
									+ rec.getHeader());
						}
					}
					checked = true;
				}
				try {
					row.accept(rec);
				} catch (IllegalArgumentException e) {
					throw new IOException(file.getFileName() + " line " + rec.getStartingLineNumber() + ": "
							+ e.getMessage(), e);
				}
			}
		} catch (de.siegmar.fastcsv.reader.CsvParseException e) {
			throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
		}
	}
}
