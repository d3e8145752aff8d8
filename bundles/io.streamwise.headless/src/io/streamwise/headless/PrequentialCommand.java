package io.streamwise.headless;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import com.yahoo.labs.samoa.instances.InstancesHeader;

import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.core.experiment.Digests;
import io.streamwise.core.io.OutputFolder;
import io.streamwise.core.results.PrequentialResults;
import io.streamwise.core.results.ResultsJson;
import io.streamwise.core.run.ProvenanceBuilder;
import io.streamwise.moa.MoaLearners;
import io.streamwise.stream.DriftDetection;
import io.streamwise.stream.EvaluationWindow;
import io.streamwise.stream.FileStream;
import io.streamwise.stream.PeriodicHoldout;
import io.streamwise.stream.Prequential;
import io.streamwise.stream.PrequentialResult;
import io.streamwise.stream.PrequentialSettings;
import io.streamwise.stream.StreamDataException;
import io.streamwise.stream.StreamFiles;
import io.streamwise.stream.StreamLearner;
import io.streamwise.stream.StreamMetrics;
import io.streamwise.stream.StreamSource;
import io.streamwise.stream.experiment.PrequentialOptions;
import io.streamwise.stream.experiment.PrequentialOutput;
import io.streamwise.stream.experiment.SimulatorStream;
import moa.classifiers.Classifier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code streamwise prequential}: test-then-train evaluation of MOA learners on an ARFF or CSV file, with optional
 * sliding-window or fading evaluation, delayed labels and drift detection. Writes results.json, results.csv and
 * curves.csv (each complete or not at all) and prints a table. Its {@code --data} is a labelled stream, not an event
 * log, so the shared data options do not apply; {@code --encoding} is the same option as theirs.
 */
@Command(name = "prequential", description = { "Evaluates MOA learners on a stream, test-then-train.",
		"Test-then-train (or periodic hold-out) evaluation on an ARFF or CSV stream; writes results.json, "
				+ "results.csv and curves.csv. See docs/stream-learning.md." }, footer = { "%nExample:",
						"  streamwise prequential --data elec.arff --class class --out DIR \\",
						"      --learners \"bayes.NaiveBayes;trees.HoeffdingTree\" --window 1000 --drift adwin" })
final class PrequentialCommand implements Callable<Integer> {

	private final Cli cli;

	@Option(names = "--data", required = true, paramLabel = "FILE|simulator", description = "The stream: an ARFF or"
			+ " CSV file, or 'simulator' (one instance per simulated stream session, class converted; seeded by"
			+ " --seed).")
	Path data;

	@Option(names = "--class", paramLabel = "NAME", description = "The class attribute (column) of a file.")
	String className;

	@Option(names = "--preset", paramLabel = "small|default|large", description = "With --data simulator: the"
			+ " simulated market's size; default 'default'.")
	String preset;

	@Option(names = "--days", paramLabel = "N", description = "With --data simulator: days simulated (the preset's"
			+ " by default).")
	Integer days;

	@Option(names = "--simulator-option", paramLabel = "KEY=VALUE", description = "With --data simulator: any other"
			+ " simulator setting (docs/simulator.md) or observationMinutes; repeatable.")
	List<String> simulatorOptions = new ArrayList<>();

	@Option(names = "--learners", required = true, paramLabel = "MOA;MOA", description = "MOA learners by their"
			+ " command-line strings, separated by ';' (e.g. \"bayes.NaiveBayes;trees.HoeffdingTree -g 50\").")
	String learnerSpecs;

	/** Basic (whole-stream) evaluation unless one of these is given. */
	@ArgGroup(exclusive = true)
	Window window;

	static final class Window {
		@Option(names = "--window", paramLabel = "N", description = "Sliding-window evaluation over the last N.")
		Integer size;

		@Option(names = "--fading", paramLabel = "A", description = "Fading-factor evaluation, e.g. 0.999.")
		Double fading;
	}

