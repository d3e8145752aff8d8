package io.streamwise.stream.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.yahoo.labs.samoa.instances.Attribute;
import com.yahoo.labs.samoa.instances.DenseInstance;
import com.yahoo.labs.samoa.instances.Instance;
import com.yahoo.labs.samoa.instances.Instances;
import com.yahoo.labs.samoa.instances.InstancesHeader;

import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.stream.DriftDetection;
import io.streamwise.stream.EvaluationWindow;
import io.streamwise.stream.LabelledStream;
import io.streamwise.stream.PerformanceEvaluator;
import io.streamwise.stream.Prequential;
import io.streamwise.stream.PrequentialResult;
import io.streamwise.stream.PrequentialSettings;
import io.streamwise.stream.StreamData;
import io.streamwise.stream.StreamDataException;
import io.streamwise.stream.StreamFiles;
import io.streamwise.stream.StreamLearner;
import io.streamwise.stream.StreamMetrics;

/** Prequential evaluation: hand-computed metrics, delayed labels, drift detection, reading files. */
class PrequentialTest {

	/** Six predictions of a two-class problem (positive = 1), votes as probabilities of class 1. */
	private static final int[] TRUTH = { 1, 0, 1, 1, 0, 0 };
	private static final double[] P1 = { 0.9, 0.4, 0.3, 0.8, 0.6, 0.2 };

	private static PerformanceEvaluator fixture(EvaluationWindow window) {
		PerformanceEvaluator e = new PerformanceEvaluator(window, 2, 1);
		for (int i = 0; i < TRUTH.length; i++) {
			e.add(TRUTH[i], new double[] { 1 - P1[i], P1[i] }, 1);
		}
		return e;
	}

	@Test
	void basicMetricsMatchHandComputation() {
		StreamMetrics m = fixture(EvaluationWindow.basic()).snapshot();
		// predicted 1,0,0,1,1,0: correct at 0,1,3,5 -> 4/6
		assertEquals(6, m.instances());
		assertEquals(4 / 6.0, m.accuracy(), 1e-12);
		// chance: predicted {0: 3, 1: 3}, true {0: 3, 1: 3} -> pc = 0.5; kappa = (2/3 - 1/2) / (1/2) = 1/3
		assertEquals(1 / 3.0, m.kappa(), 1e-12);
		// no-change (starts at class 0): truths 1,0,1,1,0,0 vs previous 0,1,0,1,1,0 -> correct at 3,5 -> 2/6
		assertEquals((4 / 6.0 - 2 / 6.0) / (1 - 2 / 6.0), m.kappaTemporal(), 1e-12);
		// majority after counting the current one (ties to class 0): 1,0,1,1,1,0 vs truth -> 5/6 correct
		assertEquals((4 / 6.0 - 5 / 6.0) / (1 - 5 / 6.0), m.kappaM(), 1e-12);
		// positive class 1: TP = 2 (0, 3), FP = 1 (4), FN = 1 (2)
		assertEquals(2 / 3.0, m.precision(), 1e-12);
		assertEquals(2 / 3.0, m.recall(), 1e-12);
		assertEquals(2 / 3.0, m.f1(), 1e-12);
		// positives 0.9, 0.3, 0.8 vs negatives 0.4, 0.6, 0.2: pairs won 3 + 2 ... = 7 of 9
		assertEquals(7 / 9.0, m.auc(), 1e-12);
		double logLoss = -(Math.log(0.9) + Math.log(0.6) + Math.log(0.3) + Math.log(0.8) + Math.log(0.4)
				+ Math.log(0.8)) / 6;
		assertEquals(logLoss, m.logLoss(), 1e-12);
		double brier = (0.01 + 0.16 + 0.49 + 0.04 + 0.36 + 0.04) / 6;
		assertEquals(brier, m.brier(), 1e-12);
	}

