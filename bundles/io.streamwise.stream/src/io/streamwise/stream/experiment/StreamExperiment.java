package io.streamwise.stream.experiment;

import static io.streamwise.stream.experiment.PrequentialOptions.fixedDelay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.github.javacliparser.Option;
import com.yahoo.labs.samoa.instances.Instance;
import com.yahoo.labs.samoa.instances.InstancesHeader;

import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.Digests;
import io.streamwise.core.experiment.Engine;
import io.streamwise.core.results.PrequentialResults;
import io.streamwise.core.results.ResultsJson;
import io.streamwise.core.run.ProvenanceBuilder;
import io.streamwise.core.run.RunOrigin;
import io.streamwise.moa.MoaLearners;
import io.streamwise.model.experiment.AlgorithmConfig;
import io.streamwise.model.experiment.DriftDetectorKind;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.experiment.Parameter;
import io.streamwise.model.experiment.StreamSetup;
import io.streamwise.model.experiment.StreamSourceKind;
import io.streamwise.stream.DriftDetection;
import io.streamwise.stream.EvaluationWindow;
import io.streamwise.stream.LabelledStream;
import io.streamwise.stream.Prequential;
import io.streamwise.stream.PrequentialResult;
import io.streamwise.stream.PrequentialSettings;
import io.streamwise.stream.StreamData;
import io.streamwise.stream.StreamFiles;
import io.streamwise.stream.StreamLearner;
import io.streamwise.stream.StreamMetrics;
import moa.classifiers.Classifier;
import moa.options.ClassOption;
import moa.options.OptionHandler;
import moa.streams.InstanceStream;

/**
 * A stream experiment: an experiment file whose {@code stream} element names an ARFF/CSV file, a MOA generator or the
 * simulator ({@link SimulatorStream}),
 * evaluated test-then-train ({@link Prequential}) with the experiment's MOA learners, one after the other. The
 * command line ({@code streamwise run FILE}) and the workbench run it through this class, so a file gives the same
 * numbers wherever it runs.
 *
 * <p>Learners are the experiment's algorithms with id {@value #ALGORITHM_ID}: the setting {@value #LEARNER_SETTING}
 * names the MOA classifier (with or without options in MOA's command-line syntax) and every other setting is one of
 * its options by MOA option name ({@code gracePeriod = 100}), so that the workbench can edit them in a form.
 */
public final class StreamExperiment {

	/** The algorithm id of a MOA learner in a stream experiment. */
	public static final String ALGORITHM_ID = "moa";

	/** The setting that names the MOA classifier. */
	public static final String LEARNER_SETTING = "learner";

	/** Generator options that seed its random choices; set from the experiment's seed unless given. */
	static final List<String> GENERATOR_SEED_OPTIONS = List.of("instanceRandomSeed", "randomSeed");

	/**
	 * One learner of the experiment.
	 *
	 * @param label   its name in curves and tables (unique in the experiment)
	 * @param learner MOA classifier, as MOA's command line writes it
	 * @param options options by MOA option name, overriding the learner string's
	 */
	public record LearnerSpec(String label, String learner, Map<String, String> options) {
		public LearnerSpec {
			options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
		}

		/** A new, unprepared classifier. */
		public Classifier create() {
			return MoaLearners.configure(learner, options);
		}
	}

	/** What a run produced: the results file's content and each learner's result. */
	public record Outcome(PrequentialResults results, List<PrequentialResult> learners) {
	}

	private final Path experimentFile;
	private final Experiment model;
	private final String id;
	private final String name;
	private final long seed;
	private final StreamSourceKind source;
	private final Path data;
	private final String generator;
	private final Map<String, String> generatorOptions;
	private final String className;
	private final long instances;
	private final String time;
	private final String delay;
	private final String positive;
	private final PrequentialSettings settings;
	private final List<LearnerSpec> learners;
	private final List<String> metrics;

