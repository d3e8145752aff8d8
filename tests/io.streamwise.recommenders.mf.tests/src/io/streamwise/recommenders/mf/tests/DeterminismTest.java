package io.streamwise.recommenders.mf.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.recommenders.mf.als.Ials;
import io.streamwise.recommenders.mf.als.IalsSettings;
import io.streamwise.recommenders.mf.bpr.Bpr;
import io.streamwise.recommenders.mf.bpr.BprSettings;

/** The same seed gives bit-identical scores on 1 and 2 (and 3) threads; another seed gives other scores. */
class DeterminismTest {

	private static final Planted DATA = new Planted(3, 70, 12, 5, 11); // enough rows for several parallel chunks

	private static float[][] scores(Recommender rec, long seed) {
		rec.fit(DATA.data, TaskContext.of(seed));
		int items = DATA.data.log().items().size();
		float[][] out = new float[DATA.data.log().viewers().size()][items];
		for (int u = 0; u < out.length; u++) {
			rec.score(u, out[u]);
		}
		return out;
	}

	private static void assertThreadCountIrrelevant(Function<Map<String, String>, Recommender> create,
			Map<String, String> settings) {
		float[][] one = scores(create.apply(with(settings, "threads", "1")), 5);
		float[][] two = scores(create.apply(with(settings, "threads", "2")), 5);
		float[][] three = scores(create.apply(with(settings, "threads", "3")), 5);
		float[][] otherSeed = scores(create.apply(with(settings, "threads", "2")), 6);
		for (int u = 0; u < one.length; u++) {
			assertArrayEquals(one[u], two[u], "viewer " + u + ", 1 vs 2 threads");
			assertArrayEquals(one[u], three[u], "viewer " + u + ", 1 vs 3 threads");
		}
		assertFalse(Arrays.deepEquals(one, otherSeed), "another seed must give other factors");
	}

	private static Map<String, String> with(Map<String, String> base, String key, String value) {
		Map<String, String> m = new HashMap<>(base);
		m.put(key, value);
		return m;
	}

	@Test
	void stratifiedBprIsIndependentOfThreads() {
		assertThreadCountIrrelevant(s -> new Bpr(Settings.parse(BprSettings.class, s)),
				Map.of("factors", "8", "epochs", "5", "blocks", "4"));
	}

	@Test
	void sequentialBprIgnoresExtraThreads() {
		assertThreadCountIrrelevant(s -> new Bpr(Settings.parse(BprSettings.class, s)),
				Map.of("factors", "8", "epochs", "5"));
	}

	@Test
	void ialsCholeskyIsIndependentOfThreads() {
		assertThreadCountIrrelevant(s -> new Ials(Settings.parse(IalsSettings.class, s)),
				Map.of("factors", "8", "iterations", "4"));
	}

	@Test
	void ialsConjugateGradientIsIndependentOfThreads() {
		assertThreadCountIrrelevant(s -> new Ials(Settings.parse(IalsSettings.class, s)),
				Map.of("factors", "8", "iterations", "4", "solver", "CG", "weighting", "LOG_COUNT"));
	}
}
