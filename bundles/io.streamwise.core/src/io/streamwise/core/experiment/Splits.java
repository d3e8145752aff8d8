package io.streamwise.core.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

import io.streamwise.api.data.Availability;
import io.streamwise.api.data.EventLog;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;

/**
 * Splits units (events or feature rows) into training, validation and test parts by a protocol. Each part is an
 * ascending index array, so that every part keeps the order of its source. Definitions: docs/metrics.md, "Protocols".
 */
public final class Splits {

	/**
	 * One fold: training, validation and test indices, ascending and disjoint. Units in none of them are dropped by
	 * the protocol (a viewer's events after their first held-out event, say).
	 */
	public record Split(int[] train, int[] validation, int[] test) {
		public Split {
			validation = validation == null ? new int[0] : validation;
		}

		public Split(int[] train, int[] test) {
			this(train, new int[0], test);
		}
	}

	private Splits() {
	}

	/**
	 * Splits timestamped units that carry nothing else (feature rows): RANDOM, TEMPORAL and KFOLD (rows shuffled by the
	 * seed and dealt round-robin into k folds; fold f tests on its rows and trains on all others).
	 *
	 * @param times the units' timestamps, ascending or not
	 * @param seed  the experiment's seed
	 * @throws IllegalArgumentException for protocols this data cannot support, naming the protocol
	 */
	public static List<Split> split(long[] times, ProtocolSpec protocol, long seed) {
		int n = times.length;
		if (n < 2) {
			throw new IllegalArgumentException(
					"the data has " + n + " unit(s): too few to split into training and test");
		}
		return protocol.kind().protocol().splitRows(times, protocol, seed);
	}

	/**
	 * Splits the events of a log by its protocol (see {@link EvaluationProtocol#split}).
	 *
	 * @param relevant     whether a row is a relevant event (an item and a relevant type)
	 * @param availability showcases, for STREAM_SESSION; may be null otherwise
	 * @param given        the dataset's own split, for GIVEN; may be null otherwise
	 */
	public static List<Split> split(EventLog log, ProtocolSpec protocol, long seed, IntPredicate relevant,
			Availability availability, Split given) {
		EvaluationProtocol p = protocol.kind().protocol();
		if (!p.keepsGivenSplit() && log.size() < 2) {
			throw new IllegalArgumentException("the data has " + log.size()
					+ " event(s): too few to split into training and test");
		}
		return p.split(log, protocol, seed, relevant, availability, given);
	}

	/**
	 * Checks a protocol's fold count and options without data, so that a wrong experiment fails before anything runs.
	 *
	 * @throws IllegalArgumentException naming the protocol and the option at fault
	 */
	public static void validate(ProtocolSpec protocol) {
		protocol.kind().protocol().validate(protocol);
	}

	static int intOption(ProtocolSpec protocol, String key, int fallback) {
		String v = protocol.option(key, Integer.toString(fallback)).trim();
		try {
			int n = Integer.parseInt(v);
			if (n < 1) {
				throw new NumberFormatException();
			}
			return n;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("protocol option " + key + ": '" + v + "' is not a whole number >= 1");
		}
	}

	static long[] timestamps(EventLog log) {
		long[] t = new long[log.size()];
		for (int r = 0; r < t.length; r++) {
			t[r] = log.timestamp(r);
		}
		return t;
	}

	/** The validation share of RANDOM: a share of each fold's training part. */
	static double randomValidationShare(ProtocolSpec protocol) {
		String v = protocol.option(ProtocolOptions.VALIDATION, "0").trim();
		double validation;
		try {
			validation = Double.parseDouble(v);
		} catch (NumberFormatException e) {
			validation = Double.NaN;
		}
		if (!(validation >= 0 && validation < 1)) {
			throw new IllegalArgumentException("protocol option " + ProtocolOptions.VALIDATION + ": '" + v
					+ "' is not a share in [0, 1)");
		}
		return validation;
	}

	static List<Split> random(int n, ProtocolSpec protocol, long seed) {
		double validation = randomValidationShare(protocol);
		List<Split> folds = new ArrayList<>();
		for (int f = 0; f < protocol.folds(); f++) {
			Split s = randomSplit(n, protocol.trainRatio(), Seeds.derive(seed, "split-" + f));
			if (validation > 0) {
				s = carveValidation(s, validation, Seeds.derive(seed, "validation-" + f));
			}
			folds.add(s);
		}
		return folds;
	}

