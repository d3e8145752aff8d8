package io.streamwise.core.simulator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.streamwise.api.algorithm.Setting;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.SettingsException;

/**
 * The settings of one simulated live-commerce market. The {@link Setting} annotations drive the command line and the
 * experiment files ({@link Settings#parse(Class, Map)}); the constructor validates every value, so a record built in
 * code is checked as strictly as one parsed from text. The model behind the settings is described in
 * docs/simulator.md.
 *
 * @param seed                  seed of every random choice: the same settings give byte-identical output
 * @param viewers               number of viewers
 * @param products              number of products (courses, consultations, memberships, e-books, goods)
 * @param hosts                 number of hosts (streamers)
 * @param days                  length of the simulated period in days
 * @param streamsPerDay         live streams scheduled per day
 * @param categories            number of product categories (interest dimensions)
 * @param showcaseSize          products showcased per stream
 * @param drift                 how far viewer interests move over the period (0 = fixed, 1 = fully to a new point)
 * @param offerRate             share of showcased products that carry an offer
 * @param priceSensitivity      mean price sensitivity of viewers
 * @param interestConcentration Dirichlet concentration of viewer interests (small = few strong interests)
 * @param attendanceRate        base rate at which a viewer joins a stream
 * @param meanWatchMinutes      mean time a viewer stays in a stream
 * @param purchaseIntercept     α of the purchase model
 * @param interestEffect        β of the purchase model (per unit of interest weight)
 * @param priceEffect           γ of the purchase model (per unit of sensitivity times log price)
 * @param offerEffect           δ of the purchase model (when an offer applies)
 * @param refundRate            probability that a purchase is refunded later
 * @param watchIntervalSeconds  seconds between two watch heartbeats of a present viewer
 * @param startDate             first day of the period (UTC, ISO date)
 * @param currency              currency code written beside prices
 */
