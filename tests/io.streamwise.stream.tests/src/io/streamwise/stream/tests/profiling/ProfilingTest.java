package io.streamwise.stream.tests.profiling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.api.data.ItemCatalog;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.simulator.SimulatedMarket;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.core.simulator.SimulatorSettings;
import io.streamwise.model.audience.Audience;
import io.streamwise.model.audience.Segment;
import io.streamwise.model.io.ModelIO;
import io.streamwise.stream.PrequentialSettings;
import io.streamwise.stream.StreamLearner;
import io.streamwise.stream.profiling.AudienceClustering;
import io.streamwise.stream.profiling.AudienceSegments;
import io.streamwise.stream.profiling.ClusterAgreement;
import io.streamwise.stream.profiling.NextPurchase;
import moa.classifiers.Classifier;
import moa.options.ClassOption;

/** Audience profiling on hand-made logs and on simulated markets, whose latent interests are the ground truth. */
class ProfilingTest {

	private static SimulatedMarket market;

	@BeforeAll
	static void simulate() {
		market = Simulator.run(Settings.parse(SimulatorSettings.class, Map.of("seed", "5", "viewers", "1000",
				"days", "14", "products", "60", "hosts", "8")), ProgressMonitor.NULL);
	}

	/** Each viewer's strongest latent interest at the start, as SimulationModels writes the ground-truth segments. */
	private static int[] topInterest(int[] viewers) {
		int[] out = new int[viewers.length];
		for (int i = 0; i < viewers.length; i++) {
			double[] interest = market.latentViewers().get(viewers[i]).interestStart();
			int top = 0;
			for (int c = 1; c < interest.length; c++) {
				top = interest[c] > interest[top] ? c : top;
			}
			out[i] = top;
		}
		return out;
	}

	private static StreamLearner moa(String cli) throws Exception {
		return StreamLearner.of(cli, (Classifier) ClassOption.cliStringToObject(cli, Classifier.class, null));
	}

	@Test
	void adjustedRandIndexAndPurityMatchHandComputedValues() {
		int[] a = { 0, 0, 0, 1, 1, 1 }, b = { 0, 0, 1, 1, 2, 2 };
		// pairs together in both: 2; rows 3+3, columns 1+1+1 of 15 pairs: expected 6*3/15 = 1.2, max 4.5
		assertEquals((2 - 1.2) / (4.5 - 1.2), ClusterAgreement.adjustedRandIndex(a, b), 1e-12);
		assertEquals(4 / 6.0, ClusterAgreement.purity(a, b), 1e-12);
		assertEquals(1.0, ClusterAgreement.adjustedRandIndex(a, new int[] { 7, 7, 7, 3, 3, 3 }), 1e-12);
		assertThrows(IllegalArgumentException.class, () -> ClusterAgreement.adjustedRandIndex(a, new int[5]));
	}

	/**
	 * One viewer clicks a cooking item in stream s1, then in stream s2 clicks and buys a fitness item. The purchase's
	 * features are those at the start of s2: the cooking click counts, the fitness click that led to the purchase
	 * does not.
	 */
	@Test
	void featuresAreTakenAtTheStartOfThePurchasesSession() {
		EventLogBuilder b = new EventLogBuilder();
		b.add("v", "s1", null, EventType.JOIN, 100, Float.NaN);
		b.add("v", "s1", "cook", EventType.CLICK, 110, Float.NaN);
		b.add("v", "s1", null, EventType.LEAVE, 120, Float.NaN);
		b.add("v", "s2", null, EventType.JOIN, 3700, Float.NaN);
		b.add("v", "s2", "fit", EventType.CLICK, 3710, Float.NaN);
		b.add("v", "s2", "fit", EventType.PURCHASE, 3720, 20f);
		b.add("v", "s2", "cook", EventType.PURCHASE, 3730, 10f);
		EventLog log = b.build();
		Dataset data = new Dataset(log, new ItemCatalog(log.items(), new float[] { 10, 20 },
				new String[] { "", "" }, new String[] { "", "" }, new String[] { "cooking", "fitness" },
				new String[][] { {}, {} }));
		NextPurchase.PurchaseInstances rows = NextPurchase.instances(data, ProgressMonitor.NULL);
		assertEquals(2, rows.size());
		// categories sorted: cooking, fitness; per category clicks, carts, purchases; then the totals
		double[] first = rows.instances().get(0).toDoubleArray();
		assertArrayEquals(new double[] { 1, 0, 0, 0, 0, 0, 1, 0, 0, 1, -1, 3580 / 3600.0, 2, 1 }, first, 1e-12);
		double[] second = rows.instances().get(1).toDoubleArray(); // same session: same features, another label
		assertArrayEquals(Arrays.copyOf(first, 13), Arrays.copyOf(second, 13), 1e-12);
		assertEquals(1, (int) rows.instances().get(0).classValue());
		assertEquals(0, (int) rows.instances().get(1).classValue());
		assertEquals("next_category", rows.header().classAttribute().name());
	}

