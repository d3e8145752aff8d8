package io.streamwise.core.simulator;

import static io.streamwise.core.simulator.Coefficients.BASE_AFFINITY;
import static io.streamwise.core.simulator.Coefficients.CART_BASE;
import static io.streamwise.core.simulator.Coefficients.CART_DELAY_SHARE;
import static io.streamwise.core.simulator.Coefficients.CART_MAX;
import static io.streamwise.core.simulator.Coefficients.CART_PER_PROBABILITY;
import static io.streamwise.core.simulator.Coefficients.CLICK_BASE;
import static io.streamwise.core.simulator.Coefficients.CLICK_DELAY_SHARE;
import static io.streamwise.core.simulator.Coefficients.CLICK_MAX;
import static io.streamwise.core.simulator.Coefficients.CLICK_PER_INTEREST;
import static io.streamwise.core.simulator.Coefficients.CLICK_PER_PROBABILITY;
import static io.streamwise.core.simulator.Coefficients.COMMENTS_PER_MINUTE;
import static io.streamwise.core.simulator.Coefficients.ENGAGEMENT_AFFINITY_CAP;
import static io.streamwise.core.simulator.Coefficients.ENGAGEMENT_BASE;
import static io.streamwise.core.simulator.Coefficients.ENGAGEMENT_PER_AFFINITY;
import static io.streamwise.core.simulator.Coefficients.JOIN_SKEW;
import static io.streamwise.core.simulator.Coefficients.JOIN_WINDOW_SHARE;
import static io.streamwise.core.simulator.Coefficients.LIKES_PER_MINUTE;
import static io.streamwise.core.simulator.Coefficients.MEAN_REFUND_DELAY_SECONDS;
import static io.streamwise.core.simulator.Coefficients.MIN_EXPOSURE_SECONDS;
import static io.streamwise.core.simulator.Coefficients.MIN_REFUND_DELAY_SECONDS;
import static io.streamwise.core.simulator.Coefficients.MIN_STAY_SECONDS;
import static io.streamwise.core.simulator.Coefficients.STAY_AFFINITY_CAP;
import static io.streamwise.core.simulator.Coefficients.STAY_BASE;
import static io.streamwise.core.simulator.Coefficients.STAY_PER_AFFINITY;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.api.progress.ProgressMonitor;

/**
 * Who attends which stream, and what they do there: watch, like, comment, and for each product they are exposed to the
 * purchase decision with its true probability and the funnel events around it (docs/simulator.md §Visits, §Exposures
 * and purchases).
 */
final class Visits {

	private final SimulatorSettings s;
	private final Population cast;
	private final StreamSchedule schedule;
	private final long periodStart, periodSeconds;
	final List<Exposure> exposures = new ArrayList<>();

	Visits(SimulatorSettings settings, Population cast, StreamSchedule schedule, long periodStart,
			long periodSeconds) {
		this.s = settings;
		this.cast = cast;
		this.schedule = schedule;
		this.periodStart = periodStart;
		this.periodSeconds = periodSeconds;
	}

	/** Streams in time order, each with its own generator split from {@code streamRandom}. */
	void simulate(EventLogBuilder builder, SplittableRandom streamRandom, ProgressMonitor monitor) {
		long[] busyUntil = new long[s.viewers()];
		Set<Long> owned = new HashSet<>();
		int k = cast.categories.size();
		List<LiveStream> streams = schedule.streams;
		for (int si = 0; si < streams.size(); si++) {
			monitor.checkCancelled();
			LiveStream stream = streams.get(si);
			monitor.subTask(stream.id());
			SplittableRandom r = streamRandom.split();
			Host host = cast.hosts.get(schedule.streamHost[si]);
			int hostCat = cast.hostCategory[schedule.streamHost[si]];
			double fraction = (stream.start() - periodStart) / (double) periodSeconds;
			for (int v = 0; v < s.viewers(); v++) {
				if ((v & 4095) == 4095) {
					monitor.checkCancelled();
				}
				double u = r.nextDouble();
				if (busyUntil[v] > stream.start()) {
					continue; // still watching an earlier stream
				}
				LatentViewer lv = cast.latent.get(v);
				double affinity = k * lv.interest(hostCat, fraction);
				double rate = s.attendanceRate() * lv.activity() * host.audiencePull() * (BASE_AFFINITY + affinity);
				if (u < -StrictMath.expm1(-rate)) {
					busyUntil[v] = visit(builder, r, v, si, stream, fraction, affinity, owned);
				}
			}
			monitor.worked(1);
		}
	}

