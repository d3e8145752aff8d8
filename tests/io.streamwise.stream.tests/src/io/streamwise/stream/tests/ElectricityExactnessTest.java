package io.streamwise.stream.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.moa.MoaLearners;
import io.streamwise.stream.LabelledStream;
import io.streamwise.stream.Prequential;
import io.streamwise.stream.PrequentialResult;
import io.streamwise.stream.PrequentialSettings;
import io.streamwise.stream.StreamData;
import io.streamwise.stream.StreamFiles;
import io.streamwise.stream.StreamLearner;
import io.streamwise.stream.StreamMetrics;

/**
 * Streamwise's prequential evaluation gives MOA's numbers: accuracy and the three kappas of MOA's
 * {@code EvaluatePrequential} with {@code BasicClassificationPerformanceEvaluator}, run directly here with the same
 * learner options and seed, on the electricity stream.
 */
class ElectricityExactnessTest {

	private static final double TOLERANCE = 1e-9;

	private static void assertSameAsMoa(String learner, int seed) throws Exception {
		Electricity.MoaRun moa = Electricity.moa(learner, seed);
		PrequentialResult ours = Electricity.streamwise(learner, seed, PrequentialSettings.defaults());
		StreamMetrics m = ours.metrics();
		assertEquals(Electricity.SIZE, moa.instances());
		assertEquals(Electricity.SIZE, ours.instances());
		assertEquals(moa.instances(), m.instances(), 0);
		assertEquals(moa.accuracyPercent() / 100, m.accuracy(), TOLERANCE, learner + " accuracy");
		assertEquals(moa.kappaPercent() / 100, m.kappa(), TOLERANCE, learner + " kappa");
		assertEquals(moa.kappaTemporalPercent() / 100, m.kappaTemporal(), TOLERANCE, learner + " kappa-temporal");
		assertEquals(moa.kappaMPercent() / 100, m.kappaM(), TOLERANCE, learner + " kappa-M");
	}

	@Test
	void naiveBayesEqualsMoa() throws Exception {
		assertSameAsMoa("bayes.NaiveBayes", 1);
	}

	@Test
	void hoeffdingTreeEqualsMoa() throws Exception {
		assertSameAsMoa("trees.HoeffdingTree -g 100", 1);
	}

	@Test
	void adaptiveRandomForestWithSeedEqualsMoa() throws Exception {
		// ten trees keep the test short; the seed is not MOA's default, so that it must flow through
		assertSameAsMoa("meta.AdaptiveRandomForest -s 10 -j 1", 7);
	}

	@Test
	void seedChangesTheForest() throws Exception {
		String arf = "meta.AdaptiveRandomForest -s 5 -j 1";
		PrequentialSettings s = PrequentialSettings.defaults().withCurveEvery(0);
		double a7 = Electricity.streamwise(arf, 7, s).metrics().accuracy();
		double again = Electricity.streamwise(arf, 7, s).metrics().accuracy();
		double a8 = Electricity.streamwise(arf, 8, s).metrics().accuracy();
		assertEquals(a7, again, 0, "same seed, same result");
		assertNotEquals(a7, a8, "another seed, another forest");
	}

	@Test
	void inMemoryReaderSeesWhatMoaReads() throws Exception {
		StreamData data = StreamFiles.read(Electricity.file(), "class", Set.of(), ProgressMonitor.NULL);
		assertEquals(Electricity.SIZE, data.size());
		assertEquals("class", data.header().classAttribute().name());
		assertArrayEquals(new int[] { 19_237, 26_075 }, Electricity.classCounts(data.instances())); // UP, DOWN
		var nb = StreamLearner.of("nb", MoaLearners.parse("bayes.NaiveBayes"));
		PrequentialResult inMemory = Prequential.run(LabelledStream.of(data.header(), data.instances(), null, null), nb,
				PrequentialSettings.defaults(), TaskContext.of(1));
		PrequentialResult streamed = Electricity.streamwise("bayes.NaiveBayes", 1, PrequentialSettings.defaults());
		assertArrayEquals(streamed.metrics().values(), inMemory.metrics().values(), 0);
		assertTrue(inMemory.metrics().accuracy() > 0.7, "NB on electricity is about 73% accurate");
	}
}
