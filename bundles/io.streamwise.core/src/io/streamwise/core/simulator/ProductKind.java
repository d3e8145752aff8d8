package io.streamwise.core.simulator;

/**
 * The kinds of product sold in simulated streams: four knowledge assets and physical goods. Each kind has a share of
 * the catalogue and a log-normal price (median and log-scale spread); courses and consultations cost more than
 * e-books and memberships.
 */
public enum ProductKind {
	COURSE("course", 0.25, 199, 0.5, true),
	CONSULTATION("consultation", 0.10, 120, 0.4, false),
	MEMBERSHIP("membership", 0.10, 29, 0.3, false),
	EBOOK("e-book", 0.25, 12, 0.35, true),
	GOODS("goods", 0.30, 35, 0.6, false);

	private final String label;
	private final double share;
	private final double medianPrice;
	private final double priceSpread;
	private final boolean ownedOnce;

	ProductKind(String label, double share, double medianPrice, double priceSpread, boolean ownedOnce) {
		this.label = label;
		this.share = share;
		this.medianPrice = medianPrice;
		this.priceSpread = priceSpread;
		this.ownedOnce = ownedOnce;
	}

	/** The name written to files and catalogues ("e-book"). */
	public String label() {
		return label;
	}

	/** Expected share of the catalogue. */
	public double share() {
		return share;
	}

	/** Median list price, in the settings' currency. */
	public double medianPrice() {
		return medianPrice;
	}

	/** Standard deviation of the log price. */
	public double priceSpread() {
		return priceSpread;
	}

	/** Whether a viewer who owns one is never offered it again (a course or e-book is bought once). */
	public boolean ownedOnce() {
		return ownedOnce;
	}

	/** Knowledge assets are delivered digitally; goods are shipped. */
	public boolean digital() {
		return this != GOODS;
	}

	/** The kind with a given label, or null. */
	public static ProductKind ofLabel(String label) {
		for (ProductKind k : values()) {
			if (k.label.equals(label)) {
				return k;
			}
		}
		return null;
	}
}
