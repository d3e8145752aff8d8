package io.streamwise.core.simulator;

/**
 * Ground truth of one exposure: a viewer was present in a stream while a product was on sale, and decided whether to
 * buy it with a known probability.
 *
 * @param viewer      the viewer id
 * @param stream      the stream id
 * @param product     the product id
 * @param time        epoch second of the decision (the first moment the viewer saw the product, or its offer)
 * @param price       the price the viewer faced, after any offer
 * @param offered     whether an offer applied
 * @param probability the true purchase probability of the model
 * @param purchased   the outcome drawn with that probability
 */
public record Exposure(String viewer, String stream, String product, long time, float price, boolean offered,
		double probability, boolean purchased) {
}
