package io.streamwise.core.experiment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.apache.commons.math3.distribution.TDistribution;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.FeatureTable;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.ExperimentResult.Failure;
import io.streamwise.core.experiment.ExperimentResult.Provenance;
import io.streamwise.core.experiment.ExperimentResult.Summary;
import io.streamwise.core.experiment.ExperimentResult.Value;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.features.SessionFeatures;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.significance.TestResult;

/**
 * Runs an experiment: splits the data by its protocol, fits every algorithm on every fold's training part, and
 * evaluates it on the test part with the metrics of its kind. Recommenders are judged on the items each test viewer
 * found relevant (purchases and ratings by default); conversion models on viewer-in-stream sessions.
 * <p>
 * A cell (algorithm, fold) that throws, returns non-finite scores or invalid lists or predictions, or exceeds the
 * cell time limit is recorded as failed with the reason and the others go on, with the same results as without it
 * (see {@link CellGuard}); after a cell over the time limit the algorithm's later folds are abandoned rather than
 * tried. Plugins' cells run in worker processes ({@link CellIsolation}), so that even ending or exhausting the
 * process costs only their own cell. Cancellation stops the run.
 */
public final class ExperimentRunner {

	private final AlgorithmRegistry registry;
	private WorkerLauncher workers;
	/** Where the cells run: in this process (and its workers) unless a Flink engine is chosen. */
	private Engine engine = Engine.EMBEDDED;
	private Consumer<String> warnings = w -> {
	};
	private LongSupplier cellClock = System::nanoTime;