	static Split randomSplit(int n, double ratio, long seed) {
		int[] perm = permutation(n, seed);
		int nTrain = (int) Math.round(ratio * n);
		nTrain = Math.max(1, Math.min(n - 1, nTrain));
		int[] train = Arrays.copyOf(perm, nTrain);
		int[] test = Arrays.copyOfRange(perm, nTrain, n);
		Arrays.sort(train);
		Arrays.sort(test);
		return new Split(train, test);
	}

	/** Moves a random share of the training units into validation; training keeps at least one unit. */
	private static Split carveValidation(Split s, double share, long seed) {
		int[] perm = permutation(s.train().length, seed);
		int nValidation = Math.min(s.train().length - 1, (int) Math.round(share * s.train().length));
		int[] validation = new int[nValidation];
		int[] train = new int[s.train().length - nValidation];
		for (int i = 0; i < perm.length; i++) {
			if (i < nValidation) {
				validation[i] = s.train()[perm[i]];
			} else {
				train[i - nValidation] = s.train()[perm[i]];
			}
		}
		Arrays.sort(validation);
		Arrays.sort(train);
		return new Split(train, validation, s.test());
	}

	private static int[] permutation(int n, long seed) {
		int[] perm = new int[n];
		Arrays.setAll(perm, i -> i);
		SplittableRandom r = new SplittableRandom(seed);
		for (int i = n - 1; i > 0; i--) { // Fisher-Yates
			int j = r.nextInt(i + 1);
			int t = perm[i];
			perm[i] = perm[j];
			perm[j] = t;
		}
		return perm;
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
		int[] train = indices(times.length, i -> times[i] < cut);
		int[] test = indices(times.length, i -> times[i] >= cut);
		if (train.length == 0) {
			throw new IllegalArgumentException("temporal split at ratio " + ratio
					+ " leaves no training data: too many units share the first timestamp");
		}
		return new Split(train, test);
	}

	/**
	 * Each viewer with at least n+1 relevant events loses the last n of them (by time, then log order) to test;
	 * training keeps that viewer's events strictly before the earliest held-out one, and drops the viewer's later
	 * events (which would reveal the future). When the held-out event happened in a stream, the cut moves back to the
	 * start of the viewer's session in that stream: the clicks and carts that led to a purchase would otherwise give
	 * the purchased item away. Everything of other viewers is training.
	 */
	static Split leaveLastOut(EventLog log, IntPredicate relevant, int n) {
		int[][] byViewer = relevantRowsByViewer(log, relevant);
		Map<Long, Long> sessionStarts = sessionStarts(log);
		long[] cutoff = new long[log.viewers().size()];
		Arrays.fill(cutoff, Long.MAX_VALUE);
		boolean[] isTest = new boolean[log.size()];
		for (int v = 0; v < byViewer.length; v++) {
			int[] rows = byViewer[v];
			if (rows.length >= n + 1) {
				holdOutLast(log, rows, n, v, cutoff, isTest, sessionStarts);
			}
		}
		Split s = assemble(log, cutoff, isTest);
		if (s.test().length == 0) {
			throw new IllegalArgumentException("leave-last-out with n=" + n + ": no viewer has " + (n + 1)
					+ " or more relevant events");
		}
		return s;
	}

	/**
	 * Viewers with relevant events are shuffled by the seed and dealt round-robin into the folds, so that the folds'
	 * test viewers partition them. In fold f each test viewer's last share (1 - trainRatio) of relevant events (at
	 * least one) is held out as in leave-last-out; every other viewer's events are training.
	 */
	static List<Split> kfold(EventLog log, IntPredicate relevant, ProtocolSpec protocol, long seed) {
		int k = protocol.folds();
		if (k < 2) {
			throw new IllegalArgumentException("protocol kfold needs at least 2 folds, the experiment asks for " + k);
		}
		int[][] byViewer = relevantRowsByViewer(log, relevant);
		int[] withRelevant = indices(byViewer.length, v -> byViewer[v].length > 0);
		if (withRelevant.length < k) {
			throw new IllegalArgumentException("protocol kfold with " + k + " folds: only " + withRelevant.length
					+ " viewer(s) have relevant events");
		}
		int[] perm = permutation(withRelevant.length, Seeds.derive(seed, "kfold"));
		Map<Long, Long> sessionStarts = sessionStarts(log);
		List<Split> folds = new ArrayList<>();
		for (int f = 0; f < k; f++) {
			long[] cutoff = new long[log.viewers().size()];
			Arrays.fill(cutoff, Long.MAX_VALUE);
			boolean[] isTest = new boolean[log.size()];
			for (int i = f; i < perm.length; i += k) {
				int v = withRelevant[perm[i]];
				int m = byViewer[v].length;
				int nTest = Math.max(1, Math.min(m, (int) Math.round((1 - protocol.trainRatio()) * m)));
				holdOutLast(log, byViewer[v], nTest, v, cutoff, isTest, sessionStarts);
			}
			folds.add(assemble(log, cutoff, isTest));
		}
		return folds;
	}

