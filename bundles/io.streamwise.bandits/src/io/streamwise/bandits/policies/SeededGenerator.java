package io.streamwise.bandits.policies;

import java.util.SplittableRandom;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Commons RNG's samplers drawing from a {@link SplittableRandom}, which is cheap to seed for every decision (a
 * Mersenne Twister is not).
 */
final class SeededGenerator implements UniformRandomProvider {

	private final SplittableRandom random;

	SeededGenerator(long seed) {
		random = new SplittableRandom(seed);
	}

	@Override
	public long nextLong() {
		return random.nextLong();
	}

	@Override
	public double nextDouble() {
		return random.nextDouble();
	}
}
