package io.streamwise.core.experiment;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.io.ImportException;
import io.streamwise.core.io.ImportReport;
import io.streamwise.core.io.PseudonymKey;
import io.streamwise.core.io.TooManyRejectedException;
import io.streamwise.core.stats.DatasetStatistics;

/**
 * Aggregations over an event log read straight from its CSV file on Flink, never held in one memory: the statistics
 * of {@code stats}, the popularity counts of pop and the item–item co-occurrence counts of ItemKNN, and the two
 * models fitted from them. The product's side: writes the job's plan ({@value #PLAN}) and runs the engine's child
 * ({@code io.streamwise.flink.AggregateJob}), which reads the file in pieces with the importer's own code, counts and
 * fits, and leaves its results in the job folder. docs/scale-out.md, "Aggregating a log larger than memory".
 */
public final class FlinkAggregation {

	/** The job's plan, the child's answer, and the model files, in the job folder. */
	public static final String PLAN = "aggregate.json", RESULT = "result.json", POPULARITY = "popularity.csv",
			NEIGHBOURS = "neighbours.csv";
	/** The kind of job for the engine's child. */
	public static final String KIND = "aggregate";
	/** Bytes of the file per piece, a piece being what one task imports at a time: its memory is about 4 × this. */
	public static final long DEFAULT_PIECE_BYTES = 64L << 20;

	private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

	private FlinkAggregation() {
	}

	/** What to fit besides the statistics: pop's and ItemKNN's settings, each null when not asked for. */
	public record Models(Pop pop, Knn itemKnn) {
		public static final Models NONE = new Models(null, null);
	}

	/** pop: which events count, and whether a viewer counts once per item. */
	public record Pop(String countedEvents, boolean distinctViewers) implements java.io.Serializable {
	}

	/** ItemKNN: which events count, the exponent split (0.5 the cosine), shrinkage and neighbours kept. */
	public record Knn(String events, double alpha, double shrinkage, int neighbours) implements java.io.Serializable {
	}

	/**
	 * What to fit from the algorithms named on the command line: {@code pop} and {@code itemknn}, with their settings
	 * parsed and defaulted by their own factories.
	 *
	 * @throws IllegalArgumentException for another algorithm, a bad setting, or weighted events (the aggregation
	 *                                  counts every counted event as 1)
	 */
	public static Models models(List<ExperimentSpec.AlgorithmSpec> algorithms,
			io.streamwise.core.registry.AlgorithmRegistry registry) {
		Pop pop = null;
		Knn knn = null;
		for (ExperimentSpec.AlgorithmSpec a : algorithms) {
			var factory = registry.get(a.algorithmId());
			if (factory == null || !(a.algorithmId().equals("pop") || a.algorithmId().equals("itemknn"))) {
				throw new IllegalArgumentException("'" + a.algorithmId() + "' is not fitted from a log's counts:"
						+ " pop and itemknn are");
			}
			Map<String, String> s = io.streamwise.api.algorithm.Settings
					.format(io.streamwise.api.algorithm.Settings.parse(factory.settingsType(), a.settings()));
			if (a.algorithmId().equals("pop")) {
				pop = new Pop(unweighted(s.get("countedEvents"), "pop:countedEvents"),
						Boolean.parseBoolean(s.get("distinctViewers")));
			} else {
				double alpha = s.get("similarity").equals("COSINE") ? 0.5 : Double.parseDouble(s.get("alpha"));
				knn = new Knn(unweighted(s.get("events"), "itemknn:events"), alpha,
						Double.parseDouble(s.get("shrinkage")), Integer.parseInt(s.get("neighbours")));
			}
		}
		return new Models(pop, knn);
	}

	private static String unweighted(String events, String setting) {
		if (events.contains(":")) {
			throw new IllegalArgumentException(setting + "=" + events + ": aggregated from a log's counts, every"
					+ " counted event weighs 1; give the event types without weights");
		}
		return events;
	}

	/** The plan the child reads. */
	public record Plan(String file, String shownFile, Map<String, String> options, String keyFile, long pieceBytes,
			Pop pop, Knn itemKnn) implements java.io.Serializable {
	}

	/** The child's answer: the statistics and what the import read and rejected. */
	public record Result(DatasetStatistics statistics, ImportReport report, Timings timings) {
	}