public record SimulatorSettings(
		@Setting(label = "Seed", description = "Seed of every random choice; the same seed gives identical files.", defaultValue = "42") long seed,
		@Setting(label = "Viewers", description = "Number of viewers.", defaultValue = "2000", min = 1, max = MAX_VIEWERS) int viewers,
		@Setting(label = "Products", description = "Number of products: courses, consultations, memberships, e-books and goods.", defaultValue = "120", min = 1, max = MAX_PRODUCTS) int products,
		@Setting(label = "Hosts", description = "Number of hosts who run streams.", defaultValue = "8", min = 1, max = MAX_HOSTS) int hosts,
		@Setting(label = "Days", description = "Length of the simulated period in days.", defaultValue = "30", min = 1, max = MAX_DAYS) int days,
		@Setting(label = "Streams per day", description = "Live streams scheduled per day.", defaultValue = "3", min = 1, max = MAX_STREAMS_PER_DAY) int streamsPerDay,
		@Setting(label = "Categories", description = "Number of product categories (at most the fixed list of names).", defaultValue = "8", min = 1, max = MAX_CATEGORIES) int categories,
		@Setting(label = "Showcase size", description = "Products showcased per stream; at most the number of products.", defaultValue = "12", min = 1, max = MAX_SHOWCASE) int showcaseSize,
		@Setting(label = "Interest drift", description = "How far viewer interests move towards another random point over the period.", defaultValue = "0.2", min = 0, max = 1) double drift,
		@Setting(label = "Offer rate", description = "Share of showcased products that carry an offer.", defaultValue = "0.3", min = 0, max = 1) double offerRate,
		@Setting(label = "Price sensitivity", description = "Mean price sensitivity of viewers.", defaultValue = "1.0", min = 0, max = 5) double priceSensitivity,
		@Setting(label = "Interest concentration", description = "Dirichlet concentration of interests; small values give few strong interests.", defaultValue = "0.3", min = 0.01, max = 100) double interestConcentration,
		@Setting(label = "Attendance rate", description = "Base rate at which a viewer joins a stream.", defaultValue = "0.08", min = 0.0001, max = 5) double attendanceRate,
		@Setting(label = "Mean watch minutes", description = "Mean time a viewer stays in a stream.", defaultValue = "25", min = 1, max = 600) double meanWatchMinutes,
		@Setting(label = "Purchase intercept (α)", description = "Intercept of the logistic purchase model.", defaultValue = "-3.5", min = -20, max = 20) double purchaseIntercept,
		@Setting(label = "Interest effect (β)", description = "Weight of the viewer's interest in the product's category.", defaultValue = "6.0", min = 0, max = 50) double interestEffect,
		@Setting(label = "Price effect (γ)", description = "Weight of sensitivity times log price after offer.", defaultValue = "0.6", min = 0, max = 10) double priceEffect,
		@Setting(label = "Offer effect (δ)", description = "Lift of the purchase log-odds when an offer applies.", defaultValue = "0.8", min = -10, max = 10) double offerEffect,
		@Setting(label = "Refund rate", description = "Probability that a purchase is refunded later.", defaultValue = "0.05", min = 0, max = 1) double refundRate,
		@Setting(label = "Watch interval (s)", description = "Seconds between two watch heartbeats of a present viewer.", defaultValue = "300", min = 10, max = 3600) int watchIntervalSeconds,
		@Setting(label = "Start date", description = "First day of the period, ISO date (UTC).", defaultValue = "2026-03-01") String startDate,
		@Setting(label = "Currency", description = "Three-letter currency code written beside prices.", defaultValue = "USD") String currency) {

	public static final int MAX_VIEWERS = 5_000_000;
	public static final int MAX_PRODUCTS = 100_000;
	public static final int MAX_HOSTS = 999;
	public static final int MAX_DAYS = 1000;
	public static final int MAX_STREAMS_PER_DAY = 24;
	public static final int MAX_CATEGORIES = 16;
	public static final int MAX_SHOWCASE = 40;

	/** Size presets for the command line: overrides of the defaults that scale the market. */
	public enum Size {
		/** About 6 thousand events: quick looks and tests. */
		SMALL(Map.of("viewers", "400", "products", "40", "hosts", "4", "days", "7", "streamsPerDay", "2",
				"showcaseSize", "8")),
		/** The defaults: about 200 thousand events. */
		DEFAULT(Map.of()),
		/** About a million events. */
		LARGE(Map.of("viewers", "6000", "products", "400", "hosts", "20", "days", "30", "streamsPerDay", "4"));

		private final Map<String, String> overrides;

		Size(Map<String, String> overrides) {
			this.overrides = overrides;
		}

		/** The settings of this preset, with further values (such as a seed) taking precedence. */
		public SimulatorSettings settings(Map<String, String> values) {
			Map<String, String> merged = new LinkedHashMap<>(overrides);
			merged.putAll(values);
			return Settings.parse(SimulatorSettings.class, merged);
		}
	}

	public SimulatorSettings {
		check("viewers", viewers, 1, MAX_VIEWERS);
		check("products", products, 1, MAX_PRODUCTS);
		check("hosts", hosts, 1, MAX_HOSTS);
		check("days", days, 1, MAX_DAYS);
		check("streamsPerDay", streamsPerDay, 1, MAX_STREAMS_PER_DAY);
		check("categories", categories, 1, MAX_CATEGORIES);
		check("showcaseSize", showcaseSize, 1, MAX_SHOWCASE);
		if (showcaseSize > products) {
			throw new SettingsException(
					"setting 'showcaseSize' = " + showcaseSize + " exceeds the number of products (" + products + ")");
		}
		check("drift", drift, 0, 1);
		check("offerRate", offerRate, 0, 1);
		check("priceSensitivity", priceSensitivity, 0, 5);
		check("interestConcentration", interestConcentration, 0.01, 100);
		check("attendanceRate", attendanceRate, 0.0001, 5);
		check("meanWatchMinutes", meanWatchMinutes, 1, 600);
		check("purchaseIntercept", purchaseIntercept, -20, 20);
		check("interestEffect", interestEffect, 0, 50);
		check("priceEffect", priceEffect, 0, 10);
		check("offerEffect", offerEffect, -10, 10);
		check("refundRate", refundRate, 0, 1);
		check("watchIntervalSeconds", watchIntervalSeconds, 10, 3600);
		if (startDate == null) {
			throw new SettingsException("setting 'startDate' must be an ISO date such as 2026-03-01");
		}
		try {
			LocalDate.parse(startDate.trim());
		} catch (DateTimeParseException e) {
			throw new SettingsException(
					"setting 'startDate': '" + startDate + "' is not an ISO date such as 2026-03-01");
		}
		startDate = startDate.trim();
		if (currency == null || !currency.trim().matches("[A-Z]{3}")) {
			throw new SettingsException(
					"setting 'currency': '" + currency + "' is not a three-letter upper-case code such as USD");
		}
		currency = currency.trim();
	}

	/** The settings with every value at its default. */
	public static SimulatorSettings defaults() {
		return Settings.defaults(SimulatorSettings.class);
	}

	/** The defaults with another seed. */
	public static SimulatorSettings withSeed(long seed) {
		return Settings.parse(SimulatorSettings.class, Map.of("seed", Long.toString(seed)));
	}

	/** These settings with other values for some of them (keys as on the command line). */
	public SimulatorSettings with(Map<String, String> values) {
		Map<String, String> merged = new LinkedHashMap<>(Settings.format(this));
		merged.putAll(values);
		return Settings.parse(SimulatorSettings.class, merged);
	}

	/** The first day of the period. */
	public LocalDate firstDay() {
		return LocalDate.parse(startDate);
	}

	private static void check(String name, double value, double min, double max) {
		if (Double.isNaN(value) || value < min || value > max) {
			throw new SettingsException("setting '" + name + "' = " + format(value) + " is outside [" + format(min)
					+ ", " + format(max) + "]");
		}
	}

	private static String format(double d) {
		return d == Math.rint(d) && !Double.isInfinite(d) ? Long.toString((long) d) : Double.toString(d);
	}
}
