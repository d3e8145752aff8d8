package io.streamwise.stream;

import java.util.ArrayList;
import java.util.List;

import com.yahoo.labs.samoa.instances.Instance;
import com.yahoo.labs.samoa.instances.InstancesHeader;

import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.progress.ProgressMonitor;

/**
 * Periodic hold-out evaluation, as MOA's {@code EvaluatePeriodicHeldOutTest} describes it: the first {@code testSize}
 * instances of the stream are set aside as a fixed test set and never learned from; the learner then trains on every
 * following instance, and after every {@code testEvery} training instances (and at the end) the current model is
 * evaluated on the whole test set with a fresh evaluator. Each evaluation is a point of the learning curve; the last
 * one gives the final metrics. Arrival and label times play no part: held-out evaluation has no delayed labels.
 */
public final class PeriodicHoldout {

	private PeriodicHoldout() {
	}

	/**
	 * @throws IllegalArgumentException when the stream has no instance left to train on after the test set, or the
	 *                                  sizes are not positive
	 */
	public static PrequentialResult run(LabelledStream stream, StreamLearner learner, int testSize, long testEvery,
			PrequentialSettings settings, TaskContext context) {
		if (testSize < 1 || testEvery < 1) {
			throw new IllegalArgumentException("test size and test interval must be positive, were " + testSize
					+ " and " + testEvery);
		}
		InstancesHeader header = stream.header();
		if (header.classIndex() < 0 || !header.classAttribute().isNominal() || header.numClasses() < 2) {
			throw new IllegalArgumentException("the class attribute must be nominal with at least two values");
		}
		ProgressMonitor monitor = context.monitor();
		long remaining = stream.remaining();
		monitor.begin("periodic hold-out evaluation of " + learner.name(), remaining < 0 ? -1 : remaining);
		learner.prepare(header, context);
		List<Instance> test = new ArrayList<>(testSize);
		while (test.size() < testSize && stream.hasNext()) {
			test.add(stream.next());
		}
		if (!stream.hasNext()) {
			throw new IllegalArgumentException("the stream ends within the " + testSize
					+ " held-out instances: nothing is left to train on");
		}
		long start = System.nanoTime();
		List<PrequentialResult.CurvePoint> curve = new ArrayList<>();
		long trained = 0;
		StreamMetrics last = null;
		while (stream.hasNext()) {
			Instance instance = stream.next();
			if (!instance.classIsMissing()) {
				learner.train(instance);
				trained++;
			}
			if (trained % testEvery == 0 || !stream.hasNext()) {
				last = evaluate(learner, test, settings, header);
				if (curve.isEmpty() || curve.get(curve.size() - 1).instance() != trained) {
					curve.add(new PrequentialResult.CurvePoint(trained, last));
				}
				monitor.checkCancelled();
				monitor.worked(testEvery);
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return new PrequentialResult(learner.name(), settings, last, curve, new long[0], test.size() + trained,
				trained, seconds);
	}

	private static StreamMetrics evaluate(StreamLearner learner, List<Instance> test, PrequentialSettings settings,
			InstancesHeader header) {
		PerformanceEvaluator evaluator = new PerformanceEvaluator(EvaluationWindow.basic(), header.numClasses(),
				settings.positiveClass());
		for (Instance t : test) {
			if (!t.classIsMissing()) {
				evaluator.add((int) t.classValue(), learner.votes(t), t.weight());
			}
		}
		return evaluator.snapshot();
	}
}
