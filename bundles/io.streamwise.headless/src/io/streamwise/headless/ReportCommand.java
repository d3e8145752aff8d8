package io.streamwise.headless;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.streamwise.core.results.ResultsFileException;
import io.streamwise.report.ResultsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code streamwise report}: one self-contained HTML page (inline SVG charts, no network) of a results folder of
 * {@code run}, {@code compare} or {@code prequential}; the page itself is built by {@link ResultsReport}.
 */
@Command(name = "report", description = { "Writes a self-contained HTML report of a results folder.",
		"The experiment, dataset, protocol, results with 95%% intervals, a chart per metric, metric@K curves, the"
				+ " significance tests with critical-difference diagrams, failed cells, costs and provenance; for"
				+ " stream learning the learning curves with drift markers. Inline SVG charts, no network." })
final class ReportCommand implements Callable<Integer> {

	private final Cli cli;

	@Parameters(paramLabel = "RESULTS_DIR", description = "The --out folder of run, compare or prequential (it holds"
			+ " results.json).")
	Path resultsDir;

	@Option(names = "--out", paramLabel = "FILE", description = "The HTML file to write; default RESULTS_DIR/"
			+ ResultsReport.FILE + ".")
	Path out;

	ReportCommand(Cli cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() throws IOException {
		try {
			ResultsReport.resultsFile(resultsDir); // bad input is said before a bad --out
		} catch (ResultsFileException e) {
			throw new Cli.InputException(e.getMessage(), e);
		}
		Path target = out != null ? out : resultsDir.resolve(ResultsReport.FILE);
		if (Files.isDirectory(target)) {
			throw new UsageException("--out: " + target + " is a folder; name the HTML file to write");
		}
		Path parent = target.toAbsolutePath().getParent();
		if (parent == null || !Files.isDirectory(parent)) {
			throw new UsageException("--out: the folder of " + target + " does not exist");
		}
		try {
			ResultsReport.write(resultsDir, target, cli.progress());
		} catch (ResultsFileException e) {
			throw new Cli.InputException(e.getMessage(), e);
		}
		cli.out.println("Report in " + target);
		return Cli.OK;
	}
}
