package io.streamwise.api.algorithm;

import java.util.SplittableRandom;

import io.streamwise.api.progress.ProgressMonitor;

/**
 * What an algorithm receives from the experiment for one fit: the seed of every random choice it makes, and the
 * monitor to report progress and to check for cancellation. Algorithms must not use any other source of randomness,
 * so that the same seed gives the same results on any thread count.
 *
 * @param seed    the seed for this algorithm in this fold, derived from the experiment's seed
 * @param monitor progress and cancellation
 */
public record TaskContext(long seed, ProgressMonitor monitor) {

	public TaskContext {
		if (monitor == null) {
			throw new IllegalArgumentException("monitor must not be null (use ProgressMonitor.NULL)");
		}
	}

	public static TaskContext of(long seed) {
		return new TaskContext(seed, ProgressMonitor.NULL);
	}

	/** A fresh generator seeded from this context's seed. */
	public SplittableRandom random() {
		return new SplittableRandom(seed);
	}
}
