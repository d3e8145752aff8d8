package io.streamwise.api.feedback;

/**
 * How the counted events of one viewer on one item become the single matrix entry r(viewer, item) &gt; 0, each event
 * weighing what {@link EventWeights} gives its type. Without weights (every type weighing 1) the three are the usual
 * binary, count and log-count feedback.
 */
public enum Weighting {
	/** r = the largest weight among the events: 1 without weights, so repeated clicks do not outweigh one purchase. */
	BINARY,
	/** r = the sum of the events' weights: the number of events without weights. */
	COUNT,
	/** r = ln(1 + the sum of the events' weights): repeated events count, with diminishing weight. */
	LOG_COUNT;
}
