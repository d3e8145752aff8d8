package io.streamwise.core.io;

import java.util.Arrays;

import io.streamwise.api.data.EventLog;

/**
 * A training file and a test file read into one log with shared dictionaries.
 *
 * @param log       all events of both files, in time order
 * @param trainRows the rows of {@code log} that came from the training file, ascending
 * @param testRows  the rows of {@code log} that came from the test file, ascending
 * @param report    one report over both files
 */
public record TrainTestImport(EventLog log, int[] trainRows, int[] testRows, ImportReport report) {

	/** The training events as a log sharing the dictionaries. */
	public EventLog train() {
		return log.select(trainRows);
	}

	/** The test events as a log sharing the dictionaries. */
	public EventLog test() {
		return log.select(testRows);
	}

	@Override
	public int[] trainRows() {
		return trainRows.clone();
	}

	@Override
	public int[] testRows() {
		return testRows.clone();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof TrainTestImport t && log == t.log && Arrays.equals(trainRows, t.trainRows)
				&& Arrays.equals(testRows, t.testRows) && report.equals(t.report);
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(log) * 31 + Arrays.hashCode(trainRows);
	}

	@Override
	public String toString() {
		return "TrainTestImport[" + log + ", " + trainRows.length + " train rows, " + testRows.length + " test rows]";
	}
}
