// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.campaign;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventType;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.model.audience.Audience;
import io.streamwise.model.audience.Segment;
import io.streamwise.model.audience.Viewer;
import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.campaign.CampaignFactory;
import io.streamwise.model.campaign.CampaignProduct;
import io.streamwise.model.campaign.Conversion;
import io.streamwise.model.campaign.Funnel;
import io.streamwise.model.campaign.PurchaseModel;
import io.streamwise.model.campaign.Rate;
import io.streamwise.model.campaign.RateSource;
import io.streamwise.model.campaign.TargetSegment;

/**
 * Fills a campaign's funnel rates from an event log, per target segment and stage ({@link StageFit}), treating each
 * stream of the log as one observation.
 *
 * <p>Members of a target segment are the viewers its audience segment lists (a {@code simulate} folder's
 * audience.audience assigns every viewer one); a target segment without an audience segment learns from every viewer.
 * Stages per stream and member: joined (any event in the stream), watched at least N minutes (first to last event),
 * engaged (a like or comment), and per product clicked, carted and bought. A viewer counts at every stage up to the
 * deepest reached, so the rates multiply to the share of members who bought. The log has no impressions, so reach
 * and join cannot be told apart: reach gets joined / members and join is set to 1. Refunds are refund events per
 * purchase. A conversion's product is matched to log items by its catalog product's id, else by its own id; a
 * conversion without product counts any item.
 *
 * <p>Only each segment's funnel without a stream is learned (a log's streams are not the campaign's); it is created,
 * with a conversion per product, when missing.
 *
 * <p>With a purchase model (the campaign's {@code purchaseModel}: any conversion-model plugin), the purchase rates
 * come from it instead ({@link PurchaseModelFit}): its probability that a segment's session buys, p, is what the
 * funnel's stages from watch to purchase multiply to (summed over the products), f. Each product's purchase rate is
 * scaled by p / f (at most 1), which keeps the product mix and the earlier stages the log shows, and its uncertainty
 * is that of a rate seen on the segment's carts of the product: Beta(1 + m n, 1 + (1 - m) n) for the scaled mean m
 * and the n carts (the form of the counted posterior). The rate's stream-to-stream variation stays as counted.
 */
public final class CampaignLearner {

	private static final int JOINED = 1, WATCHED = 2, ENGAGED = 3, CLICKED = 4, CARTED = 5, BOUGHT = 6;

	/**
	 * What was learned, for the command's report.
	 *
	 * @param purchases per segment, when a purchase model set the purchase rates; else empty
	 */
	public record Report(int segments, int streams, int rates, List<Purchase> purchases) {
	}

	/**
	 * A segment's purchase rates from the purchase model.
	 *
	 * @param model    the model's probability that a session of the segment buys
	 * @param counted  what the counted rates multiply to (watch x engage x click x cart x purchase, over products)
	 * @param sessions the segment's sessions in the log
	 */
	public record Purchase(String segment, String algorithm, double model, double counted, int sessions) {
	}

	private CampaignLearner() {
	}

	/** Learns the counted rates only; a campaign with a purchase model needs {@link #learn(Campaign, EventLog,
	 * String, AlgorithmRegistry, long, ProgressMonitor)}. */
	public static Report learn(Campaign campaign, EventLog log, String source, ProgressMonitor monitor) {
		return learn(campaign, log, source, null, 1, monitor);
	}

