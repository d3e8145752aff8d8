package io.streamwise.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.api.algorithm.SettingDescriptor;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.SettingsException;
import io.streamwise.api.data.EventType;
import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.data.EventLog;
import io.streamwise.core.experiment.DatasetLoader;
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
import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentResult;
import io.streamwise.core.experiment.ExperimentRunner;
import io.streamwise.core.experiment.Errors;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.LoadedDataset;
import io.streamwise.core.experiment.ResultsWriter;
import io.streamwise.core.experiment.WorkerLauncher;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.model.io.ModelLoadException;
import io.streamwise.core.simulator.SimulatedMarket;
import io.streamwise.core.simulator.SimulationWriter;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.core.simulator.SimulatorSettings;

/**
 * The {@code streamwise} command line. Plain Java apart from what its caller passes in, so tests run it directly.
 * Exit codes: 0 success, 1 the work failed, 2 wrong command line, 3 bad input data or experiment file, 130 cancelled.
 */
public final class Cli {

	public static final int OK = 0, FAILED = 1, USAGE = 2, BAD_INPUT = 3, CANCELLED = 130;

	static final String USAGE_TEXT = """
			Usage: streamwise <command> [options]

			Commands:
			  simulate --out DIR [--seed N] [--preset small|default|large] [--SETTING VALUE ...]
			                       generate a synthetic live-commerce dataset (events, catalog, ground truth)
			  stats --data FILE [--format csv|recbole] [--separator C] [--columns SPEC] [--no-header]
			        [--default-type TYPE] [--raw-ids] [--key-file FILE] [--json] [--rejected FILE]
			        [--encoding NAME] [--max-rejected-share S] [--time-unit auto|seconds|milliseconds]
			                       print dataset statistics; bad rows are reported, never dropped silently;
			                       more than 1 % rejected rows (--max-rejected-share) fails with exit code 3
			  run EXPERIMENT_FILE --out DIR [--key-file FILE]
			                       run an experiment file; writes results.json, results.csv, costs.csv, per_unit.csv
			  prequential --data FILE --class NAME --learners "MOA;MOA" --out DIR [--window N | --fading A]
			        [--delay COLUMN|N] [--time COLUMN] [--curve-every N] [--drift adwin|ddm|ph] [--positive VALUE]
			        [--seed N] [--holdout TEST_SIZE:EVERY] [--encoding NAME]
			                       test-then-train (or periodic hold-out) evaluation of MOA learners on an ARFF/CSV
			                       stream
			""" + CompareCommand.USAGE + ProfileCommand.USAGE + """
			  algorithms [--json]  list installed algorithms with ids and settings
			  gui                  start the workbench (also the default without a command)
			  help                 show this text
			""";

	private final AlgorithmRegistry registry;
	private final Map<String, String> environment;
	private final PrintStream out;
	private final PrintStream err;
	/** Set when the process is asked to stop (SIGINT, SIGTERM): every command's monitor reports it. */
	private final AtomicBoolean cancelRequested = new AtomicBoolean();

	public Cli(AlgorithmRegistry registry, Map<String, String> environment, PrintStream out, PrintStream err) {
		this.registry = registry;
		this.environment = Map.copyOf(environment);
		this.out = out;
		this.err = err;
	}

	/**
	 * Asks the running command to stop: its monitor reports cancellation, long loops end at their next check, the
	 * staging folder is removed and {@link #run} returns {@link #CANCELLED}.
	 */
	public void cancel() {
		cancelRequested.set(true);
	}

	/** A console monitor that reports {@link #cancel()}. */
	ConsoleProgress progress() {
		return new ConsoleProgress(err, cancelRequested);
	}

	/** Java and operating system facts for provenance. */
	public static Map<String, String> runtimeEnvironment() {
		Map<String, String> env = new LinkedHashMap<>();
		env.put("java.version", System.getProperty("java.version"));
		env.put("java.vendor", System.getProperty("java.vendor"));
		env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
		env.put("processors", Integer.toString(Runtime.getRuntime().availableProcessors()));
		return env;
	}

