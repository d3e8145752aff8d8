package io.streamwise.core.experiment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.streamwise.core.experiment.ExperimentResult.Value;
import io.streamwise.core.io.OutputFolder;

/**
 * The journal of a run, {@value #FILE} in its output folder: one line per finished cell (algorithm and fold, with its
 * seed, its values, its measured cost, or why it failed), appended and forced to disk the moment the cell ends, so
 * that a run killed at cell 37 of 40 can be resumed with {@code --resume} and compute only the cells it lacks.
 * <p>
 * Each line is {@code CRC32 JSON}: eight hex digits of the CRC-32 of the JSON's UTF-8 bytes, a space, the JSON, a
 * newline. The first line is the header: what the cells depend on ({@link Identity}: the experiment's, the data's and
 * every algorithm's fingerprint) and the start time and environment of the run that began the journal, which a
 * resumed run records as its own, so that its results.json repeats the uninterrupted run's. The last line may be the
 * end record: the run's seconds, written when every cell had finished. A line without its newline (the process died
 * while writing it) or whose checksum does not match ends the trusted part: it and every line after it are dropped
 * and their cells computed again.
 * <p>
 * A new journal is written only when its first cell finishes, so that a run stopped before that leaves nothing. If
 * the output folder then holds an earlier complete run, that run is first kept as {@code DIR.previous-TIMESTAMP}.
 */
public final class RunJournal implements AutoCloseable {

	/** The journal's file name in the output folder. */
	public static final String FILE = OutputFolder.JOURNAL;
	static final String FORMAT = "streamwise-run-journal";
	static final int FORMAT_VERSION = 1;

	private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().disableHtmlEscaping()
			.create();

	/**
	 * What the journal's cells depend on: a journal whose identity differs from the run's is not resumed.
	 *
	 * @param experimentSha256 SHA-256 of the experiment as it runs (its file as Streamwise writes it)
	 * @param dataSha256       SHA-256 of the dataset (as results.json records it)
	 * @param algorithms       by label: the algorithm's id, bundle, bundle version and jar SHA-256
	 */
	public record Identity(String experimentSha256, String dataSha256, Map<String, String> algorithms) {
		public Identity {
			algorithms = Map.copyOf(algorithms);
		}
	}

	/** The first line. */
	record Header(String type, String format, int formatVersion, String experiment, String data,
			Map<String, String> algorithms, String startedAt, Map<String, String> environment) {
	}

	/** One finished cell; either values or failed (with timedOut when it exceeded the time limit). */
	record Cell(String type, String algorithm, int fold, long seed, List<Value> values, String failed,
			Boolean timedOut, double runSeconds) {

		CellGuard.Outcome outcome() {
			if (failed != null) {
				return Boolean.TRUE.equals(timedOut) ? new CellGuard.TimedOut(failed) : new CellGuard.Failed(failed);
			}
			return new CellGuard.Completed(values == null ? List.of() : values);
		}
	}

	/** The last line once every cell has finished: the run's seconds. */
	record End(String type, double runSeconds) {
	}

	private final Path dir;
	private final Path file;
	private final Header header;
	private final Map<String, Cell> cells = new HashMap<>();
	/** Seconds the run spent before this process took it up: up to the last trusted cell. */
	private final double priorSeconds;
	/** The end record's seconds, or NaN. */
	private double endSeconds;
	private final long segmentStart = System.nanoTime();
	private FileChannel channel;
	private Path previous;
	/** Whether the file exists: a new journal is written when its first cell finishes. */
	private boolean exists;

	private RunJournal(Path dir, Header header, double priorSeconds, double endSeconds, boolean exists) {
		this.dir = dir;
		this.file = dir.resolve(FILE);
		this.header = header;
		this.priorSeconds = priorSeconds;
		this.endSeconds = endSeconds;
		this.exists = exists;
	}

