package io.streamwise.core.simulator;

import java.util.Locale;

/** The kinds of offer a showcased product may carry. */
public enum OfferKind {
	/** A price cut for the whole showcase window. */
	DISCOUNT,
	/** A deeper price cut for a few minutes inside the window. */
	FLASH_SALE,
	/** A free gift (another showcased product) with a purchase; the price stays. */
	BUNDLE;

	/** The name written to files ("flash_sale"). */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}
}
