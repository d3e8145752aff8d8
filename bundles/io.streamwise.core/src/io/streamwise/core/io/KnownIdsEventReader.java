package io.streamwise.core.io;

import java.io.IOException;
import java.nio.file.Path;

import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.progress.ProgressMonitor;

/**
 * Reads an events file whose ids are listed beforehand (the simulator's folder: viewers.csv, streams.csv, items.csv)
 * through the import's parser into the caller's plain {@link EventLogBuilder}: registered ids keep their indices,
 * events may name only registered items, and the first bad row fails the read with an {@link ImportException} naming
 * file, line and column. It is the same parser, validation and interning as {@link CsvEventImporter}, so a folder
 * loads as fast as a CSV import.
 */
public final class KnownIdsEventReader {

	private final ImportSession session;

	/** Reads into a builder that is not {@link EventLogBuilder#canonical() canonical}. */
	public KnownIdsEventReader(EventLogBuilder builder, IdPolicy ids, ProgressMonitor monitor) {
		session = new ImportSession(builder, ids, monitor);
	}

	/** Registers a viewer by its raw id (pseudonymised as the policy says). */
	public void viewer(String rawId) {
		session.knownViewer(rawId);
	}

	public void stream(String id) {
		session.knownStream(id);
	}

	/**
	 * Registers an item; once one is, events naming any other item are bad rows.
	 *
	 * @param catalog the name of the file listing the items, for the message
	 * @return the item's index in the builder
	 */
	public int item(String id, String catalog) {
		return session.knownItem(id, catalog);
	}

	/**
	 * Reads every row of the file into the builder.
	 *
	 * @return the number of events added
	 * @throws ImportException at the first bad row (file, line, column, reason), or when the file is missing, empty or
	 *                         lacks a column of the mapping
	 */
	public long read(Path file, CsvMapping mapping) throws IOException {
		return session.readFile(file, mapping, '"');
	}
}
