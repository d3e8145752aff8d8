package io.streamwise.core.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.data.Availability;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventType;
import io.streamwise.api.data.ItemCatalog;
import io.streamwise.api.progress.ParallelChunks;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.ExperimentResult.Value;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;

/**
 * Evaluation of recommenders in one fold: who is evaluated, on which relevant items, against which candidates, and
 * the metric values per unit and segment. Everything that does not depend on the algorithm (units, candidates,
 * sampled negatives, popularity) is computed once per fold, so that every algorithm is judged on the same ground.
 * Definitions: docs/metrics.md.
 */
final class RankingEvaluation {

	/** The relevance rule of an experiment: rows with an item and a relevant type. */
	static BitSet relevantTypes(ProtocolSpec protocol) {
		BitSet types = new BitSet();
		try {
			EventType.parseList(protocol.option(ProtocolOptions.RELEVANT, "purchase,rate"))
					.forEach(t -> types.set(t.code()));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("protocol option " + ProtocolOptions.RELEVANT + ": " + e.getMessage(),
					e);
		}
		return types;
	}

	static IntPredicate relevantRows(EventLog log, BitSet types) {
		return r -> log.item(r) >= 0 && types.get(log.typeCode(r));
	}

	/**
	 * What the candidates are, as written in results.json: {@code all}, {@code showcase} (stream-session with
	 * availability), either followed by {@code sampled:N} when negatives are sampled.
	 */
	static String candidatesLabel(ProtocolSpec protocol) {
		int sampled = sampledNegatives(protocol);
		String base = usesAvailability(protocol) ? "showcase" : "all";
		return sampled == 0 ? base : base.equals("all") ? "sampled:" + sampled : base + "+sampled:" + sampled;
	}

	static boolean usesAvailability(ProtocolSpec protocol) {
		return protocol.kind().protocol().showcaseCandidates(protocol);
	}

	static int sampledNegatives(ProtocolSpec protocol) {
		return wholeNumberOption(protocol, ProtocolOptions.SAMPLED_NEGATIVES, "");
	}

	/** The protocol option threads: a whole number, 0 (the default) for every available processor. */
	static int threads(ProtocolSpec protocol) {
		return wholeNumberOption(protocol, ProtocolOptions.THREADS, " (0: every available processor)");
	}

	/** A protocol option that is a whole number >= 0, 0 when absent. */
	private static int wholeNumberOption(ProtocolSpec protocol, String key, String meaningOfZero) {
		String v = protocol.option(key, "0").trim();
		try {
			int n = Integer.parseInt(v);
			if (n < 0) {
				throw new NumberFormatException();
			}
			return n;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(
					"protocol option " + key + ": '" + v + "' is not a whole number >= 0" + meaningOfZero);
		}
	}

	static boolean booleanOption(ProtocolSpec protocol, String key, boolean fallback) {
		String v = protocol.option(key, Boolean.toString(fallback)).trim().toLowerCase(Locale.ROOT);
		if (!v.equals("true") && !v.equals("false")) {
			throw new IllegalArgumentException("protocol option " + key + ": '" + v + "' is not true or false");
		}
		return Boolean.parseBoolean(v);
	}

	/**
	 * One evaluated unit: a viewer, or a viewer in one test stream (stream-session).
	 *
	 * @param candidates the restricted candidate set (showcase, sampled), or null for every non-excluded item
	 * @param paid       what the viewer paid in test per item (purchase values), for gmv
	 */
	private record Unit(String id, int viewer, int stream, BitSet exclude, BitSet relevant, BitSet coldRelevant,
			BitSet candidates, Map<Integer, Double> paid, boolean coldViewer) {
	}

	/** Test units per parallel task: fixed, so that the work is split the same way on any number of threads. */
	private static final int UNITS_PER_CHUNK = 16;

	private final List<Unit> units = new ArrayList<>();
	/** Threads scoring the units (protocol option threads; 0: every available processor). */
	private final int threads;
	private final int items;
	private final boolean sessions;
	private final Availability availability;
	private final boolean restrictToShowcase;
	private final int[] viewersPerItem;
	private final int trainViewers;
	private final List<Set<String>> features;
	private final ItemCatalog catalog;
	private int onlySeen;
	private final ExperimentResult.FoldCount counts;

