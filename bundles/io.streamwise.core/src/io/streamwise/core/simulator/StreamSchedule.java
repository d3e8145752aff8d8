package io.streamwise.core.simulator;

import static io.streamwise.core.simulator.Coefficients.BUNDLE_OR_FLASH_SHARE;
import static io.streamwise.core.simulator.Coefficients.BUNDLE_SHARE;
import static io.streamwise.core.simulator.Coefficients.DISCOUNT_PERCENTS;
import static io.streamwise.core.simulator.Coefficients.DURATION_STEPS;
import static io.streamwise.core.simulator.Coefficients.DURATION_STEP_MINUTES;
import static io.streamwise.core.simulator.Coefficients.FIRST_START_MINUTE;
import static io.streamwise.core.simulator.Coefficients.FLASH_SALE_PERCENTS;
import static io.streamwise.core.simulator.Coefficients.FLASH_STEPS;
import static io.streamwise.core.simulator.Coefficients.FLASH_STEP_SECONDS;
import static io.streamwise.core.simulator.Coefficients.MIN_DURATION_MINUTES;
import static io.streamwise.core.simulator.Coefficients.MIN_FLASH_SECONDS;
import static io.streamwise.core.simulator.Coefficients.OWN_PRODUCT_WEIGHT;
import static io.streamwise.core.simulator.Coefficients.SHOWCASE_STAY_SPREAD;
import static io.streamwise.core.simulator.Coefficients.SPECIALTY_WEIGHT;
import static io.streamwise.core.simulator.Coefficients.START_MARKS;
import static io.streamwise.core.simulator.Coefficients.START_STEP_MINUTES;
import static io.streamwise.core.simulator.Simulator.id;
import static io.streamwise.core.simulator.Simulator.titleCase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import io.streamwise.api.progress.ProgressMonitor;

/**
 * The streams of the period, their hosts and their showcases with offers (docs/simulator.md §Streams and showcases).
 */
final class StreamSchedule {

	private final SimulatorSettings s;
	private final Population cast;
	final List<LiveStream> streams = new ArrayList<>();
	/** The host of each stream, as an index into the cast's hosts. */
	int[] streamHost;

	StreamSchedule(SimulatorSettings settings, Population cast) {
		this.s = settings;
		this.cast = cast;
	}

	void schedule(SplittableRandom r, long periodStart, ProgressMonitor monitor) {
		List<Host> hosts = cast.hosts;
		int count = s.days() * s.streamsPerDay();
		streamHost = new int[count];
		long[] hostBusyUntil = new long[s.hosts()];
		int[] hostStreams = new int[s.hosts()];
		int n = 0;
		for (int day = 0; day < s.days(); day++) {
			monitor.checkCancelled();
			int[] startMinutes = new int[s.streamsPerDay()];
			for (int k = 0; k < startMinutes.length; k++) {
				startMinutes[k] = FIRST_START_MINUTE + START_STEP_MINUTES * r.nextInt(START_MARKS);
			}
			Arrays.sort(startMinutes);
			for (int minute : startMinutes) {
				long start = periodStart + day * 86_400L + minute * 60L;
				long end = start
						+ (MIN_DURATION_MINUTES + (long) DURATION_STEP_MINUTES * r.nextInt(DURATION_STEPS)) * 60;
				double[] weights = new double[s.hosts()];
				for (int h = 0; h < weights.length; h++) {
					weights[h] = hostBusyUntil[h] <= start ? hosts.get(h).audiencePull() : 0;
				}
				if (Arrays.stream(weights).sum() == 0) {
					// every host is live already: one of them runs a second stream, as happens with few hosts
					for (int h = 0; h < weights.length; h++) {
						weights[h] = hosts.get(h).audiencePull();
					}
				}
				int host = Draws.weighted(r, weights);
				hostBusyUntil[host] = Math.max(hostBusyUntil[host], end);
				hostStreams[host]++;
				streamHost[n] = host;
				Host h = hosts.get(host);
				String title = titleCase(h.specialty()) + " live with " + h.name() + " #" + hostStreams[host];
				streams.add(new LiveStream(id('s', n, count, 4), h.id(), title, start, end,
						showcases(r, host, start, end)));
				n++;
			}
		}
	}

	private List<Showcase> showcases(SplittableRandom r, int host, long start, long end) {
		int n = s.showcaseSize();
		int[] chosen = sampleProducts(r, host, n);
		double slot = (end - start) / (double) n;
		List<Showcase> out = new ArrayList<>(n);
		for (int k = 0; k < n; k++) {
			long from = start + (long) (k * slot);
			long until = Math.min(end, from + (long) (slot * (1 + SHOWCASE_STAY_SPREAD * r.nextDouble())));
			Offer offer = null;
			if (r.nextDouble() < s.offerRate()) {
				offer = offer(r, from, until, chosen, k);
			}
			out.add(new Showcase(cast.products.get(chosen[k]).id(), from, until, offer));
		}
		return out;
	}

	/** Weighted sampling without replacement (Efraimidis-Spirakis keys): the host's specialty and own products first. */
	private int[] sampleProducts(SplittableRandom r, int host, int n) {
		int count = cast.products.size();
		double[] keys = new double[count];
		Integer[] order = new Integer[count];
		String hostId = cast.hosts.get(host).id();
		for (int p = 0; p < count; p++) {
			double weight = (cast.productCategory[p] == cast.hostCategory[host] ? SPECIALTY_WEIGHT : 1)
					* (cast.products.get(p).creator().equals(hostId) ? OWN_PRODUCT_WEIGHT : 1);
			keys[p] = StrictMath.log(1.0 - r.nextDouble()) / weight; // larger is better
			order[p] = p;
		}
		Arrays.sort(order, (a, b) -> {
			int cmp = Double.compare(keys[b], keys[a]);
			return cmp != 0 ? cmp : Integer.compare(a, b);
		});
		int[] out = new int[n];
		for (int k = 0; k < n; k++) {
			out[k] = order[k];
		}
		return out;
	}

	private Offer offer(SplittableRandom r, long from, long until, int[] chosen, int k) {
		double u = r.nextDouble();
		if (u < BUNDLE_SHARE && chosen.length > 1) {
			int other = r.nextInt(chosen.length - 1);
			other = other >= k ? other + 1 : other;
			return new Offer(OfferKind.BUNDLE, 0, from, until, cast.products.get(chosen[other]).id());
		}
		if (u < BUNDLE_OR_FLASH_SHARE) {
			long length = until - from;
			long flash = Math.min(length, MIN_FLASH_SECONDS + (long) FLASH_STEP_SECONDS * r.nextInt(FLASH_STEPS));
			long offerFrom = from + r.nextLong(length - flash + 1);
			int percent = FLASH_SALE_PERCENTS[r.nextInt(FLASH_SALE_PERCENTS.length)];
			return new Offer(OfferKind.FLASH_SALE, percent, offerFrom, offerFrom + flash, "");
		}
		int percent = DISCOUNT_PERCENTS[r.nextInt(DISCOUNT_PERCENTS.length)];
		return new Offer(OfferKind.DISCOUNT, percent, from, until, "");
	}
}