	public int run(String... args) {
		if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
			out.print(USAGE_TEXT);
			return OK;
		}
		try {
			return switch (args[0]) {
			case "algorithms" -> algorithms(Args.parse(args, 1, Set.of(), Set.of("json")));
			case "simulate" -> simulate(Args.parse(args, 1, simulateOptions(), Set.of()));
			case "run" -> runExperiment(Args.parse(args, 1, Set.of("out", "key-file"), Set.of()));
			case "stats" -> stats(Args.parse(args, 1,
					Set.of("data", "format", "separator", "columns", "key-file", "rejected", "default-type",
							"encoding", "max-rejected-share", "time-unit"),
					Set.of("no-header", "raw-ids", "json")));
			case "compare" -> CompareCommand.run(this, runner(), Args.parse(args, 1, CompareCommand.OPTIONS,
					CompareCommand.FLAGS, CompareCommand.REPEATABLE));
			case "prequential" -> new PrequentialCommand(this, environment, out).run(args);
			case "profile" -> new ProfileCommand(this, out).run(args);
			default -> throw new Args.UsageException("unknown command '" + args[0] + "'");
			};
		} catch (Args.UsageException e) {
			err.println("streamwise: " + e.getMessage());
			err.println("Run 'streamwise help' for usage.");
			return USAGE;
		} catch (OutputFolder.UnusableException e) {
			err.println("streamwise: --out: " + e.getMessage());
			return USAGE;
		} catch (CancelledException e) {
			err.println("streamwise: cancelled; nothing was written");
			return CANCELLED;
		} catch (InputException e) {
			err.println("streamwise: " + e.getMessage());
			return BAD_INPUT;
		} catch (SettingsException e) {
			err.println("streamwise: " + e.getMessage());
			return USAGE;
		} catch (IOException | RuntimeException e) {
			err.println("streamwise: " + Errors.describe(e));
			return FAILED;
		} catch (OutOfMemoryError e) {
			err.println("streamwise: out of memory (" + Errors.describe(e) + "); " + Errors.heapAdvice());
			return FAILED;
		} catch (Throwable e) { // a broken plugin's linkage error, a stack overflow: never a silent success
			err.println("streamwise: " + Errors.describe(e));
			return FAILED;
		}
	}

	private static Set<String> simulateOptions() {
		Set<String> names = new HashSet<>(Set.of("out", "preset"));
		Settings.describe(SimulatorSettings.class).forEach(d -> names.add(d.key()));
		return names;
	}

	private int simulate(Args a) throws IOException {
		if (!a.positional().isEmpty()) {
			throw new Args.UsageException("simulate takes no positional arguments, got " + a.positional());
		}
		Path dir = OutputFolder.check(Path.of(a.require("out")));
		Map<String, String> values = new LinkedHashMap<>();
		for (SettingDescriptor d : Settings.describe(SimulatorSettings.class)) {
			if (a.get(d.key()) != null) {
				values.put(d.key(), a.get(d.key()));
			}
		}
		SimulatorSettings.Size size = preset(a.get("preset", "default"));
		SimulatorSettings settings = size.settings(values);
		long t0 = System.nanoTime();
		ConsoleProgress progress = progress();
		SimulatedMarket market = Simulator.run(settings, progress);
		reportPrevious(dir, SimulationWriter.writeCommitted(market, dir, progress));
		long[] byType = market.log().countByType();
		out.printf(Locale.ROOT, "Simulated %,d events (%,d purchases) by %,d viewers in %,d streams over %d days;"
				+ " %,d products.%n", market.log().size(), byType[EventType.PURCHASE.code()],
				market.log().viewers().size(), market.streams().size(), settings.days(), market.products().size());
		out.printf(Locale.ROOT, "Seed %d, preset %s. Synthetic data, written to %s in %.1f s.%n", settings.seed(),
				size.name().toLowerCase(Locale.ROOT), dir.toAbsolutePath(), (System.nanoTime() - t0) / 1e9);
		return OK;
	}

	private int runExperiment(Args a) throws IOException {
		if (a.positional().size() != 1) {
			throw new Args.UsageException("run takes exactly one experiment file, got " + a.positional().size());
		}
		Path file = Path.of(a.positional().get(0));
		Path dir = OutputFolder.check(Path.of(a.require("out"))); // before any work
		Path keyFile = a.get("key-file") == null ? null : Path.of(a.get("key-file")).toAbsolutePath().normalize();
		ExperimentSpec spec;
		try {
			spec = ExperimentFiles.read(file);
			runner().validate(spec);
		} catch (ModelLoadException e) {
			throw new InputException(e.getMessage(), e);
		} catch (IllegalArgumentException e) {
			throw new InputException(file + ": " + e.getMessage(), e);
		}
		try (OutputFolder folder = OutputFolder.create(dir)) {
			return execute(spec, file, file.toString(), folder, keyFile);
		}
	}

	/** Says on standard error where an earlier run under the same name went. */
	void reportPrevious(Path target, Path previous) {
		if (previous != null) {
			err.println("streamwise: the earlier output in " + target + " was kept as " + previous);
		}
	}

	/** Whether loading this dataset may pseudonymise viewer ids, and so needs a key. */
	static boolean mayNeedKey(DatasetSpec d) {
		return d.kind() != DatasetKind.SIMULATOR || d.location() != null && !d.location().isBlank();
	}

	/**
	 * Loads the data, runs, writes results (and the experiment file beside them) into the staging folder, moves it
	 * into place and prints the table.
	 *
	 * @param experimentFile where the experiment was read from: relative dataset locations resolve against its folder
	 * @param experimentName the experiment file as results name it
	 * @param keyFile        the pseudonym key to use instead of the dataset's, or null
	 */
	int execute(ExperimentSpec spec, Path experimentFile, String experimentName, OutputFolder folder, Path keyFile)
			throws IOException {
		ConsoleProgress progress = progress();
		Path base = experimentFile.toAbsolutePath().getParent();
		DatasetSpec dataset = spec.dataset();
		if (mayNeedKey(dataset)) {
			if (keyFile != null) {
				Map<String, String> options = new LinkedHashMap<>(dataset.options());
				options.put(DatasetLoader.OPTION_KEY_FILE, keyFile.toString());
				dataset = new DatasetSpec(dataset.kind(), dataset.location(), dataset.testLocation(), options);
			}
			Path key = DatasetLoader.keyFile(dataset.options(), base);
			if (key.startsWith(folder.target()) || key.startsWith(folder.staging())) {
				throw new Args.UsageException("the pseudonym key " + key + " would be inside --out " + folder.target()
						+ ": keep keys out of output folders (--key-file FILE names one elsewhere)");
			}
		}
		LoadedDataset data;
		try {
			data = DatasetLoader.load(dataset, base, spec.seed(), progress);
		} catch (IOException | IllegalArgumentException e) {
			throw new InputException("dataset of " + experimentName + ": " + e.getMessage(), e);
		}
		ExperimentResult result;
		try {
			result = runner().run(spec, experimentName, data, environment, progress);
		} catch (IllegalArgumentException e) {
			throw new InputException(experimentName + ": " + e.getMessage(), e);
		}
		ResultsWriter.write(result, folder.staging());
		ExperimentFiles.write(spec, folder.staging().resolve("experiment.experiment"));
		progress.checkCancelled(); // the last moment to stop with nothing written
		Path dir = folder.target();
		reportPrevious(dir, folder.commit());
		result.warnings().forEach(w -> err.println("streamwise: warning: " + w.code() + ": " + w.reason()));
		out.printf("Experiment %s: %s%n", spec.id(), spec.name());
		out.printf(Locale.ROOT, "Dataset: %s (%,d events, sha256 %s)%n", data.description(),
				data.dataset().log().size(), data.sha256().substring(0, 16));
		out.printf(Locale.ROOT, "Protocol: %s, train ratio %.2f, %d fold(s); seed %d%n",
				spec.protocol().kind().name().toLowerCase(Locale.ROOT), spec.protocol().trainRatio(),
				spec.protocol().folds(), spec.seed());
		out.println();
		out.print(ResultsWriter.table(result));
		out.println();
		out.printf(Locale.ROOT, "Mean [95%% confidence interval]; fit s and score s: mean seconds per fold of fitting"
				+ " and of scoring with the metrics; peak MB: approximate peak heap above the cell's start, largest"
				+ " fold.%n");
		out.printf(Locale.ROOT, "Results in %s (results.json, results.csv, costs.csv, per_unit.csv,"
				+ " significance.csv, results.tex)%n",
				dir);
		return result.failures().isEmpty() ? OK : FAILED;
	}

	private int stats(Args a) throws IOException {
		if (!a.positional().isEmpty()) {
			throw new Args.UsageException("stats takes no positional arguments; give the file with --data");
		}
		Path data = Path.of(a.require("data"));
		String format = a.get("format", "csv");
		ConsoleProgress progress = progress();
		// pseudonyms do not change any statistic: without --key-file a throw-away key avoids writing one
		IdPolicy ids = a.flag("raw-ids") ? IdPolicy.raw()
				: IdPolicy.pseudonymised(a.get("key-file") == null ? PseudonymKey.random()
						: PseudonymKey.loadOrCreate(Path.of(a.get("key-file"))));
		ImportOptions importOptions = importOptions(a);
		EventLog log;
		ImportReport report;
		try {
			switch (format) {
			case "csv" -> {
				Map<String, String> options = new LinkedHashMap<>();
				if (a.get("columns") != null) {
					options.put(DatasetLoader.OPTION_COLUMNS, a.get("columns"));
				}
				if (a.get("separator") != null) {
					options.put(DatasetLoader.OPTION_SEPARATOR, a.get("separator"));
				}
				if (a.flag("no-header")) {
					options.put(DatasetLoader.OPTION_HEADER, "no");
				}
				if (a.get("default-type") != null) {
					options.put(DatasetLoader.OPTION_DEFAULT_TYPE, a.get("default-type"));
				}
				CsvMapping mapping;
				try {
					mapping = DatasetLoader.mapping(options);
				} catch (IllegalArgumentException e) {
					throw new Args.UsageException("--columns/--separator: " + e.getMessage());
				}
				EventImport imported = CsvEventImporter.read(data, mapping, ids, importOptions, progress);
				log = imported.log();
				report = imported.report();
			}
			case "recbole" -> {
				EventType type = EventType.parse(a.get("default-type", "click"));
				if (type == null) {
					throw new Args.UsageException("--default-type: '" + a.get("default-type") + "' is not an event type");
				}
				RecBoleImport imported = RecBoleImporter.read(data, type, ids, importOptions, progress);
				log = imported.log();
				report = imported.report();
			}
			default -> throw new Args.UsageException("--format must be csv or recbole, not '" + format + "'");
			}
		} catch (TooManyRejectedException e) {
			// the rows that failed the import are what the user needs next: --rejected still gets them
			if (a.get("rejected") != null) {
				e.report().writeRejected(Path.of(a.get("rejected")));
				err.println("Rejected rows written to " + a.get("rejected"));
			}
			throw new InputException(e.getMessage(), e);
		} catch (ImportException e) {
			throw new InputException(e.getMessage(), e);
		} catch (java.nio.file.NoSuchFileException e) {
			throw new InputException(e.getFile() + ": no such file", e);
		}
		DatasetStatistics stats = DatasetStatistics.of(log);
		out.print(a.flag("json") ? stats.toJson() + "\n" : stats.toText());
		err.println(report.summary());
		if (report.rejectedCount() > 0) {
			if (a.get("rejected") != null) {
				report.writeRejected(Path.of(a.get("rejected")));
				err.println("Rejected rows written to " + a.get("rejected"));
			} else {
				int shown = 0;
				for (var r : report.rejectedRows()) {
					if (shown++ == 5) {
						err.println("  ... (--rejected FILE writes them all)");
						break;
					}
					err.printf("  %s, line %d, column %s: %s%n", r.file(), r.line(), r.column(), r.reason());
				}
			}
		}
		return OK;
	}

	/** Command-line options of file imports, as dataset options (see DatasetLoader#importOptions). */
	static final Map<String, String> IMPORT_OPTIONS = Map.of("encoding", DatasetLoader.OPTION_ENCODING,
			"max-rejected-share", DatasetLoader.OPTION_MAX_REJECTED_SHARE, "time-unit", DatasetLoader.OPTION_TIME_UNIT);

	/** {@code --encoding}, {@code --max-rejected-share} and {@code --time-unit} as dataset options. */
	static Map<String, String> importOptionValues(Args a) {
		Map<String, String> values = new LinkedHashMap<>();
		IMPORT_OPTIONS.forEach((cli, option) -> {
			if (a.get(cli) != null) {
				values.put(option, a.get(cli));
			}
		});
		return values;
	}

	static ImportOptions importOptions(Args a) {
		try {
			return DatasetLoader.importOptions(importOptionValues(a));
		} catch (IllegalArgumentException e) {
			throw new Args.UsageException("--encoding/--max-rejected-share/--time-unit: " + e.getMessage());
		}
	}

	/** A runner that isolates plugins' cells in worker processes of this product (see CellIsolation). */
	private ExperimentRunner runner() {
		return new ExperimentRunner(registry).withWorkers(WorkerLauncher.fromRunningProduct(),
				line -> err.println("streamwise: " + line));
	}

	static SimulatorSettings.Size preset(String name) {
		try {
			return SimulatorSettings.Size.valueOf(name.trim().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new Args.UsageException("--preset must be small, default or large, not '" + name + "'");
		}
	}

	private int algorithms(Args a) {
		if (!a.positional().isEmpty()) {
			throw new Args.UsageException("algorithms takes no arguments");
		}
		List<AlgorithmFactory<?>> all = registry.all();
		if (a.flag("json")) {
			JsonArray list = new JsonArray();
			for (AlgorithmFactory<?> f : all) {
				JsonObject o = new JsonObject();
				o.addProperty("id", f.info().id());
				o.addProperty("name", f.info().name());
				o.addProperty("kind", f.info().kind().name().toLowerCase(java.util.Locale.ROOT));
				o.addProperty("description", f.info().description());
				o.addProperty("reference", f.info().reference());
				o.addProperty("deprecated", f.info().deprecated());
				o.addProperty("replacedBy", f.info().replacedBy());
				JsonArray settings = new JsonArray();
				for (SettingDescriptor d : Settings.describe(f.settingsType())) {
					JsonObject s = new JsonObject();
					s.addProperty("key", d.key());
					s.addProperty("type", d.type().getSimpleName());
					s.addProperty("default", d.defaultValue());
					s.addProperty("description", d.description());
					if (!Double.isInfinite(d.min())) {
						s.addProperty("min", d.min());
					}
					if (!Double.isInfinite(d.max())) {
						s.addProperty("max", d.max());
					}
					settings.add(s);
				}
				o.add("settings", settings);
				list.add(o);
			}
			out.println(new GsonBuilder().setPrettyPrinting().create().toJson(list));
			return OK;
		}
		out.printf("%d algorithm(s) installed%n%n", all.size());
		for (AlgorithmFactory<?> f : all) {
			out.printf("%-18s %-12s %s%n", f.info().id(), f.info().kind().name().toLowerCase(java.util.Locale.ROOT),
					AlgorithmRegistry.listedName(f.info()));
			if (!f.info().description().isEmpty()) {
				out.printf("%-18s %-12s %s%n", "", "", f.info().description());
			}
			for (SettingDescriptor d : Settings.describe(f.settingsType())) {
				out.printf("%-18s %-12s --%s (%s, default %s)%s%n", "", "", d.key(), d.type().getSimpleName(),
						d.defaultValue(), d.description().isEmpty() ? "" : ": " + d.description());
			}
		}
		for (String c : registry.conflicts()) {
			err.println("streamwise: warning: " + c);
		}
		return OK;
	}

	/** Bad input data or experiment file: the message names file, line and field. */
	static final class InputException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		InputException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
