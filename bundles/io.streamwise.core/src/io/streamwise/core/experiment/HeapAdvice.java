package io.streamwise.core.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What to say when the heap runs out: how big the data being loaded or held is, how much memory it needs, and which
 * option gives more. The dataset loader notes the file it starts reading ({@link #reading(Path)}) and the events it
 * loaded ({@link #loaded(long)}); the command line and failed cells ask {@link #advice()} after an
 * {@link OutOfMemoryError}. Process-wide, because the heap is.
 */
public final class HeapAdvice {

	/** What an event costs in memory once loaded: the columnar log keeps 18-20 bytes (README, docs/benchmarks.md). */
	public static final int BYTES_PER_EVENT = 20;
	/** How much more than the loaded log reading it takes at its peak: 1.76x measured (docs/benchmarks.md). */
	public static final int IMPORT_PEAK_FACTOR = 2;
	/** How many bytes of a file are read to estimate its bytes per line. */
	private static final int SAMPLE_BYTES = 1 << 16;

	/** The data as far as known: a file being read (bytes, estimated events) or a loaded log (events). */
	record Data(String name, long bytes, long events, boolean loaded) {
	}

	private static volatile Data current;

	private HeapAdvice() {
	}

	/**
	 * Notes that a file or folder (its largest file) is being read: its size, and its events estimated from the
	 * lines in its first 64 KB. Never fails: without a readable file there is nothing to note.
	 */
	public static void reading(Path location) {
		try {
			Path file = Files.isDirectory(location) ? largestFile(location) : location;
			if (file == null || !Files.isRegularFile(file)) {
				return;
			}
			long bytes = Files.size(file);
			current = new Data(file.getFileName().toString(), bytes, estimateLines(file, bytes), false);
		} catch (IOException | RuntimeException e) {
			// the advice is a courtesy: an unreadable file is reported by the reader itself
		}
	}

	/** Notes that the log now in memory holds this many events. */
	public static void loaded(long events) {
		Data d = current;
		current = new Data(d == null ? "the event log" : d.name(), d == null ? -1 : d.bytes(), events, true);
	}

	/** Forgets what was noted (tests; a process that loads something else next). */
	public static void clear() {
		current = null;
	}

	/** The advice for this process's heap limit and the data noted so far. */
	public static String advice() {
		return advice(Runtime.getRuntime().maxMemory(), current);
	}

	/**
	 * One sentence: the heap limit, the data's size and what it needs at {@value #BYTES_PER_EVENT} bytes per event
	 * (and up to {@value #IMPORT_PEAK_FACTOR} times that while it is read), plus the algorithms' working sets, and the
	 * option that sets the limit.
	 */
	static String advice(long maxHeap, Data data) {
		long mb = maxHeap >> 20;
		StringBuilder s = new StringBuilder("the Java heap is limited to " + mb + " MB");
		long need = 0;
		if (data != null && data.events() > 0) {
			long logBytes = data.events() * BYTES_PER_EVENT;
			s.append(String.format(Locale.ROOT, "; %s%s holds %s%s events, which need about %s at ~%d bytes per event",
					data.name(), data.bytes() > 0 ? " (" + size(data.bytes()) + ")" : "",
					data.loaded() ? "" : "about ", count(data.events()), size(logBytes), BYTES_PER_EVENT));
			if (!data.loaded()) {
				s.append(String.format(Locale.ROOT, " (up to %d times that while it is read)", IMPORT_PEAK_FACTOR));
			}
			s.append(" plus the algorithms' working sets (an item-item model such as itemknn or ease: 8 bytes per"
					+ " item pair)");
			need = data.loaded() ? 2 * logBytes : IMPORT_PEAK_FACTOR * logBytes;
		}
		long gigabytes = Math.max(Math.max(2, 2 * mb / 1024 + 1), (need >> 30) + 2);
		s.append("; give more with STREAMWISE_VMARGS=-Xmx").append(gigabytes)
				.append("g (the launcher's default is -XX:MaxRAMPercentage=70, 70 % of this machine's memory)");
		return s.toString();
	}

	private static Path largestFile(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).max(Comparator.comparingLong(HeapAdvice::sizeOrZero))
					.orElse(null);
		}
	}

	private static long sizeOrZero(Path p) {
		try {
			return Files.size(p);
		} catch (IOException e) {
			return 0;
		}
	}

	/** Lines in the whole file, estimated from the newlines in its first 64 KB (the header counted as one). */
	static long estimateLines(Path file, long bytes) throws IOException {
		byte[] sample = new byte[(int) Math.min(SAMPLE_BYTES, bytes)];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(sample, 0, sample.length);
		}
		int newlines = 0;
		for (int i = 0; i < read; i++) {
			if (sample[i] == '\n') {
				newlines++;
			}
		}
		if (read == 0 || newlines == 0) {
			return read == 0 ? 0 : 1;
		}
		return Math.max(1, Math.round((double) bytes * newlines / read));
	}

	private static String size(long bytes) {
		if (bytes >= 1L << 30) {
			return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
		}
		if (bytes >= 1L << 20) {
			return String.format(Locale.ROOT, "%d MB", (bytes + (1 << 19)) >> 20);
		}
		return String.format(Locale.ROOT, "%d KB", Math.max(1, (bytes + 1023) >> 10));
	}

	private static String count(long n) {
		if (n >= 1_000_000) {
			return String.format(Locale.ROOT, "%.1f million", n / 1e6);
		}
		return String.format(Locale.ROOT, "%,d", n);
	}
}
