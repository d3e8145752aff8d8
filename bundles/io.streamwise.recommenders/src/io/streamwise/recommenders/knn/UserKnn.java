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
 * User-based k-nearest-neighbour recommender on implicit feedback. Every viewer u keeps its k most similar viewers
 * N(u) by cosine of their feedback vectors (with shrinkage), found at fit time by sparse co-occurrence counting; then
 *
 * <pre>
 * score(u, i) = Σ_{v ∈ N(u)} sim(u, v) · r(v, i)
 * </pre>
 *
 * Viewers without training history, and items nobody in the neighbourhood consumed, score 0. Deterministic: no random
 * choice, and parallel work is partitioned by viewer.
 */
public final class UserKnn implements Recommender {

	private final UserKnnSettings settings;
	private final EventWeights weights;
	private InteractionMatrix interactions;
	/** The interactions by viewer: each viewer's items and their values. */
	private SparseMatrix history = SparseMatrix.empty(0, 0);
	/** viewers x viewers: each viewer's neighbours, most similar first. */
	private SparseMatrix neighbours = SparseMatrix.empty(0, 0);

	public UserKnn(UserKnnSettings settings) {
		this.settings = settings;
		this.weights = EventWeights.parse(settings.events());
	}

	@Override
	public void fit(Dataset train, TaskContext context) {
		// the largest weight among a viewer's events with an item: repeated clicks do not outweigh one purchase
		InteractionMatrix data = InteractionMatrix.of(train.log(), weights, Weighting.BINARY, context.monitor());
		SparseMatrix nb = NearestNeighbours.topK(SparseMatrix.byViewer(data), SparseMatrix.byItem(data), 0.5,
				settings.shrinkage(), settings.neighbours(), settings.threads(), context.monitor(),
				"viewer-viewer similarities");
		interactions = data;
		history = SparseMatrix.byViewer(data);
		neighbours = nb;
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
		int[] nStart = neighbours.start(), nIndex = neighbours.index(), hStart = history.start(),
				hIndex = history.index();
		float[] nValue = neighbours.value(), hValue = history.value();
		for (int p = nStart[viewer], pEnd = nStart[viewer + 1]; p < pEnd; p++) {
			int v = nIndex[p];
			float sim = nValue[p];
			for (int q = hStart[v], qEnd = hStart[v + 1]; q < qEnd; q++) {
				int i = hIndex[q];
				if (i < scores.length) {
					scores[i] += sim * hValue[q];
				}
			}
		}
	}

	/** The viewer's kept neighbours after fitting, most similar first; empty for unknown viewers. */
	public int[] neighbours(int viewer) {
		return neighbours.rowIndices(viewer);
	}

	/** sim(viewer, other) when other is among the viewer's kept neighbours, else 0. */
	public float similarity(int viewer, int other) {
		return neighbours.get(viewer, other);
	}

	/** The implicit-feedback matrix of the last fit; null before. */
	public InteractionMatrix interactions() {
		return interactions;
	}
}
