package io.streamwise.stream.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.Engine;
import io.streamwise.core.experiment.FlinkCells;
import io.streamwise.moa.MoaLearners;
import io.streamwise.stream.DriftDetection;
import io.streamwise.stream.EvaluationWindow;
import io.streamwise.stream.PerformanceEvaluator;
import io.streamwise.stream.PrequentialResult;
import io.streamwise.stream.PrequentialSettings;
import io.streamwise.stream.StreamLearner;
import io.streamwise.stream.StreamMetrics;
import io.streamwise.stream.experiment.SimulatorStream.PartitionKey;

/**
 * Prequential evaluation of many learners on the simulator's stream split into partitions by viewer or by stream
 * (docs/scale-out.md, "Partitioned prequential evaluation"). Each (learner, partition) is a task with a learner of its
 * own that sees only its partition's sessions, in arrival order; a task's metrics are sums and counts
 * ({@link PerformanceEvaluator.Totals}) and the learner's result is their sum over the partitions in partition order,
 * so the merged metrics are exact (no average of averages) and the same whichever engine ran the tasks, in whatever
 * order: embedded one after the other, or as one Flink job at any parallelism.
 */
public final class PartitionedPrequential {

	/** The job folder's one file. */
	static final String PLAN = "prequential.json";

	private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().disableHtmlEscaping()
			.create();

	/**
	 * What to evaluate, as the job folder holds it.
	 *
	 * @param simulator     the simulator's options (preset, settings, observationMinutes)
	 * @param seed          the simulator's seed unless its options name one, and every learner's seed
	 * @param learners      MOA learners by their command-line strings
	 * @param partitionBy   {@code viewer} or {@code stream}
	 * @param partitions    how many partitions (the results depend on it, never on the engine's parallelism)
	 * @param positiveClass index of the positive class
	 * @param drift         drift detector id, or null
	 */
	public record Plan(Map<String, String> simulator, long seed, List<String> learners, String partitionBy,
			int partitions, int positiveClass, String drift) {

		public Plan {
			simulator = new TreeMap<>(simulator);
			learners = List.copyOf(learners);
			if (partitions < 1) {
				throw new IllegalArgumentException("--partitions must be at least 1, was " + partitions);
			}
			PartitionKey.parse(partitionBy);
		}

		/** Tasks are learner-major: task {@code l * partitions + p} is learner l on partition p. */
		public int tasks() {
			return learners.size() * partitions;
		}

		PrequentialSettings settings() {
			// a curve point only at the end: positions inside a partition are no positions of the whole stream
			return new PrequentialSettings(EvaluationWindow.basic(), 0, positiveClass,
					drift == null ? null : DriftDetection.parse(drift));
		}
	}

	/** One task's answer: its totals and counts. */
	record Answer(int task, PerformanceEvaluator.Totals totals, long instances, long trained, long[] drifts,
			double seconds) {
	}

	private final Plan plan;
	private final SimulatorStream stream;

	private PartitionedPrequential(Plan plan, SimulatorStream stream) {
		this.plan = plan;
		this.stream = stream;
	}

	/** The simulated stream of one task JVM, kept for its other tasks (the same plan simulates the same market). */
	private static final Map<String, SimulatorStream> SIMULATED = new java.util.HashMap<>();

	/**
	 * Opens a job folder as a task does: reads the plan and simulates its market (once per JVM).
	 *
	 * @throws IOException naming the file that cannot be read
	 */
	public static PartitionedPrequential open(Path jobDir) throws IOException {
		Plan plan = plan(jobDir);
		String key = GSON.toJson(plan.simulator()) + "#" + plan.seed();
		SimulatorStream stream;
		synchronized (SIMULATED) {
			stream = SIMULATED.get(key);
			if (stream == null) {
				stream = SimulatorStream.of(plan.simulator(), plan.seed(), 0, ProgressMonitor.NULL);
				SIMULATED.clear(); // one market at a time: a task manager may run many jobs
				SIMULATED.put(key, stream);
			}
		}
		return new PartitionedPrequential(plan, stream);
	}

	/** How many tasks the job folder's plan has. */
	public static int tasks(Path jobDir) throws IOException {
		return plan(jobDir).tasks();
	}

