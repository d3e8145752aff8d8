package io.streamwise.recommenders.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.data.EventLog;

/** Checks on {@link Fixtures#twoClusters}: recommenders must stay within the viewer's cluster. */
final class PlantedClusters {

	private PlantedClusters() {
	}

	/**
	 * For every viewer, the top 3 of the items it has no training event with all come from its own cluster (precision@3
	 * of "same cluster" is 1), and its held-out purchase outscores every item of the other cluster.
	 */
	static void assertRecommendsWithinCluster(Recommender rec, EventLog log, EventLog train, int[] heldOut) {
		int items = log.items().size();
		float[] scores = new float[items];
		for (int v = 0; v < log.viewers().size(); v++) {
			int viewer = v;
			int cluster = Integer.parseInt(log.viewers().id(v).substring(1)) % 2;
			BitSet seen = new BitSet();
			for (int r = 0; r < train.size(); r++) {
				if (train.viewer(r) == viewer) {
					seen.set(train.item(r));
				}
			}
			int[] top = rec.recommend(v, 3, i -> !seen.get(i), scores);
			assertEquals(3, top.length);
			for (int i : top) {
				assertEquals(cluster, Fixtures.group(log, i),
						"viewer " + log.viewers().id(v) + " got " + log.items().id(i));
			}
			for (int r : heldOut) {
				if (log.viewer(r) != viewer) {
					continue;
				}
				rec.score(v, scores);
				float held = scores[log.item(r)];
				for (int i = 0; i < items; i++) {
					if (Fixtures.group(log, i) != cluster) {
						assertTrue(held > scores[i], "held-out " + log.items().id(log.item(r)) + " " + held
								+ " vs " + log.items().id(i) + " " + scores[i]);
					}
				}
			}
		}
	}
}