	RankingEvaluation(ProtocolSpec protocol, Dataset dataset, Availability availability, EventLog train,
			EventLog test, long seed, int fold) {
		this(protocol, dataset, availability, train, null, test, seed, fold);
	}

	/**
	 * @param validation the fold's validation events, or null: like training items, items a viewer had relevant
	 *                   events with in validation are no candidates in test (RecBole masks them the same way)
	 */
	RankingEvaluation(ProtocolSpec protocol, Dataset dataset, Availability availability, EventLog train,
			EventLog validation, EventLog test, long seed, int fold) {
		BitSet types = relevantTypes(protocol);
		boolean excludeSeen = booleanOption(protocol, ProtocolOptions.EXCLUDE_SEEN, true);
		int sampled = sampledNegatives(protocol);
		this.threads = threads(protocol);
		this.items = dataset.log().items().size();
		this.catalog = dataset.catalog();
		this.sessions = protocol.kind().protocol().sessionUnits();
		this.availability = availability;
		this.restrictToShowcase = usesAvailability(protocol);
		if (sessions && availability == null) {
			throw new IllegalArgumentException("protocol stream-session needs the streams' showcases");
		}

		Map<Integer, BitSet> seen = new HashMap<>();
		BitSet warmViewers = new BitSet(), warmItems = new BitSet();
		viewersPerItem = new int[items];
		Set<Long> viewerItem = new HashSet<>();
		for (int r = 0; r < train.size(); r++) {
			int v = train.viewer(r), i = train.item(r);
			warmViewers.set(v);
			if (i >= 0) {
				warmItems.set(i);
				if (viewerItem.add((long) v * items + i)) {
					viewersPerItem[i]++;
				}
				if (excludeSeen && types.get(train.typeCode(r))) {
					seen.computeIfAbsent(v, x -> new BitSet()).set(i);
				}
			}
		}
		if (validation != null && excludeSeen) {
			for (int r = 0; r < validation.size(); r++) {
				int i = validation.item(r);
				if (i >= 0 && types.get(validation.typeCode(r))) {
					seen.computeIfAbsent(validation.viewer(r), x -> new BitSet()).set(i);
				}
			}
		}
		trainViewers = warmViewers.cardinality();
		features = new ArrayList<>(items);
		for (int i = 0; i < items; i++) {
			Set<String> f = new HashSet<>();
			if (!catalog.category(i).isEmpty()) {
				f.add("category:" + catalog.category(i));
			}
			catalog.tags(i).forEach(t -> f.add("tag:" + t));
			features.add(f);
		}

		// relevant items and amounts paid per unit, keyed by viewer (and stream) in a stable order
		Map<Long, BitSet> relevant = new LinkedHashMap<>();
		Map<Long, Map<Integer, Double>> paid = new HashMap<>();
		Set<Long> sessionsInTest = new HashSet<>();
		BitSet viewersInTest = new BitSet();
		for (int r = 0; r < test.size(); r++) {
			int s = sessions ? test.stream(r) : -1;
			if (sessions && s < 0) {
				continue;
			}
			long key = (long) test.viewer(r) * (Integer.MAX_VALUE + 1L) + (s + 1);
			if (sessions) {
				sessionsInTest.add(key);
			} else {
				viewersInTest.set(test.viewer(r));
			}
			int i = test.item(r);
			if (i < 0 || !types.get(test.typeCode(r))) {
				continue;
			}
			relevant.computeIfAbsent(key, x -> new BitSet()).set(i);
			if (test.type(r) == EventType.PURCHASE) {
				float value = test.value(r);
				double amount = Float.isNaN(value) ? catalog.price(i) : value;
				paid.computeIfAbsent(key, x -> new HashMap<>()).merge(i, amount, Double::sum);
			}
		}
		long[] keys = relevant.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
		BitSet[] showcase = new BitSet[sessions ? availability.streams() : 0];
		long negativesSeed = Seeds.derive(seed, "negatives-" + fold);
		for (long key : keys) {
			int v = (int) (key / (Integer.MAX_VALUE + 1L));
			int s = (int) (key % (Integer.MAX_VALUE + 1L)) - 1;
			BitSet exclude = seen.getOrDefault(v, new BitSet());
			BitSet allowed = null;
			if (restrictToShowcase) {
				if (showcase[s] == null) {
					showcase[s] = new BitSet(items);
					for (int i : availability.items(s)) {
						showcase[s].set(i);
					}
				}
				allowed = (BitSet) showcase[s].clone();
				allowed.andNot(exclude);
			}
			BitSet rel = (BitSet) relevant.get(key).clone();
			rel.andNot(exclude);
			if (allowed != null) {
				rel.and(allowed); // an item that was not on sale cannot be recommended in this stream
			}
			if (rel.isEmpty()) {
				onlySeen++;
				continue; // everything this viewer bought in test was bought in training already
			}
			String id = test.viewers().id(v) + (s >= 0 ? "@" + test.streams().id(s) : "");
			if (sampled > 0) {
				// from stable indices only: a pseudonymised id differs with the key of each output folder
				allowed = sample(rel, allowed, exclude, sampled, Seeds.derive(Seeds.derive(negativesSeed, v), s + 1));
			}
			BitSet cold = (BitSet) rel.clone();
			cold.andNot(warmItems);
			units.add(new Unit(id, v, s, exclude, rel, cold, allowed, paid.getOrDefault(key, Map.of()),
					!warmViewers.get(v)));
		}
		int inTest = sessions ? sessionsInTest.size() : viewersInTest.cardinality();
		counts = new ExperimentResult.FoldCount(fold, unitName(), inTest, units.size(), inTest - keys.length, onlySeen);
	}

