package io.streamwise.core.simulator;

/**
 * The fixed numbers of the simulation model, each named and tied to the section of docs/simulator.md ("The model")
 * that explains it. The tunable ones are settings ({@link SimulatorSettings}); these are not, because changing one
 * changes what version {@link Simulator#VERSION} of the model means (and the pinned output of the tests).
 */
final class Coefficients {

	private Coefficients() {
	}

	/** docs/simulator.md §Hosts: audience pull π_h = exp(0.5·Z), the standard deviation of its logarithm. */
	static final double HOST_PULL_LOG_SD = 0.5;

	/** docs/simulator.md §Products: list prices are clamped to [0.99, 20000]. */
	static final double MIN_PRICE = 0.99, MAX_PRICE = 20_000;
	/** docs/simulator.md §Products: prices of 10 or more use charm pricing (a whole amount minus 0.01). */
	static final double CHARM_PRICING_FROM = 10, CHARM_PRICING_CENTS = 0.01;
	/** docs/simulator.md §Products: the creator is a host specialised in the category with this probability. */
	static final double SPECIALIST_CREATOR_PROBABILITY = 0.7;
	/** docs/simulator.md §Products: the chance of a {@code gift-idea} tag (kinds without a level). */
	static final double GIFT_IDEA_TAG_PROBABILITY = 0.2;
	/** docs/simulator.md §Products: the chance of a {@code bestseller} tag. */
	static final double BESTSELLER_TAG_PROBABILITY = 0.1;

	/** docs/simulator.md §Viewers: age bands 18-24 … 55+ are drawn with these weights. */
	static final double[] AGE_WEIGHTS = { 0.22, 0.33, 0.22, 0.13, 0.10 };
	/** docs/simulator.md §Viewers: the age factor of price sensitivity; younger viewers are more price sensitive. */
	static final double[] AGE_SENSITIVITY = { 1.3, 1.0, 0.9, 0.85, 0.9 };
	/** docs/simulator.md §Viewers: regions north … overseas are drawn with these weights. */
	static final double[] REGION_WEIGHTS = { 0.2, 0.2, 0.2, 0.2, 0.15, 0.05 };
	/** docs/simulator.md §Viewers: the occupation's category gets a + 2a in the start interests' Dirichlet. */
	static final double OCCUPATION_INTEREST_BOOST = 2;
	/** docs/simulator.md §Viewers: price sensitivity s̄ · age factor · G₄/4, the Gamma shape 4. */
	static final double SENSITIVITY_GAMMA_SHAPE = 4;
	/** docs/simulator.md §Viewers: activity G₂/2, the Gamma shape 2 (mean 1). */
	static final double ACTIVITY_GAMMA_SHAPE = 2;

	/** docs/simulator.md §Streams and showcases: streams start at five-minute marks from 08:00 UTC … */
	static final int FIRST_START_MINUTE = 8 * 60, START_STEP_MINUTES = 5;
	/** docs/simulator.md §Streams and showcases: … to 22:55 UTC, 15 hours of twelve marks. */
	static final int START_MARKS = 15 * 12;
	/** docs/simulator.md §Streams and showcases: streams last 45 to 150 minutes in five-minute steps (22 lengths). */
	static final int MIN_DURATION_MINUTES = 45, DURATION_STEP_MINUTES = 5, DURATION_STEPS = 22;
	/** docs/simulator.md §Streams and showcases: showcase weight of a product in the host's specialty (else 1). */
	static final int SPECIALTY_WEIGHT = 6;
	/** docs/simulator.md §Streams and showcases: showcase weight factor of the host's own products. */
	static final int OWN_PRODUCT_WEIGHT = 2;
	/** docs/simulator.md §Streams and showcases: a product stays D/n·(1 + 2U) on sale. */
	static final int SHOWCASE_STAY_SPREAD = 2;
	/** docs/simulator.md §Streams and showcases: the share of offers that are bundles … */
	static final double BUNDLE_SHARE = 0.25;
	/** docs/simulator.md §Streams and showcases: … and that are bundles or flash sales (the rest are discounts). */
	static final double BUNDLE_OR_FLASH_SHARE = 0.5;
	/** docs/simulator.md §Streams and showcases: flash sales last 5 to 15 minutes, in whole minutes (11 lengths). */
	static final int MIN_FLASH_SECONDS = 300, FLASH_STEP_SECONDS = 60, FLASH_STEPS = 11;
	/** docs/simulator.md §Streams and showcases: percentages off of a flash sale. */
	static final int[] FLASH_SALE_PERCENTS = { 30, 40, 50 };
	/** docs/simulator.md §Streams and showcases: percentages off of a discount. */
	static final int[] DISCOUNT_PERCENTS = { 10, 15, 20, 25, 30 };

	/** docs/simulator.md §Visits: P(join) = 1 − exp(−λ₀ · a_v · π_h · (0.2 + A)), the 0.2. */
	static final double BASE_AFFINITY = 0.2;
	/** docs/simulator.md §Visits: viewers join at start + 0.7·D·U^1.6 (early-heavy). */
	static final double JOIN_WINDOW_SHARE = 0.7, JOIN_SKEW = 1.6;
	/** docs/simulator.md §Visits: mean stay m·(0.6 + 0.4·min(A, 3)) minutes. */
	static final double STAY_BASE = 0.6, STAY_PER_AFFINITY = 0.4, STAY_AFFINITY_CAP = 3;
	/** docs/simulator.md §Visits: a stay lasts at least 60 s. */
	static final int MIN_STAY_SECONDS = 60;
	/** docs/simulator.md §Visits: Poisson rate of likes per minute, times the engagement. */
	static final double LIKES_PER_MINUTE = 0.08;
	/** docs/simulator.md §Visits: Poisson rate of comments per minute, times the engagement. */
	static final double COMMENTS_PER_MINUTE = 0.03;
	/** docs/simulator.md §Visits: engagement 0.5 + 0.5·min(A, 4). */
	static final double ENGAGEMENT_BASE = 0.5, ENGAGEMENT_PER_AFFINITY = 0.5, ENGAGEMENT_AFFINITY_CAP = 4;

	/** docs/simulator.md §Exposures and purchases: a viewer must see a product (or its offer) this long. */
	static final int MIN_EXPOSURE_SECONDS = 30;
	/** docs/simulator.md §Exposures and purchases: click probability min(0.9, 0.04 + 0.5·w + 2p). */
	static final double CLICK_MAX = 0.9, CLICK_BASE = 0.04, CLICK_PER_INTEREST = 0.5, CLICK_PER_PROBABILITY = 2;
	/** docs/simulator.md §Exposures and purchases: cart probability after a click min(0.8, 0.15 + 3p). */
	static final double CART_MAX = 0.8, CART_BASE = 0.15, CART_PER_PROBABILITY = 3;
	/** docs/simulator.md §Exposures and purchases: a click comes within the first 40 % of the time left … */
	static final double CLICK_DELAY_SHARE = 0.4;
	/** docs/simulator.md §Exposures and purchases: … a cart within half of the time left after the click. */
	static final double CART_DELAY_SHARE = 0.5;
	/** docs/simulator.md §Exposures and purchases: refunds come 1 h + Exp(mean 2 days) after the purchase. */
	static final long MIN_REFUND_DELAY_SECONDS = 3600;
	/** docs/simulator.md §Exposures and purchases: the mean of the exponential part of the refund delay. */
	static final double MEAN_REFUND_DELAY_SECONDS = 2 * 86_400;
}