	@Test
	void windowAndFadingForgetOldPredictions() {
		// window of 2: only predictions 4 (wrong) and 5 (right)
		StreamMetrics w = fixture(EvaluationWindow.window(2)).snapshot();
		assertEquals(0.5, w.accuracy(), 1e-12);
		assertEquals((0.36 + 0.04) / 2, w.brier(), 1e-12);
		// fading, alpha 0.5: correctness 1,1,0,1,0,1 -> sum 0.5^k * c / sum 0.5^k
		double num = 0, den = 0;
		int[] correct = { 1, 1, 0, 1, 0, 1 };
		for (int i = 0; i < 6; i++) {
			num = 0.5 * num + correct[i];
			den = 0.5 * den + 1;
		}
		assertEquals(num / den, fixture(EvaluationWindow.fading(0.5)).snapshot().accuracy(), 1e-12);
		assertThrows(IllegalArgumentException.class, () -> EvaluationWindow.fading(1.5));
		assertThrows(IllegalArgumentException.class, () -> EvaluationWindow.window(0));
	}

	private static InstancesHeader binaryHeader() {
		List<Attribute> atts = List.of(new Attribute("x"), new Attribute("y", List.of("a", "b")));
		Instances data = new Instances("t", new ArrayList<>(atts), 0);
		data.setClassIndex(1);
		return new InstancesHeader(data);
	}

	private static List<Instance> instances(InstancesHeader h, int[] classes) {
		List<Instance> out = new ArrayList<>();
		for (int i = 0; i < classes.length; i++) {
			Instance inst = new DenseInstance(1.0, new double[] { i, classes[i] });
			inst.setDataset(h);
			out.add(inst);
		}
		return out;
	}

	/** Records the order of predictions and training, and predicts the last class it was trained on. */
	private static final class Recorder implements StreamLearner {
		final List<String> log = new ArrayList<>();
		int last = 0;

		@Override
		public String name() {
			return "recorder";
		}

		@Override
		public void prepare(InstancesHeader header, TaskContext context) {
			log.clear();
		}

		@Override
		public double[] votes(Instance instance) {
			log.add("p" + (int) instance.value(0));
			return last == 0 ? new double[] { 1, 0 } : new double[] { 0, 1 };
		}

		@Override
		public void train(Instance instance) {
			log.add("t" + (int) instance.value(0));
			last = (int) instance.classValue();
		}
	}

	@Test
	void delayedLabelsAreLearnedWhenTheyArriveNotBefore() {
		InstancesHeader h = binaryHeader();
		List<Instance> data = instances(h, new int[] { 1, 1, 1, 0 });
		long[] arrival = { 0, 10, 20, 30 };
		long[] labelKnown = { 15, 10, 35, 30 }; // #0 late, #1 immediate, #2 after the end, #3 immediate
		Recorder r = new Recorder();
		PrequentialResult result = Prequential.run(LabelledStream.of(h, data, arrival, labelKnown), r,
				PrequentialSettings.defaults(), TaskContext.of(1));
		assertEquals(List.of("p0", "p1", "t1", "t0", "p2", "p3", "t3", "t2"), r.log);
		assertEquals(4, result.instances());
		assertEquals(4, result.trained());
		// predictions: #0 class 0 (nothing learned; wrong), #1 class 0 (wrong), #2 class 1 (right), #3 1 (wrong)
		assertEquals(0.25, result.metrics().accuracy(), 1e-12);

		Recorder immediate = new Recorder();
		Prequential.run(LabelledStream.of(h, data, null, null), immediate, PrequentialSettings.defaults(),
				TaskContext.of(1));
		assertEquals(List.of("p0", "t0", "p1", "t1", "p2", "t2", "p3", "t3"), immediate.log);
		assertThrows(IllegalArgumentException.class,
				() -> LabelledStream.of(h, data, arrival, new long[] { 0, 5, 20, 30 }));
	}

	@Test
	void learningCurveHasAPointEveryNInstancesAndAtTheEnd() {
		InstancesHeader h = binaryHeader();
		int[] classes = new int[25];
		List<Instance> data = instances(h, classes);
		PrequentialResult r = Prequential.run(LabelledStream.of(h, data, null, null), new Recorder(),
				PrequentialSettings.defaults().withCurveEvery(10), TaskContext.of(1));
		assertEquals(List.of(10L, 20L, 25L), r.curve().stream().map(PrequentialResult.CurvePoint::instance).toList());
		assertEquals(r.metrics(), r.curve().get(2).metrics());
		assertEquals(1.0, r.metrics().accuracy());
	}