	/** Who this fold evaluates and who it drops, and why. */
	ExperimentResult.FoldCount counts() {
		return counts;
	}

	/** The relevant items plus up to n non-relevant candidates drawn uniformly without replacement. */
	private BitSet sample(BitSet relevant, BitSet allowed, BitSet exclude, int n, long seed) {
		int[] pool = java.util.stream.IntStream.range(0, items)
				.filter(i -> !relevant.get(i) && !exclude.get(i) && (allowed == null || allowed.get(i))).toArray();
		SplittableRandom random = new SplittableRandom(seed);
		int take = Math.min(n, pool.length);
		for (int i = 0; i < take; i++) { // partial Fisher-Yates
			int j = i + random.nextInt(pool.length - i);
			int t = pool[i];
			pool[i] = pool[j];
			pool[j] = t;
		}
		BitSet out = (BitSet) relevant.clone();
		for (int i = 0; i < take; i++) {
			out.set(pool[i]);
		}
		return out;
	}

	int units() {
		return units.size();
	}

	/** Values of every ranking metric in every non-empty segment for one fitted recommender. */
	List<Value> evaluate(String label, int fold, Recommender rec, List<Metric> metrics, ProgressMonitor monitor) {
		List<Metric> ranking = metrics.stream()
				.filter(m -> m.kind() == io.streamwise.api.algorithm.AlgorithmKind.RECOMMENDER)
				.toList();
		int maxK = ranking.stream().mapToInt(Metric::k).max().orElse(0);
		boolean needsScores = ranking.stream().anyMatch(m -> m.name().equals(Metric.RANK_AUC));
		int u = units.size();
		double[][] all = new double[ranking.size()][u], cold = new double[ranking.size()][u];
		int[][] listOf = new int[u][];
		Recommender checked = new FiniteScores(rec);
		// units in fixed chunks, each written only by the thread that evaluates it: the same values on any number of
		// threads; a recommender that keeps per-call state is asked from this thread alone. Chunks are short (16
		// units), so this thread takes chunks too instead of waking for each one another thread finishes
		int chunks = (u + UNITS_PER_CHUNK - 1) / UNITS_PER_CHUNK;
		// scratch rows per thread, not per chunk: recommend and score overwrite them for every unit, and a loop that
		// allocates little is seldom the one a young collection (a serial pause) lands in
		ThreadLocal<float[][]> scratchOf = ThreadLocal
				.withInitial(() -> new float[][] { new float[items], needsScores ? new float[items] : null });
		try (ParallelChunks parallel = new ParallelChunks(rec.concurrentScoring() ? threads : 1, "evaluation",
				true)) {
			parallel.forEach(chunks, chunk -> {
				float[][] rows = scratchOf.get();
				float[] scratch = rows[0], scores = rows[1];
				for (int n = chunk * UNITS_PER_CHUNK, end = Math.min(u, n + UNITS_PER_CHUNK); n < end; n++) {
					Unit unit = units.get(n);
					IntPredicate candidate = unit.candidates() != null ? unit.candidates()::get
							: i -> !unit.exclude().get(i);
					Recommender view = restrictToShowcase
							? new AvailabilityAwareRecommender(checked, availability, unit.stream())
							: checked;
					int[] list = maxK == 0 ? new int[0] : view.recommend(unit.viewer(), maxK, candidate, scratch);
					checkList(list, maxK, candidate);
					listOf[n] = list;
					int[] candidates = null;
					if (needsScores) {
						checked.score(unit.viewer(), scores);
						candidates = java.util.stream.IntStream.range(0, items).filter(candidate).toArray();
					}
					for (int m = 0; m < ranking.size(); m++) {
						if (ranking.get(m).aggregate()) {
							continue; // computed over all lists below
						}
						all[m][n] = value(ranking.get(m), unit, list, unit.relevant(), scores, candidates);
						cold[m][n] = unit.coldRelevant().isEmpty() || !relevanceOnly(ranking.get(m)) ? Double.NaN
								: value(ranking.get(m), unit, list, unit.coldRelevant(), scores, candidates);
					}
				}
			}, monitor);
		}
		List<int[]> lists = Arrays.asList(listOf);
		List<Value> out = new ArrayList<>();
		for (int m = 0; m < ranking.size(); m++) {
			Metric metric = ranking.get(m);
			if (metric.aggregate()) {
				double v = metric.name().equals("coverage") ? RankingMetrics.coverage(lists, metric.k(), items)
						: RankingMetrics.gini(lists, metric.k(), items);
				out.add(new Value(label, fold, metric.toString(), ExperimentResult.ALL, v, u, new String[0],
						new double[0], Double.NaN));
				continue;
			}
			segment(out, label, fold, metric, ExperimentResult.ALL, all[m], n -> true);
			segment(out, label, fold, metric, ExperimentResult.WARM, all[m], n -> !units.get(n).coldViewer());
			segment(out, label, fold, metric, ExperimentResult.COLD_VIEWERS, all[m], n -> units.get(n).coldViewer());
			segment(out, label, fold, metric, ExperimentResult.COLD_ITEMS, cold[m], n -> true);
		}
		return out;
	}