	@Option(names = "--delay", paramLabel = "COLUMN|N", description = "Labels arrive N clock units late, or at the time"
			+ " in COLUMN.")
	String delay;

	@Option(names = "--time", paramLabel = "COLUMN", description = "Arrival times (default: the row's position).")
	String time;

	@Option(names = "--curve-every", paramLabel = "N", description = "A learning-curve point every N instances;"
			+ " default 1000.")
	long curveEvery = 1000;

	@Option(names = "--drift", paramLabel = "adwin|ddm|ph", converter = Drift.class, description = "Drift detector"
			+ " (MOA's defaults).")
	DriftDetection drift;

	@Option(names = "--positive", paramLabel = "VALUE", description = "The positive class value; default: the"
			+ " second.")
	String positive;

	@Option(names = "--seed", paramLabel = "N", description = "Seed of the learners' random choices; default 1.")
	long seed = 1;

	@Option(names = "--holdout", paramLabel = "TEST_SIZE:EVERY", converter = Holdout.class, description = "Periodic"
			+ " hold-out instead: the first TEST_SIZE instances are the test set, evaluated every EVERY instances.")
	Holdout.Plan holdout;

	@Option(names = "--encoding", paramLabel = "NAME", converter = Converters.Encoding.class, description = "Text"
			+ " encoding of the file; default UTF-8.")
	java.nio.charset.Charset encoding = java.nio.charset.StandardCharsets.UTF_8;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write.")
	Path out;

	@Option(names = "--partition-by", paramLabel = "viewer|stream", description = "With --data simulator: split the"
			+ " stream into --partitions parts by viewer or by stream; every (learner, partition) is a task with a"
			+ " learner of its own, and each learner's metrics are merged exactly from its partitions' sums and"
			+ " counts (basic evaluation only; docs/scale-out.md).")
	String partitionBy;

	@Option(names = "--partitions", paramLabel = "N", description = "With --partition-by: how many partitions;"
			+ " default 4. The results depend on it, not on --parallelism.")
	Integer partitions;

	@Mixin
	EngineOptions engine = new EngineOptions();

	/** {@code --holdout TEST:EVERY}: two positive whole numbers. */
	static final class Holdout implements ITypeConverter<Holdout.Plan> {
		/** The first {@code test} instances are the test set, evaluated every {@code every} instances. */
		record Plan(int test, long every) {
		}

		@Override
		public Plan convert(String spec) {
			String[] parts = spec.split(":");
			try {
				if (parts.length == 2) {
					long test = Long.parseLong(parts[0].trim()), every = Long.parseLong(parts[1].trim());
					if (test > 0 && every > 0 && test <= Integer.MAX_VALUE) {
						return new Plan((int) test, every);
					}
				}
			} catch (NumberFormatException e) {
				// falls through to the usage error
			}
			throw new TypeConversionException("use TEST_SIZE:EVERY, two positive whole numbers, not '" + spec + "'");
		}
	}

	static final class Drift implements ITypeConverter<DriftDetection> {
		@Override
		public DriftDetection convert(String name) {
			try {
				return DriftDetection.parse(name);
			} catch (IllegalArgumentException e) {
				throw new TypeConversionException(e.getMessage());
			}
		}
	}

	PrequentialCommand(Cli cli) {
		this.cli = cli;
	}

	/** A learner as given on the command line, with the MOA classifier it names. */
	private record Learner(String cli, Classifier classifier) {
	}

