package io.streamwise.core.tests.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.ConversionCurves;
import io.streamwise.core.experiment.ConversionCurves.Curve;
import io.streamwise.core.experiment.ConversionMetrics;
import io.streamwise.core.experiment.ExperimentResult;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ResultsWriter;
import io.streamwise.core.results.ExperimentResults;
import io.streamwise.core.results.ResultsJson;

class ConversionCurvesTest {

	/** Predictions 0.9 (+), 0.8 (+), 0.8 (−), 0.35 (−), 0.1 (+): three positives, two negatives, one tie. */
	static final double[] P = { 0.9, 0.8, 0.8, 0.35, 0.1 };
	static final boolean[] Y = { true, true, false, false, true };

	@Test
	void rocByHand() {
		Curve roc = ConversionCurves.roc("m", 0, P, Y);
		// thresholds ∞, 0.9, 0.8, 0.35, 0.1: (fp/2, tp/3) = (0, 0), (0, 1/3), (1/2, 2/3), (1, 2/3), (1, 1)
		assertArrayEquals(new double[] { 0, 0, 0.5, 1, 1 }, roc.x(), 1e-12);
		assertArrayEquals(new double[] { 0, 1 / 3.0, 2 / 3.0, 2 / 3.0, 1 }, roc.y(), 1e-12);
		assertArrayEquals(new double[] { Double.POSITIVE_INFINITY, 0.9, 0.8, 0.35, 0.1 }, roc.threshold(), 0);
		assertArrayEquals(new int[] { 0, 1, 3, 4, 5 }, roc.count());
		// the trapezoids under the points give the AUC (Mann-Whitney: 3.5 of 6 pairs ordered, the tie counting 1/2)
		double area = 0;
		for (int i = 1; i < roc.x().length; i++) {
			area += (roc.x()[i] - roc.x()[i - 1]) * (roc.y()[i] + roc.y()[i - 1]) / 2;
		}
		assertEquals(3.5 / 6, area, 1e-12);
		assertEquals(ConversionMetrics.auc(P, Y), area, 1e-12);
	}

	@Test
	void precisionRecallByHand() {
		Curve pr = ConversionCurves.precisionRecall("m", 0, P, Y);
		// at 0.9: 1 of 1 right; at 0.8: 2 of 3; at 0.35: 2 of 4; at 0.1: 3 of 5
		assertArrayEquals(new double[] { 1 / 3.0, 2 / 3.0, 2 / 3.0, 1 }, pr.x(), 1e-12);
		assertArrayEquals(new double[] { 1, 2 / 3.0, 0.5, 0.6 }, pr.y(), 1e-12);
		assertArrayEquals(new int[] { 1, 3, 4, 5 }, pr.count());
	}

	@Test
	void calibrationByHand() {
		Curve c = ConversionCurves.calibration("m", 0, P, Y);
		// bins [0.1, 0.2): 0.1 (+); [0.3, 0.4): 0.35 (−); [0.8, 0.9): 0.8 (+), 0.8 (−); [0.9, 1]: 0.9 (+)
		assertArrayEquals(new double[] { 0.1, 0.35, 0.8, 0.9 }, c.x(), 1e-12);
		assertArrayEquals(new double[] { 1, 0, 0.5, 1 }, c.y(), 1e-12);
		assertArrayEquals(new double[] { 0.1, 0.3, 0.8, 0.9 }, c.threshold(), 1e-12);
		assertArrayEquals(new int[] { 1, 1, 2, 1 }, c.count());
		// a prediction of exactly 1 falls in the last bin
		assertArrayEquals(new int[] { 1 }, ConversionCurves.calibration("m", 0, new double[] { 1.0 },
				new boolean[] { true }).count());
	}

	@Test
	void longCurvesAreThinnedKeepingBothEnds() {
		int n = 5000;
		double[] p = new double[n];
		boolean[] y = new boolean[n];
		for (int i = 0; i < n; i++) {
			p[i] = i / (double) n;
			y[i] = i % 3 == 0;
		}
		Curve roc = ConversionCurves.roc("m", 0, p, y);
		assertEquals(ConversionCurves.MAX_POINTS, roc.x().length);
		assertEquals(0, roc.x()[0]);
		assertEquals(0, roc.y()[0]);
		assertEquals(1, roc.x()[roc.x().length - 1]);
		assertEquals(1, roc.y()[roc.y().length - 1]);
		for (int i = 1; i < roc.x().length; i++) {
			assertTrue(roc.x()[i] >= roc.x()[i - 1] && roc.y()[i] >= roc.y()[i - 1], "monotone at " + i);
		}
		// one class only: no curve is defined
		assertEquals(List.of(), ConversionCurves.of("m", 0, new double[] { 0.2, 0.4 }, new boolean[2]));
	}

	@Test
	void theRunnerWritesTheCurvesOfConversionModelsIntoResultsJson(@TempDir Path dir) throws Exception {
		ExperimentResult r = new ExperimentRunnerTest().runner.run(
				ExperimentRunnerTest.spec(ProtocolKind.TEMPORAL, 1,
						List.of(new AlgorithmSpec("oracle", "oracle", Map.of()),
								new AlgorithmSpec("cart", "cart-aware", Map.of()))),
				"planted.experiment", ExperimentRunnerTest.data(), Map.of(), ProgressMonitor.NULL);
		assertEquals(List.of("roc", "precision-recall", "calibration"),
				r.curves().stream().map(Curve::kind).toList(), "conversion models only, one fold");
		// the cart-aware model predicts 0.9 for every buyer and 0.1 otherwise (its AUC is 1)
		Curve roc = r.curves().get(0);
		assertEquals("cart", roc.algorithm());
		assertArrayEquals(new double[] { 0, 0, 1 }, roc.x(), 1e-12);
		assertArrayEquals(new double[] { 0, 1, 1 }, roc.y(), 1e-12);
		assertArrayEquals(new double[] { 0, 1 }, r.curves().get(2).y(), 1e-12);
		assertTrue(r.values().stream().noneMatch(v -> v.segment().startsWith("curve")), "not among the values");

		Path json = dir.resolve("results.json");
		ResultsJson.write(ResultsWriter.schema(r), json);
		ExperimentResults back = ResultsJson.read(json, ExperimentResults.class);
		assertEquals(3, back.curves().size());
		assertArrayEquals(roc.y(), back.curves().get(0).y(), 0);
		assertEquals(Double.POSITIVE_INFINITY, back.curves().get(0).threshold()[0]);

		// results without conversion models have no curves field at all: older readers see the same file
		ExperimentResult recommenders = new ExperimentRunnerTest().runner.run(
				ExperimentRunnerTest.spec(ProtocolKind.TEMPORAL, 1,
						List.of(new AlgorithmSpec("oracle", "oracle", Map.of()))),
				"planted.experiment", ExperimentRunnerTest.data(), Map.of(), ProgressMonitor.NULL);
		assertFalse(ResultsJson.toJson(ResultsWriter.schema(recommenders)).contains("conversionCurves"));
	}
}
