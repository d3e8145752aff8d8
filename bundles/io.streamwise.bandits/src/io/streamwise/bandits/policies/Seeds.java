package io.streamwise.bandits.policies;

/** Seeds derived from an experiment's seed and stable indices. */
public final class Seeds {

	private Seeds() {
	}

	/** A well-mixed seed from several numbers (SplitMix64's finaliser over a running combination). */
	public static long mix(long... parts) {
		return SeededGenerator.mix(parts);
	}
}