	/**
	 * Learns every segment's general funnel from the log; the purchase rates from the campaign's purchase model when it
	 * names one.
	 *
	 * @param registry where the purchase model is found (may be null without one)
	 * @param seed     seed of the purchase model's random choices
	 * @throws IllegalArgumentException when the purchase model names no installed conversion model or a setting it
	 *                                  does not have ({@link PurchaseModelFit#create})
	 */
	public static Report learn(Campaign campaign, EventLog log, String source, AlgorithmRegistry registry, long seed,
			ProgressMonitor monitor) {
		PurchaseModel purchaseModel = campaign.getPurchaseModel();
		PurchaseModelFit fit = null;
		if (purchaseModel != null && purchaseModel.getAlgorithm() != null
				&& !purchaseModel.getAlgorithm().isBlank()) {
			if (registry == null) {
				throw new IllegalStateException("the campaign's purchase model needs the algorithm registry");
			}
			fit = PurchaseModelFit.fit(purchaseModel, registry, log, seed, monitor);
		}
		List<Purchase> purchases = new ArrayList<>();
		int streams = log.streams().size();
		int viewers = log.viewers().size();
		int rates = 0;
		monitor.begin("Learning funnel rates", campaign.getSegments().size());
		for (TargetSegment target : campaign.getSegments()) {
			monitor.checkCancelled();
			BitSet members = members(target, log);
			if (members == null) {
				members = new BitSet(viewers);
				members.set(0, viewers);
			}
			if (target.getSize() <= 0) {
				target.setSize(members.cardinality());
			}
			Funnel funnel = generalFunnel(campaign, target);
			List<Conversion> conversions = funnel.getConversions();
			List<String> keys = new ArrayList<>();
			for (Conversion c : conversions) {
				keys.add(c.getProduct() == null ? null : itemKey(c.getProduct()));
			}
			Counts counts = count(log, members, funnel.getWatchMinutes(), keys);
			long[] size = new long[streams];
			java.util.Arrays.fill(size, members.cardinality());
			funnel.setReach(StageFit.of(counts.stage[JOINED], size).toRate(source));
			funnel.setJoin(StageFit.fixed(1.0, "not measurable from a log without impressions: reach holds it"));
			funnel.setWatch(StageFit.of(counts.stage[WATCHED], counts.stage[JOINED]).toRate(source));
			funnel.setEngage(StageFit.of(counts.stage[ENGAGED], counts.stage[WATCHED]).toRate(source));
			rates += 3;
			for (int c = 0; c < conversions.size(); c++) {
				Conversion conversion = conversions.get(c);
				long[][] pc = counts.product[c];
				conversion.setClick(StageFit.of(pc[CLICKED], counts.stage[ENGAGED]).toRate(source));
				conversion.setCart(StageFit.of(pc[CARTED], pc[CLICKED]).toRate(source));
				conversion.setPurchase(StageFit.of(pc[BOUGHT], pc[CARTED]).toRate(source));
				conversion.setRefund(StageFit.of(counts.refunds[c], counts.purchases[c]).toRate(source));
				rates += 4;
			}
			if (fit != null) {
				PurchaseModelFit.Estimate estimate = fit.estimate(log, members);
				if (estimate != null) {
					purchases.add(new Purchase(target.getId(), fit.algorithm(), estimate.probability(),
							applyModel(funnel, counts, estimate, fit.algorithm(), source), estimate.sessions()));
				}
			}
			monitor.worked(1);
		}
		return new Report(campaign.getSegments().size(), streams, rates, List.copyOf(purchases));
	}

	/** The mean of a rate just learned (always a valid one). */
	private static double mean(Rate rate) {
		try {
			return RateSpec.of(rate, "").value();
		} catch (CampaignInputException e) {
			throw new IllegalStateException("a learned rate is invalid: " + e.getMessage(), e);
		}
	}

	/**
	 * Scales the purchase rates so that the funnel's stages from watch to purchase multiply to the model's
	 * probability; returns what they multiplied to before. Left as counted when the log shows no purchase path.
	 */
	private static double applyModel(Funnel funnel, Counts counts, PurchaseModelFit.Estimate estimate,
			String algorithm, String source) {
		double before = mean(funnel.getWatch()) * mean(funnel.getEngage());
		double counted = 0;
		for (Conversion c : funnel.getConversions()) {
			counted += before * mean(c.getClick()) * mean(c.getCart()) * mean(c.getPurchase());
		}
		if (!(counted > 0)) {
			return counted;
		}
		double scale = estimate.probability() / counted;
		for (int c = 0; c < funnel.getConversions().size(); c++) {
			Conversion conversion = funnel.getConversions().get(c);
			Rate purchase = conversion.getPurchase();
			double m = Math.min(1, mean(purchase) * scale);
			long carts = 0;
			for (long n : counts.product[c][CARTED]) {
				carts += n;
			}
			Rate rate = CampaignFactory.eINSTANCE.createRate();
			rate.setSource(RateSource.LEARNED);
			rate.setAlpha(1 + m * carts);
			rate.setBeta(1 + (1 - m) * carts);
			rate.setStreamConcentration(purchase.getStreamConcentration());
			rate.setLearnedFrom(String.format(Locale.ROOT,
					"%s: %s on %,d sessions: P(a session buys) %.4f against %.4f counted; purchase rate %.4f"
							+ " as sure as %,d carts",
					source, algorithm, estimate.sessions(), estimate.probability(), counted, m, carts));
			conversion.setPurchase(rate);
		}
		return counted;
	}

	private static String itemKey(CampaignProduct product) {
		return product.getProduct() != null && product.getProduct().getId() != null ? product.getProduct().getId()
				: product.getId();
	}

