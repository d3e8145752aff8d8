package io.streamwise.core.simulator;

import java.time.ZoneOffset;
import java.util.List;

import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.ItemCatalog;

/**
 * A simulated live-commerce market: the observable events and catalogue, the plain records of what was simulated,
 * and the ground truth behind the events. The data is synthetic. Lists are indexed like the log's dictionaries:
 * {@code viewers().get(i)} is viewer index i of the log, likewise products (items) and streams.
 *
 * @param settings       the settings it was made with
 * @param categories     category names; interest vectors are indexed like this list
 * @param hosts          the hosts
 * @param products       the products, aligned with the log's item dictionary
 * @param viewers        the viewers, aligned with the log's viewer dictionary
 * @param streams        the streams in time order, aligned with the log's stream dictionary
 * @param log            the events
 * @param catalog        what is known of the products, aligned with the log's item dictionary
 * @param latentViewers  per-viewer interests, sensitivity and activity, aligned with {@code viewers}
 * @param exposures      every (viewer, stream, product) exposure with its true purchase probability and outcome
 */
public record SimulatedMarket(SimulatorSettings settings, List<String> categories, List<Host> hosts,
		List<Product> products, List<Viewer> viewers, List<LiveStream> streams, EventLog log, ItemCatalog catalog,
		List<LatentViewer> latentViewers, List<Exposure> exposures) {

	public SimulatedMarket {
		categories = List.copyOf(categories);
		hosts = List.copyOf(hosts);
		products = List.copyOf(products);
		viewers = List.copyOf(viewers);
		streams = List.copyOf(streams);
		latentViewers = List.copyOf(latentViewers);
		exposures = List.copyOf(exposures);
	}

	/** The events with their catalogue, as experiments take them. */
	public Dataset dataset() {
		return new Dataset(log, catalog);
	}

	/** Epoch second at which the period starts (midnight UTC of the first day). */
	public long periodStart() {
		return settings.firstDay().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
	}

	/** Epoch second at which the period ends (midnight UTC after the last day). */
	public long periodEnd() {
		return periodStart() + settings.days() * 86_400L;
	}

	/** Where a moment lies in the period: 0 at its start, 1 at its end; interests drift linearly along it. */
	public double periodFraction(long epochSecond) {
		double f = (epochSecond - periodStart()) / (double) (periodEnd() - periodStart());
		return Math.max(0, Math.min(1, f));
	}

	/** Index of a category name, or -1. */
	public int categoryIndex(String category) {
		return categories.indexOf(category);
	}

	/**
	 * The true probability that a viewer buys a product shown in a stream at a price, with or without an offer: the
	 * model's probability of every {@link Exposure} (docs/simulator.md §Exposures and purchases), for any product the
	 * stream could show, so that a policy choosing what to pin is rewarded by the same model that made the data.
	 *
	 * @param viewer  viewer index (as in {@link #viewers()})
	 * @param product product index (as in {@link #products()})
	 * @param stream  stream index (as in {@link #streams()}); interests are taken at its start, as for exposures
	 * @param price   the price the viewer faces (after any offer)
	 * @param offered whether an offer applies
	 */
	public double purchaseProbability(int viewer, int product, int stream, float price, boolean offered) {
		double fraction = periodFraction(streams.get(stream).start());
		double interest = latentViewers.get(viewer).interest(categoryIndex(products.get(product).category()), fraction);
		return Visits.purchaseProbability(settings, interest, latentViewers.get(viewer).priceSensitivity(), price,
				offered);
	}

	/** Rounds an amount to cents, as prices are stored. */
	static float cents(double amount) {
		return (float) (Math.round(amount * 100) / 100.0);
	}
}
