package io.streamwise.stream;

import java.io.IOException;
import java.util.NoSuchElementException;

import com.yahoo.labs.samoa.instances.Instance;
import com.yahoo.labs.samoa.instances.InstancesHeader;

/**
 * A file's rows as a {@link LabelledStream}, read as they are evaluated. Arrival times come from a clock column
 * (rounded down; they must not go back) or are the row's position; label times are the arrival time plus a fixed
 * delay, or come from a label-time column (rounded up; not before the row arrives). A bad row or time stops the pass
 * with a {@link StreamDataException} naming the file and line.
 */
public final class FileStream implements LabelledStream, AutoCloseable {

	private final StreamSource.Rows rows;
	private final String timeColumn;
	private final int timeIndex;
	private final long fixedDelay;
	private final String delayColumn;
	private final int delayIndex;
	private boolean fetched;
	private boolean hasRow;
	private Instance instance;
	private long position = -1;
	private long arrival;
	private long labelTime;
	private long previousArrival = Long.MIN_VALUE;

	private FileStream(StreamSource.Rows rows, String timeColumn, long fixedDelay, String delayColumn) {
		this.rows = rows;
		this.timeColumn = timeColumn;
		this.fixedDelay = fixedDelay;
		this.delayColumn = delayColumn;
		timeIndex = index(rows.source(), timeColumn);
		delayIndex = index(rows.source(), delayColumn);
	}

	private static int index(StreamSource source, String column) {
		if (column == null) {
			return -1;
		}
		int i = source.heldOutNames().indexOf(column);
		if (i < 0) {
			throw new IllegalArgumentException("'" + column + "' was not opened as a held-out column");
		}
		return i;
	}

	/**
	 * A new pass over the source's rows.
	 *
	 * @param timeColumn  held-out column of arrival times, or null for the row's position
	 * @param fixedDelay  labels arrive this long after their row (in the clock's unit); ignored with a delay column
	 * @param delayColumn held-out column of label times, or null
	 */
	public static FileStream open(StreamSource source, String timeColumn, long fixedDelay, String delayColumn)
			throws IOException {
		if (fixedDelay < 0) {
			throw new IllegalArgumentException("the delay must not be negative, got " + fixedDelay);
		}
		StreamSource.Rows rows = source.rows();
		try {
			return new FileStream(rows, timeColumn, fixedDelay, delayColumn);
		} catch (RuntimeException e) {
			rows.close();
			throw e;
		}
	}

	@Override
	public InstancesHeader header() {
		return rows.source().header();
	}

	@Override
	public boolean hasNext() {
		if (!fetched) {
			hasRow = rows.next();
			fetched = true;
		}
		return hasRow;
	}

	@Override
	public Instance next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		fetched = false;
		position++;
		instance = rows.instance();
		String file = rows.source().file().toString();
		if (timeIndex >= 0) {
			arrival = (long) Math.floor(rows.heldOut(timeIndex));
			if (arrival < previousArrival) {
				throw new StreamDataException(file + ":" + rows.line() + ": time column '" + timeColumn
						+ "' goes back (" + arrival + " after " + previousArrival
						+ "); rows must be in arrival order");
			}
			previousArrival = arrival;
		} else {
			arrival = position;
		}
		if (delayIndex >= 0) {
			labelTime = (long) Math.ceil(rows.heldOut(delayIndex));
			if (labelTime < arrival) {
				throw new StreamDataException(file + ":" + rows.line() + ": label time '" + delayColumn + "' = "
						+ labelTime + " is before the row arrives (" + arrival + ")");
			}
		} else {
			labelTime = arrival + fixedDelay;
		}
		return instance;
	}

	@Override
	public long arrivalTime() {
		return arrival;
	}

	@Override
	public long labelTime() {
		return labelTime;
	}

	/** Rows delivered by {@link #next()} so far. */
	public long count() {
		return position + 1;
	}

	@Override
	public void close() throws IOException {
		rows.close();
	}
}
