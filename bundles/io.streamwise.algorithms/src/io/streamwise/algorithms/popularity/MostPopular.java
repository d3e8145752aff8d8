package io.streamwise.algorithms.popularity;

import java.util.Arrays;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.feedback.InteractionMatrix;
import io.streamwise.api.feedback.Weighting;

/**
 * Recommends the items that most viewers interacted with in training, the same list for everyone. The baseline every
 * personalised recommender has to beat.
 */
public final class MostPopular implements Recommender {

	private final MostPopularSettings settings;
	private float[] popularity = new float[0];

	public MostPopular(MostPopularSettings settings) {
		this.settings = settings;
	}

	@Override
	public void fit(Dataset train, TaskContext context) {
		// an item's popularity is the sum of its column of the feedback matrix: with distinct viewers each viewer
		// adds the largest weight among its events with the item, else every event adds its weight (1 without weights)
		InteractionMatrix matrix = InteractionMatrix.of(train.log(), settings.weights(),
				settings.distinctViewers() ? Weighting.BINARY : Weighting.COUNT, context.monitor());
		float[] counts = new float[matrix.items()];
		float[] values = matrix.itemValues();
		for (int i = 0; i < counts.length; i++) {
			float sum = 0f;
			for (int p = matrix.itemStart(i); p < matrix.itemEnd(i); p++) {
				sum += values[p];
			}
			counts[i] = sum;
		}
		popularity = counts;
	}

	/** Scoring only reads the fitted model. */
	@Override
	public boolean concurrentScoring() {
		return true;
	}

	@Override
	public void score(int viewer, float[] scores) {
		Arrays.fill(scores, 0f);
		System.arraycopy(popularity, 0, scores, 0, Math.min(popularity.length, scores.length));
	}

	/** Interaction count per item after fitting (a copy). */
	public float[] popularity() {
		return popularity.clone();
	}
}
