package io.streamwise.core.results;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The runs of one experiment kept on disk: each run of the workbench writes a fresh folder
 * {@code <name>.runs/<UTC timestamp>/} beside {@code <name>.experiment}, so no run replaces another. The folder
 * {@code <name>.results} of earlier versions (and of {@code streamwise run --out name.results}) is listed too.
 */
public final class RunHistory {

	public static final String RUNS_SUFFIX = ".runs";
	public static final String LEGACY_SUFFIX = ".results";
	public static final String RESULTS_JSON = "results.json";

	/** Sortable, and valid in file names on every system (no colons). */
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss")
			.withZone(ZoneOffset.UTC);

	/**
	 * One kept run.
	 *
	 * @param name    the folder's name (the timestamp, or {@code name.results} for the legacy folder)
	 * @param results the results read from the folder, or null when they could not be read
	 * @param problem why they could not be read, or null
	 */
	public record Run(Path folder, String name, ExperimentResults results, String problem) {
		public Path resultsJson() {
			return folder.resolve(RESULTS_JSON);
		}

		/**
		 * Whether the run was stopped (cancelled, killed) before its results were written: its folder holds only the
		 * journal of its finished cells, and resuming it computes the others.
		 */
		public boolean unfinished() {
			return !Files.exists(resultsJson()) && Files.isRegularFile(folder.resolve(JOURNAL));
		}
	}

	/** The journal of a run's finished cells (io.streamwise.core.experiment.RunJournal). */
	public static final String JOURNAL = io.streamwise.core.io.OutputFolder.JOURNAL;

	private RunHistory() {
	}

	/** {@code <name>.runs} beside the experiment file. */
	public static Path runsFolder(Path experimentFile) {
		return experimentFile.resolveSibling(baseName(experimentFile) + RUNS_SUFFIX);
	}

	/** {@code <name>.results} beside the experiment file: where runs went before the history existed. */
	public static Path legacyFolder(Path experimentFile) {
		return experimentFile.resolveSibling(baseName(experimentFile) + LEGACY_SUFFIX);
	}

	/**
	 * A folder for a new run started at {@code now} that does not exist yet: the timestamp, with {@code -2},
	 * {@code -3}… appended when runs start within the same second.
	 */
	public static Path newRunFolder(Path experimentFile, Instant now) {
		Path runs = runsFolder(experimentFile);
		String stamp = STAMP.format(now);
		Path candidate = runs.resolve(stamp);
		for (int i = 2; Files.exists(candidate) || hasStaging(runs, candidate.getFileName().toString()); i++) {
			candidate = runs.resolve(stamp + "-" + i);
		}
		return candidate;
	}

	/** A run writing into a staging folder of that name has claimed it, though it is not in place yet. */
	private static boolean hasStaging(Path runs, String name) {
		if (!Files.isDirectory(runs)) {
			return false;
		}
		try (DirectoryStream<Path> s = Files.newDirectoryStream(runs, "." + name + ".partial-*")) {
			return s.iterator().hasNext();
		} catch (IOException e) {
			return false;
		}
	}

	/**
	 * The runs of the experiment that hold a {@code results.json}, or the journal of an unfinished run
	 * ({@link Run#unfinished()}), newest first (by folder name, which is the UTC start), then the legacy folder.
	 * Staging folders of runs still writing (hidden) are not listed.
	 */
	public static List<Run> list(Path experimentFile) throws IOException {
		List<Path> folders = new ArrayList<>();
		Path runs = runsFolder(experimentFile);
		if (Files.isDirectory(runs)) {
			try (DirectoryStream<Path> s = Files.newDirectoryStream(runs, p -> Files.isDirectory(p)
					&& !p.getFileName().toString().startsWith(".") && (Files.isRegularFile(p.resolve(RESULTS_JSON))
							|| Files.isRegularFile(p.resolve(JOURNAL))))) {
				s.forEach(folders::add);
			}
		}
		folders.sort(Comparator.comparing((Path p) -> sortKey(p.getFileName().toString())).reversed());
		Path legacy = legacyFolder(experimentFile);
		if (Files.isRegularFile(legacy.resolve(RESULTS_JSON))) {
			folders.add(legacy);
		}
		List<Run> out = new ArrayList<>();
		for (Path folder : folders) {
			out.add(read(folder));
		}
		return out;
	}

	/**
	 * The newest run's folder with results, or the legacy folder when there is no such run; null when there is
	 * neither.
	 */
	public static Path latest(Path experimentFile) throws IOException {
		return list(experimentFile).stream().filter(r -> !r.unfinished()).map(Run::folder).findFirst().orElse(null);
	}

	/** Reads a run folder; a file that cannot be read gives a run with its problem rather than an exception. */
	public static Run read(Path folder) {
		Path journal = folder.resolve(JOURNAL);
		if (!Files.exists(folder.resolve(RESULTS_JSON)) && Files.isRegularFile(journal)) {
			long cells;
			try (var lines = Files.lines(journal)) {
				cells = lines.filter(l -> l.contains("\"type\":\"cell\"")).count();
			} catch (IOException | java.io.UncheckedIOException e) {
				cells = 0;
			}
			return new Run(folder, folder.getFileName().toString(), null, "unfinished: its journal holds " + cells
					+ " finished cell(s); Resume computes the others");
		}
		try {
			return new Run(folder, folder.getFileName().toString(),
					ResultsJson.read(folder.resolve(RESULTS_JSON), ExperimentResults.class), null);
		} catch (IOException e) {
			return new Run(folder, folder.getFileName().toString(), null, e.getMessage());
		}
	}

	/** "2026-11-30T05-12-03-10" sorts after "…-2": compare the counter as a number. */
	private static String sortKey(String name) {
		int dash = name.lastIndexOf('-');
		if (name.length() > 19 && dash == 19) {
			String counter = name.substring(20);
			if (counter.chars().allMatch(Character::isDigit) && !counter.isEmpty()) {
				return name.substring(0, 19) + "-" + "0".repeat(Math.max(0, 6 - counter.length())) + counter;
			}
		}
		return name + "-000001";
	}

	private static String baseName(Path experimentFile) {
		return experimentFile.getFileName().toString().replaceFirst("\\.experiment$", "");
	}
}
