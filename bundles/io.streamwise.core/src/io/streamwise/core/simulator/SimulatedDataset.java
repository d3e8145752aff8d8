package io.streamwise.core.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.api.data.ItemCatalog;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.io.Decimals;
import io.streamwise.core.io.IdPolicy;

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
		UnaryOperator<String> mapper = ids.viewerMapper();
		Map<String, String> seen = new HashMap<>();
		UnaryOperator<String> viewerId = ids.isPseudonymised() ? raw -> seen.computeIfAbsent(raw, mapper)
				: UnaryOperator.identity();
		monitor.begin("Loading synthetic live-commerce data", 1);
		EventLogBuilder builder = new EventLogBuilder();
		Path viewers = dir.resolve(SimulationWriter.VIEWERS);
		if (Files.exists(viewers)) {
			readIds(viewers, v -> builder.viewer(viewerId.apply(v)));
		}
		Path streams = dir.resolve(SimulationWriter.STREAMS);
		if (Files.exists(streams)) {
			readIds(streams, builder::stream);
		}
		List<Float> prices = new ArrayList<>();
		List<String> titles = new ArrayList<>(), kinds = new ArrayList<>(), categories = new ArrayList<>();
		List<String[]> tags = new ArrayList<>();
		Path items = dir.resolve(SimulationWriter.ITEMS);
		read(items, List.of("id", "kind", "title", "category", "tags", "price"), rec -> {
			String id = rec.getField("id");
			if (builder.item(id) != prices.size()) {
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
		Path events = dir.resolve(SimulationWriter.EVENTS);
		long[] rows = { 0 };
		read(events, List.of(SimulationWriter.EVENTS_HEADER.split(",")), rec -> {
			if ((++rows[0] & 65535) == 0) {
				monitor.checkCancelled();
			}
			String stream = rec.getField("stream"), item = rec.getField("item"), value = rec.getField("value");
			EventType type = EventType.parse(rec.getField("type"));
			if (type == null) {
				throw new IllegalArgumentException("unknown event type '" + rec.getField("type") + "'");
			}
			int itemIndex = item.isEmpty() ? -1 : builder.item(item);
			if (itemIndex >= itemCount) {
				throw new IllegalArgumentException("item '" + item + "' is not in " + SimulationWriter.ITEMS);
			}
			long time;
			try {
				time = Instant.parse(rec.getField("timestamp")).getEpochSecond();
			} catch (DateTimeParseException e) {
				throw new IllegalArgumentException("timestamp '" + rec.getField("timestamp") + "' is not ISO-8601");
			}
			builder.add(builder.viewer(viewerId.apply(rec.getField("viewer"))),
					stream.isEmpty() ? -1 : builder.stream(stream), itemIndex, type, time,
					value.isEmpty() ? Float.NaN : number(value, "value", false));
		});
		EventLog log = builder.build();
		float[] p = new float[itemCount];
		for (int i = 0; i < itemCount; i++) {
			p[i] = prices.get(i);
		}
		monitor.worked(1);
		return new Dataset(log, new ItemCatalog(log.items(), p, titles.toArray(String[]::new),
				kinds.toArray(String[]::new), categories.toArray(String[]::new), tags.toArray(String[][]::new)));
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
