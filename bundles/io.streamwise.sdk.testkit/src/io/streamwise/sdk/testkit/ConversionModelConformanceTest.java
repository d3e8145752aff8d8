package io.streamwise.sdk.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.FeatureTable;
import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.features.SessionFeatures;

/**
 * The conformance kit for conversion-model plugins. Extend it in your plugin's test fragment and implement
 * {@link #factory()}. Every check runs for the default settings and each of {@link #settingsVariants()}, on the
 * viewer-in-stream session rows of a simulated market, split in time (80% training). The checks:
 * <ul>
 * <li>settings survive {@code Settings.format}/{@code parse} and an experiment file written and read back;</li>
 * <li>two fits with the same seed give bit-identical predictions;</li>
 * <li>rows unlike any training row (missing values, extreme values) get a probability in [0, 1];</li>
 * <li>fits on an empty table and on a one-row table do not fail and predict probabilities;</li>
 * <li>fitting sees the training rows only, and predicting learns nothing (see
 * {@link #predictionsDependOnTheTrainingRowsAlone()});</li>
 * <li>no event after a session's prediction point reaches its row or the prediction for it;</li>
 * <li>the fit consults its monitor, and a monitor that reports cancellation from its second question on ends the fit
 * with {@code CancelledException} (counted, not timed);</li>
 * <li>the id is not a built-in's, the manifest's API range admits the current API, no unseeded randomness, and two
 * seeds for a model that declares randomness ({@link #usesRandomness()}), as for recommenders.</li>
 * </ul>
 *
 * @param <S> the settings record
 */