	@Override
	public Integer call() throws IOException {
		Path dir = OutputFolder.check(out); // before any work
		List<Learner> learners = learners(learnerSpecs);
		PrequentialSettings settings = settings();
		var where = engine.engine();
		checkPartitioning(where);
		if (SIMULATOR.equals(data.toString())) {
			return callSimulator(dir, learners, settings);
		}
		if (className == null) {
			throw new UsageException("--class: name the class attribute of " + data);
		}
		if (preset != null || days != null || !simulatorOptions.isEmpty()) {
			throw new UsageException("--preset, --days and --simulator-option are for --data simulator");
		}
		Long fixedDelay = delay == null ? null : fixedDelay(delay);
		Set<String> heldOut = PrequentialOptions.heldOutColumns(time, delay);
		if (!Files.isRegularFile(data)) {
			throw new Cli.InputException("data file " + data + " does not exist", null);
		}
		ConsoleProgress progress = cli.progress();
		StreamSource source;
		try {
			source = StreamFiles.open(data, className, heldOut, encoding, progress);
			try (StreamSource.Rows rows = source.rows()) {
				if (!rows.next()) {
					throw new Cli.InputException(data + ": no data rows", null);
				}
			}
		} catch (IllegalArgumentException e) {
			throw new Cli.InputException(e.getMessage(), e);
		}
		settings = settings.withPositiveClass(positiveClass(positive, source.header()));
		String sha256 = Digests.files(List.of(data));

		// each learner reads the file as it is evaluated, as MOA's tasks do: memory does not grow with the file
		List<PrequentialResult> results = new ArrayList<>();
		long instances = -1;
		for (Learner l : learners) {
			try (FileStream labelled = FileStream.open(source, time, fixedDelay == null ? 0 : fixedDelay,
					fixedDelay == null ? delay : null)) {
				StreamLearner learner = StreamLearner.of(l.cli(), l.classifier());
				results.add(
						holdout == null ? Prequential.run(labelled, learner, settings, new TaskContext(seed, progress))
								: PeriodicHoldout.run(labelled, learner, holdout.test(), holdout.every(), settings,
										new TaskContext(seed, progress)));
				while (labelled.hasNext()) { // a hold-out run reads to the end; every row is checked and counted
					labelled.next();
				}
				instances = labelled.count();
			} catch (StreamDataException e) {
				throw new Cli.InputException(e.getMessage(), e);
			} catch (IllegalArgumentException e) {
				throw new Cli.InputException(data + ": " + e.getMessage(), e);
			} catch (java.io.UncheckedIOException e) {
				throw e.getCause();
			}
		}
		StreamSummary stream = new StreamSummary(source.header(), instances);
		write(dir, data.toString(), sha256, stream, settings, results);
		printTable(data.getFileName().toString(), sha256, stream, settings, seed, results, dir);
		return Cli.OK;
	}

	/** --partition-by and a Flink engine: what they need, as usage errors before any work. */
	private void checkPartitioning(io.streamwise.core.experiment.Engine where) {
		if (partitionBy == null) {
			if (partitions != null) {
				throw new UsageException("--partitions needs --partition-by viewer|stream");
			}
			if (where.flink()) {
				throw new UsageException("--engine " + where.label() + ": prequential evaluation runs on Flink"
						+ " partitioned: add --partition-by viewer|stream (docs/scale-out.md)");
			}
			return;
		}
		try {
			SimulatorStream.PartitionKey.parse(partitionBy);
		} catch (IllegalArgumentException e) {
			throw new UsageException("--partition-by: " + e.getMessage());
		}
		if (partitions != null && partitions < 1) {
			throw new UsageException("--partitions must be at least 1, was " + partitions);
		}
		if (!SIMULATOR.equals(data.toString())) {
			throw new UsageException("--partition-by needs --data simulator: a file's rows name no viewer or stream");
		}
		if (window != null || holdout != null) {
			throw new UsageException("--partition-by merges whole-stream sums and counts: it cannot be combined with"
					+ " --window, --fading or --holdout");
		}
	}

	/** The word of {@code --data} that makes the simulator the stream. */
	static final String SIMULATOR = "simulator";