	@Test
	void nextPurchaseCategoryIsPredictedClearlyBetterThanTheMajorityClass() throws Exception {
		// the default market (2000 viewers, 30 days): enough purchases for an online learner to get going
		SimulatedMarket larger = Simulator.run(SimulatorSettings.withSeed(5), ProgressMonitor.NULL);
		NextPurchase.PurchaseInstances rows = NextPurchase.instances(larger.dataset(), ProgressMonitor.NULL);
		assertTrue(rows.size() > 2000, "purchases: " + rows.size());
		NextPurchase.Evaluation tree = NextPurchase.evaluate(rows, moa("trees.HoeffdingTree"),
				PrequentialSettings.defaults(), TaskContext.of(1));
		double accuracy = tree.result().metrics().accuracy();
		System.out.printf("next purchase: %d purchases, Hoeffding tree accuracy %.3f, kappa-M %.3f, majority %.3f%n",
				rows.size(), accuracy, tree.result().metrics().kappaM(), tree.majorityAccuracy());
		assertTrue(accuracy > tree.majorityAccuracy() + 0.1,
				"accuracy " + accuracy + " vs majority class " + tree.majorityAccuracy());
		assertTrue(tree.result().metrics().kappaM() > 0.1, "kappa-M " + tree.result().metrics().kappaM());
		assertEquals(rows.size(), Arrays.stream(tree.classCounts()).sum());
		NextPurchase.Evaluation again = NextPurchase.evaluate(rows, moa("trees.HoeffdingTree"),
				PrequentialSettings.defaults(), TaskContext.of(1));
		assertEquals(accuracy, again.result().metrics().accuracy(), 0.0, "same seed, same result");
	}

	@Test
	void clustersAgreeWithTheTrueTopInterestFarBetterThanChance() {
		for (AudienceClustering.Method method : AudienceClustering.Method.values()) {
			AudienceClustering.Result r = AudienceClustering.cluster(market.dataset(), 8, method, 3,
					ProgressMonitor.NULL);
			int[] truth = topInterest(r.viewers());
			double ari = ClusterAgreement.adjustedRandIndex(r.segment(), truth);
			double purity = ClusterAgreement.purity(r.segment(), truth);
			// the baseline: the same cluster sizes, assigned to viewers at random
			int[] shuffled = r.segment().clone();
			SplittableRandom random = new SplittableRandom(11);
			for (int i = shuffled.length - 1; i > 0; i--) {
				int j = random.nextInt(i + 1);
				int t = shuffled[i];
				shuffled[i] = shuffled[j];
				shuffled[j] = t;
			}
			double shuffledAri = ClusterAgreement.adjustedRandIndex(shuffled, truth);
			double shuffledPurity = ClusterAgreement.purity(shuffled, truth);
			System.out.printf("%s: %d viewers clustered, ARI %.3f (shuffled %.3f), purity %.3f (shuffled %.3f)%n",
					method.label(), r.viewers().length, ari, shuffledAri, purity, shuffledPurity);
			assertTrue(Math.abs(shuffledAri) < 0.05, method + ": shuffled ARI " + shuffledAri);
			assertTrue(ari > 0.2 && ari > shuffledAri + 0.15, method + ": ARI " + ari + ", shuffled " + shuffledAri);
			assertTrue(purity > shuffledPurity + 0.15, method + ": purity " + purity + ", shuffled " + shuffledPurity);
			assertEquals(r.viewers().length, Arrays.stream(r.sizes()).sum());
			for (int c = 1; c < r.k(); c++) {
				assertTrue(r.sizes()[c - 1] >= r.sizes()[c], "segments numbered by size");
			}
			AudienceClustering.Result again = AudienceClustering.cluster(market.dataset(), 8, method, 3,
					ProgressMonitor.NULL);
			assertArrayEquals(r.segment(), again.segment(), method + ": same seed, same segments");
		}
	}

	@Test
	void segmentsAreWrittenIntoTheAudienceAndSurviveSavingAndReplacing(@TempDir Path dir) throws Exception {
		AudienceClustering.Result r = AudienceClustering.cluster(market.dataset(), 4, AudienceClustering.Method.KMEANS,
				3, ProgressMonitor.NULL);
		Audience audience = AudienceSegments.emptyAudience("test");
		Segment other = io.streamwise.model.audience.AudienceFactory.eINSTANCE.createSegment();
		other.setId("kept");
		other.setRule("ground-truth");
		audience.getSegments().add(other);
		AudienceSegments.apply(audience, r, market.log().viewers());
		AudienceSegments.apply(audience, r, market.log().viewers()); // replaces, does not duplicate
		Path file = dir.resolve("profiled.audience");
		ModelIO.save(audience, file);
		Audience back = ModelIO.load(file, Audience.class);
		assertEquals(5, back.getSegments().size());
		assertEquals("kept", back.getSegments().get(0).getId());
		for (int c = 0; c < 4; c++) {
			Segment s = back.getSegments().get(c + 1);
			assertEquals("cluster-kmeans-" + (c + 1), s.getId());
			assertEquals("cluster:kmeans k=4 seed=3", s.getRule());
			assertTrue(s.getDescription().startsWith(r.sizes()[c] + " viewers. Centre"), s.getDescription());
			long members = back.getViewers().stream().filter(v -> v.getSegments().contains(s)).count();
			assertEquals(r.sizes()[c], members, s.getId());
		}
		assertEquals(r.viewers().length, back.getViewers().size());
		String first = market.log().viewers().id(r.viewers()[0]);
		assertTrue(back.getViewers().stream().anyMatch(v -> v.getId().equals(first)));
	}

	@Test
	void tooManySegmentsForTheViewersIsAnError() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AudienceClustering
				.cluster(market.dataset(), 5000, AudienceClustering.Method.KMEANS, 1, ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("cannot form 5000 segments"), e.getMessage());
		assertEquals(AudienceClustering.Method.CLUSTREAM, AudienceClustering.Method.parse("CluStream"));
		assertThrows(IllegalArgumentException.class, () -> AudienceClustering.Method.parse("dbscan"));
	}
}
