package io.streamwise.benchmarks.peers;

import java.util.Map;

import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.recommenders.knn.ItemKnn;
import io.streamwise.recommenders.knn.ItemKnnSettings;

/**
 * Streamwise {@link ItemKnn}: cosine, no shrinkage, k neighbours per item, unweighted purchase/cart/click events. It
 * reads the training event log itself. Its fit computes similarity rows on its {@code threads} setting's threads: 1,
 * or 0 for every available processor.
 */
final class StreamwiseItemKnn implements TopNSystem {

	private final int neighbours;
	private final int threads;
	private ItemKnn knn;

	StreamwiseItemKnn(int neighbours, int threads) {
		this.neighbours = neighbours;
		this.threads = threads;
	}

	@Override
	public String name() {
		return "Streamwise ItemKNN, k=" + (neighbours == Integer.MAX_VALUE ? "all" : neighbours) + ", "
				+ (threads == 1 ? "1 thread" : "all processors (2 cores)");
	}

	@Override
	public void fit(Split split) throws Exception {
		int k = Math.min(neighbours, Math.max(1, split.items));
		ItemKnn model = new ItemKnn(Settings.parse(ItemKnnSettings.class, Map.of("events", "purchase,cart,click",
				"similarity", "COSINE", "neighbours", Integer.toString(k), "shrinkage", "0", "normalise", "false",
				"threads", threads == 1 ? "1" : "0")));
		model.fit(split.train, TaskContext.of(1));
		knn = model;
	}

	@Override
	public int[][] recommendAll(Split split, int k) {
		// the viewers' training items, built here from the binary pairs so that the exclusion is part of the timing
		int nv = split.viewers;
		int[] start = new int[nv + 1];
		for (int v : split.pairViewer) {
			start[v + 1]++;
		}
		for (int v = 0; v < nv; v++) {
			start[v + 1] += start[v];
		}
		int[] fill = start.clone(), seen = new int[split.pairItem.length];
		for (int p = 0; p < seen.length; p++) {
			seen[fill[split.pairViewer[p]]++] = split.pairItem[p];
		}
		boolean[] mark = new boolean[split.items];
		float[] scratch = new float[split.items];
		int[][] out = new int[split.testViewers.length][];
		for (int u = 0; u < out.length; u++) {
			int v = split.testViewers[u];
			for (int p = start[v]; p < start[v + 1]; p++) {
				mark[seen[p]] = true;
			}
			out[u] = knn.recommend(v, k, i -> !mark[i], scratch);
			for (int p = start[v]; p < start[v + 1]; p++) {
				mark[seen[p]] = false;
			}
		}
		return out;
	}

	@Override
	public void reset() {
		knn = null;
	}
}