	/** The validation share of RANDOM_PER_VIEWER; train and validation together leave some share to test. */
	static double validationShare(ProtocolSpec protocol) {
		String v = protocol.option(ProtocolOptions.VALIDATION, "0").trim();
		double share;
		try {
			share = Double.parseDouble(v);
		} catch (NumberFormatException e) {
			share = Double.NaN;
		}
		if (!(share >= 0 && protocol.trainRatio() + share < 1)) {
			throw new IllegalArgumentException(
					"protocol option " + ProtocolOptions.VALIDATION + ": '" + v + "' must be a share"
							+ " >= 0 that leaves some of each viewer's events to test beside the training ratio "
							+ protocol.trainRatio());
		}
		return share;
	}

	/**
	 * Each viewer's events are shuffled (by a seed derived from the experiment's seed and the viewer's index) and cut
	 * by ratios, as RecBole splits with {@code RS} and random ordering grouped by user: validation and test get
	 * {@code floor(share * n)} events each and training the rest; then, while training keeps more than one event, a
	 * part whose exact share is between 0 and 1 event gets one (test first). A viewer with one event keeps it in
	 * training.
	 */
	static Split randomPerViewer(EventLog log, double trainRatio, double validationShare, long seed) {
		int viewers = log.viewers().size();
		int[][] rows = rowsByViewer(log, r -> true);
		double testShare = 1 - trainRatio - validationShare;
		byte[] part = new byte[log.size()]; // 0 train, 1 validation, 2 test
		for (int v = 0; v < viewers; v++) {
			int n = rows[v].length;
			int[] size = partSizes(n, validationShare, testShare);
			int[] perm = permutation(n, Seeds.derive(seed, v));
			for (int k = 0; k < n; k++) {
				part[rows[v][perm[k]]] = (byte) (k < size[0] ? 0 : k < size[0] + size[1] ? 1 : 2);
			}
		}
		Split s = new Split(indices(log.size(), r -> part[r] == 0), indices(log.size(), r -> part[r] == 1),
				indices(log.size(), r -> part[r] == 2));
		if (s.test().length == 0) {
			throw new IllegalArgumentException("random-per-viewer leaves no test event: every viewer has too few"
					+ " events for a test share of " + testShare);
		}
		return s;
	}

	/** Events of one viewer in training, validation and test, by RecBole's rounding rule (see randomPerViewer). */
	static int[] partSizes(int n, double validationShare, double testShare) {
		// the shares come from divisions (1/10) and a subtraction (1 - 0.8 - 0.1): a hair below a whole number counts
		int validation = (int) Math.floor(validationShare * n + 1e-9);
		int test = (int) Math.floor(testShare * n + 1e-9);
		int train = n - validation - test;
		if (train > 1 && testShare * n > 1e-9 && testShare * n < 1 - 1e-9) {
			test++;
			train--;
		}
		if (train > 1 && validationShare * n > 1e-9 && validationShare * n < 1 - 1e-9) {
			validation++;
			train--;
		}
		return new int[] { train, validation, test };
	}

	/**
	 * k folds of n units that carry nothing else: the units are shuffled by the seed and dealt round-robin, so that
	 * the folds' test parts partition the units and differ in size by at most one. The train ratio plays no part.
	 */
	static List<Split> rowFolds(int n, ProtocolSpec protocol, long seed) {
		int k = protocol.folds();
		if (k < 2) {
			throw new IllegalArgumentException("protocol kfold needs at least 2 folds, the experiment asks for " + k);
		}
		if (n < k) {
			throw new IllegalArgumentException("protocol kfold with " + k + " folds: only " + n + " unit(s)");
		}
		int[] perm = permutation(n, Seeds.derive(seed, "kfold-rows"));
		int[] foldOf = new int[n];
		for (int i = 0; i < n; i++) {
			foldOf[perm[i]] = i % k;
		}
		List<Split> folds = new ArrayList<>();
		for (int f = 0; f < k; f++) {
			int fold = f;
			folds.add(new Split(indices(n, i -> foldOf[i] != fold), indices(n, i -> foldOf[i] == fold)));
		}
		return folds;
	}

	/** The viewers whose events are held out in a k-fold split, for checks: those with a test event. */
	public static int[] testViewers(EventLog log, Split split) {
		return Arrays.stream(split.test()).map(log::viewer).distinct().sorted().toArray();
	}

