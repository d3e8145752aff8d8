package io.streamwise.stream.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.Engine;
import io.streamwise.core.experiment.EngineException;
import io.streamwise.core.experiment.FlinkCells;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.experiment.StreamSetup;
import io.streamwise.model.experiment.StreamSourceKind;
import io.streamwise.model.io.ModelIO;
import io.streamwise.model.io.ModelLoadException;
import io.streamwise.stream.PrequentialResult;
import io.streamwise.stream.PrequentialSettings;
import io.streamwise.stream.StreamMetrics;

/**
 * A stream experiment file ({@code run FILE} of a file with a {@code stream} element) as one bounded Flink job: task
 * l is learner l's whole test-then-train pass over the stream, the same loop as the embedded run (so metrics, curves
 * and drifts are the same bits, whatever the parallelism). The job folder holds the experiment and, for a file
 * stream, a copy of its data file; a generator or the simulator is re-created in each task from the experiment's
 * options and seed. The learners are independent, so the job runs at most as many tasks at once as it has learners.
 */
public final class StreamExperimentJob {

	/** The job folder's experiment, and the folder its file stream's data is copied to. */
	static final String EXPERIMENT = "stream.experiment", DATA = "data";

	private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().disableHtmlEscaping()
			.create();

	/** One task's answer: its learner's result, without the settings (the product's own). */
	record Answer(int task, StreamMetrics metrics, List<PrequentialResult.CurvePoint> curve, long[] drifts,
			long instances, long trained, double seconds) {
	}

	private final StreamExperiment experiment;
	private final StreamExperiment.Prepared prepared;

	private StreamExperimentJob(StreamExperiment experiment, StreamExperiment.Prepared prepared) {
		this.experiment = experiment;
		this.prepared = prepared;
	}

	/**
	 * Runs the experiment's learners as one Flink job and gives their results in the experiment's order.
	 *
	 * @param settings the settings of the stream as this process prepared it (recorded with each result)
	 */
	static List<PrequentialResult> runOnFlink(Engine engine, StreamExperiment x, PrequentialSettings settings,
			ProgressMonitor monitor, Consumer<String> warnings) {
		int tasks = x.learners().size();
		Answer[] byTask = new Answer[tasks];
		FlinkCells.runTasks(engine, FlinkCells.STREAM, tasks, dir -> write(x, dir), monitor, warnings, line -> {
			Answer a = GSON.fromJson(line, Answer.class);
			if (a == null || a.task() < 0 || a.task() >= tasks) {
				throw new EngineException("the Flink job answered a line that is no learner's: " + line);
			}
			byTask[a.task()] = a;
			monitor.subTask(x.learners().get(a.task()).label() + " done on " + engine.label());
		});
		List<PrequentialResult> out = new ArrayList<>();
		for (int l = 0; l < tasks; l++) {
			Answer a = byTask[l];
			if (a == null) { // runTasks fails first when a task did not answer; this guards the merge
				throw new EngineException("the Flink job gave no result for learner " + x.learners().get(l).label());
			}
			out.add(new PrequentialResult(x.learners().get(l).label(), settings, a.metrics(), a.curve(), a.drifts(),
					a.instances(), a.trained(), a.seconds()));
		}
		return out;
	}

	/** Writes the job folder: the experiment, its file stream's data copied beside it and the location pointed there. */
	private static void write(StreamExperiment x, Path dir) throws IOException {
		Experiment copy = EcoreUtil.copy(x.model());
		if (x.source() == StreamSourceKind.FILE) {
			Path data = Files.createDirectories(dir.resolve(DATA)).resolve(x.dataFile().getFileName());
			Files.copy(x.dataFile(), data);
			StreamSetup stream = copy.getStream();
			stream.setLocation(DATA + "/" + data.getFileName());
		}
		ModelIO.save(copy, dir.resolve(EXPERIMENT));
	}

	/**
	 * Opens a job folder as a task does: reads the experiment and prepares its stream (reads the copied file, or
	 * re-creates the generator or the simulated market from the seed).
	 *
	 * @throws IOException naming what cannot be read
	 */
	public static StreamExperimentJob open(Path jobDir) throws IOException {
		Path file = jobDir.resolve(EXPERIMENT);
		Experiment model;
		try {
			model = ModelIO.load(file, Experiment.class);
		} catch (ModelLoadException e) {
			throw new IOException(file + ": " + e.getMessage(), e);
		}
		StreamExperiment x = StreamExperiment.of(model, file);
		return new StreamExperimentJob(x, x.prepare(ProgressMonitor.NULL));
	}

	/** How many tasks (learners) the job folder's experiment has. */
	public static int tasks(Path jobDir) throws IOException {
		Path file = jobDir.resolve(EXPERIMENT);
		try {
			return StreamExperiment.of(ModelIO.load(file, Experiment.class), file).learners().size();
		} catch (ModelLoadException e) {
			throw new IOException(file + ": " + e.getMessage(), e);
		}
	}

	/** Runs one learner's pass and gives its answer as one line. Interrupting the thread (Flink cancelling) cancels it. */
	public String run(int task) {
		Thread t = Thread.currentThread();
		PrequentialResult r = experiment.runLearner(prepared, task, ProgressMonitor.cancelledWhen(t::isInterrupted),
				null);
		return GSON.toJson(new Answer(task, r.metrics(), r.curve(), r.drifts(), r.instances(), r.trained(),
				r.seconds()));
	}
}