	/**
	 * Opens the journal of a run into dir.
	 *
	 * @param resume      continue the journal in dir, if any (without one every cell runs); otherwise start a new one
	 * @param startedAt   the start time of this run, recorded in a new journal's header
	 * @param environment this run's provenance facts, recorded in a new journal's header
	 * @param warnings    told about a journal whose damaged tail is dropped, or a resume with nothing to resume
	 * @throws OutputFolder.UnusableException when resuming a journal of another experiment, other data or other
	 *                                        algorithm versions; or, without resume, when dir holds the journal of an
	 *                                        unfinished run (resume it or choose another folder)
	 */
	public static RunJournal open(Path dir, Identity identity, String startedAt, Map<String, String> environment,
			boolean resume, Consumer<String> warnings) throws IOException {
		Path file = dir.resolve(FILE);
		Header fresh = new Header("header", FORMAT, FORMAT_VERSION, identity.experimentSha256(),
				identity.dataSha256(), new java.util.TreeMap<>(identity.algorithms()), startedAt,
				new LinkedHashMap<>(environment));
		if (!resume) {
			refuseUnfinished(dir);
			return new RunJournal(dir, fresh, 0, Double.NaN, false);
		}
		if (!Files.isRegularFile(file)) {
			warnings.accept("nothing to resume in " + dir + " (no " + FILE + "): every cell runs");
			return new RunJournal(dir, fresh, 0, Double.NaN, false);
		}
		Read read = read(file);
		if (read.header == null) {
			warnings.accept(file + ": " + read.damage + "; the journal cannot be trusted and every cell runs again");
			Files.delete(file);
			return new RunJournal(dir, fresh, 0, Double.NaN, false);
		}
		refuseIfDifferent(file, read.header, fresh);
		RunJournal journal = new RunJournal(dir, read.header, read.seconds, read.endSeconds, true);
		read.cells.forEach(c -> journal.cells.putIfAbsent(key(c.algorithm(), c.fold()), c));
		if (read.damage != null) {
			warnings.accept(file + ": " + read.damage + "; " + read.dropped
					+ " record(s) from there on are dropped and their cells computed again");
			rewrite(file, read.trusted);
		}
		return journal;
	}

	/**
	 * Refuses to start a run afresh in a folder that holds an unfinished run's journal: mixing its cells in would
	 * not be asked for, and replacing them would throw away what may be hours of work.
	 */
	public static void refuseUnfinished(Path dir) throws OutputFolder.UnusableException {
		if (Files.isRegularFile(dir.resolve(FILE)) && !Files.exists(dir.resolve(ResultsWriter.RESULTS_JSON))) {
			throw new OutputFolder.UnusableException(dir + " holds the journal of an unfinished run (" + FILE
					+ "); add --resume to finish it, or give another folder (or remove this one) to start afresh");
		}
	}

	/** What reading a journal found: the trusted lines and records, and what ended them early. */
	private record Read(List<String> trusted, Header header, List<Cell> cells, double seconds, double endSeconds,
			String damage, int dropped) {
	}

