package io.streamwise.core.simulator;

/**
 * A product on sale in a stream during a time window.
 *
 * @param product the product id
 * @param from    epoch second at which the product goes on sale
 * @param until   epoch second after which it is no longer on sale (inclusive)
 * @param offer   the offer it carries, or null when it has none
 */
public record Showcase(String product, long from, long until, Offer offer) {

	public boolean hasOffer() {
		return offer != null;
	}

	/** Whether the product is on sale at a moment. */
	public boolean onSaleAt(long epochSecond) {
		return epochSecond >= from && epochSecond <= until;
	}
}
