package io.streamwise.core.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;

/**
 * Splits units (events or feature rows) that carry timestamps into training and test parts. Each split is a pair of
 * ascending index arrays, so that both parts keep time order.
 */
public final class Splits {

	/** One fold: training and test indices, ascending. */
	public record Split(int[] train, int[] test) {
	}

	private Splits() {
	}

	/**
	 * @param times  the units' timestamps, ascending or not
	 * @param seed   the experiment's seed
	 * @throws IllegalArgumentException for protocols this data cannot support, naming the protocol
	 */
	public static List<Split> split(long[] times, ProtocolSpec protocol, long seed) {
		int n = times.length;
		if (n < 2) {
			throw new IllegalArgumentException("the data has " + n + " unit(s): too few to split into training and test");
		}
		List<Split> folds = new ArrayList<>();
		switch (protocol.kind()) {
		case RANDOM -> {
			for (int f = 0; f < protocol.folds(); f++) {
				folds.add(randomSplit(n, protocol.trainRatio(), Seeds.derive(seed, "split-" + f)));
			}
		}
		case TEMPORAL -> {
			if (protocol.folds() != 1) {
				throw new IllegalArgumentException("a temporal split has exactly one fold; the experiment asks for "
						+ protocol.folds());
			}
			folds.add(temporalSplit(times, protocol.trainRatio()));
		}
		default -> throw new IllegalArgumentException("protocol " + protocol.kind() + " is not supported yet");
		}
		return folds;
	}

	static Split randomSplit(int n, double ratio, long seed) {
		int[] perm = new int[n];
		Arrays.setAll(perm, i -> i);
		SplittableRandom r = new SplittableRandom(seed);
		for (int i = n - 1; i > 0; i--) { // Fisher-Yates
			int j = r.nextInt(i + 1);
			int t = perm[i];
			perm[i] = perm[j];
			perm[j] = t;
		}
		int nTrain = (int) Math.round(ratio * n);
		nTrain = Math.max(1, Math.min(n - 1, nTrain));
		int[] train = Arrays.copyOf(perm, nTrain);
		int[] test = Arrays.copyOfRange(perm, nTrain, n);
		Arrays.sort(train);
		Arrays.sort(test);
		return new Split(train, test);
	}

	/**
	 * Training gets every unit strictly before the cut time, test every unit at or after it; the cut is the timestamp
	 * at the ratio quantile. Units sharing the cut timestamp all go to test, so training never sees the future.
	 */
	static Split temporalSplit(long[] times, double ratio) {
		long[] sorted = times.clone();
		Arrays.sort(sorted);
		int at = Math.max(1, Math.min(times.length - 1, (int) Math.round(ratio * times.length)));
		long cut = sorted[at];
		int[] train = indices(times, t -> t < cut);
		int[] test = indices(times, t -> t >= cut);
		if (train.length == 0) {
			throw new IllegalArgumentException("temporal split at ratio " + ratio
					+ " leaves no training data: too many units share the first timestamp");
		}
		return new Split(train, test);
	}

	private static int[] indices(long[] times, java.util.function.LongPredicate keep) {
		int[] out = new int[times.length];
		int n = 0;
		for (int i = 0; i < times.length; i++) {
			if (keep.test(times[i])) {
				out[n++] = i;
			}
		}
		return Arrays.copyOf(out, n);
	}
}
