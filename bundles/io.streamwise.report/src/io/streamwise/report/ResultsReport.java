package io.streamwise.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.io.AtomicFiles;
import io.streamwise.core.results.ExperimentResults;
import io.streamwise.core.results.PolicyResults;
import io.streamwise.core.results.PrequentialResults;
import io.streamwise.core.results.ProfileResults;
import io.streamwise.core.results.ResultsFileException;
import io.streamwise.core.results.ResultsJson;

/**
 * {@code streamwise report}: one self-contained HTML page of a results folder, from its {@code results.json} (of an
 * experiment, of stream learning or of bandit policies) and the experiment file copied beside it. Charts are inline SVG; the page loads
 * nothing from anywhere, so it can be mailed, archived or opened offline.
 */
public final class ResultsReport {

	/** The report's name inside the results folder when no other file is asked for. */
	public static final String FILE = "report.html";

	/** Experiment files larger than this are named, not shown. */
	private static final long MAX_SHOWN_BYTES = 256 * 1024;

	private ResultsReport() {
	}

	/**
	 * The page of the results in {@code dir}. Simulated data is generated again for its statistics (the monitor can
	 * cancel that); data files are not read.
	 *
	 * @throws ResultsFileException naming the file when {@code dir/results.json} is missing, unreadable, of an unknown
	 *                              kind or version, or holds something else (an audience profile)
	 */
	public static String html(Path dir, ProgressMonitor monitor) throws IOException {
		Path file = resultsFile(dir);
		Map<String, String> experimentFiles = experimentFiles(dir);
		return switch (ResultsJson.read(file)) {
		case ExperimentResults r -> new ExperimentReport(r).html(experimentFiles, RunData.of(
				experimentFiles.isEmpty() ? null : dir.resolve(experimentFiles.keySet().iterator().next()),
				r.provenance() == null ? "" : r.provenance().datasetSha256(),
				r.provenance() == null ? List.of() : r.provenance().datasetSources(), monitor));
		case PrequentialResults r -> new PrequentialReport(r).html(experimentFiles);
		case ProfileResults r -> throw new ResultsFileException(file.toString(), "an audience profile ("
				+ r.format() + "), not results of an experiment or of stream learning", null);
		case PolicyResults r -> PolicyReport.html(r);
		};
	}

	/**
	 * The results file of a results folder, when there is one: to check before any work.
	 *
	 * @throws ResultsFileException naming {@code dir/results.json} when it is missing
	 */
	public static Path resultsFile(Path dir) throws ResultsFileException {
		Path file = dir.resolve("results.json");
		if (!Files.isRegularFile(file)) {
			throw new ResultsFileException(file.toString(), Files.isDirectory(dir)
					? "no such file (a report needs the --out folder of run, compare, prequential or policy)"
					: "no such file: " + dir + " is not a folder", null);
		}
		return file;
	}

	/**
	 * Writes the page of the results in {@code dir} to {@code out} whole or not at all (a temporary file moved into
	 * place): a failure leaves {@code out} as it was.
	 */
	public static void write(Path dir, Path out, ProgressMonitor monitor) throws IOException {
		String html = html(dir, monitor);
		AtomicFiles.write(out, w -> w.write(html));
	}

	/** The experiment files in the folder (run copies the experiment, compare writes the one it ran), by name. */
	private static Map<String, String> experimentFiles(Path dir) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		List<Path> found;
		try (Stream<Path> s = Files.list(dir)) {
			found = s.filter(p -> p.getFileName().toString().endsWith(".experiment") && Files.isRegularFile(p))
					.sorted().toList();
		}
		for (Path p : found) {
			String name = p.getFileName().toString();
			files.put(name, Files.size(p) > MAX_SHOWN_BYTES ? "(" + Files.size(p) + " bytes, not shown)"
					: new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
		}
		return files;
	}
}
