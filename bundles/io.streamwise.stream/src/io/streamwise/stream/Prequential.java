package io.streamwise.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

import com.yahoo.labs.samoa.instances.Instance;
import com.yahoo.labs.samoa.instances.InstancesHeader;

import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.progress.ProgressMonitor;
import moa.classifiers.core.driftdetection.ChangeDetector;

/**
 * Prequential (test-then-train) evaluation: every instance is first predicted, when it arrives, and then learned
 * from, when its label arrives. Without delays this is MOA's {@code EvaluatePrequential}, operation for operation.
 */
public final class Prequential {

	private static final int CHECK_EVERY = 1024;

	private Prequential() {
	}

	/** An instance whose prediction was evaluated but whose label has not yet arrived. */
	private record Pending(long labelTime, long order, Instance instance, boolean correct) {
	}

	/**
	 * Hears a run as it goes, on the running thread, so that a workbench can draw the curves live; it must return
	 * quickly (hand the point to another thread, never block on one).
	 */
	public interface Listener {

		/** A learning-curve point has been recorded (the same object the result's curve holds). */
		void curvePoint(String learner, PrequentialResult.CurvePoint point);

		/** Drift was detected when {@code at} instances had arrived. */
		default void drift(String learner, long at) {
		}
	}

	/**
	 * Runs one learner over the stream.
	 *
	 * @throws IllegalArgumentException when the class is not nominal with at least two values, or a label time lies
	 *                                  before its arrival time
	 */
	public static PrequentialResult run(LabelledStream stream, StreamLearner learner, PrequentialSettings settings,
			TaskContext context) {
		return run(stream, learner, settings, context, null);
	}

	/**
	 * Runs one learner over the stream, telling listener (if not null) of every curve point and drift as it happens.
	 *
	 * @throws IllegalArgumentException as {@link #run(LabelledStream, StreamLearner, PrequentialSettings, TaskContext)}
	 */
	public static PrequentialResult run(LabelledStream stream, StreamLearner learner, PrequentialSettings settings,
			TaskContext context, Listener listener) {
		return run(stream, learner, settings, context, listener, null);
	}

	/**
	 * As above; {@code evaluated[0]}, when given, receives the evaluator at the end (for its totals: partitioned
	 * evaluation merges them).
	 */
	public static PrequentialResult run(LabelledStream stream, StreamLearner learner, PrequentialSettings settings,
			TaskContext context, Listener listener, PerformanceEvaluator[] evaluated) {
		InstancesHeader header = stream.header();
		if (header.classIndex() < 0 || !header.classAttribute().isNominal() || header.numClasses() < 2) {
			throw new IllegalArgumentException("the class attribute must be nominal with at least two values");
		}
		if (settings.positiveClass() >= header.numClasses()) {
			throw new IllegalArgumentException("positive class index " + settings.positiveClass() + " but the class '"
					+ header.classAttribute().name() + "' has " + header.numClasses() + " values");
		}
		ProgressMonitor monitor = context.monitor();
		long remaining = stream.remaining();
		monitor.begin("prequential evaluation of " + learner.name(), remaining < 0 ? -1 : remaining);
		learner.prepare(header, context);
		PerformanceEvaluator evaluator = new PerformanceEvaluator(settings.window(), header.numClasses(),
				settings.positiveClass());
		ChangeDetector detector = settings.drift() == null ? null : settings.drift().create();
		List<Long> drifts = new ArrayList<>();
		List<PrequentialResult.CurvePoint> curve = new ArrayList<>();
		PriorityQueue<Pending> pending = new PriorityQueue<>((a, b) -> a.labelTime != b.labelTime
				? Long.compare(a.labelTime, b.labelTime)
				: Long.compare(a.order, b.order));
		long curveEvery = settings.curveEvery();
		long arrived = 0;
		long trained = 0;
		long start = System.nanoTime();
		while (stream.hasNext()) {
			Instance instance = stream.next();
			long arrival = stream.arrivalTime();
			long labelTime = stream.labelTime();
			if (labelTime < arrival) {
				throw new IllegalArgumentException("instance " + (arrived + 1) + ": label time " + labelTime
						+ " is before its arrival time " + arrival);
			}
			// labels known strictly before this arrival are learned before it is predicted
			while (!pending.isEmpty() && pending.peek().labelTime < arrival) {
				trained += learn(learner, pending.poll(), detector, drifts, arrived, listener);
			}
			arrived++;
			double[] votes = learner.votes(instance);
			boolean correct = false;
			if (!instance.classIsMissing()) {
				correct = evaluator.add((int) instance.classValue(), votes, instance.weight());
			}
			if (labelTime == arrival && pending.isEmpty()) {
				trained += learn(learner, new Pending(labelTime, arrived, instance, correct), detector, drifts,
						arrived, listener);
			} else {
				pending.add(new Pending(labelTime, arrived, instance, correct));
				while (!pending.isEmpty() && pending.peek().labelTime <= arrival) {
					trained += learn(learner, pending.poll(), detector, drifts, arrived, listener);
				}
			}
			if (curveEvery > 0 && arrived % curveEvery == 0) {
				curve.add(point(learner, new PrequentialResult.CurvePoint(arrived, evaluator.snapshot()), listener));
			}
			if (arrived % CHECK_EVERY == 0) {
				monitor.checkCancelled();
				monitor.worked(CHECK_EVERY);
			}
		}
		// the stream has ended: the labels still outstanding arrive, so that the final model has seen everything
		while (!pending.isEmpty()) {
			trained += learn(learner, pending.poll(), detector, drifts, arrived, listener);
		}
		if (evaluated != null) {
			evaluated[0] = evaluator;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		StreamMetrics last = evaluator.snapshot();
		if (curve.isEmpty() || curve.get(curve.size() - 1).instance() != arrived) {
			curve.add(point(learner, new PrequentialResult.CurvePoint(arrived, last), listener));
		}
		return new PrequentialResult(learner.name(), settings, last, curve,
				drifts.stream().mapToLong(Long::longValue).toArray(), arrived, trained, seconds);
	}

	private static PrequentialResult.CurvePoint point(StreamLearner learner, PrequentialResult.CurvePoint point,
			Listener listener) {
		if (listener != null) {
			listener.curvePoint(learner.name(), point);
		}
		return point;
	}

	/** Trains on a pending instance and feeds its prediction's error to the drift detector; returns 1 if trained. */
	private static int learn(StreamLearner learner, Pending p, ChangeDetector detector, List<Long> drifts,
			long arrived, Listener listener) {
		if (p.instance.classIsMissing()) {
			return 0;
		}
		learner.train(p.instance);
		if (detector != null) {
			detector.input(p.correct ? 0 : 1);
			if (detector.getChange()) {
				drifts.add(arrived);
				if (listener != null) {
					listener.drift(learner.name(), arrived);
				}
			}
		}
		return 1;
	}
}