	private static Funnel generalFunnel(Campaign campaign, TargetSegment target) {
		for (Funnel f : target.getFunnels()) {
			if (f.getStream() == null) {
				return f;
			}
		}
		Funnel funnel = CampaignFactory.eINSTANCE.createFunnel();
		for (CampaignProduct product : campaign.getProducts()) {
			Conversion conversion = CampaignFactory.eINSTANCE.createConversion();
			conversion.setProduct(product);
			funnel.getConversions().add(conversion);
		}
		target.getFunnels().add(funnel);
		return funnel;
	}

	/** Log viewers in the target's audience segment; null when it names none. */
	private static BitSet members(TargetSegment target, EventLog log) {
		Segment segment = target.getSegment();
		if (segment == null || !(segment.eContainer() instanceof Audience audience)) {
			return null;
		}
		BitSet members = new BitSet(log.viewers().size());
		for (Viewer viewer : audience.getViewers()) {
			if (viewer.getSegments().contains(segment)) {
				int index = log.viewers().indexOf(viewer.getId());
				if (index >= 0) {
					members.set(index);
				}
			}
		}
		return members;
	}

	/** Per stage and stream: members at least that deep; per conversion the same for its product; refunds. */
	private static final class Counts {
		final long[][] stage;
		final long[][][] product;
		final long[][] purchases, refunds;

		Counts(int streams, int conversions) {
			stage = new long[BOUGHT + 1][streams];
			product = new long[conversions][BOUGHT + 1][streams];
			purchases = new long[conversions][streams];
			refunds = new long[conversions][streams];
		}
	}

	/** One member's visit of one stream. */
	private static final class Visit {
		long first = Long.MAX_VALUE, last = Long.MIN_VALUE;
		int depth = JOINED;
		final int[] productDepth;

		Visit(int conversions) {
			productDepth = new int[conversions];
		}
	}

	private static Counts count(EventLog log, BitSet members, int watchMinutes, List<String> keys) {
		int streams = log.streams().size();
		int conversions = keys.size();
		int[] keyItems = new int[conversions];
		for (int c = 0; c < conversions; c++) {
			keyItems[c] = keys.get(c) == null ? -2 : log.items().indexOf(keys.get(c));
		}
		Counts counts = new Counts(streams, conversions);
		Map<Long, Visit> visits = new HashMap<>();
		for (int row = 0; row < log.size(); row++) {
			int viewer = log.viewer(row);
			int stream = log.stream(row);
			if (stream < 0 || !members.get(viewer)) {
				continue;
			}
			EventType type = log.type(row);
			int item = log.item(row);
			if (type == EventType.REFUND || type == EventType.PURCHASE) {
				for (int c = 0; c < conversions; c++) {
					if (keyItems[c] == -2 || item >= 0 && keyItems[c] == item) {
						(type == EventType.REFUND ? counts.refunds : counts.purchases)[c][stream]++;
					}
				}
				if (type == EventType.REFUND) {
					continue; // refunds may come long after the stream: not part of the visit
				}
			}
			Visit v = visits.computeIfAbsent(((long) stream << 32) | viewer, k -> new Visit(conversions));
			long time = log.timestamp(row);
			v.first = Math.min(v.first, time);
			v.last = Math.max(v.last, time);
			int depth = switch (type) {
			case LIKE, COMMENT -> ENGAGED;
			case CLICK -> CLICKED;
			case CART -> CARTED;
			case PURCHASE -> BOUGHT;
			default -> JOINED;
			};
			v.depth = Math.max(v.depth, depth);
			if (depth >= CLICKED) {
				for (int c = 0; c < conversions; c++) {
					if (keyItems[c] == -2 || item >= 0 && keyItems[c] == item) {
						v.productDepth[c] = Math.max(v.productDepth[c], depth);
					}
				}
			}
		}
		long watchSeconds = 60L * watchMinutes;
		for (Map.Entry<Long, Visit> e : visits.entrySet()) {
			int stream = (int) (e.getKey() >>> 32);
			Visit v = e.getValue();
			int depth = v.depth;
			if (depth == JOINED && v.last - v.first >= watchSeconds) {
				depth = WATCHED;
			}
			// deeper stages imply the earlier ones (telescoping rates), whatever the watch time
			for (int s = JOINED; s <= Math.min(depth, ENGAGED); s++) {
				counts.stage[s][stream]++;
			}
			for (int c = 0; c < conversions; c++) {
				for (int s = CLICKED; s <= v.productDepth[c]; s++) {
					counts.product[c][s][stream]++;
				}
			}
		}
		return counts;
	}
}