	private static void holdOutLast(EventLog log, int[] rows, int n, int viewer, long[] cutoff, boolean[] isTest,
			Map<Long, Long> sessionStarts) {
		for (int i = rows.length - n; i < rows.length; i++) {
			isTest[rows[i]] = true;
		}
		int first = rows[rows.length - n];
		long cut = log.timestamp(first);
		if (log.stream(first) >= 0) {
			cut = Math.min(cut, sessionStarts.get(sessionKey(viewer, log.stream(first))));
		}
		cutoff[viewer] = cut;
	}

	private static long sessionKey(int viewer, int stream) {
		return ((long) viewer << 32) | stream;
	}

	/** The first timestamp of every viewer-in-stream session. */
	private static Map<Long, Long> sessionStarts(EventLog log) {
		Map<Long, Long> starts = new HashMap<>();
		for (int r = 0; r < log.size(); r++) {
			if (log.stream(r) >= 0) {
				starts.merge(sessionKey(log.viewer(r), log.stream(r)), log.timestamp(r), Math::min);
			}
		}
		return starts;
	}

	/** Test = the marked rows; training = every other row strictly before its viewer's cutoff. */
	private static Split assemble(EventLog log, long[] cutoff, boolean[] isTest) {
		int[] test = indices(log.size(), r -> isTest[r]);
		int[] train = indices(log.size(), r -> !isTest[r] && log.timestamp(r) < cutoff[log.viewer(r)]);
		return new Split(train, test);
	}

	/** Each viewer's rows that pass {@code keep}, in row order. */
	private static int[][] rowsByViewer(EventLog log, IntPredicate keep) {
		int viewers = log.viewers().size();
		int[] counts = new int[viewers];
		for (int r = 0; r < log.size(); r++) {
			if (keep.test(r)) {
				counts[log.viewer(r)]++;
			}
		}
		int[][] out = new int[viewers][];
		for (int v = 0; v < viewers; v++) {
			out[v] = new int[counts[v]];
		}
		int[] fill = new int[viewers];
		for (int r = 0; r < log.size(); r++) {
			if (keep.test(r)) {
				out[log.viewer(r)][fill[log.viewer(r)]++] = r;
			}
		}
		return out;
	}

	/** Each viewer's relevant rows ordered by time, then by row. */
	private static int[][] relevantRowsByViewer(EventLog log, IntPredicate relevant) {
		int viewers = log.viewers().size();
		int[][] out = rowsByViewer(log, relevant);
		for (int v = 0; v < viewers; v++) {
			int[] rows = out[v];
			out[v] = Arrays.stream(rows).boxed()
					.sorted((a, b) -> a.equals(b) ? 0
							: log.timestamp(a) != log.timestamp(b)
									? Long.compare(log.timestamp(a), log.timestamp(b))
									: Integer.compare(a, b))
					.mapToInt(Integer::intValue).toArray();
		}
		return out;
	}

	/**
	 * Streams that start before the cut train, streams that start at or after it are tested. The cut is the start
	 * time at the ratio quantile of all streams' starts. Training holds only events strictly before the cut (events
	 * of a training stream still running at the cut are dropped), test the events of the test streams, so that the
	 * last training event precedes the first test event.
	 */
	static Split streamSession(EventLog log, Availability availability, double ratio) {
		int streams = availability.streams();
		if (streams < 2) {
			throw new IllegalArgumentException("protocol stream-session needs at least 2 streams, the data has "
					+ streams);
		}
		long[] starts = new long[streams];
		for (int s = 0; s < streams; s++) {
			starts[s] = availability.start(s);
		}
		long[] sorted = starts.clone();
		Arrays.sort(sorted);
		int at = Math.max(1, Math.min(streams - 1, (int) Math.round(ratio * streams)));
		long cut = sorted[at];
		if (sorted[0] >= cut) {
			throw new IllegalArgumentException("stream-session split at ratio " + ratio
					+ " leaves no training stream: too many streams share the first start time");
		}
		int[] train = indices(log.size(), r -> log.timestamp(r) < cut);
		int[] test = indices(log.size(), r -> log.stream(r) >= 0 && starts[log.stream(r)] >= cut);
		return new Split(train, test);
	}

	/** The indices in [0, n) that satisfy a predicate, ascending. */
	static int[] indices(int n, IntPredicate keep) {
		int[] out = new int[n];
		int m = 0;
		for (int i = 0; i < n; i++) {
			if (keep.test(i)) {
				out[m++] = i;
			}
		}
		return Arrays.copyOf(out, m);
	}
}
