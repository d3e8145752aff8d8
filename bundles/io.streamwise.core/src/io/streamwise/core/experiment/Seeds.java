package io.streamwise.core.experiment;

import java.nio.charset.StandardCharsets;

import io.streamwise.model.io.SettingKeyRenames;

/**
 * Derives independent seeds for the parts of a run (fold, algorithm) from the experiment's seed, so that results do
 * not depend on the order or the thread in which parts run.
 */
public final class Seeds {

	/**
	 * The setting that says how many threads an algorithm may use. It never changes results (docs/plugins.md), so it
	 * is left out of the cell seed: otherwise a different thread count would draw different numbers.
	 */
	public static final String THREADS = "threads";

	private Seeds() {
	}

	public static long derive(long seed, String part) {
		long h = mix(seed);
		for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
			h = mix(h ^ (b & 0xFF));
		}
		return h;
	}

	public static long derive(long seed, int part) {
		return mix(mix(seed) ^ part);
	}

	/**
	 * The seed of one cell: an algorithm's fit in one fold. It derives from the algorithm's id and its complete
	 * settings (defaults included, in key order, the thread count excepted), never from its label, so that renaming an entry changes nothing and
	 * two entries of one algorithm with different settings draw differently. Entries with the same id and settings
	 * are the same configuration and get the same seed.
	 */
	public static long cell(long experimentSeed, int fold, String algorithmId, java.util.Map<String, String> settings) {
		StringBuilder canonical = new StringBuilder(algorithmId);
		// a renamed key counts under its first name, so that renaming a setting changes no seed and no result
		java.util.Map<String, String> byOriginalKey = new java.util.TreeMap<>();
		settings.forEach((k, v) -> {
			if (!THREADS.equals(k)) {
				byOriginalKey.put(SettingKeyRenames.originalKey(algorithmId, k), v);
			}
		});
		byOriginalKey.forEach((k, v) -> canonical.append('\n').append(k).append('=').append(v));
		return derive(derive(experimentSeed, fold), canonical.toString());
	}

	/**
	 * A seed from several stable indices (a run's seed, a replicate, a round, a purpose), for code that derives from
	 * numbers rather than from a fold and an algorithm: SplitMix64's finaliser over a running combination.
	 */
	public static long combine(long... parts) {
		long h = 0x9E3779B97F4A7C15L;
		for (long p : parts) {
			h = (h ^ p) * 0xBF58476D1CE4E5B9L;
			h ^= h >>> 31;
			h *= 0x94D049BB133111EBL;
			h ^= h >>> 29;
		}
		return h;
	}

	/** SplitMix64's finaliser: a bijective 64-bit mix. */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
