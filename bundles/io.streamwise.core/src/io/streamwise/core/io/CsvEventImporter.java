package io.streamwise.core.io;

import java.io.IOException;
import java.nio.file.Path;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.progress.ProgressMonitor;

/**
 * Reads a delimited events file (by default the simulator's canonical {@code viewer,stream,item,type,timestamp,value}
 * CSV) into an {@link EventLog}. Bad rows do not stop the import: they are listed in the {@link ImportReport} with
 * file, line, column and reason. Only problems that leave nothing to import throw {@link ImportException}.
 */
public final class CsvEventImporter {

	private CsvEventImporter() {
	}

	/** Reads a canonical file with raw ids. */
	public static EventImport read(Path file) throws IOException {
		return read(file, CsvMapping.defaults(), IdPolicy.raw(), ProgressMonitor.NULL);
	}

	/** Reads one file with the {@link ImportOptions#defaults() default options}. */
	public static EventImport read(Path file, CsvMapping mapping, IdPolicy ids, ProgressMonitor monitor)
			throws IOException {
		return read(file, mapping, ids, ImportOptions.defaults(), monitor);
	}

	/**
	 * Reads one file. Progress is reported in bytes of the file; cancellation is checked every 65,536 rows.
	 *
	 * @throws ImportException                                 when the file is missing or empty, a required column is
	 *                                                         missing, or every row is rejected
	 * @throws TooManyRejectedException                        when more rows are rejected than the options allow
	 * @throws io.streamwise.api.progress.CancelledException when the monitor is cancelled
	 */
	public static EventImport read(Path file, CsvMapping mapping, IdPolicy ids, ImportOptions options,
			ProgressMonitor monitor) throws IOException {
		monitor.begin("Importing " + file.getFileName(), ImportSession.sizeOf(file));
		ImportSession session = new ImportSession(ids, options, monitor);
		session.readFile(file, mapping, '"');
		session.checkRejectedShare();
		monitor.subTask("Sorting " + session.rowsAccepted() + " events by time");
		EventLog log = session.build();
		return new EventImport(log, session.report());
	}
}