	public ExperimentRunner(AlgorithmRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Runs the cells of algorithms that are to be isolated (see {@link CellIsolation}) in worker processes started by
	 * launcher. Without an available launcher they run in this process, and warnings says so.
	 *
	 * @param warnings receives one line per warning, and what workers print
	 */
	public ExperimentRunner withWorkers(WorkerLauncher launcher, Consumer<String> warnings) {
		this.workers = launcher;
		this.warnings = warnings;
		return this;
	}

	/**
	 * Runs the cells on the given engine: on Flink, every cell the journal lacks is a task of one bounded job (see
	 * {@link FlinkCells}); results are assembled here exactly as for cells run in this process.
	 */
	public ExperimentRunner withEngine(Engine engine) {
		this.engine = engine;
		return this;
	}

	/**
	 * Measures the time limit of the cells run in this process on this clock (nanoseconds; {@link System#nanoTime()}
	 * unless set), so that a test can put a cell over the limit by advancing it, whatever the machine's speed and load.
	 */
	public ExperimentRunner withCellClock(LongSupplier nanoTime) {
		this.cellClock = nanoTime;
		return this;
	}

	/** The labels of the algorithms whose cells run in worker processes. */
	private Set<String> isolated(ExperimentSpec spec, String experimentFile, List<Configured> algorithms) {
		Set<String> out = new LinkedHashSet<>();
		List<String> here = new ArrayList<>();
		for (Configured c : algorithms) {
			if (CellIsolation.inWorkers(spec.protocol(), c.factory())) {
				(workers != null && workers.available() && experimentFile != null ? out : here).add(c.spec().label());
			}
		}
		if (!here.isEmpty()) {
			String why = workers == null ? "this runner starts no worker processes"
					: workers.available() ? "the experiment has no file" : workers.whyNot();
			warnings.accept("cannot isolate " + String.join(", ", here) + " in worker processes (" + why
					+ "); running in this process");
		}
		return out;
	}

	/** A configured algorithm: settings parsed and validated before anything runs. */
	private record Configured(AlgorithmSpec spec, AlgorithmFactory<?> factory, Record settings) {
	}

	/**
	 * Validates the experiment against the installed algorithms and the metric names without running it.
	 *
	 * @throws IllegalArgumentException naming the algorithm, setting or metric at fault
	 */
	public void validate(ExperimentSpec spec) {
		List<Configured> algorithms = configure(spec);
		EvaluationProtocol protocol = spec.protocol().kind().protocol();
		for (Configured c : algorithms) {
			if (c.factory().info().kind() == AlgorithmKind.CONVERSION && !protocol.splitsRows()) {
				throw new IllegalArgumentException("algorithm '" + c.spec().label() + "' is a conversion model; those"
						+ " support the " + Protocols.rowProtocols() + " protocols only, not " + protocol.label());
			}
		}
		spec.metrics().forEach(Metric::parse);
		givenSplitRespected(spec);
		Splits.validate(spec.protocol());
		RankingEvaluation.relevantTypes(spec.protocol());
		RankingEvaluation.sampledNegatives(spec.protocol());
		RankingEvaluation.threads(spec.protocol());
		RankingEvaluation.booleanOption(spec.protocol(), ProtocolOptions.EXCLUDE_SEEN, true);
		RankingEvaluation.booleanOption(spec.protocol(), ProtocolOptions.AVAILABILITY, true);
		CellGuard.timeLimitSeconds(spec.protocol());
		observationMinutes(spec.protocol());
		CellIsolation.option(spec.protocol());
	}

	/** Minutes from a session's first event to the point where conversion models predict (protocol option). */
	public static int observationMinutes(ExperimentSpec.ProtocolSpec protocol) {
		return SessionFeatures.observationMinutes(protocol.option(ProtocolOptions.OBSERVATION_MINUTES,
				Integer.toString(SessionFeatures.DEFAULT_OBSERVATION_MINUTES)));
	}

	/**
	 * A train/test pair is evaluated on its own split, and only a pair has one: any other protocol would silently
	 * re-split the union of the two files, so every number would come from a split the user never chose.
	 */
	private static void givenSplitRespected(ExperimentSpec spec) {
		boolean pair = spec.dataset().kind() == ExperimentSpec.DatasetKind.TRAIN_TEST;
		EvaluationProtocol protocol = spec.protocol().kind().protocol();
		if (pair && !protocol.keepsGivenSplit()) {
			throw new IllegalArgumentException("the dataset is a train/test pair (train " + spec.dataset().location()
					+ ", test " + spec.dataset().testLocation() + "); protocol " + protocol.label()
					+ " would re-split their union: use protocol given, which keeps the files' own split");
		}
		if (!pair && protocol.keepsGivenSplit()) {
			String where = spec.dataset().location() == null ? "" : spec.dataset().location() + " ";
			throw new IllegalArgumentException("protocol given keeps a dataset's own train/test split, but the "
					+ spec.dataset().kind().name().toLowerCase(java.util.Locale.ROOT) + " dataset " + where
					+ "has none: give a train/test pair or another protocol");
		}
	}

	/** What the candidates of ranking metrics are: "all", "showcase", "sampled:N" or "showcase+sampled:N". */
	public static String candidates(ExperimentSpec.ProtocolSpec protocol) {
		return RankingEvaluation.candidatesLabel(protocol);
	}

	private List<Configured> configure(ExperimentSpec spec) {
		List<Configured> out = new ArrayList<>();
		for (AlgorithmSpec a : spec.algorithms()) {
			AlgorithmFactory<?> f = registry.get(a.algorithmId());
			try {
				out.add(new Configured(a, f, Settings.parse(f.settingsType(), a.settings())));
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("algorithm '" + a.label() + "' (" + a.algorithmId() + "): "
						+ e.getMessage(), e);
			}
		}
		return out;
	}

	public ExperimentResult run(ExperimentSpec spec, String experimentFile, LoadedDataset data,
			Map<String, String> environment, ProgressMonitor monitor) {
		return run(spec, experimentFile, data, environment, monitor, null);
	}

	/**
	 * Runs the experiment, taking the cells the journal holds from it and appending every other cell to it the moment
	 * it finishes. The start time and environment recorded are the journal's (those of the run that began it), so a
	 * resumed run's results repeat the uninterrupted run's (see {@link RunJournal}).
	 *
	 * @param journal null to run every cell and record none
	 */
	public ExperimentResult run(ExperimentSpec spec, String experimentFile, LoadedDataset data,
			Map<String, String> environment, ProgressMonitor monitor, RunJournal journal) {
		long started = System.nanoTime();
		String startedAt = journal == null ? Instant.now().toString() : journal.startedAt();
		if (journal != null) {
			environment = journal.environment();
		}
		List<Configured> algorithms = configure(spec);
		List<Metric> metrics = spec.metrics().stream().map(Metric::parse).toList();
		for (Configured c : algorithms) {
			AlgorithmKind kind = c.factory().info().kind();
			if (metrics.stream().noneMatch(m -> m.kind() == kind)) {
				throw new IllegalArgumentException("algorithm '" + c.spec().label() + "' is a " + kind
						+ " but the experiment names no metric for that kind");
			}
		}
		List<Value> values = new ArrayList<>();
		List<Failure> failures = new ArrayList<>();
		List<CellCost> costs = new ArrayList<>();
		List<ExperimentResult.FoldCount> foldCounts = new ArrayList<>();
		List<ConversionCurves.Curve> curves = new ArrayList<>();
		boolean anyRecommender = algorithms.stream()
				.anyMatch(c -> c.factory().info().kind() == AlgorithmKind.RECOMMENDER);
		boolean anyConversion = algorithms.stream()
				.anyMatch(c -> c.factory().info().kind() == AlgorithmKind.CONVERSION);
		CellGuard guard = new CellGuard(CellGuard.timeLimitSeconds(spec.protocol()), cellClock);
		// on Flink every cell runs in a task, plugins' too: a task manager is a process of its own
		Set<String> isolated = engine.flink() ? Set.of() : isolated(spec, experimentFile, algorithms);
		monitor.begin("running " + spec.id(), 100L * algorithms.size());

		String unitName = RankingEvaluation.unitName(spec.protocol());
		Folds recommenderFolds = anyRecommender ? recommenderFolds(spec, data, metrics) : null;
		Folds conversionFolds = anyConversion ? conversionFolds(spec, data, metrics, monitor) : null;
		Map<String, CellGuard.Outcome> remote = engine.flink()
				? runOnFlink(spec, experimentFile, data, algorithms, recommenderFolds, conversionFolds, monitor,
						journal)
				: null;
		if (anyRecommender) {
			runKind(AlgorithmKind.RECOMMENDER, recommenderFolds, spec, experimentFile, data, algorithms, isolated,
					guard, monitor, journal, remote, values, failures, costs, foldCounts, curves);
		}
		if (anyConversion) {
			runKind(AlgorithmKind.CONVERSION, conversionFolds, spec, experimentFile, data, algorithms, isolated, guard,
					monitor, journal, remote, values, failures, costs, new ArrayList<>(), curves);
		}
		Map<String, Map<String, String>> settings = new LinkedHashMap<>();
		Map<String, String> ids = new LinkedHashMap<>();
		for (Configured c : algorithms) {
			settings.put(c.spec().label(), Settings.format(c.settings()));
			ids.put(c.spec().label(), c.factory().info().id());
		}
		double seconds = journal == null ? (System.nanoTime() - started) / 1e9 : journal.ended();
		Provenance provenance = new Provenance(experimentFile, data.description(), data.sources(), data.sha256(),
				spec.seed(), settings, ids, environment, startedAt, seconds, data.pseudonymKey());
		List<String> labels = algorithms.stream().map(c -> c.spec().label()).toList();
		monitor.subTask("significance tests");
		List<TestResult> significance = SignificanceAnalysis.analyse(values, labels, metrics, monitor);
		return new ExperimentResult(spec, provenance, values, summarise(values, algorithms, metrics, unitName),
				significance, failures, Caveats.of(spec, metrics, significance,
						algorithms.stream().map(c -> c.factory().info()).toList()),
				foldCounts,
				costs, curves);
	}

	/**
	 * Runs on Flink, as one job, every cell the journal does not hold; each is journaled the moment its result arrives.
	 *
	 * @return the outcomes by {@link #cellKey}
	 */
	private Map<String, CellGuard.Outcome> runOnFlink(ExperimentSpec spec, String experimentFile, LoadedDataset data,
			List<Configured> algorithms, Folds recommenderFolds, Folds conversionFolds, ProgressMonitor monitor,
			RunJournal journal) {
		List<FlinkCells.Cell> cells = new ArrayList<>();
		Map<String, Integer> foldsOf = new LinkedHashMap<>();
		for (AlgorithmKind kind : List.of(AlgorithmKind.RECOMMENDER, AlgorithmKind.CONVERSION)) {
			Folds folds = kind == AlgorithmKind.RECOMMENDER ? recommenderFolds : conversionFolds;
			if (folds == null) {
				continue;
			}
			for (int f = 0; f < folds.count(); f++) { // fold by fold, as in this process
				for (Configured c : algorithms) {
					if (c.factory().info().kind() != kind) {
						continue;
					}
					foldsOf.put(c.spec().label(), folds.count());
					if (journal == null || journal.recorded(c.spec().label(), f, cellSeed(spec, f, c)) == null) {
						cells.add(new FlinkCells.Cell(c.spec().label(), f));
					}
				}
			}
		}
		Map<String, Configured> byLabel = new LinkedHashMap<>();
		algorithms.forEach(c -> byLabel.put(c.spec().label(), c));
		Map<String, CellGuard.Outcome> out = new java.util.HashMap<>();
		FlinkCells.run(engine, spec, data, cells, monitor, warnings, (cell, outcome) -> {
			out.put(cellKey(cell.label(), cell.fold()), outcome);
			if (journal != null) {
				journal.finished(cell.label(), cell.fold(), cellSeed(spec, cell.fold(), byLabel.get(cell.label())),
						outcome);
			}
			monitor.worked(100 / foldsOf.get(cell.label()));
		});
		return out;
	}

	private static String cellKey(String label, int fold) {
		return fold + "/" + label;
	}

	/**
	 * Runs every cell of one kind of algorithm. In-process cells run fold by fold (each fold's parts are built once
	 * for all its algorithms); an isolated algorithm's folds run in order in its worker processes. Outcomes are kept
	 * in a fold-by-algorithm grid and recorded in that order, so results do not depend on where cells ran.
	 */
	private void runKind(AlgorithmKind kind, Folds folds, ExperimentSpec spec, String experimentFile,
			LoadedDataset data, List<Configured> algorithms, Set<String> isolated, CellGuard guard,
			ProgressMonitor monitor, RunJournal journal, Map<String, CellGuard.Outcome> remote, List<Value> values,
			List<Failure> failures, List<CellCost> costs,
			List<ExperimentResult.FoldCount> foldCounts, List<ConversionCurves.Curve> curves) {
		List<Configured> ofKind = algorithms.stream().filter(c -> c.factory().info().kind() == kind).toList();
		int n = folds.count();
		CellGuard.Outcome[][] grid = new CellGuard.Outcome[n][ofKind.size()];
		int[] timedOutIn = new int[ofKind.size()];
		Arrays.fill(timedOutIn, -1);
		for (int f = 0; f < n; f++) {
			monitor.checkCancelled();
			Fold fold = folds.prepare(f); // also for isolated algorithms: the fold's counts go into the results
			if (fold.counts() != null) {
				foldCounts.add(fold.counts());
			}
			for (int a = 0; a < ofKind.size(); a++) {
				Configured c = ofKind.get(a);
				if (isolated.contains(c.spec().label())) {
					continue;
				}
				monitor.checkCancelled();
				long seed = cellSeed(spec, f, c);
				CellGuard.Outcome known = journal == null ? null : journal.recorded(c.spec().label(), f, seed);
				// a cell on Flink ran whatever happened to the algorithm's earlier folds; the journal has what it gave
				boolean ranElsewhere = remote != null && known == null;
				if (timedOutIn[a] >= 0) { // first: a journal may hold a remote cell that is abandoned here
					grid[f][a] = abandoned(timedOutIn[a]);
				} else if (known != null) {
					grid[f][a] = known;
				} else if (ranElsewhere) {
					grid[f][a] = remote.get(cellKey(c.spec().label(), f));
				} else {
					monitor.subTask(c.spec().label() + ", fold " + (f + 1) + " of " + n);
					grid[f][a] = runCell(guard, fold, c, spec, f, monitor);
				}
				if (journal != null && known == null && !ranElsewhere) {
					journal.finished(c.spec().label(), f, seed, grid[f][a]);
				}
				if (grid[f][a] instanceof CellGuard.TimedOut) {
					timedOutIn[a] = f;
				}
				if (!ranElsewhere) { // a remote cell's work was counted when its result arrived
					monitor.worked(100 / n);
				}
			}
		}
		for (int a = 0; a < ofKind.size(); a++) {
			Configured c = ofKind.get(a);
			if (isolated.contains(c.spec().label())) {
				CellGuard.Outcome[] known = new CellGuard.Outcome[n];
				for (int f = 0; f < n && journal != null; f++) {
					known[f] = journal.recorded(c.spec().label(), f, cellSeed(spec, f, c));
				}
				CellGuard.Outcome[] column = IsolatedCells.run(workers, spec, experimentFile, data, c.spec().label(),
						known, guard, monitor, warnings, journal == null ? (f, o) -> {
						} : (f, o) -> journal.finished(c.spec().label(), f, cellSeed(spec, f, c), o));
				for (int f = 0; f < n; f++) {
					grid[f][a] = column[f];
				}
			}
		}
		for (int f = 0; f < n; f++) {
			for (int a = 0; a < ofKind.size(); a++) {
				switch (grid[f][a]) {
				case CellGuard.Completed done -> done.values().forEach(v -> {
					if (CellCost.isCost(v)) {
						costs.add(CellCost.of(v)); // measured inside the cell, so it travels back from workers too
					} else if (ConversionCurves.isCurve(v)) {
						curves.add(ConversionCurves.fromValue(v));
					} else {
						values.add(v);
					}
				});
				case CellGuard.Failed failed ->
					failures.add(new Failure(ofKind.get(a).spec().label(), f, failed.reason()));
				case CellGuard.TimedOut late ->
					failures.add(new Failure(ofKind.get(a).spec().label(), f, late.reason()));
				}
			}
		}
	}

	/** The failure of the folds after a cell of the same algorithm exceeded the time limit. */
	static CellGuard.Failed abandoned(int timedOutFold) {
		return new CellGuard.Failed("abandoned after fold " + timedOutFold + " exceeded the cell time limit");
	}

	/** The seed of one cell, the same wherever the cell runs. */
	private static long cellSeed(ExperimentSpec spec, int fold, Configured c) {
		return Seeds.cell(spec.seed(), fold, c.factory().info().id(), Settings.format(c.settings()));
	}

	private static CellGuard.Outcome runCell(CellGuard guard, Fold fold, Configured c, ExperimentSpec spec, int f,
			ProgressMonitor monitor) {
		long seed = cellSeed(spec, f, c);
		return guard.run(c.spec().label() + " fold " + f, monitor, m -> fold.run(c, seed, m));
	}

	/**
	 * Runs one algorithm's cells in the given folds, in order, in this process: the work of a worker process (see
	 * {@link CellWorker}). After a cell exceeds the time limit, the remaining folds are abandoned.
	 *
	 * @param sink told when each cell starts and how it ended
	 */
	void runCells(ExperimentSpec spec, LoadedDataset data, String label, int[] folds, ProgressMonitor monitor,
			CellSink sink) {
		Configured c = configure(spec).stream().filter(a -> a.spec().label().equals(label)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("the experiment has no algorithm labelled '" + label
						+ "'"));
		List<Metric> metrics = spec.metrics().stream().map(Metric::parse).toList();
		Folds plan = c.factory().info().kind() == AlgorithmKind.RECOMMENDER ? recommenderFolds(spec, data, metrics)
				: conversionFolds(spec, data, metrics, monitor);
		CellGuard guard = new CellGuard(CellGuard.timeLimitSeconds(spec.protocol()), cellClock);
		int timedOutIn = -1;
		for (int f : folds) {
			monitor.checkCancelled();
			if (timedOutIn >= 0) {
				sink.finished(f, abandoned(timedOutIn));
				continue;
			}
			Fold fold = plan.prepare(f);
			sink.started(f);
			CellGuard.Outcome outcome = runCell(guard, fold, c, spec, f, monitor);
			if (outcome instanceof CellGuard.TimedOut) {
				timedOutIn = f;
			}
			sink.finished(f, outcome);
		}
	}

	/**
	 * Runs single cells of the experiment on demand, as a Flink task does ({@link GridCells}): each kind's folds are
	 * split once, and the fold last prepared is kept for the next cell of the same fold. Not thread-safe.
	 */
	final class OnDemand {
		private final ExperimentSpec spec;
		private final LoadedDataset data;
		private final List<Configured> algorithms;
		private final List<Metric> metrics;
		private final CellGuard guard;
		private final Map<AlgorithmKind, Folds> folds = new java.util.EnumMap<>(AlgorithmKind.class);
		private final Map<AlgorithmKind, Integer> preparedFold = new java.util.EnumMap<>(AlgorithmKind.class);
		private final Map<AlgorithmKind, Fold> prepared = new java.util.EnumMap<>(AlgorithmKind.class);

		OnDemand(ExperimentSpec spec, LoadedDataset data) {
			this.spec = spec;
			this.data = data;
			this.algorithms = configure(spec);
			this.metrics = spec.metrics().stream().map(Metric::parse).toList();
			this.guard = new CellGuard(CellGuard.timeLimitSeconds(spec.protocol()), cellClock);
		}

		CellGuard.Outcome run(String label, int f, ProgressMonitor monitor) {
			Configured c = algorithms.stream().filter(a -> a.spec().label().equals(label)).findFirst().orElseThrow(
					() -> new IllegalArgumentException("the experiment has no algorithm labelled '" + label + "'"));
			AlgorithmKind kind = c.factory().info().kind();
			Folds plan = folds.computeIfAbsent(kind, k -> k == AlgorithmKind.RECOMMENDER
					? recommenderFolds(spec, data, metrics)
					: conversionFolds(spec, data, metrics, monitor));
			if (!Integer.valueOf(f).equals(preparedFold.get(kind))) {
				prepared.put(kind, plan.prepare(f));
				preparedFold.put(kind, f);
			}
			return runCell(guard, prepared.get(kind), c, spec, f, monitor);
		}
	}

	/** Receives the cells a worker runs. */
	interface CellSink {
		void started(int fold);

		void finished(int fold, CellGuard.Outcome outcome);
	}

	/** The folds of one kind of algorithm: split once; each fold's parts built when a cell needs them. */
	private interface Folds {
		int count();

		Fold prepare(int fold);
	}

	/** One fold's training and test parts, ready to fit and evaluate any algorithm of its kind. */
	@FunctionalInterface
	private interface Fold {
		List<Value> run(Configured c, long seed, ProgressMonitor monitor);

		/** What the fold holds, for the results; null for session rows. */
		default ExperimentResult.FoldCount counts() {
			return null;
		}
	}

	private static Folds recommenderFolds(ExperimentSpec spec, LoadedDataset data, List<Metric> metrics) {
		EventLog log = data.dataset().log();
		BitSet relevantTypes = RankingEvaluation.relevantTypes(spec.protocol());
		List<Splits.Split> splits = Splits.split(log, spec.protocol(), spec.seed(),
				RankingEvaluation.relevantRows(log, relevantTypes), data.availability(), data.givenSplit());
		return new Folds() {
			@Override
			public int count() {
				return splits.size();
			}

			@Override
			public Fold prepare(int f) {
				Dataset train = data.dataset().withLog(log.select(splits.get(f).train()));
				EventLog test = log.select(splits.get(f).test());
				EventLog validation = splits.get(f).validation().length == 0 ? null
						: log.select(splits.get(f).validation());
				RankingEvaluation task = new RankingEvaluation(spec.protocol(), data.dataset(), data.availability(),
						train.log(), validation, test, spec.seed(), f);
				return new Fold() {
					@Override
					public List<Value> run(Configured c, long seed, ProgressMonitor m) {
						CellCost.Meter meter = CellCost.Meter.start(); // measured in the cell: its cost goes with it
						Recommender rec = createRecommender(c);
						rec.fit(train, new TaskContext(seed, m));
						meter.fitted();
						return meter.append(task.evaluate(c.spec().label(), f, rec, metrics, m), c.spec().label(), f);
					}

					@Override
					public ExperimentResult.FoldCount counts() {
						return task.counts();
					}
				};
			}
		};
	}

	private static Folds conversionFolds(ExperimentSpec spec, LoadedDataset data, List<Metric> metrics,
			ProgressMonitor monitor) {
		FeatureTable table = SessionFeatures.extract(data.dataset().log(), observationMinutes(spec.protocol()),
				monitor);
		List<Splits.Split> splits = Splits.split(table.times(), spec.protocol(), spec.seed());
		return new Folds() {
			@Override
			public int count() {
				return splits.size();
			}

			@Override
			public Fold prepare(int f) {
				Splits.Split split = splits.get(f);
				FeatureTable train = table.select(split.train());
				FeatureTable test = table.select(split.test());
				return (c, seed, m) -> {
					CellCost.Meter meter = CellCost.Meter.start();
					ConversionModel model = createConversion(c);
					TaskContext ctx = new TaskContext(seed, m);
					model.initialise(table.schema(), ctx);
					model.fit(train, ctx);
					meter.fitted();
					return meter.append(evaluateConversion(c.spec().label(), f, model, test, metrics, split, m),
							c.spec().label(), f);
				};
			}
		};
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Recommender createRecommender(Configured c) {
		return ((RecommenderFactory) c.factory()).create(c.settings());
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ConversionModel createConversion(Configured c) {
		return ((ConversionModelFactory) c.factory()).create(c.settings());
	}

	private static List<Value> evaluateConversion(String label, int fold, ConversionModel model, FeatureTable test,
			List<Metric> metrics, Splits.Split split, ProgressMonitor monitor) {
		double[] p = new double[test.size()];
		for (int i = 0; i < p.length; i++) {
			if ((i & 127) == 0) { // an ensemble of 100 trees predicts 128 rows in well under a second
				monitor.checkCancelled();
			}
			p[i] = model.predict(test.rows()[i]);
			if (!(p[i] >= 0 && p[i] <= 1)) {
				throw new IllegalStateException("predicted " + p[i] + ", not a probability, for test row " + i);
			}
		}
		String[] ids = Arrays.stream(split.test()).mapToObj(Integer::toString).toArray(String[]::new);
		List<Value> out = new ArrayList<>();
		for (Metric m : metrics) {
			if (m.kind() != AlgorithmKind.CONVERSION) {
				continue;
			}
			if (m.name().equals("auc")) {
				double auc = ConversionMetrics.auc(p, test.labels());
				long positives = 0;
				for (boolean y : test.labels()) {
					positives += y ? 1 : 0;
				}
				double se = ConversionMetrics.aucStandardError(auc, positives, p.length - positives);
				out.add(new Value(label, fold, "auc", ExperimentResult.ALL, auc, p.length, ids, p, se));
			} else {
				double[] perRow = ConversionMetrics.perRow(m.name(), p, test.labels());
				out.add(new Value(label, fold, m.name(), ExperimentResult.ALL, mean(perRow), p.length, ids, perRow,
						Double.NaN));
			}
		}
		// ROC, precision-recall and calibration points travel with the metrics, as the cell's cost does
		ConversionCurves.of(label, fold, p, test.labels()).forEach(c -> out.add(ConversionCurves.toValue(c)));
		return out;
	}

	static double mean(double[] v) {
		double s = 0;
		for (double x : v) {
			s += x;
		}
		return v.length == 0 ? Double.NaN : s / v.length;
	}

	private static List<Summary> summarise(List<Value> values, List<Configured> algorithms, List<Metric> metrics,
			String unitName) {
		List<Summary> out = new ArrayList<>();
		List<String> segments = List.of(ExperimentResult.ALL, ExperimentResult.WARM, ExperimentResult.COLD_VIEWERS,
				ExperimentResult.COLD_ITEMS);
		for (String segment : segments) {
			for (Configured c : algorithms) {
				for (Metric m : metrics) {
					if (m.kind() != c.factory().info().kind()) {
						continue;
					}
					List<Value> cells = values.stream().filter(v -> v.algorithm().equals(c.spec().label())
							&& v.metric().equals(m.toString()) && v.segment().equals(segment)).toList();
					if (cells.isEmpty()) {
						continue; // every fold failed (the failures say why), or the segment is empty
					}
					out.add(summary(c.spec().label(), m, segment, cells, unitName));
				}
			}
		}
		return out;
	}

	/**
	 * A t interval over two or three folds can reach past what the metric can be (a recall above 1); the interval is
	 * clipped to the metric's range, which docs/metrics.md states.
	 */
	private static Summary summary(String label, Metric m, String segment, List<Value> cells, String unitName) {
		Summary s = unclippedSummary(label, m, segment, cells, unitName);
		return new Summary(s.algorithm(), s.metric(), s.segment(), s.mean(), clip(s.ciLow(), m), clip(s.ciHigh(), m),
				s.n(), s.basis());
	}

	private static double clip(double bound, Metric m) {
		return Double.isNaN(bound) ? bound : Math.max(m.lowerBound(), Math.min(m.upperBound(), bound));
	}

	private static Summary unclippedSummary(String label, Metric m, String segment, List<Value> cells,
			String unitName) {
		if (cells.size() > 1) {
			double[] foldValues = cells.stream().mapToDouble(Value::value).toArray();
			double[] ci = tInterval(foldValues);
			return new Summary(label, m.toString(), segment, mean(foldValues), ci[0], ci[1], foldValues.length,
					"folds");
		}
		Value v = cells.get(0);
		if (m.name().equals("auc")) {
			double z = 1.959963984540054;
			return new Summary(label, m.toString(), segment, v.value(), v.value() - z * v.standardError(),
					v.value() + z * v.standardError(), v.n(), "hanley-mcneil");
		}
		if (m.aggregate()) {
			return new Summary(label, m.toString(), segment, v.value(), Double.NaN, Double.NaN, 1, "none");
		}
		double[] ci = tInterval(v.unitValues());
		return new Summary(label, m.toString(), segment, v.value(), ci[0], ci[1], v.n(),
				m.kind() == AlgorithmKind.RECOMMENDER ? unitName : "rows");
	}

	/** 95% two-sided t interval of a mean; NaN bounds for fewer than two values. */
	static double[] tInterval(double[] v) {
		int n = v.length;
		double mean = mean(v);
		if (n < 2) {
			return new double[] { Double.NaN, Double.NaN };
		}
		double ss = 0;
		for (double x : v) {
			ss += (x - mean) * (x - mean);
		}
		double se = Math.sqrt(ss / (n - 1) / n);
		double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
		return new double[] { mean - t * se, mean + t * se };
	}
}
