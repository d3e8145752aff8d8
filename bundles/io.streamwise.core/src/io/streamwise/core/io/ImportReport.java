package io.streamwise.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * What an import read and what became of each row. Rows read = rows accepted + rows rejected (in event files);
 * accepted rows minus exact duplicates are the events of the log. At most {@link #MAX_KEPT_REJECTIONS} rejected rows
 * are kept with their text; {@link #rejectedCount()} counts them all.
 *
 * @param sources           the files read
 * @param rowsRead          data rows of the event files (header and blank lines excluded)
 * @param rowsAccepted      rows that became events before duplicate removal
 * @param duplicatesRemoved exact duplicates dropped while building the log
 * @param rejectedCount     all rejected rows and lines, including side files such as a RecBole {@code .item}
 * @param rejectedRows      the first rejected rows, in file and line order
 * @param warnings          things read in a way the user may not expect, such as timestamps taken as milliseconds
 */
public record ImportReport(List<String> sources, long rowsRead, long rowsAccepted, long duplicatesRemoved,
		long rejectedCount, List<RejectedRow> rejectedRows, List<String> warnings) {

	/** Rejected rows kept with their text; a file of millions of bad rows should not exhaust memory. */
	public static final int MAX_KEPT_REJECTIONS = 100_000;

	public ImportReport {
		sources = List.copyOf(sources);
		rejectedRows = List.copyOf(rejectedRows);
		warnings = List.copyOf(warnings);
	}

	/** Events in the built log. */
	public long events() {
		return rowsAccepted - duplicatesRemoved;
	}

	/**
	 * Writes the rejected rows as CSV ({@code file,line,column,reason,raw}) to a temporary file beside the target and
	 * moves it into place, so that the target is either the old or the complete new file.
	 */
	public void writeRejected(Path csv) throws IOException {
		Files.createDirectories(csv.toAbsolutePath().getParent());
		AtomicFiles.write(csv, w -> {
			try (CsvWriter out = CsvWriter.builder().build(w)) {
				out.writeRecord("file", "line", "column", "reason", "raw");
				for (RejectedRow r : rejectedRows) {
					out.writeRecord(r.file(), Long.toString(r.line()), r.column(), r.reason(), r.rawText());
				}
			}
		});
	}

	/** One paragraph for people: what was read, kept, removed and rejected, and the first problem. */
	public String summary() {
		StringBuilder sb = new StringBuilder();
		sb.append("Read ").append(n(rowsRead)).append(rowsRead == 1 ? " row" : " rows").append(" from ")
				.append(String.join(" and ", sources.stream().map(s -> Path.of(s).getFileName().toString()).toList()))
				.append(": ").append(n(rowsAccepted)).append(" accepted, ").append(n(duplicatesRemoved))
				.append(duplicatesRemoved == 1 ? " exact duplicate" : " exact duplicates").append(" removed, ")
				.append(n(rejectedCount)).append(" rejected");
		if (!rejectedRows.isEmpty()) {
			RejectedRow first = rejectedRows.get(0);
			sb.append(" (first: ").append(Path.of(first.file()).getFileName()).append(" line ").append(first.line())
					.append(", column ").append(first.column()).append(": ").append(first.reason()).append(')');
		}
		sb.append(". The log holds ").append(n(events())).append(events() == 1 ? " event." : " events.");
		if (rejectedCount > rejectedRows.size()) {
			sb.append(" Only the first ").append(n(rejectedRows.size())).append(" rejected rows are listed.");
		}
		for (String w : warnings) {
			sb.append(" Warning: ").append(w);
		}
		return sb.toString();
	}

	private static String n(long v) {
		return String.format(Locale.ROOT, "%,d", v);
	}
}
