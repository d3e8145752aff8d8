package io.streamwise.core.simulator;

import java.util.List;

/**
 * A scheduled live stream.
 *
 * @param id        stream id ("s0007")
 * @param host      the host's id
 * @param title     a readable title
 * @param start     epoch second at which it starts
 * @param end       epoch second at which it ends
 * @param showcases the products on sale, in the order they are presented
 */
public record LiveStream(String id, String host, String title, long start, long end, List<Showcase> showcases) {

	public LiveStream {
		showcases = List.copyOf(showcases);
	}

	/** The showcases that carry an offer. */
	public List<Showcase> offers() {
		return showcases.stream().filter(Showcase::hasOffer).toList();
	}

	/** The showcase of a product, or null when the stream does not sell it. */
	public Showcase showcaseOf(String product) {
		for (Showcase s : showcases) {
			if (s.product().equals(product)) {
				return s;
			}
		}
		return null;
	}
}
