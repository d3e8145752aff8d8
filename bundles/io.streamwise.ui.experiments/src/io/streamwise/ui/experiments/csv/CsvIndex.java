package io.streamwise.ui.experiments.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Random access to the records of a CSV file too large to hold: one scan notes the byte offset of every
 * {@value #PAGE}th record (quotes respected, so a field with a line break stays one record), and a page of records
 * is parsed with FastCSV from its offset when it is shown. Memory: one long per page plus a few parsed pages.
 */
public final class CsvIndex {

	/** Records per page: the unit that is parsed and cached. */
	public static final int PAGE = 256;
	private static final int CACHED_PAGES = 8;

	private final Path file;
	private final char separator;
	private long[] pageStarts = new long[64];
	/** Records after the header that the scan has found so far. */
	private volatile int records;
	private volatile boolean complete;
	private final Map<Integer, List<String[]>> cache = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Integer, List<String[]>> eldest) {
			return size() > CACHED_PAGES;
		}
	};
	private final String[] header;

	private CsvIndex(Path file, char separator, String[] header) {
		this.file = file;
		this.separator = separator;
		this.header = header;
	}

	/** Reads the header and guesses the separator (the most frequent of , ; tab | on the first line). */
	public static CsvIndex open(Path file) throws IOException {
		String first;
		try (InputStream in = new BufferedInputStream(java.nio.file.Files.newInputStream(file))) {
			StringBuilder line = new StringBuilder();
			int b;
			while ((b = in.read()) >= 0 && b != '\n' && line.length() < 1_000_000) {
				line.append((char) b);
			}
			first = line.toString();
		}
		char separator = ',';
		long best = first.chars().filter(c -> c == ',').count();
		for (char candidate : new char[] { ';', '\t', '|' }) {
			long count = first.chars().filter(c -> c == candidate).count();
			if (count > best) {
				best = count;
				separator = candidate;
			}
		}
		CsvIndex index = new CsvIndex(file, separator, new String[0]);
		List<String[]> head = index.parse(0, 1);
		return new CsvIndex(file, separator, head.isEmpty() ? new String[0] : head.get(0));
	}

	/**
	 * Scans the file for record boundaries; cancelled (returns false) when the supplier says so. Records become
	 * available as the scan passes them, so a viewer can show the first pages while it goes on.
	 */
	public boolean scan(BooleanSupplier cancelled) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
				InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16)) {
			long offset = 0;
			boolean quoted = false, atRecordStart = true, header = true;
			int found = 0;
			int b;
			while ((b = in.read()) >= 0) {
				if (atRecordStart) {
					atRecordStart = false;
					if (header) {
						header = false;
					} else {
						if (found % PAGE == 0) {
							notePage(found / PAGE, offset);
						}
						found++;
						if ((found & 0xFFF) == 0) {
							records = found;
							if (cancelled.getAsBoolean()) {
								return false;
							}
						}
					}
				}
				if (b == '"') {
					quoted = !quoted;
				} else if (b == '\n' && !quoted) {
					atRecordStart = true;
				}
				offset++;
			}
			records = found;
			complete = true;
			return true;
		}
	}

	private synchronized void notePage(int page, long offset) {
		if (page >= pageStarts.length) {
			pageStarts = Arrays.copyOf(pageStarts, pageStarts.length * 2);
		}
		pageStarts[page] = offset;
	}

	/** Records after the header found so far (all of them once {@link #complete()}). */
	public int records() {
		return records;
	}

	public boolean complete() {
		return complete;
	}

	public String[] header() {
		return header.clone();
	}

	public char separator() {
		return separator;
	}

	/** The fields of record {@code row} (0 is the first after the header); empty if the scan has not reached it. */
	public String[] record(int row) throws IOException {
		if (row < 0 || row >= records) {
			return new String[0];
		}
		int page = row / PAGE;
		List<String[]> records;
		synchronized (this) {
			records = cache.get(page);
		}
		if (records == null) {
			long start;
			synchronized (this) {
				start = pageStarts[page];
			}
			records = parse(start, PAGE);
			synchronized (this) {
				cache.put(page, records);
			}
		}
		int at = row % PAGE;
		return at < records.size() ? records.get(at) : new String[0];
	}

	private List<String[]> parse(long start, int count) throws IOException {
		List<String[]> out = new ArrayList<>(count);
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			channel.position(start);
			Reader reader = new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8);
			try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator).allowExtraFields(true)
					.allowMissingFields(true).ofCsvRecord(reader)) {
				for (CsvRecord record : csv) {
					out.add(record.getFields().toArray(String[]::new));
					if (out.size() == count) {
						break;
					}
				}
			}
		}
		return out;
	}
}