	private StreamExperiment(Path experimentFile, Experiment e) {
		this.experimentFile = experimentFile;
		this.model = e;
		String where = experimentFile.getFileName() + ": ";
		StreamSetup s = e.getStream();
		if (s == null) {
			throw new IllegalArgumentException(where + "not a stream experiment (no stream element)");
		}
		id = e.getId() == null ? experimentFile.getFileName().toString() : e.getId();
		name = e.getName() == null ? id : e.getName();
		seed = e.getSeed();
		source = s.getSource();
		if (source == StreamSourceKind.FILE) {
			if (blank(s.getLocation())) {
				throw new IllegalArgumentException(where + "stream/location: name the ARFF or CSV file");
			}
			Path base = experimentFile.toAbsolutePath().getParent();
			data = base.resolve(s.getLocation()).normalize();
			if (blank(s.getClassAttribute())) {
				throw new IllegalArgumentException(where + "stream/classAttribute: name the class column of "
						+ s.getLocation());
			}
			generator = null;
		} else if (source == StreamSourceKind.SIMULATOR) {
			data = null;
			generator = null;
		} else {
			if (blank(s.getGenerator())) {
				throw new IllegalArgumentException(where + "stream/generator: name a MOA generator, such as"
						+ " generators.SEAGenerator");
			}
			if (s.getInstances() <= 0) {
				throw new IllegalArgumentException(where + "stream/instances: a generator needs a positive number of"
						+ " instances, not " + s.getInstances());
			}
			data = null;
			generator = s.getGenerator().trim();
		}
		generatorOptions = parameters(where + "stream/generatorOptions", s.getGeneratorOptions());
		className = blank(s.getClassAttribute()) ? null : s.getClassAttribute().trim();
		if (s.getInstances() < 0) {
			throw new IllegalArgumentException(where + "stream/instances must not be negative, not "
					+ s.getInstances());
		}
		instances = s.getInstances();
		time = blank(s.getTimeColumn()) ? null : s.getTimeColumn().trim();
		delay = blank(s.getDelay()) ? null : s.getDelay().trim();
		if (source == StreamSourceKind.GENERATOR && (time != null || delay != null && fixedDelay(delay) == null)) {
			throw new IllegalArgumentException(where + "stream: a generator has no columns for timeColumn or delay;"
					+ " use a whole-number delay");
		}
		if (delay != null && fixedDelay(delay) != null && fixedDelay(delay) < 0) {
			throw new IllegalArgumentException(where + "stream/delay must not be negative, not " + delay);
		}
		if (source == StreamSourceKind.SIMULATOR && (time != null || delay != null)) {
			throw new IllegalArgumentException(where + "stream: the simulator's instances arrive at their prediction"
					+ " points and their labels when their sessions end; leave timeColumn and delay empty");
		}
		positive = blank(s.getPositiveClass()) ? null : s.getPositiveClass().trim();
		EvaluationWindow window;
		try {
			window = switch (s.getWindow()) {
			case BASIC -> EvaluationWindow.basic();
			case SLIDING -> EvaluationWindow.window(s.getWindowSize());
			case FADING -> EvaluationWindow.fading(s.getFadingFactor());
			};
			settings = new PrequentialSettings(window, s.getCurveEvery(), 1, drift(s.getDriftDetector()));
		} catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(where + "stream: " + ex.getMessage(), ex);
		}
		learners = learners(where, e.getAlgorithms());
		for (String m : e.getMetrics()) {
			if (!Arrays.asList(StreamMetrics.NAMES).contains(m)) {
				throw new IllegalArgumentException(where + "metrics: '" + m + "' is not a stream metric; use "
						+ String.join(", ", StreamMetrics.NAMES));
			}
		}
		metrics = List.copyOf(e.getMetrics());
	}

	/** True if the experiment is a stream experiment (has a {@code stream} element). */
	public static boolean isStream(Experiment experiment) {
		return experiment != null && experiment.getStream() != null;
	}

	/**
	 * Checks a stream experiment and makes it runnable; learners, options and the generator are built once here, so
	 * that a bad value fails before any work.
	 *
	 * @param experimentFile where the experiment lies: relative data locations resolve against its folder
	 * @throws IllegalArgumentException naming the file and the field, for anything that cannot run
	 */
	public static StreamExperiment of(Experiment experiment, Path experimentFile) {
		StreamExperiment x = new StreamExperiment(experimentFile, experiment);
		for (LearnerSpec l : x.learners) {
			try {
				l.create();
			} catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(experimentFile.getFileName() + ": learner '" + l.label() + "': "
						+ ex.getMessage(), ex);
			}
		}
		if (x.generator != null) {
			x.generator();
		}
		if (x.source == StreamSourceKind.SIMULATOR) {
			try {
				SimulatorStream.check(x.generatorOptions, x.seed);
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException(experimentFile.getFileName() + ": stream/generatorOptions: "
						+ e.getMessage(), e);
			}
		}
		return x;
	}

	/**
	 * The options of a MOA stream generator (such as {@code generators.SEAGenerator}) at its defaults: what the
	 * workbench's generator form is generated from.
	 *
	 * @throws IllegalArgumentException naming the generator, when MOA has no such stream
	 */
	public static List<io.streamwise.moa.MoaOption> generatorOptions(String generator) {
		Object made;
		try {
			made = ClassOption.cliStringToObject(generator.trim(), InstanceStream.class, null);
		} catch (Exception e) {
			throw new IllegalArgumentException("MOA stream '" + generator.trim() + "': " + (e.getMessage() == null
					? e.getClass().getSimpleName()
					: e.getMessage()), e);
		}
		if (!(made instanceof OptionHandler handler)) {
			throw new IllegalArgumentException("MOA stream '" + generator.trim() + "' has no options");
		}
		return MoaLearners.options(handler);
	}

	public String id() {
		return id;
	}

	public String name() {
		return name;
	}

	public long seed() {
		return seed;
	}

	public List<LearnerSpec> learners() {
		return learners;
	}

	public PrequentialSettings settings() {
		return settings;
	}

	/** The metrics the experiment names (the charts' first choice), or empty for all. */
	public List<String> metrics() {
		return metrics;
	}

	/**
	 * Runs every learner over the stream, one after the other, telling listener (may be null) of curve points and
	 * drifts as they happen.
	 *
	 * @throws IllegalArgumentException (also {@link io.streamwise.stream.StreamDataException}) naming the file, line
	 *                                  and field for bad data
	 * @throws io.streamwise.api.progress.CancelledException when the monitor is cancelled
	 */
	public Outcome run(ProgressMonitor monitor, Prequential.Listener listener, RunOrigin origin) throws IOException {
		return run(Engine.EMBEDDED, monitor, listener, origin, warning -> {
		});
	}

	/**
	 * Runs every learner over the stream on an engine: embedded, one learner after the other in this process; on
	 * Flink, one task per learner in one bounded job ({@link StreamExperimentJob}), each task running exactly the
	 * embedded loop, so the metrics, curves and drifts are the same bits. The stream is prepared here in either case
	 * (bad data fails before a job is submitted, and the results record this process's view of the data). On Flink the
	 * listener hears each learner's curve and drifts when its task has answered.
	 *
	 * @param warnings told of the engine's warnings
	 * @throws io.streamwise.core.experiment.EngineException when the Flink engine cannot run the job
	 */
	public Outcome run(Engine engine, ProgressMonitor monitor, Prequential.Listener listener, RunOrigin origin,
			Consumer<String> warnings) throws IOException {
		Prepared prepared = prepare(monitor);
		List<PrequentialResult> results;
		if (engine.flink()) {
			results = StreamExperimentJob.runOnFlink(engine, this, prepared.settings(), monitor, warnings);
			if (listener != null) {
				for (PrequentialResult r : results) {
					r.curve().forEach(point -> listener.curvePoint(r.learner(), point));
					for (long at : r.drifts()) {
						listener.drift(r.learner(), at);
					}
				}
			}
		} else {
			results = new ArrayList<>();
			for (int l = 0; l < learners.size(); l++) {
				monitor.checkCancelled();
				results.add(runLearner(prepared, l, monitor, listener));
			}
		}
		return new Outcome(results(prepared, results, origin), results);
	}

	/** The stream, ready for any learner's pass. */
	Prepared prepare(ProgressMonitor monitor) throws IOException {
		return switch (source) {
		case FILE -> prepareFile(monitor);
		case GENERATOR -> prepareGenerator();
		case SIMULATOR -> prepareSimulator(monitor);
		};
	}

	/** One learner's test-then-train pass: what the embedded loop and a Flink task both run. */
	PrequentialResult runLearner(Prepared prepared, int learner, ProgressMonitor monitor,
			Prequential.Listener listener) {
		LearnerSpec l = learners.get(learner);
		StreamLearner made = StreamLearner.of(l.label(), l.create());
		try {
			return Prequential.run(prepared.stream().get(), made, prepared.settings(), new TaskContext(seed, monitor),
					listener);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(prepared.what() + ": " + e.getMessage(), e);
		}
	}

	/** The stream's source kind. */
	StreamSourceKind source() {
		return source;
	}

	/** The data file of a {@code FILE} stream (absolute), else null. */
	Path dataFile() {
		return data;
	}

	/** The experiment this was made from (a Flink job ships a copy). */
	Experiment model() {
		return model;
	}

	/** The experiment file this was read from. */
	Path experimentFile() {
		return experimentFile;
	}

	/** How each learner's pass gets a fresh stream, with the facts the results file records. */
	record Prepared(String what, String sha256, long size, InstancesHeader header,
			PrequentialSettings settings, java.util.function.Supplier<LabelledStream> stream) {
	}

	private Prepared prepareFile(ProgressMonitor monitor) throws IOException {
		if (!Files.isRegularFile(data)) {
			throw new IllegalArgumentException(experimentFile.getFileName() + ": stream/location: data file " + data
					+ " does not exist");
		}
		Long fixed = delay == null ? null : fixedDelay(delay);
		Set<String> heldOut = PrequentialOptions.heldOutColumns(time, delay);
		StreamData read = StreamFiles.read(data, className, heldOut, StandardCharsets.UTF_8, monitor);
		int n = instances > 0 ? (int) Math.min(instances, read.size()) : read.size();
		if (n == 0) {
			throw new IllegalArgumentException(data + ": no data rows");
		}
		List<Instance> rows = read.instances().subList(0, n);
		long[] arrival = time == null ? null : clock(read.heldOut().get(time), n);
		long[] labelKnown = null;
		if (fixed != null) {
			labelKnown = new long[n];
			for (int i = 0; i < n; i++) {
				labelKnown[i] = (arrival == null ? i : arrival[i]) + fixed;
			}
		} else if (delay != null) {
			labelKnown = labelTimes(read.heldOut().get(delay), arrival, n);
		}
		long[] a = arrival, l = labelKnown;
		PrequentialSettings s = settings.withPositiveClass(positiveClass(read.header()));
		return new Prepared(data.toString(), Digests.files(List.of(data)), n, read.header(), s,
				() -> LabelledStream.of(read.header(), rows, a, l));
	}

	private Prepared prepareGenerator() {
		InstanceStream probe = generator();
		String cli = ((OptionHandler) probe).getCLICreationString(InstanceStream.class).trim();
		long fixed = delay == null ? 0 : fixedDelay(delay);
		InstancesHeader header = probe.getHeader();
		PrequentialSettings s = settings.withPositiveClass(positiveClass(header));
		return new Prepared("generator " + cli, null, instances, header, s,
				() -> limited(LabelledStream.of(generator()), instances, fixed));
	}

	private Prepared prepareSimulator(ProgressMonitor monitor) {
		SimulatorStream simulated = simulatorStream(monitor);
		PrequentialSettings s = settings.withPositiveClass(positiveClass(simulated.header()));
		return new Prepared(simulated.description(), simulated.sha256(), simulated.size(), simulated.header(), s,
				simulated::stream);
	}

	/**
	 * The simulator stream of a {@code SIMULATOR} experiment: the market simulated with the experiment's seed (unless
	 * its options name one) and its sessions as instances.
	 */
	public SimulatorStream simulatorStream(ProgressMonitor monitor) {
		if (source != StreamSourceKind.SIMULATOR) {
			throw new IllegalStateException("the stream is a " + source + ", not the simulator");
		}
		try {
			return SimulatorStream.of(generatorOptions, seed, instances, monitor);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(experimentFile.getFileName() + ": stream/generatorOptions: "
					+ e.getMessage(), e);
		}
	}

	/** A new, prepared generator, seeded by the experiment unless its seed option is given. */
	private InstanceStream generator() {
		String where = experimentFile.getFileName() + ": stream/generator '" + generator + "'";
		Object made;
		try {
			made = ClassOption.cliStringToObject(generator, InstanceStream.class, null);
		} catch (Exception e) {
			throw new IllegalArgumentException(where + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
					: e.getMessage()), e);
		}
		if (!(made instanceof InstanceStream stream) || !(made instanceof OptionHandler handler)) {
			throw new IllegalArgumentException(where + " is not a MOA stream");
		}
		Map<String, String> options = new LinkedHashMap<>(generatorOptions);
		for (Option o : handler.getOptions().getOptionArray()) {
			if (GENERATOR_SEED_OPTIONS.contains(o.getName()) && !options.containsKey(o.getName())) {
				options.put(o.getName(), Integer.toString(StreamLearner.moaSeed(seed)));
			}
		}
		MoaLearners.configure(handler, where, options);
		handler.prepareForUse();
		if (!stream.getHeader().classAttribute().isNominal()) {
			throw new IllegalArgumentException(where + ": its class is not nominal");
		}
		return stream;
	}

	/** The first {@code limit} instances of a stream, labels {@code delay} positions late. */
	private static LabelledStream limited(LabelledStream s, long limit, long delay) {
		return new LabelledStream() {
			private long taken;

			@Override
			public InstancesHeader header() {
				return s.header();
			}

			@Override
			public boolean hasNext() {
				return taken < limit && s.hasNext();
			}

			@Override
			public Instance next() {
				taken++;
				return s.next();
			}

			@Override
			public long arrivalTime() {
				return s.arrivalTime();
			}

			@Override
			public long labelTime() {
				return s.arrivalTime() + delay;
			}

			@Override
			public long remaining() {
				return limit - taken;
			}
		};
	}

	private int positiveClass(InstancesHeader header) {
		try {
			return PrequentialOptions.positiveClass(positive, header);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(experimentFile.getFileName() + ": stream/positiveClass: "
					+ e.getMessage(), e);
		}
	}

	private long[] clock(double[] values, int n) {
		long[] t = new long[n];
		for (int i = 0; i < n; i++) {
			t[i] = (long) Math.floor(values[i]);
			if (i > 0 && t[i] < t[i - 1]) {
				throw new IllegalArgumentException(data + ": data row " + (i + 1) + ": time column '" + time
						+ "' goes back (" + t[i] + " after " + t[i - 1] + "); rows must be in arrival order");
			}
		}
		return t;
	}

	private long[] labelTimes(double[] values, long[] arrival, int n) {
		long[] t = new long[n];
		for (int i = 0; i < n; i++) {
			t[i] = (long) Math.ceil(values[i]);
			long a = arrival == null ? i : arrival[i];
			if (t[i] < a) {
				throw new IllegalArgumentException(data + ": data row " + (i + 1) + ": label time '" + delay + "' = "
						+ t[i] + " is before the row arrives (" + a + ")");
			}
		}
		return t;
	}

	private PrequentialResults results(Prepared p, List<PrequentialResult> results, RunOrigin origin) {
		Map<String, String> provenance = new LinkedHashMap<>();
		if (p.sha256() != null) {
			provenance.put("datasetSha256", p.sha256());
		}
		provenance.put("moa", "2024.07.0");
		provenance.put("experiment", id);
		provenance.put("experimentFile", experimentFile.toAbsolutePath().normalize().toString());
		provenance.putAll(new TreeMap<>(ProvenanceBuilder.environment(origin)));
		return PrequentialOutput.results(source == StreamSourceKind.FILE ? data.toString() : p.what(), p.sha256(),
				p.size(), p.header(), p.settings(), delay, time, seed, results, provenance);
	}

	/**
	 * Writes results.json, results.csv (learner, metric, value), curves.csv (one row per learner and curve point) and
	 * a copy of the experiment file into a folder (the staging folder of an {@code OutputFolder}).
	 */
	public void write(Outcome outcome, Path folder) throws IOException {
		ResultsJson.write(outcome.results(), folder.resolve("results.json"));
		PrequentialOutput.writeTables(folder, outcome.learners());
		Files.copy(experimentFile, folder.resolve(experimentFile.getFileName()));
	}

	private static List<LearnerSpec> learners(String where, List<AlgorithmConfig> algorithms) {
		if (algorithms.isEmpty()) {
			throw new IllegalArgumentException(
					where + "algorithms: a stream experiment needs at least one MOA learner");
		}
		List<LearnerSpec> out = new ArrayList<>();
		Set<String> labels = new LinkedHashSet<>();
		for (int i = 0; i < algorithms.size(); i++) {
			AlgorithmConfig a = algorithms.get(i);
			String at = where + "algorithm " + (i + 1);
			if (!ALGORITHM_ID.equals(a.getAlgorithmId())) {
				throw new IllegalArgumentException(at + ": a stream experiment runs MOA learners (algorithmId '"
						+ ALGORITHM_ID + "'), not '" + a.getAlgorithmId() + "'");
			}
			Map<String, String> settings = parameters(at, a.getSettings());
			String learner = settings.remove(LEARNER_SETTING);
			if (blank(learner)) {
				throw new IllegalArgumentException(at + ": setting '" + LEARNER_SETTING + "' names no MOA classifier");
			}
			String label = blank(a.getLabel()) ? learner.trim() : a.getLabel().trim();
			if (!labels.add(label)) {
				throw new IllegalArgumentException(at + ": label '" + label + "' is used twice; curves need one name"
						+ " per learner");
			}
			out.add(new LearnerSpec(label, learner.trim(), settings));
		}
		return List.copyOf(out);
	}

	private static Map<String, String> parameters(String where, List<Parameter> parameters) {
		Map<String, String> out = new LinkedHashMap<>();
		for (Parameter p : parameters) {
			if (blank(p.getKey())) {
				throw new IllegalArgumentException(where + ": a setting has no key");
			}
			if (out.put(p.getKey(), p.getValue() == null ? "" : p.getValue()) != null) {
				throw new IllegalArgumentException(where + ": setting '" + p.getKey() + "' is given twice");
			}
		}
		return out;
	}

	private static DriftDetection drift(DriftDetectorKind kind) {
		return switch (kind) {
		case NONE -> null;
		case ADWIN -> DriftDetection.ADWIN;
		case DDM -> DriftDetection.DDM;
		case PH -> DriftDetection.PAGE_HINKLEY;
		};
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
