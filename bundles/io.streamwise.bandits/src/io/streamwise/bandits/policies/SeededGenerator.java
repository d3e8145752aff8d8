package io.streamwise.bandits.policies;

import java.util.SplittableRandom;

import org.apache.commons.math3.random.AbstractRandomGenerator;

/**
 * Commons Math's samplers drawing from a {@link SplittableRandom}, which is cheap to seed for every decision (a
 * Mersenne Twister is not).
 */
final class SeededGenerator extends AbstractRandomGenerator {

	private SplittableRandom random;

	SeededGenerator(long seed) {
		random = new SplittableRandom(seed);
	}

	@Override
	public void setSeed(long seed) {
		random = new SplittableRandom(seed);
	}

	@Override
	public double nextDouble() {
		return random.nextDouble();
	}
}