	/** One viewer's visit to a stream; returns when the viewer leaves. */
	private long visit(EventLogBuilder b, SplittableRandom r, int v, int si, LiveStream stream, double fraction,
			double affinity, Set<Long> owned) {
		LatentViewer lv = cast.latent.get(v);
		long duration = stream.end() - stream.start();
		long join = stream.start() + (long) (duration * JOIN_WINDOW_SHARE * StrictMath.pow(r.nextDouble(), JOIN_SKEW));
		double meanStay = s.meanWatchMinutes() * 60
				* (STAY_BASE + STAY_PER_AFFINITY * Math.min(affinity, STAY_AFFINITY_CAP));
		long leave = Math.min(stream.end(), join + Math.max(MIN_STAY_SECONDS, (long) Draws.exponential(r, meanStay)));
		b.add(v, si, -1, EventType.JOIN, join, Float.NaN);
		for (long t = join + s.watchIntervalSeconds(); t < leave; t += s.watchIntervalSeconds()) {
			b.add(v, si, -1, EventType.WATCH, t, Float.NaN);
		}
		double engagement = ENGAGEMENT_BASE + ENGAGEMENT_PER_AFFINITY * Math.min(affinity, ENGAGEMENT_AFFINITY_CAP);
		poissonEvents(b, r, v, si, EventType.LIKE, LIKES_PER_MINUTE * engagement, join, leave);
		poissonEvents(b, r, v, si, EventType.COMMENT, COMMENTS_PER_MINUTE * engagement, join, leave);
		List<Product> products = cast.products;
		for (Showcase sc : stream.showcases()) {
			int p = Population.productIndex(sc.product());
			Product product = products.get(p);
			long ownedKey = (long) v * products.size() + p;
			if (product.kind().ownedOnce() && owned.contains(ownedKey)) {
				continue; // nobody buys the same course or e-book twice
			}
			long seenFrom = Math.max(join, sc.from());
			long seenUntil = Math.min(leave, sc.until());
			if (seenUntil - seenFrom < MIN_EXPOSURE_SECONDS) {
				continue;
			}
			boolean offered = false;
			long decision = seenFrom, bound = seenUntil;
			Offer offer = sc.offer();
			if (offer != null) {
				long offerFrom = Math.max(seenFrom, offer.from());
				long offerUntil = Math.min(seenUntil, offer.until());
				if (offerUntil - offerFrom >= MIN_EXPOSURE_SECONDS) {
					offered = true;
					decision = offerFrom;
					bound = offerUntil;
				}
			}
			float price = offered ? offer.apply(product.price()) : product.price();
			double interest = lv.interest(cast.productCategory[p], fraction);
			double probability = purchaseProbability(s, interest, lv.priceSensitivity(), price, offered);
			// funnel events follow the outcome, so that p stays exactly the probability of a purchase
			boolean purchased = r.nextDouble() < probability;
			boolean clicked = purchased || r.nextDouble() < Math.min(CLICK_MAX,
					CLICK_BASE + CLICK_PER_INTEREST * interest + CLICK_PER_PROBABILITY * probability);
			boolean carted = purchased
					|| clicked && r.nextDouble() < Math.min(CART_MAX, CART_BASE + CART_PER_PROBABILITY * probability);
			long t = decision;
			if (clicked) {
				t += (long) (r.nextDouble() * (bound - t) * CLICK_DELAY_SHARE);
				b.add(v, si, p, EventType.CLICK, t, Float.NaN);
			}
			if (carted) {
				t += (long) (r.nextDouble() * (bound - t) * CART_DELAY_SHARE);
				b.add(v, si, p, EventType.CART, t, Float.NaN);
			}
			if (purchased) {
				t += (long) (r.nextDouble() * (bound - t));
				b.add(v, si, p, EventType.PURCHASE, t, price);
				if (r.nextDouble() < s.refundRate()) {
					long refund = t + MIN_REFUND_DELAY_SECONDS + (long) Draws.exponential(r, MEAN_REFUND_DELAY_SECONDS);
					b.add(v, si, p, EventType.REFUND, refund, price);
				} else if (product.kind().ownedOnce()) {
					owned.add(ownedKey);
				}
			}
			exposures.add(new Exposure(cast.viewers.get(v).id(), stream.id(), product.id(), decision, price, offered,
					probability, purchased));
		}
		b.add(v, si, -1, EventType.LEAVE, leave, Float.NaN);
		return leave;
	}

	/** docs/simulator.md §Exposures and purchases: the true purchase probability of one exposure. */
	static double purchaseProbability(SimulatorSettings s, double interest, double priceSensitivity, float price,
			boolean offered) {
		return Draws.logistic(s.purchaseIntercept() + s.interestEffect() * interest
				- s.priceEffect() * priceSensitivity * StrictMath.log(price) + (offered ? s.offerEffect() : 0));
	}

	/** Events at exponential gaps (at least a second apart) while the viewer is present. */
	private static void poissonEvents(EventLogBuilder b, SplittableRandom r, int v, int si, EventType type,
			double perMinute, long from, long until) {
		double meanGap = 60 / perMinute;
		long t = from;
		while (true) {
			t += Math.max(1, (long) Math.ceil(Draws.exponential(r, meanGap)));
			if (t >= until) {
				return;
			}
			b.add(v, si, -1, type, t, Float.NaN);
		}
	}
}
