package io.streamwise.recommenders.mf.tests;

import java.util.BitSet;
import java.util.SplittableRandom;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;

/**
 * Planted low-rank structure: viewers in {@code groups} clusters, each cluster interacting only with its own disjoint
 * group of items (rank = number of groups). Every viewer also watches one item of another group, an event type the
 * models do not count by default, and one viewer ("cold") only watches.
 */
final class Planted {

	final int groups;
	final int usersPerGroup;
	final int itemsPerGroup;
	final Dataset data;
	/** The training items of each warm viewer, by viewer index. */
	final BitSet[] seen;
	/** Index of the viewer that has only uncounted events. */
	final int cold;

	Planted(int groups, int usersPerGroup, int itemsPerGroup, int itemsPerUser, long seed) {
		this.groups = groups;
		this.usersPerGroup = usersPerGroup;
		this.itemsPerGroup = itemsPerGroup;
		SplittableRandom r = new SplittableRandom(seed);
		EventLogBuilder b = new EventLogBuilder();
		for (int i = 0; i < groups * itemsPerGroup; i++) {
			b.item("i" + i); // item index = i
		}
		int users = groups * usersPerGroup;
		seen = new BitSet[users + 1];
		long t = 0;
		for (int u = 0; u < users; u++) {
			int v = b.viewer("u" + u); // viewer index = u
			int g = group(u);
			seen[u] = new BitSet();
			while (seen[u].cardinality() < itemsPerUser) {
				int item = g * itemsPerGroup + r.nextInt(itemsPerGroup);
				if (!seen[u].get(item)) {
					seen[u].set(item);
					b.add(v, -1, item, r.nextInt(4) == 0 ? EventType.PURCHASE : EventType.CLICK, t++, Float.NaN);
				}
			}
			int other = (g + 1) % groups * itemsPerGroup + r.nextInt(itemsPerGroup);
			b.add(v, -1, other, EventType.WATCH, t++, Float.NaN);
		}
		cold = b.viewer("cold");
		seen[cold] = new BitSet();
		b.add(cold, -1, 0, EventType.WATCH, t++, Float.NaN);
		data = Dataset.of(b.build());
	}

	int group(int user) {
		return user / usersPerGroup;
	}

	int users() {
		return groups * usersPerGroup;
	}

	/**
	 * Share of the top-{@code k} unseen recommendations, over all warm viewers, that fall in the viewer's own group.
	 * With k at most the unseen items of a group, a model that found the structure scores 1; chance is about 1/groups.
	 */
	double inGroupPrecision(Recommender rec, int k) {
		float[] scratch = new float[groups * itemsPerGroup];
		int hits = 0, total = 0;
		for (int u = 0; u < users(); u++) {
			BitSet s = seen[u];
			int[] list = rec.recommend(u, k, i -> !s.get(i), scratch);
			for (int i : list) {
				hits += i / itemsPerGroup == group(u) ? 1 : 0;
				total++;
			}
		}
		return hits / (double) total;
	}
}
