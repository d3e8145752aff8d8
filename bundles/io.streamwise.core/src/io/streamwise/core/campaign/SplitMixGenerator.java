// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.campaign;

import org.apache.commons.math3.random.AbstractRandomGenerator;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The SplitMix64 sequence (the one {@link java.util.SplittableRandom} uses) behind both Commons RNG's provider
 * interface, which Commons RNG's fast samplers (Beta) draw from, and Commons Math's generator interface, whose cached
 * Gaussian the sales noise uses. Reseeding is a single assignment, which lets the forecast
 * reseed for every draw (seed + draw index) without allocating: a draw's numbers then do not depend on which thread
 * or chunk ran it.
 */
final class SplitMixGenerator extends AbstractRandomGenerator implements UniformRandomProvider {

	private static final long GOLDEN = 0x9E3779B97F4A7C15L;

	private long state;

	SplitMixGenerator(long seed) {
		setSeed(seed);
	}

	/** The seed of draw {@code index} of a forecast seeded with {@code seed}: both mixed, so nearby seeds differ. */
	static long drawSeed(long seed, long index) {
		return mix(mix(seed) + GOLDEN * (index + 1));
	}

	@Override
	public void setSeed(long seed) {
		clear(); // forget a cached Gaussian from the previous seed
		state = seed;
	}

	@Override
	public long nextLong() {
		state += GOLDEN;
		return mix(state);
	}

	@Override
	public int nextInt() {
		return (int) (nextLong() >>> 32);
	}

	@Override
	public double nextDouble() {
		return (nextLong() >>> 11) * 0x1.0p-53;
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
