package io.streamwise.recommenders.knn;

import java.util.Arrays;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.feedback.EventWeights;
import io.streamwise.api.feedback.InteractionMatrix;
import io.streamwise.api.feedback.Weighting;
import io.streamwise.recommenders.internal.NearestNeighbours;
import io.streamwise.recommenders.internal.SparseMatrix;

/**
 * Item-based k-nearest-neighbour recommender on implicit feedback. Every candidate item i keeps its k most similar
 * items N(i); a viewer u with consumed items H(u), valued r(u,j), scores
 *
 * <pre>
 * score(u, i) = Σ_{j ∈ H(u) ∩ N(i)} r(u, j) · sim(i, j)
 * </pre>
 *
 * With {@code normalise} the model is Deshpande and Karypis' (2004, section 4): each consumed item j votes for its own
 * k nearest neighbours N(j), with its similarity vector scaled to sum 1, so that every consumed item casts a total
 * vote of 1:
 *
 * <pre>
 * score(u, i) = Σ_{j ∈ H(u), i ∈ N(j)} r(u, j) · sim(j, i) / Σ_{l ∈ N(j)} sim(j, l)
 * </pre>
 *
 * (Normalising the votes that reach j from the candidates whose neighbourhood holds j instead would divide by a sum
 * over a list of any length, not over k neighbours, and favours consumed items few candidates list.)
 * <p>
 * Fitting counts co-occurrences sparsely (see {@link NearestNeighbours}); the neighbour lists are then stored per
 * consumed item j (the items j votes for), so that scoring a viewer only walks the lists of its history. Items
 * without training interactions and viewers without history score 0. Deterministic: it makes no random choice, and
 * parallel work is partitioned by item.
 */
public final class ItemKnn implements Recommender {

	private final ItemKnnSettings settings;
	private final EventWeights weights;
	private InteractionMatrix interactions;
	/** The interactions by viewer: each viewer's items and their values. */
	private SparseMatrix history = SparseMatrix.empty(0, 0);
	/** items x items: the neighbours of each candidate item, most similar first. */
	private SparseMatrix neighbours = SparseMatrix.empty(0, 0);
	/**
	 * items x items: row j lists the items j votes for and its votes: the candidates i with j ∈ N(i) and sim(i, j),
	 * or with normalise N(j) and sim(j, i) scaled to sum 1.
	 */
	private SparseMatrix votes = SparseMatrix.empty(0, 0);

	public ItemKnn(ItemKnnSettings settings) {
		this.settings = settings;
		this.weights = EventWeights.parse(settings.events());
	}

	@Override
	public void fit(Dataset train, TaskContext context) {
		// the largest weight among a viewer's events with an item: repeated clicks do not outweigh one purchase
		InteractionMatrix data = InteractionMatrix.of(train.log(), weights, Weighting.BINARY, context.monitor());
		SparseMatrix nb = NearestNeighbours.topK(SparseMatrix.byItem(data), SparseMatrix.byViewer(data),
				settings.effectiveAlpha(), settings.shrinkage(), settings.neighbours(), settings.threads(),
				context.monitor(),
				"item-item similarities");
		interactions = data;
		history = SparseMatrix.byViewer(data);
		neighbours = nb;
		votes = settings.normalise() ? nb.withRowsSummingToOne() : nb.transpose();
	}

	/** Scoring only reads the fitted model. */
	@Override
	public boolean concurrentScoring() {
		return true;
	}

	@Override
	public void score(int viewer, float[] scores) {
		Arrays.fill(scores, 0f);
		if (interactions == null || !interactions.hasHistory(viewer)) {
			return;
		}
		// the arrays in locals: a cold JVM runs this partly interpreted, where every accessor call counts
		int[] vStart = votes.start(), vIndex = votes.index(), hStart = history.start(), hIndex = history.index();
		float[] vValue = votes.value(), hValue = history.value();
		for (int p = hStart[viewer], pEnd = hStart[viewer + 1]; p < pEnd; p++) {
			int j = hIndex[p];
			float r = hValue[p];
			for (int q = vStart[j], qEnd = vStart[j + 1]; q < qEnd; q++) {
				int i = vIndex[q];
				if (i < scores.length) {
					scores[i] += r * vValue[q];
				}
			}
		}
	}

	/** The neighbours N(item) kept after fitting, most similar first; empty for unknown items. */
	public int[] neighbours(int item) {
		return neighbours.rowIndices(item);
	}

	/** sim(item, other) when other is among the item's kept neighbours, else 0 (before any normalisation). */
	public float similarity(int item, int other) {
		return neighbours.get(item, other);
	}

	/** The implicit-feedback matrix of the last fit; null before. */
	public InteractionMatrix interactions() {
		return interactions;
	}
}
