package io.streamwise.headless;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventType;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.DatasetOptions;
import io.streamwise.core.experiment.Engine;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.FlinkAggregation;
import io.streamwise.core.experiment.HeapAdvice;
import io.streamwise.core.io.CsvEventImporter;
import io.streamwise.core.io.CsvMapping;
import io.streamwise.core.io.EventImport;
import io.streamwise.core.io.IdPolicy;
import io.streamwise.core.io.ImportException;
import io.streamwise.core.io.ImportOptions;
import io.streamwise.core.io.ImportReport;
import io.streamwise.core.io.OutputFolder;
import io.streamwise.core.io.PseudonymKey;
import io.streamwise.core.io.RecBoleImport;
import io.streamwise.core.io.RecBoleImporter;
import io.streamwise.core.io.TooManyRejectedException;
import io.streamwise.core.stats.DatasetStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code streamwise stats}: statistics of an event log read with the shared data options. Bad rows are reported, never
 * dropped silently; more rejected rows than --max-rejected-share fail the import (exit code 3).
 */
@Command(name = "stats", description = { "Prints statistics of an event log.",
		"Counts, events per type, sparsity and long tail of a CSV file or RecBole files; rejected rows are "
				+ "reported, and more than --max-rejected-share of them (1 %% by default) fail with exit code 3." })
final class StatsCommand implements Callable<Integer> {

	private final Cli cli;

	@Mixin
	DataOptions data;

	@Option(names = "--json", description = "Print the statistics as JSON.")
	boolean json;

	@Option(names = "--rejected", paramLabel = "FILE", description = "Write every rejected row (file, line, column,"
			+ " reason) to FILE; also when too many make the import fail.")
	Path rejected;

	@Mixin
	EngineOptions engine = new EngineOptions();

	@Option(names = "--algorithms", split = ",", paramLabel = "ID", description = "On a Flink engine: also fit pop"
			+ " and/or itemknn from the log's counts and write them to --out (popularity.csv, neighbours.csv).")
	List<String> algorithms = new ArrayList<>();

	@Option(names = "--set", paramLabel = "ID:KEY=VALUE", description = "One setting of one of --algorithms, the"
			+ " value verbatim; repeat for more.")
	List<String> settings = new ArrayList<>();

	@Option(names = "--out", paramLabel = "DIR", description = "The folder for the models of --algorithms.")
	Path out;

	StatsCommand(Cli cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() throws IOException {
		DatasetSpec spec = data.datasetSpec();
		if (spec.kind() != DatasetKind.CSV && spec.kind() != DatasetKind.RECBOLE) {
			throw new UsageException("stats reads a CSV file or RecBole files (--format csv|recbole), not "
					+ (spec.kind() == DatasetKind.TRAIN_TEST ? "a --train/--test pair"
							: "simulator data; give --format recbole for a RecBole folder"));
		}
		Path file = Path.of(data.data); // as given, so that messages name it the way the user wrote it
		Map<String, String> options = spec.options();
		ConsoleProgress progress = cli.progress();
		Engine where = engine.engine();
		if (!algorithms.isEmpty() && !where.flink()) {
			throw new UsageException("--algorithms fits from the counts of a Flink aggregation (--engine flink-local"
					+ " or flink://HOST:PORT); embedded, compare fits them in memory");
		}
		if (!algorithms.isEmpty() && out == null) {
			throw new UsageException("--algorithms needs --out DIR for the fitted models");
		}
		if (where.flink()) {
			if (spec.kind() != DatasetKind.CSV) {
				throw new UsageException("on Flink, stats reads a CSV file, not RecBole files");
			}
			FlinkAggregation.Result result;
			try {
				FlinkAggregation.Models models = algorithms.isEmpty() ? FlinkAggregation.Models.NONE
						: FlinkAggregation.models(CompareCommand.algorithms(algorithms, settings), cli.registry);
				Path modelsOut = algorithms.isEmpty() ? null : OutputFolder.check(out);
				result = FlinkAggregation.run(where, file, options, models, modelsOut,
						FlinkAggregation.DEFAULT_PIECE_BYTES, progress,
						w -> cli.err.println("streamwise: warning: " + w));
			} catch (IllegalArgumentException e) {
				throw new UsageException(e.getMessage());
			} catch (ImportException e) {
				throw importFailed(e);
			}
			print(result.statistics(), result.report());
			cli.err.println(result.timings().summary(where.label()));
			if (out != null && !algorithms.isEmpty()) {
				cli.err.println("Models written to " + out);
			}
			return Cli.OK;
		}
		// pseudonyms do not change any statistic: without a key file a throw-away key avoids writing one
		String keyFile = options.get(DatasetOptions.KEY_FILE);
		IdPolicy ids = Boolean.parseBoolean(options.get(DatasetOptions.RAW_IDS)) ? IdPolicy.raw()
				: IdPolicy.pseudonymised(keyFile == null ? PseudonymKey.random()
						: PseudonymKey.loadOrCreate(Path.of(keyFile)));
		ImportOptions importOptions = DatasetLoader.importOptions(options);
		EventLog log;
		ImportReport report;
		HeapAdvice.reading(file); // said when the heap runs out
		try {
			if (spec.kind() == DatasetKind.CSV) {
				CsvMapping mapping;
				try {
					mapping = DatasetLoader.mapping(options);
				} catch (IllegalArgumentException e) {
					throw new UsageException("--columns/--separator/--header/--default-type: " + e.getMessage());
				}
				EventImport imported = CsvEventImporter.read(file, mapping, ids, importOptions, progress);
				log = imported.log();
				report = imported.report();
			} else {
				EventType type = data.defaultType == null ? EventType.CLICK : data.defaultType;
				RecBoleImport imported = RecBoleImporter.read(file, type, ids, importOptions, progress);
				log = imported.log();
				report = imported.report();
			}
		} catch (ImportException e) {
			throw importFailed(e);
		} catch (java.nio.file.NoSuchFileException e) {
			throw new Cli.InputException(e.getFile() + ": no such file", e);
		}
		HeapAdvice.loaded(log.size());
		print(DatasetStatistics.of(log), report);
		return Cli.OK;
	}

	/** The statistics on standard output, what the import read and rejected on standard error. */
	private void print(DatasetStatistics stats, ImportReport report) throws IOException {
		cli.out.print(json ? stats.toJson() + "\n" : stats.toText());
		cli.err.println(report.summary());
		if (report.rejectedCount() > 0 && !writeRejected(report)) {
			int shown = 0;
			for (var r : report.rejectedRows()) {
				if (shown++ == 5) {
					cli.err.println("  ... (--rejected FILE writes them all)");
					break;
				}
				cli.err.printf("  %s, line %d, column %s: %s%n", r.file(), r.line(), r.column(), r.reason());
			}
		}
	}

	/** A failed import (either engine) as the command's input error. */
	private Cli.InputException importFailed(ImportException e) throws IOException {
		// the rows that failed the import are what the user needs next: --rejected still gets them
		if (e instanceof TooManyRejectedException tooMany) {
			writeRejected(tooMany.report());
		}
		return new Cli.InputException(e.getMessage(), e);
	}

	/** Writes the rejected rows to --rejected and says so; false when --rejected was not given. */
	private boolean writeRejected(ImportReport report) throws IOException {
		if (rejected == null) {
			return false;
		}
		report.writeRejected(rejected);
		cli.err.println("Rejected rows written to " + rejected);
		return true;
	}
}
