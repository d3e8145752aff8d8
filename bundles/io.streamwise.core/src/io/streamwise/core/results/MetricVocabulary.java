package io.streamwise.core.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every metric name Streamwise writes into a results file, with the direction in which it is better and a name for
 * people. Experiments write ranking metrics with a list length ({@code ndcg@10}); conversion and stream-learning
 * metrics and the counts beside them are written bare ({@code logloss}). Readers look every name up here: an unknown
 * name is an error, never a guess at its direction. Definitions: docs/metrics.md and docs/stream-learning.md.
 */
public enum MetricVocabulary {

	// ranking: one value per evaluated viewer (or session), written with @K
	PRECISION_AT_K("precision", true, Direction.HIGHER, "Precision"),
	RECALL_AT_K("recall", true, Direction.HIGHER, "Recall"),
	NDCG("ndcg", true, Direction.HIGHER, "nDCG"),
	MAP("map", true, Direction.HIGHER, "MAP"),
	MRR("mrr", true, Direction.HIGHER, "MRR"),
	HIT("hit", true, Direction.HIGHER, "Hit rate", "hitrate"),
	NOVELTY("novelty", true, Direction.HIGHER, "Novelty"),
	AVGPOP("avgpop", true, Direction.LOWER, "Average popularity"),
	ILD("ild", true, Direction.HIGHER, "Intra-list diversity"),
	REVENUE("revenue", true, Direction.HIGHER, "Revenue"),
	GMV("gmv", true, Direction.HIGHER, "GMV"),
	// ranking: one value per fold, written with @K
	COVERAGE("coverage", true, Direction.HIGHER, "Catalogue coverage"),
	GINI("gini", true, Direction.LOWER, "Gini index"),
	// ranking over all candidates, so without a list length
	RANK_AUC("rankauc", false, Direction.HIGHER, "Ranking AUC"),
	// conversion models (experiments) and stream learners (prequential)
	AUC("auc", false, Direction.HIGHER, "AUC"),
	/** Written {@code log_loss} by {@code streamwise prequential} before results format version 2. */
	LOGLOSS("logloss", false, Direction.LOWER, "Log loss", "log_loss"),
	BRIER("brier", false, Direction.LOWER, "Brier score"),
	ACCURACY("accuracy", false, Direction.HIGHER, "Accuracy"),
	// stream learners only
	KAPPA("kappa", false, Direction.HIGHER, "Kappa"),
	KAPPA_TEMPORAL("kappa_temporal", false, Direction.HIGHER, "Kappa temporal"),
	KAPPA_M("kappa_m", false, Direction.HIGHER, "Kappa M"),
	PRECISION("precision", false, Direction.HIGHER, "Precision (positive class)"),
	RECALL("recall", false, Direction.HIGHER, "Recall (positive class)"),
	F1("f1", false, Direction.HIGHER, "F1 (positive class)"),
	INSTANCES_PER_SECOND("instances_per_second", false, Direction.HIGHER, "Instances per second"),
	// counts written beside the stream metrics: facts about the run, not a quality
	INSTANCES("instances", false, Direction.NONE, "Instances evaluated"),
	DRIFTS("drifts", false, Direction.NONE, "Drifts detected"),
	// bandit policies (streamwise policy): online on the simulator, and off-policy estimates and their accuracy
	REWARD("reward", false, Direction.HIGHER, "Cumulative reward"),
	REGRET("regret", false, Direction.LOWER, "Cumulative regret"),
	POLICY_VALUE("policy_value", false, Direction.HIGHER, "Policy value"),
	/** An estimator's mean error (estimate − truth): its sign matters, so no value is simply better. */
	BIAS("bias", false, Direction.NONE, "Bias"),
	RMSE("rmse", false, Direction.LOWER, "RMSE"),
	/** The share of intervals holding the truth: best near the nominal 95 %, not at 1. */
	INTERVAL_COVERAGE("interval_coverage", false, Direction.NONE, "Interval coverage");

	/** Which way a metric is better. */
	public enum Direction {
		HIGHER, LOWER,
		/** A count, such as the instances evaluated: no value is better than another, none is marked best. */
		NONE;

