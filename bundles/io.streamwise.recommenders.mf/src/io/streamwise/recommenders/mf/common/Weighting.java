package io.streamwise.recommenders.mf.common;

/** How the events of one viewer on one item become a single matrix entry r(u, i) &gt; 0. */
public enum Weighting {
	/** r = 1 for any number of events: "did interact". */
	BINARY,
	/** r = the number of counted events. */
	COUNT,
	/** r = ln(1 + number of events): repeated clicks count, but with diminishing weight. */
	LOG_COUNT;

	public float value(int events) {
		return switch (this) {
			case BINARY -> 1f;
			case COUNT -> events;
			case LOG_COUNT -> (float) Math.log1p(events);
		};
	}
}