public abstract class ConversionModelConformanceTest<S extends Record>
		extends AlgorithmConformanceTest<S, ConversionModelFactory<S>> {

	@Override
	final AlgorithmKind kind() {
		return AlgorithmKind.CONVERSION;
	}

	private ConversionModel fit(S settings, FeatureTable train, long seed) {
		ConversionModel m = factory().create(settings);
		TaskContext context = TaskContext.of(seed);
		m.initialise(train.schema(), context);
		m.fit(train, context);
		return m;
	}

	/** Predictions for the rows, after checking each is a probability. */
	private static double[] predict(ConversionModel m, double[][] rows, String what) {
		double[] p = new double[rows.length];
		for (int r = 0; r < rows.length; r++) {
			int row = r;
			p[r] = assertDoesNotThrow(() -> m.predict(rows[row].clone()), () -> what + ": predict(row " + row + ")");
			if (!(p[r] >= 0 && p[r] <= 1)) {
				fail(what + ": predicted " + p[r] + " for row " + Arrays.toString(rows[r]) + "; not a probability");
			}
		}
		return p;
	}

	private static void assertBitIdentical(double[] a, double[] b, String message) {
		assertEquals(a.length, b.length, message);
		for (int i = 0; i < a.length; i++) {
			if (Double.doubleToLongBits(a[i]) != Double.doubleToLongBits(b[i])) {
				fail(message + ": row " + i + " predicted " + a[i] + " and " + b[i]);
			}
		}
	}

	@Test
	void sameSeedGivesBitIdenticalPredictions() {
		KitData.Fixture data = KitData.medium();
		double[][] test = data.testSessions().rows();
		for (S s : allSettings()) {
			for (long seed : seeds()) {
				double[] a = predict(fit(s, data.trainSessions(), seed), test, "first fit with " + s);
				double[] b = predict(fit(s, data.trainSessions(), seed), test, "second fit with " + s);
				assertBitIdentical(a, b, "two fits with seed " + seed + " and " + s + " differ; take every random"
						+ " choice from TaskContext.seed()");
			}
		}
	}

	@Test
	void unfamiliarRowsGetProbabilities() {
		KitData.Fixture data = KitData.medium();
		int width = data.sessions().schema().size();
		double[] missing = new double[width], huge = new double[width], zero = new double[width];
		Arrays.fill(missing, Double.NaN);
		for (int c = 0; c < width; c++) {
			// nominal features keep valid codes (their last value); numeric ones go far beyond the training range
			huge[c] = data.sessions().schema().features().get(c).isNominal()
					? data.sessions().schema().features().get(c).values().size() - 1
					: 1e12;
		}
		for (S s : allSettings()) {
			predict(fit(s, data.trainSessions(), 3), new double[][] { missing, huge, zero },
					"unfamiliar rows with " + s);
		}
	}

	@Test
	void emptyAndTinyTablesDoNotFail() {
		KitData.Fixture data = KitData.medium();
		FeatureTable empty = data.sessions().select(new int[0]);
		FeatureTable one = data.sessions().select(new int[] { 0 });
		double[][] some = Arrays.copyOf(data.testSessions().rows(), 50);
		for (S s : allSettings()) {
			for (FeatureTable tiny : new FeatureTable[] { empty, one }) {
				String what = s + " fitted on " + tiny.size() + " row(s)";
				ConversionModel m = assertDoesNotThrow(() -> fit(s, tiny, 5), what);
				predict(m, some, what);
			}
		}
	}

	/**
	 * The leakage guard. {@code fit} receives the training rows only, so a model can see test data only through state
	 * kept outside the instance, or by learning while it predicts (a running normalisation updated in
	 * {@code predict}, say). The check: a model fitted on the training rows predicts the test rows bit for bit alike
	 * before and after another instance was fitted on all rows, and predicting the test rows forwards, backwards and
	 * forwards again gives the same values.
	 */
	@Test
	void predictionsDependOnTheTrainingRowsAlone() {
		KitData.Fixture data = KitData.medium();
		double[][] test = data.testSessions().rows();
		double[][] reversed = new double[test.length][];
		for (int r = 0; r < test.length; r++) {
			reversed[r] = test[test.length - 1 - r];
		}
		for (S s : allSettings()) {
			ConversionModel m = fit(s, data.trainSessions(), 17);
			double[] forwards = predict(m, test, "fit on the training rows with " + s);
			double[] reversedPredictions = predict(m, reversed, "the same model, rows reversed");
			double[] again = predict(m, test, "the same model, forwards again");
			double[] backwards = new double[test.length];
			for (int r = 0; r < test.length; r++) {
				backwards[r] = reversedPredictions[test.length - 1 - r];
			}
			assertBitIdentical(forwards, backwards, "predict() changes the model (" + s + ")");
			assertBitIdentical(forwards, again, "predict() changes the model (" + s + ")");
			fit(s, data.sessions(), 17);
			double[] after = predict(fit(s, data.trainSessions(), 17), test, "a fresh fit on the training rows");
			assertBitIdentical(forwards, after, "a fit on all rows changed what a later fit on the training rows"
					+ " predicts (" + s + "): the model keeps state outside its instance");
		}
	}

	/**
	 * The rows a conversion model predicts are taken at each session's prediction point (see docs/features.md), so a
	 * different future cannot reach them: the kit's market and its twin with a planted future give the same rows, and
	 * the model the same predictions, for every session predicted before the twins part.
	 */
	@Test
	void nothingAfterThePredictionPointReachesARowOrAPrediction() {
		KitData.Fixture data = KitData.medium();
		EventLog log = data.full().log(), other = data.otherFull().log(), past = data.train().log();
		long parted = past.timestamp(past.size() - 1); // both logs agree on every event up to here
		int minutes = SessionFeatures.DEFAULT_OBSERVATION_MINUTES;
		SessionFeatures.Sessions a = SessionFeatures.sessions(log, minutes, ProgressMonitor.NULL);
		SessionFeatures.Sessions b = SessionFeatures.sessions(other, minutes, ProgressMonitor.NULL);
		Map<String, double[]> rowsA = rowsPredictedBy(a, log, parted), rowsB = rowsPredictedBy(b, other, parted);
		assertEquals(rowsA.keySet(), rowsB.keySet(), "sessions predicted before the planted future");
		assertTrue(rowsA.size() > 100, rowsA.size() + " sessions");
		for (S s : allSettings()) {
			ConversionModel m = fit(s, data.trainSessions(), 23);
			for (String session : rowsA.keySet()) {
				assertArrayEquals(rowsA.get(session), rowsB.get(session), session);
				assertEquals(m.predict(rowsA.get(session).clone()), m.predict(rowsB.get(session).clone()), session
						+ " with " + s);
			}
		}
	}

	private static Map<String, double[]> rowsPredictedBy(SessionFeatures.Sessions s, EventLog log, long time) {
		Map<String, double[]> out = new HashMap<>();
		for (int i = 0; i < s.table().size(); i++) {
			if (s.predictionPoints()[i] <= time) {
				out.put(log.viewers().id(s.viewers()[i]) + "@" + log.streams().id(s.streams()[i]), s.table().rows()[i]);
			}
		}
		return out;
	}

	/** How many questions one initialise and fit with these settings ask a monitor that is never cancelled. */
	private long checksOfOneFit(S settings, FeatureTable rows) {
		CountingMonitor counting = new CountingMonitor(0);
		ConversionModel m = factory().create(settings);
		TaskContext context = new TaskContext(7, counting);
		m.initialise(rows.schema(), context);
		m.fit(rows, context);
		return counting.checks.get();
	}

	/** A fit on the kit's session rows asks its monitor at least once, so that it can be cancelled. */
	@Test
	void fitConsultsTheMonitor() {
		KitData.Fixture data = KitData.medium();
		for (S s : allSettings()) {
			assertTrue(checksOfOneFit(s, data.sessions()) > 0, neverConsulted(s));
		}
	}

	/**
	 * Without a clock: a first fit counts the monitor's questions; a second fit gets a monitor that answers
	 * "cancelled" from the second question on (the first, when there is only one) and must end by throwing
	 * {@link CancelledException}.
	 */
	@Test
	void cancellationIsHonoured() {
		KitData.Fixture data = KitData.medium();
		for (S s : allSettings()) {
			long checks = checksOfOneFit(s, data.sessions());
			assertTrue(checks > 0, neverConsulted(s));
			long at = Math.min(checks, 2);
			CountingMonitor cancel = new CountingMonitor(at);
			ConversionModel m = factory().create(s);
			boolean thrown = false;
			TaskContext context = new TaskContext(7, cancel);
			try {
				m.initialise(data.sessions().schema(), context);
				m.fit(data.sessions(), context);
			} catch (CancelledException e) {
				thrown = true;
			}
			assertTrue(cancel.signalled(), "fit with " + s + " asked its monitor " + checks + " times in one fit and "
					+ cancel.checks.get() + " in the next; the same fit must ask the same questions");
			assertTrue(thrown, returnedAfterCancellation(s, at));
		}
	}

	/**
	 * For a model that declares randomness ({@link #usesRandomness()}): some settings (the defaults or a variant)
	 * predict differently after fits under two seeds.
	 */
	@Test
	void theSeedMattersWhenTheAlgorithmDeclaresRandomness() {
		if (!usesRandomness()) {
			return;
		}
		KitData.Fixture data = KitData.medium();
		double[][] test = data.testSessions().rows();
		for (S s : allSettings()) {
			double[] a = predict(fit(s, data.trainSessions(), 11), test, "fit with seed 11 and " + s);
			double[] b = predict(fit(s, data.trainSessions(), 12), test, "fit with seed 12 and " + s);
			if (!Arrays.equals(a, b)) {
				return;
			}
		}
		fail(factory().info().id() + " declares randomness (usesRandomness()) but neither its defaults nor a variant"
				+ " of settingsVariants() predicts differently under seeds 11 and 12: add a variant that exercises its"
				+ " random choices, and take them from TaskContext.seed()");
	}
}