	private static Read read(Path file) throws IOException {
		String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
		List<String> trusted = new ArrayList<>();
		List<Cell> cells = new ArrayList<>();
		Header header = null;
		double seconds = 0, end = Double.NaN;
		String damage = null;
		int lineNo = 0, start = 0, dropped = 0;
		while (start < text.length()) {
			int nl = text.indexOf('\n', start);
			lineNo++;
			if (damage != null) {
				dropped++;
				start = nl < 0 ? text.length() : nl + 1;
				continue;
			}
			if (nl < 0) {
				damage = "line " + lineNo + " is truncated (no newline: the run was stopped while writing it)";
				dropped++;
				break;
			}
			String line = text.substring(start, nl);
			start = nl + 1;
			JsonObject json = checked(line);
			String type = json == null ? null : json.has("type") ? json.get("type").getAsString() : null;
			try {
				if (json == null) {
					damage = "line " + lineNo + " fails its checksum";
				} else if (lineNo == 1) {
					Header h = GSON.fromJson(json, Header.class);
					if (!"header".equals(type) || !FORMAT.equals(h.format()) || h.formatVersion() != FORMAT_VERSION) {
						damage = "line 1 is not a " + FORMAT + " header of version " + FORMAT_VERSION;
					} else {
						header = h;
					}
				} else if ("cell".equals(type)) {
					Cell c = GSON.fromJson(json, Cell.class);
					Objects.requireNonNull(c.algorithm());
					cells.add(c);
					seconds = Math.max(seconds, c.runSeconds());
				} else if ("end".equals(type)) {
					end = GSON.fromJson(json, End.class).runSeconds();
					seconds = Math.max(seconds, end);
				} else {
					damage = "line " + lineNo + " is of unknown type " + type;
				}
			} catch (JsonParseException | NullPointerException | IllegalStateException e) {
				damage = "line " + lineNo + " is not a readable record (" + e.getMessage() + ")";
			}
			if (damage == null) {
				trusted.add(line);
			} else {
				dropped++;
			}
		}
		return new Read(trusted, header, cells, seconds, end, damage, dropped);
	}

	/** The record on a line whose checksum matches, or null. */
	private static JsonObject checked(String line) {
		if (line.length() < 10 || line.charAt(8) != ' ') {
			return null;
		}
		String json = line.substring(9);
		long crc;
		try {
			crc = Long.parseLong(line.substring(0, 8), 16);
		} catch (NumberFormatException e) {
			return null;
		}
		if (crc != crc32(json)) {
			return null;
		}
		try {
			return JsonParser.parseString(json).getAsJsonObject();
		} catch (JsonParseException | IllegalStateException e) {
			return null;
		}
	}

	static long crc32(String json) {
		CRC32 crc = new CRC32();
		crc.update(json.getBytes(StandardCharsets.UTF_8));
		return crc.getValue();
	}

	/** The journal line of a record. */
	static String line(Object record) {
		String json = GSON.toJson(record);
		return String.format(java.util.Locale.ROOT, "%08x", crc32(json)) + " " + json + "\n";
	}

	private static void refuseIfDifferent(Path file, Header journal, Header now) throws OutputFolder.UnusableException {
		List<String> differences = new ArrayList<>();
		if (!Objects.equals(journal.experiment(), now.experiment())) {
			differences.add("the experiment differs (sha256 " + abbrev(now.experiment()) + " now, "
					+ abbrev(journal.experiment()) + " in the journal)");
		}
		if (!Objects.equals(journal.data(), now.data())) {
			differences.add("the data differ (sha256 " + abbrev(now.data()) + " now, " + abbrev(journal.data())
					+ " in the journal)");
		}
		Map<String, String> was = journal.algorithms() == null ? Map.of() : journal.algorithms();
		for (Map.Entry<String, String> a : now.algorithms().entrySet()) {
			String before = was.get(a.getKey());
			if (!a.getValue().equals(before)) {
				differences.add("algorithm '" + a.getKey() + "' is " + a.getValue() + " now, "
						+ (before == null ? "absent" : before) + " in the journal");
			}
		}
		if (!differences.isEmpty()) {
			throw new OutputFolder.UnusableException("cannot resume from " + file + ": " + String.join("; ",
					differences) + ". Its cells would not be this run's: run without --resume into another folder");
		}
	}

	private static String abbrev(String sha) {
		return sha == null ? "none" : sha.substring(0, Math.min(16, sha.length()));
	}

