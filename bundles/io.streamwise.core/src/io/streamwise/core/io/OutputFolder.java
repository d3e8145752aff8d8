package io.streamwise.core.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The one contract of every command that writes a folder of results: all of a run's files go into a fresh hidden
 * sibling, {@code .NAME.partial-PID-N}, which one rename moves into place once everything is written. A folder under
 * the target's name is therefore always one complete run. An earlier run there is kept as
 * {@code NAME.previous-TIMESTAMP}; a staging folder of a process that no longer runs is removed the next time. Until
 * {@link #commit()} the target is untouched, and {@link #close()} removes the staging folder of a run that failed or
 * was cancelled.
 *
 * <p>Only an empty folder or an earlier output (recognised by the files commands write) is ever replaced: a folder
 * with other contents, the working directory or one of its parents is refused before any work starts.
 */
public final class OutputFolder implements AutoCloseable {

	/** A target that cannot take a run's output, found before the work starts. */
	public static final class UnusableException extends IOException {
		private static final long serialVersionUID = 1L;

		public UnusableException(String message) {
			super(message);
		}
	}

	static final String PARTIAL = ".partial-", PREVIOUS = ".previous-", ASIDE = ".journal-";
	/**
	 * The journal of a run (see io.streamwise.core.experiment.RunJournal): a folder holding only it is an unfinished
	 * run, which {@code --resume} finishes and {@link #commit()} replaces without keeping.
	 */
	public static final String JOURNAL = "run.journal";
	/** Files by which an earlier run's folder is recognised: results, simulations, profiles, a run's journal. */
	private static final Set<String> OUTPUT_MARKERS = Set.of("results.json", "simulation.json", "profile.json",
			"segments.csv", JOURNAL);
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
			.withZone(ZoneOffset.UTC);
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final Path target;
	private final Path staging;
	private boolean committed;

	private OutputFolder(Path target, Path staging) {
		this.target = target;
		this.staging = staging;
	}

	/**
	 * Checks, before any work, that a run can write its folder there: the target is absent, an empty folder or an
	 * earlier output, and its nearest existing parent is a folder this process may write into.
	 *
	 * @return the target as an absolute, normalised path
	 */
	public static Path check(Path target) throws UnusableException {
		Path t = target.toAbsolutePath().normalize();
		Path parent = t.getParent();
		if (parent == null) {
			throw new UnusableException(t + " is the root of the file system, not an output folder");
		}
		if (Files.exists(t)) {
			if (!Files.isDirectory(t)) {
				throw new UnusableException(t + " exists and is not a folder");
			}
			Path cwd = Path.of("").toAbsolutePath().normalize();
			if (cwd.startsWith(t)) {
				throw new UnusableException(t + " is the working folder or holds it; give a new folder");
			}
			if (!replaceable(t)) {
				throw new UnusableException(t + " already holds files that are not the output of an earlier run;"
						+ " give a new or empty folder");
			}
		}
		Path existing = parent;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null || !Files.isDirectory(existing)) {
			throw new UnusableException(t + " cannot be created: " + existing + " is not a folder");
		}
		if (!Files.isWritable(existing)) {
			throw new UnusableException(t + " cannot be created: " + existing + " is not writable");
		}
		return t;
	}

	private static boolean replaceable(Path dir) throws UnusableException {
		try (Stream<Path> s = Files.list(dir)) {
			List<String> names = s.map(p -> p.getFileName().toString()).toList();
			return names.isEmpty() || names.stream().anyMatch(OUTPUT_MARKERS::contains);
		} catch (IOException e) {
			throw new UnusableException(dir + " cannot be read: " + e.getMessage());
		}
	}

	/**
	 * Checks the target (see {@link #check}), removes staging folders that dead processes left beside it, and creates
	 * this run's staging folder.
	 */
	public static OutputFolder create(Path target) throws IOException {
		Path t = check(target);
		Path parent = t.getParent();
		Files.createDirectories(parent);
		restoreJournal(t);
		removeStale(parent, t.getFileName().toString());
		long pid = ProcessHandle.current().pid();
		while (true) {
			Path staging = parent.resolve("." + t.getFileName() + PARTIAL + pid + "-" + SEQUENCE.incrementAndGet());
			try {
				Files.createDirectory(staging); // created under the umask, like any folder the user makes
				return new OutputFolder(t, staging);
			} catch (java.nio.file.FileAlreadyExistsException e) {
				// another run of this process uses that name: take the next
			}
		}
	}

	/** Where the run writes its files until {@link #commit()}. */
	public Path staging() {
		return staging;
	}

	/** Where the files will be after {@link #commit()}. */
	public Path target() {
		return target;
	}

	/**
	 * Moves the staging folder into place in one rename; an earlier run under the target's name is renamed to
	 * {@code NAME.previous-TIMESTAMP} first (an empty folder is just removed).
	 *
	 * @return where the earlier run now is, or null when there was none
	 */
	public Path commit() throws IOException {
		if (committed) {
			throw new IllegalStateException("already committed");
		}
		Path previous = null;
		Path aside = null;
		if (Files.isDirectory(target)) {
			check(target); // still an earlier output: something may have changed while the run worked
			if (onlyJournal(target)) {
				// this run's journal (the staging folder holds a copy): set aside until the results are in place, so
				// that a process killed in between leaves it for restoreJournal
				aside = target.resolveSibling("." + target.getFileName() + ASIDE + ProcessHandle.current().pid() + "-"
						+ SEQUENCE.incrementAndGet());
				Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
			} else if (replaceableEmpty(target)) {
				Files.delete(target);
			} else {
				previous = previousName();
				Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
			}
		}
		try {
			Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(staging, target);
		}
		committed = true;
		if (aside != null) {
			deleteTree(aside);
		}
		return previous;
	}

	/** Whether the folder holds a run's journal and nothing else. */
	private static boolean onlyJournal(Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			List<String> names = s.map(p -> p.getFileName().toString()).toList();
			return names.equals(List.of(JOURNAL));
		}
	}

	/**
	 * Keeps an earlier run in the target as {@code NAME.previous-TIMESTAMP} now, rather than at {@link #commit()}: a
	 * run starting its journal in the target needs the folder for itself.
	 *
	 * @return where the earlier run now is
	 */
	public static Path keepEarlier(Path target) throws IOException {
		Path previous = previousName(target);
		Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
		return previous;
	}

	/**
	 * Puts back a journal that {@link #commit()} had set aside when its process died before the results were in
	 * place: the target is absent, so the journal is the run's only record.
	 */
	static void restoreJournal(Path target) throws IOException {
		if (Files.exists(target)) {
			return;
		}
		for (Path p : leftByDeadProcesses(target.getParent(), "." + target.getFileName() + ASIDE)) {
			if (!Files.exists(target) && Files.isRegularFile(p.resolve(JOURNAL))) {
				Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
			}
		}
	}

	/**
	 * The entries of this folder named PREFIX + PID[-...] whose process no longer runs (a live one may still be
	 * writing).
	 */
	private static List<Path> leftByDeadProcesses(Path parent, String prefix) throws IOException {
		List<Path> dead = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, p -> p.getFileName().toString()
				.startsWith(prefix))) {
			for (Path p : entries) {
				String rest = p.getFileName().toString().substring(prefix.length());
				int dash = rest.indexOf('-');
				long pid;
				try {
					pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
				} catch (NumberFormatException e) {
					continue; // not ours
				}
				if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
					dead.add(p);
				}
			}
		}
		return dead;
	}

	private static boolean replaceableEmpty(Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.findAny().isEmpty();
		}
	}

	private Path previousName() throws IOException {
		return previousName(target);
	}

	private static Path previousName(Path target) throws IOException {
		Instant when = Files.getLastModifiedTime(target).toInstant();
		String base = target.getFileName() + PREVIOUS + STAMP.format(when);
		Path p = target.resolveSibling(base);
		for (int n = 2; Files.exists(p); n++) {
			p = target.resolveSibling(base + "-" + n);
		}
		return p;
	}

	/** Removes the staging folder unless the run was committed. */
	@Override
	public void close() throws IOException {
		if (!committed) {
			deleteTree(staging);
		}
	}

	/** Staging folders beside the target whose process no longer runs. */
	static void removeStale(Path parent, String name) throws IOException {
		for (Path p : leftByDeadProcesses(parent, "." + name + PARTIAL)) {
			if (Files.isDirectory(p)) {
				deleteTree(p);
			}
		}
	}

	/** Deletes a folder and everything in it; a missing folder is fine. */
	public static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> s = Files.walk(dir)) {
			for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
