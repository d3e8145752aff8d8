package io.streamwise.core.experiment;

/**
 * The names of protocol options, one constant each, as experiment files and {@code --protocol-option} spell them.
 * docs/metrics.md defines what each does.
 */
public final class ProtocolOptions {

	/** Comma-separated event types that make an item relevant to a test unit (default purchase, rate). */
	public static final String RELEVANT = "relevant";
	/** Whether items a viewer had relevant events with in training are excluded from the candidates (default true). */
	public static final String EXCLUDE_SEEN = "excludeSeen";
	/** Rank the relevant items among this many sampled non-relevant ones per unit (0, the default: all items). */
	public static final String SAMPLED_NEGATIVES = "sampledNegatives";
	/** Of stream-session: only items showcased in the unit's stream are candidates (default true). */
	public static final String AVAILABILITY = "availability";
	/** Seconds one cell (an algorithm's fit and evaluation in one fold) may take (default 600). */
	public static final String CELL_TIME_LIMIT_SECONDS = "cellTimeLimitSeconds";
	/** Of conversion models: minutes after a session's first event at which it is predicted (docs/features.md). */
	public static final String OBSERVATION_MINUTES = "observationMinutes";
	/** Where cells run, {@code process} or {@code inprocess} (see {@link CellIsolation}). */
	public static final String ISOLATION = "isolation";
	/**
	 * Of random: the share of the training part set aside as validation; of random-per-viewer: the share of each
	 * viewer's events that goes to validation (default 0).
	 */
	public static final String VALIDATION = "validation";
	/**
	 * Threads scoring test units in the evaluation (default 0: every available processor); never changes results.
	 * Algorithms have their own {@code threads} setting.
	 */
	public static final String THREADS = "threads";
	/** Of leave-last-out: how many of each viewer's last relevant events are held out (default 1). */
	public static final String N = "n";

	private ProtocolOptions() {
	}
}
