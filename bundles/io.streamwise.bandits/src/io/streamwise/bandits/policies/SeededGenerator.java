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

	/** A well-mixed seed from several numbers (SplitMix64's finaliser over a running combination). */
	static long mix(long... parts) {
		long h = 0x9E3779B97F4A7C15L;
		for (long p : parts) {
			h = (h ^ p) * 0xBF58476D1CE4E5B9L;
			h ^= h >>> 31;
			h *= 0x94D049BB133111EBL;
			h ^= h >>> 29;
		}
		return h;
	}
}
