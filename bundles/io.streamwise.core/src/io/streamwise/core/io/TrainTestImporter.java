package io.streamwise.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.progress.ProgressMonitor;

/**
 * Reads a given train/test split (two files of one format) into one {@link EventLog}, so that viewer and item indices
 * mean the same in both parts. An event that occurs identically in both files is kept once, in the training part.
 */
public final class TrainTestImporter {

	private TrainTestImporter() {
	}

	/** Reads with the {@link ImportOptions#defaults() default options}. */
	public static TrainTestImport read(Path train, Path test, CsvMapping mapping, IdPolicy ids,
			ProgressMonitor monitor) throws IOException {
		return read(train, test, mapping, ids, ImportOptions.defaults(), monitor);
	}

	/**
	 * @throws ImportException when either file cannot be imported (see {@link CsvEventImporter}), or more rows of
	 *                         the two are rejected than the options allow
	 */
	public static TrainTestImport read(Path train, Path test, CsvMapping mapping, IdPolicy ids, ImportOptions options,
			ProgressMonitor monitor) throws IOException {
		monitor.begin("Importing " + train.getFileName() + " and " + test.getFileName(),
				ImportSession.sizeOf(train) + ImportSession.sizeOf(test));
		ImportSession session = new ImportSession(ids, options, monitor);
		long trainEvents = session.readFile(train, mapping, '"');
		session.readFile(test, mapping, '"');
		session.checkRejectedShare();
		EventLog log = session.build();
		// input positions below trainEvents were added while reading the training file
		int[] input = session.inputRows();
		int[] trainRows = new int[input.length], testRows = new int[input.length];
		int nTrain = 0, nTest = 0;
		for (int row = 0; row < input.length; row++) {
			if (input[row] < trainEvents) {
				trainRows[nTrain++] = row;
			} else {
				testRows[nTest++] = row;
			}
		}
		return new TrainTestImport(log, Arrays.copyOf(trainRows, nTrain), Arrays.copyOf(testRows, nTest),
				session.report());
	}
}