	/**
	 * One evaluated unit's top-k list from a fitted recommender, with the candidates and ranking
	 * {@link #evaluate} uses, and its relevant test items: the drill-down shows what a run computed for one viewer.
	 *
	 * @return the list and the relevant items, or null when the fold does not evaluate this unit
	 */
	int[][] explain(String unitId, Recommender rec, int k) {
		for (Unit unit : units) {
			if (unit.id().equals(unitId)) {
				IntPredicate candidate = unit.candidates() != null ? unit.candidates()::get
						: i -> !unit.exclude().get(i);
				Recommender checked = new FiniteScores(rec);
				Recommender view = restrictToShowcase
						? new AvailabilityAwareRecommender(checked, availability, unit.stream())
						: checked;
				int[] list = view.recommend(unit.viewer(), k, candidate, new float[items]);
				checkList(list, k, candidate);
				return new int[][] { list, unit.relevant().stream().toArray() };
			}
		}
		return null;
	}

	/** Metrics that judge relevance alone, and so can be restricted to the cold relevant items. */
	private static final Set<String> RELEVANCE_ONLY = Set.of("precision", "recall", "ndcg", "map", "mrr", "hit");

	private static boolean relevanceOnly(Metric m) {
		return RELEVANCE_ONLY.contains(m.name());
	}

	private double value(Metric metric, Unit unit, int[] list, BitSet rel, float[] scores, int[] candidates) {
		int k = metric.k();
		return switch (metric.name()) {
		case Metric.RANK_AUC -> RankingMetrics.rankAuc(scores, candidates, rel::get);
		case "novelty" -> RankingMetrics.novelty(list, k, viewersPerItem, trainViewers);
		case "avgpop" -> RankingMetrics.averagePopularity(list, k, viewersPerItem);
		case "ild" -> RankingMetrics.intraListDiversity(list, k, features);
		case "revenue" -> RankingMetrics.amountOfHits(list, k, rel::get, catalog::price);
		case "gmv" -> RankingMetrics.amountOfHits(list, k, rel::get, i -> unit.paid().getOrDefault(i, 0.0));
		default -> RankingMetrics.value(metric.name(), list, k, rel::get, rel.cardinality());
		};
	}

