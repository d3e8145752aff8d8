package io.streamwise.api.algorithm;

/**
 * One decision point: who is watching, in which stream and when, and which actions are available. A policy answers
 * with a probability for each of {@link #actions()}, in that order.
 *
 * @param viewer       the viewer's index (as in the event log the environment comes from), or -1 when unknown
 * @param features     the context features, as many as {@link PolicySchema#featureCount()}; NaN where missing
 * @param stream       the stream's index, or -1 when unknown
 * @param timeInStream seconds since the stream started (0 when unknown)
 * @param actions      the available action ids ({@link PolicySchema#actions()} positions), distinct, at least one
 * @since 0.3.0
 */
public record PolicyContext(int viewer, double[] features, int stream, double timeInStream, int[] actions) {

	public PolicyContext {
		if (features == null || actions == null || actions.length == 0) {
			throw new IllegalArgumentException("a context needs features and at least one available action");
		}
	}

	/** The position of action id {@code action} in {@link #actions()}, or -1 when it is not available. */
	public int indexOf(int action) {
		for (int i = 0; i < actions.length; i++) {
			if (actions[i] == action) {
				return i;
			}
		}
		return -1;
	}
}