	/** {@code --data simulator}: the simulator's sessions in time order, labels known when sessions end. */
	private Integer callSimulator(Path dir, List<Learner> learners, PrequentialSettings settings) throws IOException {
		if (className != null || time != null || delay != null) {
			throw new UsageException("--data simulator has its own class (converted), arrival times (each session's"
					+ " prediction point) and label times (its end): leave out --class, --time and --delay");
		}
		java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
		if (preset != null) {
			options.put(SimulatorStream.PRESET, preset);
		}
		if (days != null) {
			options.put("days", Integer.toString(days));
		}
		for (String o : simulatorOptions) {
			int eq = o.indexOf('=');
			if (eq <= 0) {
				throw new UsageException("--simulator-option: use KEY=VALUE, not '" + o + "'");
			}
			options.put(o.substring(0, eq).trim(), o.substring(eq + 1).trim());
		}
		try {
			SimulatorStream.check(options, seed); // before any work
		} catch (IllegalArgumentException e) {
			throw new UsageException("--data simulator: " + e.getMessage());
		}
		ConsoleProgress progress = cli.progress();
		SimulatorStream simulated = SimulatorStream.of(options, seed, 0, progress);
		settings = settings.withPositiveClass(positiveClass(positive, simulated.header()));
		List<PrequentialResult> results = new ArrayList<>();
		if (partitionBy != null) {
			results = partitioned(options, learners, settings, simulated, progress);
			settings = settings.withCurveEvery(0); // one point per learner: the merged end
		}
		for (Learner l : partitionBy != null ? List.<Learner>of() : learners) {
			StreamLearner learner = StreamLearner.of(l.cli(), l.classifier());
			results.add(holdout == null
					? Prequential.run(simulated.stream(), learner, settings, new TaskContext(seed, progress))
					: PeriodicHoldout.run(simulated.stream(), learner, holdout.test(), holdout.every(), settings,
							new TaskContext(seed, progress)));
		}
		StreamSummary stream = new StreamSummary(simulated.header(), simulated.size());
		write(dir, simulated.description(), simulated.sha256(), stream, settings, results);
		printTable(simulated.description(), simulated.sha256(), stream, settings, seed, results, dir);
		return Cli.OK;
	}

	/** The learners on the partitions, embedded or as one Flink job, merged (PartitionedPrequential). */
	private List<PrequentialResult> partitioned(java.util.Map<String, String> options, List<Learner> learners,
			PrequentialSettings settings, SimulatorStream simulated, ConsoleProgress progress) {
		var plan = new io.streamwise.stream.experiment.PartitionedPrequential.Plan(options, seed,
				learners.stream().map(Learner::cli).toList(), partitionBy, partitions == null ? 4 : partitions,
				settings.positiveClass(), settings.drift() == null ? null : settings.drift().id());
		var where = engine.engine();
		if (!where.flink()) {
			return io.streamwise.stream.experiment.PartitionedPrequential.runEmbedded(plan, simulated, progress);
		}
		return io.streamwise.stream.experiment.PartitionedPrequential.runOnFlink(where, plan, progress,
				w -> cli.err.println("streamwise: warning: " + w));
	}

	private void write(Path dir, String data, String sha256, StreamSummary stream, PrequentialSettings settings,
			List<PrequentialResult> results) throws IOException {
		ConsoleProgress progress = cli.progress();
		try (OutputFolder folder = OutputFolder.create(dir)) {
			ResultsJson.write(results(data, sha256, stream, settings, results),
					folder.staging().resolve("results.json"));
			PrequentialOutput.writeTables(folder.staging(), results);
			progress.checkCancelled();
			cli.reportPrevious(dir, folder.commit());
		}
	}

	private static List<Learner> learners(String spec) {
		List<Learner> out = new ArrayList<>();
		for (String part : spec.split(";")) {
			if (part.isBlank()) {
				continue;
			}
			try {
				Classifier c = MoaLearners.parse(part);
				out.add(new Learner(MoaLearners.cli(c), c));
			} catch (IllegalArgumentException e) {
				throw new UsageException("--learners: " + e.getMessage());
			}
		}
		if (out.isEmpty()) {
			throw new UsageException("--learners names no learner; separate MOA learners with ';'");
		}
		return out;
	}