		/** Whether {@code candidate} is strictly better than {@code incumbent}; never for {@link #NONE}. */
		public boolean better(double candidate, double incumbent) {
			return switch (this) {
			case HIGHER -> candidate > incumbent;
			case LOWER -> candidate < incumbent;
			case NONE -> false;
			};
		}
	}

	private final String id;
	private final boolean cutoff;
	private final Direction direction;
	private final String displayName;
	private final List<String> formerIds;

	MetricVocabulary(String id, boolean cutoff, Direction direction, String displayName, String... formerIds) {
		this.id = id;
		this.cutoff = cutoff;
		this.direction = direction;
		this.displayName = displayName;
		this.formerIds = List.of(formerIds);
	}

	/** The name as written, without the list length. */
	public String id() {
		return id;
	}

	/** Whether it is written with a list length, {@code id@K}. */
	public boolean takesCutoff() {
		return cutoff;
	}

	public Direction direction() {
		return direction;
	}

	/**
	 * The smallest value the metric can take: 0 for shares, rates, losses and amounts; none (negative infinity) for the
	 * kappa statistics, which are negative when a learner does worse than chance. Charts cut intervals here.
	 */
	public double lowerBound() {
		return switch (this) {
		case KAPPA, KAPPA_TEMPORAL, KAPPA_M, BIAS -> Double.NEGATIVE_INFINITY;
		default -> 0;
		};
	}

	/**
	 * The largest value the metric can take: 1 for shares and probabilities (precision, recall, nDCG, AUC, accuracy,
	 * Brier score, kappa...); none (positive infinity) for log loss, amounts, novelty, popularity and counts.
	 */
	public double upperBound() {
		return switch (this) {
		case NOVELTY, AVGPOP, REVENUE, GMV, LOGLOSS, INSTANCES_PER_SECOND, INSTANCES, DRIFTS, REWARD, REGRET,
				POLICY_VALUE, BIAS, RMSE ->
			Double.POSITIVE_INFINITY;
		default -> 1;
		};
	}

	/** A name for people, such as "Log loss"; with the list length of a written name: {@link #displayName(String)}. */
	public String displayName() {
		return displayName;
	}

	/** Spellings that older files use and readers still accept. */
	public List<String> formerIds() {
		return formerIds;
	}

	/**
	 * The entry of a written name ({@code ndcg@10}, {@code logloss}, or a former spelling such as {@code log_loss}).
	 *
	 * @throws IllegalArgumentException naming the metric when it is not in the vocabulary
	 */
	public static MetricVocabulary of(String written) {
		String t = written.trim().toLowerCase(Locale.ROOT);
		int at = t.indexOf('@');
		String name = at < 0 ? t : t.substring(0, at);
		boolean withCutoff = at >= 0;
		if (withCutoff && !isListLength(t.substring(at + 1))) {
			throw new IllegalArgumentException("unknown metric '" + written + "': the list length after @ must be a"
					+ " positive whole number");
		}
		for (MetricVocabulary m : values()) {
			if (m.cutoff == withCutoff && (m.id.equals(name) || m.formerIds.contains(name))) {
				return m;
			}
		}
		throw new IllegalArgumentException("unknown metric '" + written + "'; known: " + known());
	}

	/**
	 * The current spelling of a written name: {@code log_loss} becomes {@code logloss}, {@code hitrate@5}
	 * {@code hit@5}.
	 */
	public static String canonical(String written) {
		MetricVocabulary m = of(written);
		String t = written.trim();
		int at = t.indexOf('@');
		return at < 0 ? m.id : m.id + "@" + Integer.parseInt(t.substring(at + 1));
	}

	/** "nDCG@10", "Log loss". */
	public static String displayName(String written) {
		MetricVocabulary m = of(written);
		int at = written.indexOf('@');
		return at < 0 ? m.displayName : m.displayName + written.trim().substring(written.trim().indexOf('@'));
	}

	/** The direction of a written name; unknown names are an error, as in {@link #of(String)}. */
	public static Direction directionOf(String written) {
		return of(written).direction;
	}

	private static boolean isListLength(String k) {
		try {
			return Integer.parseInt(k) >= 1;
		} catch (NumberFormatException e) {
			return false;
		}
	}

	private static String known() {
		List<String> names = new ArrayList<>();
		for (MetricVocabulary m : values()) {
			names.add(m.cutoff ? m.id + "@K" : m.id);
		}
		return String.join(", ", names);
	}
}
