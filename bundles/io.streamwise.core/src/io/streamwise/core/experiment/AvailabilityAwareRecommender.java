package io.streamwise.core.experiment;

import java.util.function.IntPredicate;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Availability;
import io.streamwise.api.data.Dataset;

/**
 * A recommender seen from inside one live stream: it recommends only items showcased in that stream, whatever the
 * wrapped recommender would prefer, because a live-commerce viewer can only buy what is on sale. Scores are the
 * wrapped recommender's.
 */
public final class AvailabilityAwareRecommender implements Recommender {

	private final Recommender delegate;
	private final Availability availability;
	private final int stream;

	public AvailabilityAwareRecommender(Recommender delegate, Availability availability, int stream) {
		if (stream < 0 || stream >= availability.streams()) {
			throw new IllegalArgumentException("stream index " + stream + " is outside the availability's "
					+ availability.streams() + " streams");
		}
		this.delegate = delegate;
		this.availability = availability;
		this.stream = stream;
	}

	@Override
	public void fit(Dataset train, TaskContext context) {
		delegate.fit(train, context);
	}

	@Override
	public void score(int viewer, float[] scores) {
		delegate.score(viewer, scores);
	}

	@Override
	public int[] recommend(int viewer, int k, IntPredicate candidate, float[] scratch) {
		return delegate.recommend(viewer, k, i -> candidate.test(i) && availability.onSale(stream, i), scratch);
	}
}