	private PrequentialSettings settings() {
		EvaluationWindow evaluation = EvaluationWindow.basic();
		try {
			if (window != null && window.size != null) {
				evaluation = EvaluationWindow.window(window.size);
			} else if (window != null && window.fading != null) {
				evaluation = EvaluationWindow.fading(window.fading);
			}
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		if (curveEvery < 0) {
			throw new UsageException("--curve-every must not be negative");
		}
		return new PrequentialSettings(evaluation, curveEvery, 1, drift);
	}

	/** A whole number is a fixed delay in clock units; anything else names a column. */
	private static Long fixedDelay(String delay) {
		Long d = PrequentialOptions.fixedDelay(delay);
		if (d != null && d < 0) {
			throw new UsageException("--delay must not be negative, got " + d);
		}
		return d;
	}

	/** What the results tell about the stream: its attributes and how many rows it has. */
	private record StreamSummary(InstancesHeader header, long size) {
	}

	private static int positiveClass(String value, InstancesHeader header) {
		try {
			return PrequentialOptions.positiveClass(value, header);
		} catch (IllegalArgumentException e) {
			throw new UsageException("--positive: " + e.getMessage());
		}
	}

	private PrequentialResults results(String data, String sha256, StreamSummary stream, PrequentialSettings settings,
			List<PrequentialResult> results) {
		java.util.Map<String, String> provenance = new java.util.LinkedHashMap<>();
		provenance.put("datasetSha256", sha256);
		provenance.put("moa", "2024.07.0");
		if (partitionBy != null) { // the results depend on these, not on the engine
			provenance.put("partitionBy", partitionBy);
			provenance.put("partitions", Integer.toString(partitions == null ? 4 : partitions));
		}
		provenance.putAll(new java.util.TreeMap<>(cli.environment)); // in key order, the same from run to run
		provenance.putAll(ProvenanceBuilder.environment(cli.origin())); // as every run records
		return PrequentialOutput.results(data, sha256, stream.size(), stream.header(), settings, delay, time, seed,
				results, provenance);
	}

	private void printTable(String data, String sha256, StreamSummary stream, PrequentialSettings settings, long seed,
			List<PrequentialResult> results, Path dir) {
		cli.out.printf(Locale.ROOT,
				"Prequential evaluation of %s: %,d instances, class '%s' (positive '%s'), sha256 %s%n",
				data, stream.size(), stream.header().classAttribute().name(),
				stream.header().classAttribute().value(settings.positiveClass()), sha256.substring(0, 16));
		cli.out.printf(Locale.ROOT, "Evaluation %s, drift detector %s, seed %d%n%n", settings.window().describe(),
				settings.drift() == null ? "none" : settings.drift().id(), seed);
		printLearners(cli.out, results, dir);
	}

	/**
	 * The learners' table and where the results went, as both {@code prequential} and {@code run} of a stream
	 * experiment print them.
	 */
	static void printLearners(java.io.PrintStream out, List<PrequentialResult> results, Path dir) {
		int width = Math.max(7, results.stream().mapToInt(r -> r.learner().length()).max().orElse(7));
		out.printf(Locale.ROOT, "%-" + width + "s  %8s  %7s  %7s  %7s  %6s  %6s  %8s  %10s  %6s%n", "learner",
				"accuracy", "kappa", "kappa_t", "kappa_m", "F1", "AUC", "logloss", "inst/s", "drifts");
		for (PrequentialResult r : results) {
			StreamMetrics m = r.metrics();
			out.printf(Locale.ROOT, "%-" + width + "s  %8.4f  %7.4f  %7.4f  %7.4f  %6.4f  %6.4f  %8.4f  %10.0f  %6d%n",
					r.learner(), m.accuracy(), m.kappa(), m.kappaTemporal(), m.kappaM(), m.f1(), m.auc(), m.logLoss(),
					r.throughput(), r.drifts().length);
		}
		out.printf("%nResults in %s (results.json, results.csv, curves.csv)%n", dir.toAbsolutePath());
	}

}
