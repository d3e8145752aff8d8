package io.streamwise.stream.tests;

import java.util.Arrays;
import java.util.Locale;

import io.streamwise.stream.PrequentialResult;
import io.streamwise.stream.PrequentialSettings;

/**
 * Throughput of Streamwise's prequential loop against MOA's own {@code EvaluatePrequential} on the electricity stream,
 * both reading the ARFF file with MOA's {@code ArffFileStream} as they go and using the basic evaluator. Not a test:
 * the build compiles it, people run it (command in docs/stream-learning.md). Runs alternate between the two so that
 * machine noise hits both alike; the median of the timed runs is reported, after one untimed warm-up of each.
 * <p>
 * Arguments: [repetitions, default 5]. Working directory: tests/io.streamwise.stream.tests.
 */
public final class PrequentialBenchmark {

	private static final String[] LEARNERS = { "bayes.NaiveBayes", "trees.HoeffdingTree",
			"meta.AdaptiveRandomForest -s 10 -j 1" };

	private PrequentialBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 5;
		PrequentialSettings settings = PrequentialSettings.defaults().withCurveEvery(0);
		System.out.printf(Locale.ROOT, "java %s (%s), %d processors, %d repetitions%n",
				System.getProperty("java.version"),
				System.getProperty("java.vendor"), Runtime.getRuntime().availableProcessors(), repetitions);
		System.out.printf(Locale.ROOT, "%-40s %14s %14s %7s%n", "learner", "MOA inst/s", "Streamwise", "ratio");
		for (String learner : LEARNERS) {
			Electricity.moa(learner, 1); // warm-up
			Electricity.streamwise(learner, 1, settings);
			double[] moa = new double[repetitions];
			double[] ours = new double[repetitions];
			for (int r = 0; r < repetitions; r++) {
				Electricity.MoaRun m = Electricity.moa(learner, 1);
				moa[r] = m.instances() / m.seconds();
				long t0 = System.nanoTime();
				PrequentialResult s = Electricity.streamwise(learner, 1, settings);
				ours[r] = s.instances() / ((System.nanoTime() - t0) / 1e9); // including opening the file, as for MOA
				if (Math.abs(s.metrics().accuracy() * 100 - m.accuracyPercent()) > 1e-7) {
					throw new IllegalStateException(learner + ": accuracies differ, the comparison is void");
				}
			}
			double mm = median(moa), mo = median(ours);
			System.out.printf(Locale.ROOT, "%-40s %14.0f %14.0f %7.3f%n", learner, mm, mo, mo / mm);
		}
	}

	private static double median(double[] v) {
		double[] s = v.clone();
		Arrays.sort(s);
		return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
	}
}