	/** Replaces the journal by its trusted lines, atomically, so that new records follow the last good one. */
	private static void rewrite(Path file, List<String> trusted) throws IOException {
		Path tmp = file.resolveSibling("." + FILE + ".rewrite.tmp");
		try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
				StandardOpenOption.WRITE)) {
			StringBuilder sb = new StringBuilder();
			trusted.forEach(l -> sb.append(l).append('\n'));
			writeFully(ch, sb.toString());
			ch.force(true);
		}
		try {
			Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static String key(String label, int fold) {
		return label + '\u0000' + fold;
	}

	/** The start time of the run that began the journal (this run's, for a new journal). */
	public String startedAt() {
		return header.startedAt();
	}

	/** The provenance facts of the run that began the journal (this run's, for a new journal). */
	public Map<String, String> environment() {
		return header.environment() == null ? Map.of() : header.environment();
	}

	/** How many cells the journal holds. */
	public int cells() {
		return cells.size();
	}

	/** Where an earlier complete run in the folder was kept when this journal began, or null. */
	public Path previous() {
		return previous;
	}

	/** The journal's file. */
	public Path file() {
		return file;
	}

	/** Whether the journal's file exists (it is written when the first cell finishes). */
	public boolean written() {
		return exists;
	}

	/** The outcome recorded for a cell, or null when it has to run (unknown, or recorded under another seed). */
	CellGuard.Outcome recorded(String label, int fold, long seed) {
		Cell c = cells.get(key(label, fold));
		return c == null || c.seed() != seed ? null : c.outcome();
	}

	/** Appends a finished cell and forces it to disk before returning. */
	synchronized void finished(String label, int fold, long seed, CellGuard.Outcome outcome) {
		Cell c = switch (outcome) {
		case CellGuard.Completed done -> new Cell("cell", label, fold, seed, done.values(), null, null,
				runSeconds());
		case CellGuard.Failed failed -> new Cell("cell", label, fold, seed, null, failed.reason(), null,
				runSeconds());
		case CellGuard.TimedOut late -> new Cell("cell", label, fold, seed, null, late.reason(), true, runSeconds());
		};
		append(c);
		cells.put(key(label, fold), c);
	}

	/**
	 * The run's seconds, once every cell has finished: those the end record holds, else the time spent before this
	 * process took the run up plus this process's, recorded in the end record.
	 */
	synchronized double ended() {
		if (Double.isNaN(endSeconds)) {
			endSeconds = runSeconds();
			append(new End("end", endSeconds));
		}
		return endSeconds;
	}

	private double runSeconds() {
		return priorSeconds + (System.nanoTime() - segmentStart) / 1e9;
	}

	private void append(Object record) {
		try {
			if (channel == null) {
				channel = openForAppend();
			}
			writeFully(channel, line(record));
			channel.force(false);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException("cannot write the run's journal " + file + ": " + e.getMessage(),
					e);
		}
	}

	private FileChannel openForAppend() throws IOException {
		if (exists) {
			return FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
		}
		if (Files.isDirectory(dir) && !onlyJournal(dir)) {
			previous = OutputFolder.keepEarlier(dir); // an earlier complete run: its journal is not ours
		}
		Files.createDirectories(dir);
		FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
				StandardOpenOption.APPEND);
		writeFully(ch, line(header));
		ch.force(false);
		forceDirectory(dir);
		exists = true;
		return ch;
	}

	/** Whether the folder holds nothing but (perhaps) a journal. */
	static boolean onlyJournal(Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.allMatch(p -> p.getFileName().toString().equals(FILE));
		}
	}

	/** Makes the new file's name durable too, where the platform lets a folder be forced (Linux does). */
	private static void forceDirectory(Path dir) {
		try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
			d.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// not every platform opens folders: the file's own data is forced regardless
		}
	}

	private static void writeFully(FileChannel ch, String text) throws IOException {
		ByteBuffer b = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
		while (b.hasRemaining()) {
			ch.write(b);
		}
	}

	/** Copies the journal (when written) into the folder that will replace the output folder. */
	public void copyInto(Path staging) throws IOException {
		if (exists) {
			Files.copy(file, staging.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	@Override
	public synchronized void close() throws IOException {
		if (channel != null) {
			channel.close();
			channel = null;
		}
	}
}
