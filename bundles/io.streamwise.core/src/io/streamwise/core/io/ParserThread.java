package io.streamwise.core.io;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import de.siegmar.fastcsv.reader.CsvParseException;

/**
 * Parses on a second thread while the calling thread validates, interns and builds: on two cores the two largest
 * parts of an import overlap. Chunks come back in file order, so the log is the same as a one-thread import. A
 * parse or read error travels to the calling thread with the line where it happened.
 */
final class ParserThread implements AutoCloseable {
	/*
	 * Chunks in flight (about 0.9 MB each). On a busy machine either thread may wait tens of milliseconds for a core;
	 * with a few chunks only the other then soon waits for it, and an import took 3 to 4 times as long as a bare parse
	 * (the main thread parked for 70 % of it). A deeper queue lets each thread run on through the other's pauses.
	 */
	private static final int CHUNKS = 32;
	/**
	 * Chunks waiting for the importing thread from which this thread, being ahead, parses the timestamps of the next
	 * chunk itself. A fixed split of the work balances the two threads only while both cores run at the same speed;
	 * on a shared machine one often runs slower for a while (with one core half taken by another process, imports
	 * took 2.46 s instead of 2.59 s).
	 */
	static final int HELP_WHEN_WAITING = 4;
	private static final RecordChunk END = new RecordChunk();
	private final java.util.concurrent.BlockingQueue<RecordChunk> filled = new java.util.concurrent.ArrayBlockingQueue<>(
			CHUNKS + 1);
	/*
	 * First in, first out, and it must stay so: after handing a full chunk over, this thread still moves the record
	 * FastCSV read ahead out of it (RecordBuffer.target). That is safe because a chunk handed over comes back only
	 * after the CHUNKS - 1 others; taken last in, first out, the first import failed at once.
	 */
	private final java.util.concurrent.BlockingQueue<RecordChunk> empty = new java.util.concurrent.ArrayBlockingQueue<>(
			CHUNKS);
	private final Thread thread;
	private final Path file;
	private final FieldColumns fields;
	private volatile boolean stop;
	/** What ended the parser thread early: an exception, or an error such as OutOfMemoryError. */
	private volatile Throwable failure;
	private volatile long failureLine;

	ParserThread(java.util.Iterator<RecordBuffer> it, RecordBuffer source, Path file, FieldColumns fields) {
		this(it, source, file, fields, HELP_WHEN_WAITING);
	}

	/** @param helpWhenWaiting see {@link #HELP_WHEN_WAITING}; 0 parses every full chunk's timestamps here */
	ParserThread(java.util.Iterator<RecordBuffer> it, RecordBuffer source, Path file, FieldColumns fields,
			int helpWhenWaiting) {
		this.file = file;
		this.fields = fields;
		for (int i = 0; i < CHUNKS; i++) {
			empty.add(new RecordChunk());
		}
		thread = new Thread(() -> {
			try { // everything in here: whatever ends this thread must reach the caller, or next() waits for ever
				int viewerCol = fields.viewerCol, valueCol = fields.valueCol, typeCol = fields.typeCol;
				int timeCol = fields.timeCol;
				CsvMapping.TimestampFormat timeFormat = fields.timeFormat;
				// this thread's own: made here, away from the importing thread's objects
				boolean[] numeric = new boolean[1];
				FieldParsers.MinuteCache minutes = new FieldParsers.MinuteCache();
				RecordChunk chunk = take();
				if (chunk != null) {
					source.target(chunk); // the first record may have been read ahead into another chunk
				}
				while (chunk != null && it.hasNext()) {
					it.next();
					source.commit();
					FieldColumns.parse(chunk, chunk.records - 1, viewerCol, valueCol, typeCol);
					if (chunk.full()) {
						if (filled.size() >= helpWhenWaiting) {
							FieldColumns.parseTimes(chunk, timeCol, timeFormat, numeric, minutes);
						}
						if (!put(chunk)) {
							return;
						}
						chunk = take();
						if (chunk != null) {
							source.target(chunk);
						}
					}
				}
				if (chunk != null && chunk.records > 0) {
					put(chunk);
				}
			} catch (RuntimeException | Error e) {
				// Errors too: the calling thread rethrows them, so that running out of memory while parsing ends
				// the import with the heap advice instead of a stack trace from this thread and a truncated log
				failureLine = source.line;
				failure = e;
			} finally {
				put(END);
			}
		}, "streamwise-csv-parser");
		thread.setDaemon(true);
		thread.start();
	}

	private RecordChunk take() {
		try {
			RecordChunk c = null;
			while (!stop && c == null) {
				c = empty.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
			}
			if (c != null) {
				c.clear();
			}
			return c;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private boolean put(RecordChunk c) {
		try {
			while (!stop) {
				if (filled.offer(c, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
					return true;
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	/** The next chunk in file order, or null at the end. */
	RecordChunk next() throws ImportException {
		RecordChunk c;
		try {
			c = filled.take();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ImportException(file, 0, null, "interrupted");
		}
		if (c != END) {
			fields.complete(c);
			return c;
		}
		Throwable e = failure;
		if (e instanceof Error error) {
			throw error;
		}
		if (e instanceof CsvParseException p) {
			throw new ImportException(file, failureLine, null, "malformed CSV: " + p.getMessage(), p);
		}
		if (e instanceof UncheckedIOException io) {
			throw new ImportException(file, failureLine, null, "read failed: " + io.getCause().getMessage(),
					io.getCause());
		}
		if (e != null) {
			throw (RuntimeException) e;
		}
		return null;
	}

	void recycle(RecordChunk c) {
		empty.offer(c);
	}

	/** Stops the parser (after an error or cancellation here) and waits for it, so the file can be closed. */
	@Override
	public void close() {
		stop = true;
		filled.clear();
		try {
			thread.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
