// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.bandits.env;

import java.util.Locale;

/**
 * What a decision earns when the viewer buys the pinned product: one purchase, the revenue (the price paid: the list
 * price, or the offer's price after its discount), or the margin (the price paid less the unit cost, taken as
 * {@code unitCostShare} of the list price, and less the unit cost of a bundle's gift). With the purchase as the
 * reward an offer always wins (it only raises the purchase probability); with revenue or margin a discount has to
 * sell enough more to pay for itself, so the offer becomes a real choice.
 *
 * @param kind          purchase, revenue or margin
 * @param unitCostShare the unit cost as a share of the list price, in [0, 1) (margin only; 0 otherwise)
 */
public record Reward(Kind kind, double unitCostShare) {

	/** The kinds of reward. */
	public enum Kind {
		PURCHASE, REVENUE, MARGIN
	}

	/** One per purchase: the reward of the versions before the choice existed. */
	public static final Reward PURCHASE = new Reward(Kind.PURCHASE, 0);

	/** The unit cost share a margin reward takes when none is given. */
	public static final double DEFAULT_UNIT_COST_SHARE = 0.5;

	public Reward {
		if (!(unitCostShare >= 0 && unitCostShare < 1)) {
			throw new IllegalArgumentException("the unit cost share must be in [0, 1), got " + unitCostShare);
		}
		if (kind != Kind.MARGIN && unitCostShare != 0) {
			throw new IllegalArgumentException("only a margin reward has a unit cost");
		}
	}

	/**
	 * The reward named as the command line writes it: {@code purchase}, {@code revenue}, {@code margin} (unit cost
	 * {@value #DEFAULT_UNIT_COST_SHARE} of the list price) or {@code margin:S} (unit cost S of the list price).
	 *
	 * @throws IllegalArgumentException saying what is expected
	 */
	public static Reward parse(String text) {
		String t = text.trim().toLowerCase(Locale.ROOT);
		if (t.equals("purchase")) {
			return PURCHASE;
		}
		if (t.equals("revenue")) {
			return new Reward(Kind.REVENUE, 0);
		}
		if (t.equals("margin")) {
			return new Reward(Kind.MARGIN, DEFAULT_UNIT_COST_SHARE);
		}
		if (t.startsWith("margin:")) {
			double share;
			try {
				share = Double.parseDouble(t.substring("margin:".length()));
			} catch (NumberFormatException e) {
				share = Double.NaN;
			}
			if (share >= 0 && share < 1) {
				return new Reward(Kind.MARGIN, share);
			}
		}
		throw new IllegalArgumentException("the reward must be purchase, revenue, margin or margin:S with a unit"
				+ " cost share S in [0, 1), got '" + text + "'");
	}

	/** The name {@link #parse} reads back. */
	public String id() {
		return switch (kind) {
		case PURCHASE -> "purchase";
		case REVENUE -> "revenue";
		case MARGIN -> "margin:" + unitCostShare;
		};
	}

	/**
	 * What one purchase earns.
	 *
	 * @param listPrice     the product's list price
	 * @param paid          the price paid (the offer's, when offered)
	 * @param giftListPrice the list price of a bundle's gift given with the purchase, 0 when none
	 */
	public double value(double listPrice, double paid, double giftListPrice) {
		return switch (kind) {
		case PURCHASE -> 1;
		case REVENUE -> paid;
		case MARGIN -> paid - unitCostShare * (listPrice + giftListPrice);
		};
	}
}
