package io.streamwise.core.io;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import de.siegmar.fastcsv.reader.CsvParseException;

/**
 * Parses on two more threads while the calling thread validates, interns and builds: on two cores the largest parts of
 * an import overlap. The parser thread runs FastCSV and copies the records into chunks; the field thread parses each
 * chunk's timestamps, values and event types and numbers its item and stream ids ({@link FieldColumns}). Chunks pass
 * from one thread to the next in file order, so the log is the same as a one-thread import. A parse or read error
 * travels to the calling thread with the line where it happened, after the chunks before it.
 */
final class ParserThread implements AutoCloseable {
	/*
	 * Chunks in flight (about 0.9 MB each). On a busy machine either thread may wait tens of milliseconds for a core;
	 * with a few chunks only the other then soon waits for it, and an import took 3 to 4 times as long as a bare parse
	 * (the main thread parked for 70 % of it). A deeper queue lets each thread run on through the other's pauses.
	 */
	private static final int CHUNKS = 32;
	private static final RecordChunk END = new RecordChunk();
	/** Chunks FastCSV filled, waiting for the field thread. */
	private final java.util.concurrent.BlockingQueue<RecordChunk> parsed = new java.util.concurrent.ArrayBlockingQueue<>(
			CHUNKS + 1);
	/** Chunks ready for the calling thread. */
	private final java.util.concurrent.BlockingQueue<RecordChunk> filled = new java.util.concurrent.ArrayBlockingQueue<>(
			CHUNKS + 1);
	private final java.util.concurrent.BlockingQueue<RecordChunk> empty = new java.util.concurrent.ArrayBlockingQueue<>(
			CHUNKS);
	private final Thread thread, fieldThread;
	private final Path file;
	private volatile boolean stop;
	/** What ended the parser thread early: an exception, or an error such as OutOfMemoryError. */
	private volatile Throwable failure;
	private volatile long failureLine;
	/** What ended the field thread early; it comes first in file order (the parser thread was further on). */
	private volatile Throwable fieldFailure;

	ParserThread(java.util.Iterator<RecordBuffer> it, RecordBuffer source, Path file, FieldColumns fields) {
		this.file = file;
		for (int i = 0; i < CHUNKS; i++) {
			empty.add(new RecordChunk());
		}
		/*
		 * The field work ran on the parser thread, which made it the slowest of the two (FastCSV alone costs about a
		 * bare parse): a third thread lets the two cores share it with the calling thread's work.
		 */
		fieldThread = new Thread(() -> {
			try {
				for (RecordChunk chunk = take(parsed); chunk != null && chunk != END; chunk = take(parsed)) {
					for (int r = 0; r < chunk.records; r++) {
						fields.parse(chunk, r);
					}
					fields.finish(chunk);
					fields.numberIds(chunk);
					if (!put(filled, chunk)) {
						return;
					}
				}
			} catch (RuntimeException | Error e) {
				fieldFailure = e;
			} finally {
				put(filled, END);
			}
		}, "streamwise-csv-fields");
		thread = new Thread(() -> {
			try {
				RecordChunk chunk = takeEmpty();
				if (chunk != null) {
					source.target(chunk); // the first record may have been read ahead into another chunk
				}
				while (chunk != null && it.hasNext()) {
					it.next();
					source.commitTo(chunk);
					if (chunk.full()) {
						if (!put(parsed, chunk)) {
							return;
						}
						chunk = takeEmpty();
						if (chunk != null) {
							source.target(chunk);
						}
					}
				}
				if (chunk != null && chunk.records > 0) {
					put(parsed, chunk);
				}
			} catch (RuntimeException | Error e) {
				// Errors too: the calling thread rethrows them, so that running out of memory while parsing ends
				// the import with the heap advice instead of a stack trace from this thread and a truncated log
				failureLine = source.line;
				failure = e;
			} finally {
				put(parsed, END);
			}
		}, "streamwise-csv-parser");
		thread.setDaemon(true);
		fieldThread.setDaemon(true);
		fieldThread.start();
		thread.start();
	}

	/** The next chunk of a queue, waiting while the import goes on; null when stopped. */
	private RecordChunk take(java.util.concurrent.BlockingQueue<RecordChunk> queue) {
		try {
			RecordChunk c = null;
			while (!stop && c == null) {
				c = queue.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
			}
			return c;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private RecordChunk takeEmpty() {
		RecordChunk c = take(empty);
		if (c != null) {
			c.clear();
		}
		return c;
	}

	private boolean put(java.util.concurrent.BlockingQueue<RecordChunk> queue, RecordChunk c) {
		try {
			while (!stop) {
				if (queue.offer(c, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
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
			return c;
		}
		Throwable e = fieldFailure != null ? fieldFailure : failure;
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
		parsed.clear();
		try {
			thread.join();
			fieldThread.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
