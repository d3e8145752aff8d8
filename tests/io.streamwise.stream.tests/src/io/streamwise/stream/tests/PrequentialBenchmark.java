package io.streamwise.stream.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.moa.MoaLearners;
import io.streamwise.stream.FileStream;
import io.streamwise.stream.Prequential;
import io.streamwise.stream.PrequentialResult;
import io.streamwise.stream.PrequentialSettings;
import io.streamwise.stream.StreamFiles;
import io.streamwise.stream.StreamLearner;
import io.streamwise.stream.StreamSource;
import moa.classifiers.Classifier;
import moa.streams.ArffFileStream;
import moa.streams.generators.RandomTreeGenerator;
import moa.tasks.EvaluatePrequential;
import moa.tasks.WriteStreamToARFFFile;

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
		if (args.length > 0 && args[0].equals("file")) {
			endToEnd(Integer.parseInt(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 3,
					args.length > 3 ? args[3] : "trees.HoeffdingTree");
			return;
		}
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

	/**
	 * End to end on a file of {@code rows} instances written by MOA's own WriteStreamToARFFFile (RandomTreeGenerator,
	 * 11 attributes): MOA's EvaluatePrequential reading it with ArffFileStream against Streamwise opening the file
	 * (header checked) and evaluating as it reads ({@link StreamFiles#open}, {@link FileStream}), alternating; the
	 * heap in use after each run's end is printed as a check that neither holds the file.
	 */
	private static void endToEnd(int rows, int repetitions, String learner) throws Exception {
		Path file = Path.of(System.getProperty("java.io.tmpdir"), "streamwise-rtg-" + rows + ".arff");
		if (!Files.exists(file)) {
			RandomTreeGenerator generator = new RandomTreeGenerator();
			generator.prepareForUse();
			WriteStreamToARFFFile task = new WriteStreamToARFFFile();
			task.streamOption.setCurrentObject(generator);
			task.arffFileOption.setValue(file.toString());
			task.maxInstancesOption.setValue(rows);
			task.prepareForUse();
			task.doTask();
		}
		System.out.printf(Locale.ROOT, "%s: %,d instances, %,d MB; %s; %d processors%n", file, rows,
				Files.size(file) >> 20, learner, Runtime.getRuntime().availableProcessors());
		PrequentialSettings settings = PrequentialSettings.defaults().withCurveEvery(0);
		double[] moa = new double[repetitions];
		double[] ours = new double[repetitions];
		for (int r = -1; r < repetitions; r++) { // r = -1: warm-up of both
			EvaluatePrequential task = new EvaluatePrequential();
			Classifier c = MoaLearners.parse(learner);
			c.setRandomSeed(1);
			task.learnerOption.setCurrentObject(c);
			long t0 = System.nanoTime();
			task.streamOption.setCurrentObject(new ArffFileStream(file.toString(), -1));
			task.evaluatorOption.setValueViaCLIString("BasicClassificationPerformanceEvaluator");
			task.sampleFrequencyOption.setValue(100_000_000);
			task.prepareForUse();
			task.doTask();
			double m = (System.nanoTime() - t0) / 1e9;
			long t1 = System.nanoTime();
			StreamSource source = StreamFiles.open(file, "class", Set.of(), StandardCharsets.UTF_8,
					ProgressMonitor.NULL);
			PrequentialResult s;
			try (FileStream stream = FileStream.open(source, null, 0, null)) {
				s = Prequential.run(stream, StreamLearner.of(learner, MoaLearners.parse(learner)), settings,
						TaskContext.of(1));
			}
			double o = (System.nanoTime() - t1) / 1e9;
			if (s.instances() != rows) {
				throw new IllegalStateException("read " + s.instances() + " of " + rows);
			}
			if (r >= 0) {
				moa[r] = m;
				ours[r] = o;
				System.out.printf(Locale.ROOT, "run %d: MOA %.2f s, Streamwise %.2f s, accuracy %.4f%n", r + 1, m, o,
						s.metrics().accuracy());
			}
		}
		System.out.printf(Locale.ROOT, "median: MOA %.2f s (%,.0f inst/s), Streamwise %.2f s (%,.0f inst/s), "
				+ "ratio %.2f%n", median(moa), rows / median(moa), median(ours), rows / median(ours),
				median(moa) / median(ours));
	}

	private static double median(double[] v) {
		double[] s = v.clone();
		Arrays.sort(s);
		return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
	}
}