	@Test
	void driftDetectorsFindAnAbruptChangeOfTheConcept() {
		// y = 1 iff x > 0.5 for 3000 instances, then the opposite; a no-change learner is not used: NB adapts slowly
		InstancesHeader h = binaryHeader();
		SplittableRandom rnd = new SplittableRandom(3);
		List<Instance> data = new ArrayList<>();
		for (int i = 0; i < 6000; i++) {
			double x = rnd.nextDouble();
			boolean y = (x > 0.5) ^ (i >= 3000);
			Instance inst = new DenseInstance(1.0, new double[] { x, y ? 1 : 0 });
			inst.setDataset(h);
			data.add(inst);
		}
		for (DriftDetection d : DriftDetection.values()) {
			PrequentialResult r = Prequential.run(LabelledStream.of(h, data, null, null),
					StreamLearner.of("nb", io.streamwise.moa.MoaLearners.parse("bayes.NaiveBayes")),
					PrequentialSettings.defaults().withDrift(d), TaskContext.of(1));
			long first = java.util.Arrays.stream(r.drifts()).filter(p -> p > 3000).findFirst().orElse(-1);
			assertTrue(first > 3000 && first < 3500, d + " should detect the change soon after 3000: "
					+ java.util.Arrays.toString(r.drifts()));
			assertTrue(java.util.Arrays.stream(r.drifts()).filter(p -> p < 3000).count() <= 1,
					d + " false alarms before the change: " + java.util.Arrays.toString(r.drifts()));
		}
		assertEquals(DriftDetection.PAGE_HINKLEY, DriftDetection.parse("ph"));
		assertThrows(IllegalArgumentException.class, () -> DriftDetection.parse("eddm"));
	}

	@Test
	void csvColumnsAreInferredAndTimeColumnsHeldOut(@TempDir Path dir) throws Exception {
		Path csv = dir.resolve("s.csv");
		Files.writeString(csv, "t,price,kind,bought\n1,2.5,live,no\n2,?,replay,yes\n3,4,live,no\n");
		StreamData d = StreamFiles.read(csv, "bought", Set.of("t"), ProgressMonitor.NULL);
		assertEquals(3, d.header().numAttributes());
		assertTrue(d.header().attribute(0).isNumeric());
		assertEquals(List.of("live", "replay"), d.header().attribute(1).getAttributeValues());
		assertEquals(List.of("no", "yes"), d.header().classAttribute().getAttributeValues());
		assertTrue(Double.isNaN(d.instances().get(1).value(0)));
		assertEquals(1.0, d.instances().get(1).classValue());
		assertArrayEquals(new double[] { 1, 2, 3 }, d.heldOut().get("t"));
	}

	@Test
	void badInputIsReportedWithFileLineAndField(@TempDir Path dir) throws Exception {
		Path arff = dir.resolve("bad.arff");
		Files.writeString(arff, "@relation r\n@attribute n numeric\n@attribute c {A,B}\n@data\n1,A\n\n2,C\n");
		var e = assertThrows(StreamDataException.class,
				() -> StreamFiles.read(arff, "c", Set.of(), ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("bad.arff:7: field 'c': 'C' is not one of [A, B]"), e.getMessage());

		Files.writeString(arff, "@relation r\n@attribute n numeric\n@attribute c {A,B}\n@data\nx,A\n");
		e = assertThrows(StreamDataException.class, () -> StreamFiles.read(arff, "c", Set.of(), ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("bad.arff:5: field 'n': 'x' is not a number"), e.getMessage());

		e = assertThrows(StreamDataException.class,
				() -> StreamFiles.read(arff, "klass", Set.of(), ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("no column named 'klass'"), e.getMessage());

		Path csv = dir.resolve("bad.csv");
		Files.writeString(csv, "a,b\n1,x\n2\n");
		e = assertThrows(StreamDataException.class, () -> StreamFiles.read(csv, "b", Set.of(), ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("bad.csv:3: 1 fields, but the header has 2"), e.getMessage());
	}
}