	/**
	 * Aggregates the CSV file on the engine.
	 *
	 * @param file       the file as the user named it (messages and reports name it so)
	 * @param options    the dataset options (the mapping, the import options, the key file)
	 * @param models     what to fit besides the statistics
	 * @param modelsOut  where the fitted models' files go (created), or null without models
	 * @param pieceBytes the bytes per piece ({@link #DEFAULT_PIECE_BYTES})
	 * @throws ImportException          bad input, naming file, line and column
	 * @throws TooManyRejectedException more rejected rows than the options allow
	 * @throws EngineException          when the engine cannot run the job
	 */
	public static Result run(Engine engine, Path file, Map<String, String> options, Models models, Path modelsOut,
			long pieceBytes, ProgressMonitor monitor, Consumer<String> warnings) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new ImportException(file, 0, null, Files.exists(file) ? "not a regular file" : "file not found");
		}
		if (Files.size(file) == 0) {
			throw new ImportException(file, 0, null, "file is empty");
		}
		Result[] result = new Result[1];
		String[] inputError = new String[1], inputColumn = new String[1];
		long[] inputLine = new long[1];
		Map<String, String> opts = new LinkedHashMap<>(options);
		FlinkCells.runTasks(engine, KIND, 1, job -> {
			String keyFile = opts.get(DatasetOptions.KEY_FILE);
			if (keyFile == null && !Boolean.parseBoolean(opts.get(DatasetOptions.RAW_IDS))) {
				// pseudonyms change no count: without a key file, a throw-away key shared by the tasks
				Path key = job.resolve("pseudonym.key");
				PseudonymKey.loadOrCreate(key);
				keyFile = key.toString();
			}
			Plan plan = new Plan(file.toAbsolutePath().toString(), file.toString(), opts, keyFile, pieceBytes,
					models.pop(), models.itemKnn());
			Files.writeString(job.resolve(PLAN), GSON.toJson(plan), StandardCharsets.UTF_8);
		}, monitor, warnings, line -> {
			// the one answer: the folder holding the results, read before the job folder is removed
			Path dir = Path.of(line.trim());
			try (Reader r = Files.newBufferedReader(dir.resolve(RESULT), StandardCharsets.UTF_8)) {
				Answer a = GSON.fromJson(r, Answer.class);
				if (a.inputError != null) {
					inputError[0] = a.inputError;
					inputLine[0] = a.inputErrorLine;
					inputColumn[0] = a.inputErrorColumn;
					return;
				}
				result[0] = new Result(a.statistics, a.report.report(file.toString()), a.timings);
				if (modelsOut != null) {
					Files.createDirectories(modelsOut);
					for (String name : List.of(POPULARITY, NEIGHBOURS)) {
						if (Files.isRegularFile(dir.resolve(name))) {
							Files.move(dir.resolve(name), modelsOut.resolve(name), StandardCopyOption.REPLACE_EXISTING);
						}
					}
				}
			} catch (IOException e) {
				throw new EngineException("cannot read the Flink job's results in " + dir + ": " + e.getMessage());
			}
		});
		if (inputError[0] != null) {
			throw new ImportException(file, inputLine[0], inputColumn[0], inputError[0]);
		}
		ImportReport report = result[0].report();
		if (report.rowsAccepted() == 0) { // as the importer: every row rejected, named by the first
			var first = report.rejectedRows().isEmpty() ? null : report.rejectedRows().get(0);
			throw new ImportException(file, first == null ? 0 : first.line(), first == null ? null : first.column(),
					"all " + report.rowsRead() + " rows were rejected"
							+ (first == null ? "" : "; the first because: " + first.reason()));
		}
		long bad = report.rowsRead() - report.rowsAccepted();
		double share = DatasetLoader.importOptions(options).maxRejectedShare();
		if (report.rowsRead() > 0 && bad > share * report.rowsRead()) {
			// as the importer, which fails before building the log: no duplicates removed yet
			ImportReport before = new ImportReport(report.sources(), report.rowsRead(), report.rowsAccepted(), 0,
					report.rejectedCount(), report.rejectedRows(), report.warnings());
			throw new TooManyRejectedException(file, before, bad, report.rowsRead(), share);
		}
		return result[0];
	}

	/** The child's {@value #RESULT}: the statistics and the merged import report, or bad input found in a piece. */
	public static final class Answer {
		public DatasetStatistics statistics;
		public ReportJson report;
		/** A problem that leaves nothing to import (a missing column, ...), with its file, line and column. */
		public String inputError;
		/** File, line, column of the input error, when it has them. */
		public long inputErrorLine;
		public String inputErrorColumn;
		/** Where the time went: the pieces, the job's wall time, the tasks' time importing and counting, fitting. */
		public Timings timings;

		public static String toJson(Answer a) {
			return GSON.toJson(a);
		}
	}

	/**
	 * Where an aggregation's time went: the job's wall time, the time its tasks spent importing pieces and counting
	 * viewers (summed over the tasks), and the child's merging and fitting after the job.
	 */
	public record Timings(int pieces, int parallelism, double jobSeconds, double importTaskSeconds,
			double countTaskSeconds, double finishSeconds, long itemPairs) {
		/** One line for people. */
		public String summary(String engine) {
			return String.format(java.util.Locale.ROOT,
					"Aggregated on %s at parallelism %d in %d pieces: the job %.1f s"
							+ " (tasks importing %.1f s, counting %.1f s in all), merging and fitting %.1f s; %,d item pairs"
							+ " co-occur.",
					engine, parallelism, pieces, jobSeconds, importTaskSeconds, countTaskSeconds,
					finishSeconds, itemPairs);
		}
	}

	/** An {@link ImportReport} as JSON, its rows' file named as the user named it. */
	public static final class ReportJson {
		public long rowsRead, rowsAccepted, duplicatesRemoved, rejectedCount;
		public List<long[]> rejectedLines = new ArrayList<>();
		public List<String[]> rejectedText = new ArrayList<>();
		public List<String> warnings = new ArrayList<>();

		ImportReport report(String file) {
			List<io.streamwise.core.io.RejectedRow> rows = new ArrayList<>();
			for (int i = 0; i < rejectedLines.size(); i++) {
				String[] t = rejectedText.get(i);
				rows.add(new io.streamwise.core.io.RejectedRow(file, rejectedLines.get(i)[0], t[0], t[1], t[2]));
			}
			return new ImportReport(List.of(file), rowsRead, rowsAccepted, duplicatesRemoved, rejectedCount, rows,
					warnings);
		}
	}

	/** Reads a plan (the child's side). */
	public static Plan readPlan(Path job) throws IOException {
		return GSON.fromJson(Files.readString(job.resolve(PLAN), StandardCharsets.UTF_8), Plan.class);
	}
}
