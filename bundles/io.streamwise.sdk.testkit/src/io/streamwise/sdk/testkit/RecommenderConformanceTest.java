package io.streamwise.sdk.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;

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
 * <li>the fit consults its monitor, and a monitor that reports cancellation from its second question on ends the fit
 * with {@code CancelledException} (counted, not timed);</li>
 * <li>the id is not a built-in's; the manifest's API range admits the current API and stops before its next major
 * version; the plugin's classes call no unseeded source of randomness (Math.random, new Random(), ...);</li>
 * <li>an algorithm that declares randomness ({@link #usesRandomness()}) is checked under two seeds, and some settings
 * must fit differently under them.</li>
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
			for (long seed : seeds()) {
				float[][] a = scores(fit(s, data.train(), seed), data.train(), "first fit with " + s);
				float[][] b = scores(fit(s, data.train(), seed), data.train(), "second fit with " + s);
				for (int v = 0; v < a.length; v++) {
					assertArrayEquals(a[v], b[v], "two fits with seed " + seed + " and " + s + " score viewer " + v
							+ " differently; take every random choice from TaskContext.seed() and iterate in a fixed"
							+ " order");
				}
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

	/** How many questions one fit with these settings asks a monitor that is never cancelled. */
	private long checksOfOneFit(S settings, Dataset train) {
		CountingMonitor counting = new CountingMonitor(0);
		factory().create(settings).fit(train, new TaskContext(7, counting));
		return counting.checks.get();
	}

	/** A fit on the kit's medium dataset asks its monitor at least once, so that it can be cancelled. */
	@Test
	void fitConsultsTheMonitor() {
		KitData.Fixture data = KitData.medium();
		for (S s : allSettings()) {
			assertTrue(checksOfOneFit(s, data.train()) > 0, neverConsulted(s));
		}
	}

	/**
	 * Without a clock: a first fit counts the monitor's questions; a second fit gets a monitor that answers
	 * "cancelled" from the second question on (the first, when there is only one), so the fit is inside its work,
	 * and must end by throwing {@link CancelledException} rather than return a half-fitted model as if it were
	 * complete.
	 */
	@Test
	void cancellationIsHonoured() {
		KitData.Fixture data = KitData.medium();
		for (S s : allSettings()) {
			long checks = checksOfOneFit(s, data.train());
			assertTrue(checks > 0, neverConsulted(s));
			long at = Math.min(checks, 2);
			CountingMonitor cancel = new CountingMonitor(at);
			Recommender r = factory().create(s);
			boolean thrown = false;
			try {
				r.fit(data.train(), new TaskContext(7, cancel));
			} catch (CancelledException e) {
				thrown = true;
			}
			assertTrue(cancel.signalled(), "fit with " + s + " asked its monitor " + checks + " times in one fit and "
					+ cancel.checks.get() + " in the next; the same fit must ask the same questions");
			assertTrue(thrown, returnedAfterCancellation(s, at));
		}
		// a monitor that is never cancelled leaves the fit alone
		assertDoesNotThrow(() -> factory().create(factory().defaultSettings()).fit(data.train(),
				new TaskContext(7, ProgressMonitor.NULL)));
	}

	/**
	 * For an algorithm that declares randomness ({@link #usesRandomness()}): some settings (the defaults or a variant)
	 * fit differently under two seeds. Otherwise its random path is not exercised by the kit, or its random choices
	 * do not come from the seed.
	 */
	@Test
	void theSeedMattersWhenTheAlgorithmDeclaresRandomness() {
		if (!usesRandomness()) {
			return;
		}
		KitData.Fixture data = KitData.medium();
		for (S s : allSettings()) {
			float[][] a = scores(fit(s, data.train(), 11), data.train(), "fit with seed 11 and " + s);
			float[][] b = scores(fit(s, data.train(), 12), data.train(), "fit with seed 12 and " + s);
			for (int v = 0; v < a.length; v++) {
				if (!Arrays.equals(a[v], b[v])) {
					return;
				}
			}
		}
		fail(factory().info().id() + " declares randomness (usesRandomness()) but neither its defaults nor a variant"
				+ " of settingsVariants() scores differently under seeds 11 and 12: add a variant that exercises its"
				+ " random choices, and take them from TaskContext.seed()");
	}
}