	private static Plan plan(Path jobDir) throws IOException {
		try {
			Plan p = GSON.fromJson(Files.readString(jobDir.resolve(PLAN), StandardCharsets.UTF_8), Plan.class);
			if (p == null) {
				throw new IOException(jobDir.resolve(PLAN) + " is empty");
			}
			return new Plan(p.simulator(), p.seed(), p.learners(), p.partitionBy(), p.partitions(), p.positiveClass(),
					p.drift());
		} catch (JsonParseException | IllegalArgumentException e) {
			throw new IOException(jobDir.resolve(PLAN) + ": " + e.getMessage(), e);
		}
	}

	/** Runs one task and gives its answer as one line. Interrupting the thread (Flink cancelling) cancels it. */
	public String run(int task) {
		Thread t = Thread.currentThread();
		return GSON.toJson(runTask(plan, stream, task, ProgressMonitor.cancelledWhen(t::isInterrupted)));
	}

	private static Answer runTask(Plan plan, SimulatorStream stream, int task, ProgressMonitor monitor) {
		int learner = task / plan.partitions(), partition = task % plan.partitions();
		String cli = plan.learners().get(learner);
		StreamLearner l = StreamLearner.of(cli, MoaLearners.parse(cli));
		PerformanceEvaluator[] evaluated = new PerformanceEvaluator[1];
		PrequentialResult r = io.streamwise.stream.Prequential.run(
				stream.partition(PartitionKey.parse(plan.partitionBy()), plan.partitions(), partition), l,
				plan.settings(), new TaskContext(plan.seed(), monitor), null, evaluated);
		return new Answer(task, evaluated[0].totals(), r.instances(), r.trained(), r.drifts(), r.seconds());
	}

	/**
	 * Runs the plan in this process, task after task, and merges.
	 *
	 * @param stream the plan's simulated stream
	 */
	public static List<PrequentialResult> runEmbedded(Plan plan, SimulatorStream stream, ProgressMonitor monitor) {
		List<Answer> answers = new ArrayList<>();
		for (int t = 0; t < plan.tasks(); t++) {
			monitor.checkCancelled();
			monitor.subTask("learner " + (t / plan.partitions() + 1) + ", partition " + (t % plan.partitions() + 1)
					+ " of " + plan.partitions());
			answers.add(runTask(plan, stream, t, monitor));
		}
		return merge(plan, answers);
	}

	/** Runs the plan's tasks as one Flink job on the engine and merges their answers. */
	public static List<PrequentialResult> runOnFlink(Engine engine, Plan plan, ProgressMonitor monitor,
			Consumer<String> warnings) {
		List<Answer> answers = new ArrayList<>();
		FlinkCells.runTasks(engine, FlinkCells.PREQUENTIAL, plan.tasks(),
				dir -> Files.writeString(dir.resolve(PLAN), GSON.toJson(plan), StandardCharsets.UTF_8), monitor,
				warnings, line -> answers.add(GSON.fromJson(line, Answer.class)));
		return merge(plan, answers);
	}

	/**
	 * Each learner's result: its partitions' totals summed in partition order (whatever order the answers came in),
	 * instances, labels trained on and drifts summed; the drift positions are those within each partition, partition
	 * after partition; seconds are the tasks' seconds summed.
	 */
	static List<PrequentialResult> merge(Plan plan, List<Answer> answers) {
		Answer[] byTask = new Answer[plan.tasks()];
		for (Answer a : answers) {
			byTask[a.task()] = a;
		}
		List<PrequentialResult> out = new ArrayList<>();
		for (int l = 0; l < plan.learners().size(); l++) {
			List<PerformanceEvaluator.Totals> totals = new ArrayList<>();
			long instances = 0, trained = 0;
			double seconds = 0;
			List<Long> drifts = new ArrayList<>();
			for (int p = 0; p < plan.partitions(); p++) {
				Answer a = byTask[l * plan.partitions() + p];
				if (a == null) {
					throw new IllegalStateException("no answer for learner " + plan.learners().get(l) + ", partition "
							+ p);
				}
				totals.add(a.totals());
				instances += a.instances();
				trained += a.trained();
				seconds += a.seconds();
				for (long d : a.drifts()) {
					drifts.add(d);
				}
			}
			StreamMetrics metrics = PerformanceEvaluator.Totals.merge(totals).metrics();
			out.add(new PrequentialResult(plan.learners().get(l), plan.settings(), metrics,
					List.of(new PrequentialResult.CurvePoint(instances, metrics)),
					drifts.stream().mapToLong(Long::longValue).toArray(), instances, trained, seconds));
		}
		return out;
	}
}
