package io.streamwise.sdk.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;

/**
 * The conformance kit for recommender plugins. Extend it in your plugin's test fragment and implement
 * {@link #factory()}:
 *
 * <pre>
 * class MyRecommenderConformanceTest extends RecommenderConformanceTest&lt;MySettings&gt; {
 * 	protected RecommenderFactory&lt;MySettings&gt; factory() {
 * 		return new MyFactory();
 * 	}
 * }
 * </pre>
 *
 * Every check runs for the default settings and each of {@link #settingsVariants()}, on a simulated market of about
 * 30 thousand events split in time (80% training). The checks:
 * <ul>
 * <li>settings survive {@code Settings.format}/{@code parse} and an experiment file written and read back, and the
 * runner accepts that file;</li>
 * <li>two fits with the same seed give bit-identical scores for every viewer;</li>
 * <li>viewers and items without training events (cold) get finite scores, and so does every item for every viewer;</li>
 * <li>fits on an empty log (with and without ids) and on a one-event log do not fail and score finitely;</li>
 * <li>fitting sees the training rows only (see {@link #fitDependsOnTheTrainingRowsAlone()});</li>
 * <li>cancellation is honoured within {@link #cancellationBound()}.</li>
 * </ul>
 *
 * @param <S> the settings record
 */
public abstract class RecommenderConformanceTest<S extends Record>
		extends AlgorithmConformanceTest<S, RecommenderFactory<S>> {

	@Override
	final AlgorithmKind kind() {
		return AlgorithmKind.RECOMMENDER;
	}

	/** A fresh recommender, fitted. */
	private Recommender fit(S settings, Dataset train, long seed) {
		Recommender r = factory().create(settings);
		r.fit(train, TaskContext.of(seed));
		return r;
	}

	/** Every viewer's scores, after checking that each is finite. */
	private static float[][] scores(Recommender r, Dataset data, String what) {
		int items = data.log().items().size();
		float[][] out = new float[data.log().viewers().size()][];
		for (int v = 0; v < out.length; v++) {
			float[] s = new float[items];
			int viewer = v;
			assertDoesNotThrow(() -> r.score(viewer, s), () -> what + ": score(" + viewer + ")");
			for (int i = 0; i < items; i++) {
				if (!Float.isFinite(s[i])) {
					fail(what + ": viewer " + v + " (" + data.log().viewers().id(v) + ") scored item " + i + " ("
							+ data.log().items().id(i) + ") as " + s[i] + "; scores must be finite");
				}
			}
			out[v] = s;
		}
		return out;
	}

	@Test
	void sameSeedGivesBitIdenticalScores() {
		KitData.Fixture data = KitData.medium();
		for (S s : allSettings()) {
			float[][] a = scores(fit(s, data.train(), 11), data.train(), "first fit with " + s);
			float[][] b = scores(fit(s, data.train(), 11), data.train(), "second fit with " + s);
			for (int v = 0; v < a.length; v++) {
				assertArrayEquals(a[v], b[v], "two fits with seed 11 and " + s + " score viewer " + v + " differently;"
						+ " take every random choice from TaskContext.seed() and iterate in a fixed order");
			}
		}
	}

	@Test
	void coldViewersAndItemsScoreFinitely() {
		KitData.Fixture data = KitData.medium();
		for (S s : allSettings()) {
			// scores() checks every viewer and item, among them the ones without any event (data.coldViewer(),
			// data.coldItem()) and those whose events all lie in the test part
			scores(fit(s, data.train(), 3), data.train(), "cold viewers and items with " + s);
			assertTrue(data.coldViewer() >= 0 && data.coldItem() >= 0);
		}
	}

	@Test
	void emptyAndTinyLogsDoNotFail() {
		for (S s : allSettings()) {
			for (Dataset tiny : new Dataset[] { KitData.empty(0, 0), KitData.empty(3, 3), KitData.oneEvent() }) {
				String what = s + " fitted on " + tiny.log();
				Recommender r = factory().create(s);
				assertDoesNotThrow(() -> r.fit(tiny, TaskContext.of(5)), what);
				scores(r, tiny, what);
			}
		}
	}

	/**
	 * The leakage guard. {@code fit} receives a {@code Dataset} whose log holds the training rows only (the runner
	 * builds it with {@code EventLog.select}, which copies those rows), over dictionaries and a catalog that the test
	 * part shares. So an algorithm can see test data only through state kept outside the instance (a static cache, a
	 * singleton, a file) or through tricks such as reflection. The check: the fitted model is a function of its
	 * training rows, seed and dictionaries alone. It fits on the training part, then a second instance on a twin
	 * dataset whose training rows and dictionaries are identical but whose test part is replaced by planted purchases
	 * (including the test part itself, as a runner fitting on all data for another experiment would), then a third
	 * instance on the twin's training part; the first and the third must score every viewer bit for bit alike.
	 */
	@Test
	void fitDependsOnTheTrainingRowsAlone() {
		KitData.Fixture data = KitData.medium();
		for (S s : allSettings()) {
			float[][] clean = scores(fit(s, data.train(), 17), data.train(), "fit on the training part with " + s);
			fit(s, data.otherFull(), 17);
			float[][] after = scores(fit(s, data.otherTrain(), 17), data.otherTrain(),
					"fit on the twin's training part with " + s);
			for (int v = 0; v < clean.length; v++) {
				assertArrayEquals(clean[v], after[v], "viewer " + v + " scores differently after a fit on other data"
						+ " although the training rows are identical (" + s + "): the recommender keeps state outside"
						+ " its instance, or reads beyond its training rows");
			}
		}
	}

	/**
	 * Fits on the medium dataset with a monitor that reports cancellation from its second question on. The fit must
	 * end within {@link #cancellationBound()}, and when it saw the cancellation it must end by throwing
	 * {@link CancelledException} rather than return a half-fitted model as if it were complete.
	 */
	@Test
	void cancellationIsHonouredWithinTheBound() {
		KitData.Fixture data = KitData.medium();
		for (S s : allSettings()) {
			CancelAtSecondCheck cancel = new CancelAtSecondCheck();
			Recommender r = factory().create(s);
			boolean[] thrown = new boolean[1];
			assertTimeoutPreemptively(cancellationBound(), () -> {
				try {
					r.fit(data.train(), new TaskContext(7, cancel.monitor));
				} catch (CancelledException e) {
					thrown[0] = true;
				}
			}, () -> "fit with " + s + " did not end within " + cancellationBound() + " of starting with a monitor"
					+ " cancelled from its second check: check context.monitor() in every long loop");
			if (cancel.signalled()) {
				assertTrue(thrown[0], "fit with " + s + " saw cancellation but returned normally; call"
						+ " context.monitor().checkCancelled(), which throws CancelledException");
			}
		}
		// a monitor that is never cancelled leaves the fit alone
		assertDoesNotThrow(() -> factory().create(factory().defaultSettings()).fit(data.train(),
				new TaskContext(7, ProgressMonitor.NULL)));
	}
}
