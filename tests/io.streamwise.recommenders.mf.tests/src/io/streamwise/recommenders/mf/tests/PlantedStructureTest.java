package io.streamwise.recommenders.mf.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.recommenders.mf.als.Ials;
import io.streamwise.recommenders.mf.als.IalsSettings;
import io.streamwise.recommenders.mf.bpr.Bpr;
import io.streamwise.recommenders.mf.bpr.BprSettings;
import io.streamwise.recommenders.mf.ease.Ease;
import io.streamwise.recommenders.mf.ease.EaseSettings;

/** Each model must rank a viewer's unseen items of their own cluster above every other item. */
class PlantedStructureTest {

	/** 3 clusters of 40 viewers, 10 items per cluster, 6 seen per viewer: 4 unseen in-group items to find. */
	private static final Planted DATA = new Planted(3, 40, 10, 6, 7);
	private static final int K = 4;

	private static double precision(Recommender rec) {
		rec.fit(DATA.data, TaskContext.of(42));
		return DATA.inGroupPrecision(rec, K);
	}

	@Test
	void bprFindsTheClusters() {
		double p = precision(new Bpr(Settings.parse(BprSettings.class, Map.of("factors", "8", "epochs", "100"))));
		assertTrue(p > 0.9, "in-group precision " + p);
	}

	@Test
	void stratifiedBprFindsTheClusters() {
		double p = precision(new Bpr(Settings.parse(BprSettings.class,
				Map.of("factors", "8", "epochs", "100", "blocks", "3", "threads", "2"))));
		assertTrue(p > 0.9, "in-group precision " + p);
	}

	@Test
	void ialsWithDefaultsFindsTheClusters() {
		double p = precision(new Ials(Settings.defaults(IalsSettings.class)));
		assertTrue(p > 0.95, "in-group precision " + p);
	}

	@Test
	void ialsWithConjugateGradientFindsTheClusters() {
		double p = precision(new Ials(Settings.parse(IalsSettings.class, Map.of("solver", "CG", "factors", "8"))));
		assertTrue(p > 0.95, "in-group precision " + p);
	}

	@Test
	void easeFindsTheClusters() {
		double p = precision(new Ease(Settings.parse(EaseSettings.class, Map.of("lambda", "10"))));
		assertTrue(p > 0.95, "in-group precision " + p);
	}

	@Test
	void uncountedEventsAreIgnored() {
		// counting WATCH too links every cluster to the next one: the in-group share must drop
		Ease watching = new Ease(
				Settings.parse(EaseSettings.class, Map.of("lambda", "10", "events", "click,purchase,watch")));
		Ease plain = new Ease(Settings.parse(EaseSettings.class, Map.of("lambda", "10")));
		assertTrue(precision(watching) < precision(plain));
	}
}
