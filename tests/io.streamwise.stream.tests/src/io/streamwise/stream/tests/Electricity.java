package io.streamwise.stream.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import com.yahoo.labs.samoa.instances.Instance;

import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.moa.MoaLearners;
import io.streamwise.stream.LabelledStream;
import io.streamwise.stream.Prequential;
import io.streamwise.stream.PrequentialResult;
import io.streamwise.stream.PrequentialSettings;
import io.streamwise.stream.StreamFiles;
import io.streamwise.stream.StreamLearner;
import moa.classifiers.Classifier;
import moa.evaluation.preview.LearningCurve;
import moa.streams.ArffFileStream;
import moa.tasks.EvaluatePrequential;

/** The electricity stream (data/SOURCE.md) and the two ways of evaluating a learner on it. */
final class Electricity {

	static final int SIZE = 45_312;

	private Electricity() {
	}

	/** The file; tests run with the fragment's directory as working directory. */
	static Path file() {
		Path p = Path.of("data", "elecNormNew.arff");
		if (!Files.isRegularFile(p)) {
			throw new IllegalStateException("test data missing: " + p.toAbsolutePath());
		}
		return p;
	}

	/** MOA's final measurements of {@code EvaluatePrequential} with the basic evaluator, in MOA's order. */
	record MoaRun(double instances, double accuracyPercent, double kappaPercent, double kappaTemporalPercent,
			double kappaMPercent, double seconds) {
	}

	/** Runs MOA's own task, untouched, reading the ARFF file with MOA's {@code ArffFileStream}. */
	static MoaRun moa(String learnerCli, int seed) {
		Classifier learner = MoaLearners.parse(learnerCli);
		learner.setRandomSeed(seed);
		EvaluatePrequential task = new EvaluatePrequential();
		task.learnerOption.setCurrentObject(learner);
		task.streamOption.setCurrentObject(new ArffFileStream(file().toString(), -1));
		task.evaluatorOption.setValueViaCLIString("BasicClassificationPerformanceEvaluator");
		task.sampleFrequencyOption.setValue(100_000_000); // one entry, at the end of the stream
		task.prepareForUse();
		long t0 = System.nanoTime();
		LearningCurve curve = (LearningCurve) task.doTask();
		double seconds = (System.nanoTime() - t0) / 1e9;
		int last = curve.numEntries() - 1;
		return new MoaRun(measurement(curve, last, "classified instances"),
				measurement(curve, last, "classifications correct (percent)"),
				measurement(curve, last, "Kappa Statistic (percent)"),
				measurement(curve, last, "Kappa Temporal Statistic (percent)"),
				measurement(curve, last, "Kappa M Statistic (percent)"), seconds);
	}

	private static double measurement(LearningCurve curve, int entry, String name) {
		for (int m = 0; m < curve.getMeasurementNameCount(); m++) {
			if (curve.getMeasurementName(m).equals(name)) {
				return curve.getMeasurement(entry, m);
			}
		}
		throw new IllegalStateException("MOA's learning curve has no measurement '" + name + "'");
	}

	/** Streamwise's prequential loop over the same file, read by the same MOA stream class. */
	static PrequentialResult streamwise(String learnerCli, int seed, PrequentialSettings settings) throws Exception {
		ArffFileStream stream = StreamFiles.arffStream(file(), "class");
		return Prequential.run(LabelledStream.of(stream), StreamLearner.of(learnerCli, MoaLearners.parse(learnerCli)),
				settings, TaskContext.of(seed));
	}

	/** A check that both paths see the same instances: the number of instances of each class. */
	static int[] classCounts(Iterable<Instance> instances) {
		int[] counts = new int[2];
		for (Instance i : instances) {
			counts[(int) i.classValue()]++;
		}
		return counts;
	}
}