	/** Adds one segment's value; units whose value is NaN (no negatives for rankauc, say) are left out. */
	private void segment(List<Value> out, String label, int fold, Metric metric, String segment, double[] values,
			IntPredicate member) {
		List<String> ids = new ArrayList<>();
		double[] kept = new double[values.length];
		int n = 0;
		for (int i = 0; i < values.length; i++) {
			if (member.test(i) && !Double.isNaN(values[i])) {
				ids.add(units.get(i).id());
				kept[n++] = values[i];
			}
		}
		if (n == 0) {
			return;
		}
		double[] v = Arrays.copyOf(kept, n);
		out.add(new Value(label, fold, metric.toString(), segment, ExperimentRunner.mean(v), n,
				ids.toArray(String[]::new), v, Double.NaN));
	}

	/** Unit kind for confidence-interval reports. */
	String unitName() {
		return sessions ? "sessions" : "viewers";
	}

	/** What a protocol's ranking units are, without building a fold. */
	static String unitName(ProtocolSpec protocol) {
		return protocol.kind().protocol().sessionUnits() ? "sessions" : "viewers";
	}

	/**
	 * A recommender whose scores are checked before anything ranks them: a NaN would silently sort last and an
	 * infinity first, so either fails the cell instead. A recommender that overrides {@code recommend} keeps its own
	 * ranking, and is judged on its lists alone (see {@link #checkList}).
	 */
	private static final class FiniteScores implements Recommender {
		private final Recommender delegate;
		private final boolean ownRanking;

		FiniteScores(Recommender delegate) {
			this.delegate = delegate;
			boolean own;
			try {
				own = delegate.getClass().getMethod("recommend", int.class, int.class, IntPredicate.class,
						float[].class).getDeclaringClass() != Recommender.class;
			} catch (NoSuchMethodException e) {
				own = false;
			}
			this.ownRanking = own;
		}

		@Override
		public void fit(Dataset train, io.streamwise.api.algorithm.TaskContext context) {
			throw new IllegalStateException("evaluation never fits");
		}

		@Override
		public void score(int viewer, float[] scores) {
			delegate.score(viewer, scores);
			for (int i = 0; i < scores.length; i++) {
				if (!Float.isFinite(scores[i])) {
					throw new IllegalStateException("scored item " + i + " as " + scores[i] + " for viewer " + viewer
							+ "; scores must be finite");
				}
			}
		}

		@Override
		public int[] recommend(int viewer, int k, IntPredicate candidate, float[] scratch) {
			return ownRanking ? delegate.recommend(viewer, k, candidate, scratch)
					: Recommender.super.recommend(viewer, k, candidate, scratch);
		}
	}

	/** Lists up to this long are checked for repeated items pairwise. */
	private static final int SHORT_LIST = 32;

	private void checkList(int[] list, int k, IntPredicate candidate) {
		if (list.length > k) {
			throw new IllegalStateException("returned " + list.length + " items when " + k + " were asked for");
		}
		// short lists (every top-k the metrics ask for) are checked for repeats pairwise: no set per unit
		BitSet inList = list.length > SHORT_LIST ? new BitSet() : null;
		for (int n = 0; n < list.length; n++) {
			int i = list[n];
			if (i < 0 || i >= items) {
				throw new IllegalStateException("returned unknown item index " + i);
			}
			if (!candidate.test(i)) {
				throw new IllegalStateException("returned item " + i + ", which is not a candidate (seen in training,"
						+ " not on sale or not sampled)");
			}
			boolean repeated = false;
			if (inList != null) {
				repeated = inList.get(i);
				inList.set(i);
			} else {
				for (int m = 0; m < n && !repeated; m++) {
					repeated = list[m] == i;
				}
			}
			if (repeated) {
				throw new IllegalStateException("returned item " + i + " twice");
			}
		}
	}
}
