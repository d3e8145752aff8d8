package io.streamwise.core.simulator;

/**
 * An offer on a showcased product.
 *
 * @param kind            discount, flash sale or bundle
 * @param discountPercent price cut in percent (0 for a bundle)
 * @param from            epoch second from which the offer applies
 * @param until           epoch second until which the offer applies (inclusive)
 * @param gift            for a bundle, the id of the product given away with a purchase; empty otherwise
 */
public record Offer(OfferKind kind, int discountPercent, long from, long until, String gift) {

	/** The price after this offer, rounded to cents. */
	public float apply(float price) {
		return SimulatedMarket.cents(price * (100 - discountPercent) / 100.0);
	}

	/** Whether the offer applies at a moment. */
	public boolean appliesAt(long epochSecond) {
		return epochSecond >= from && epochSecond <= until;
	}
}
