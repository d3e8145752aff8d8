// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.campaign.CampaignOffer;
import io.streamwise.model.campaign.CampaignOfferKind;
import io.streamwise.model.campaign.CampaignProduct;
import io.streamwise.model.campaign.CampaignStream;
import io.streamwise.model.campaign.Conversion;
import io.streamwise.model.campaign.Funnel;
import io.streamwise.model.campaign.Rate;
import io.streamwise.model.campaign.TargetMetric;
import io.streamwise.model.campaign.TargetSegment;

/**
 * A campaign checked and flattened into arrays for the forecast's inner loop: streams × segments × products, each
 * stage rate an index into {@link #rates()} (-1 where a segment has no funnel in a stream or a product is not sold in
 * it). Built by {@link #compile(Campaign)}; immutable afterwards.
 */
public final class CampaignPlan {

	/** Stages of a segment's funnel in a stream, in order. */
	static final int REACH = 0, JOIN = 1, WATCH = 2, ENGAGE = 3;
	/** Stages of a product's conversion, in order. */
	static final int CLICK = 0, CART = 1, PURCHASE = 2, REFUND = 3;

	final String name;
	final String currency;
	final String[] streamIds, productIds, segmentIds;
	final double[] streamCosts;
	final double[] expectedReachShare; // per stream x segment flattened: people reached when known, else NaN
	final double[] segmentSizes;
	final double[] prices, unitCosts, commissions;
	final int[] capacities; // -1: unlimited
	final List<RateSpec> rates;
	final int[] funnelSlots; // [(t * S + s) * 4 + stage]
	final int[] conversionSlots; // [((t * S + s) * P + p) * 4 + stage]
	final double[] priceFactors, purchaseMultipliers; // [t * P + p]
	final boolean[] offered; // [t * P + p]
	final double fixedCosts;
	final double target;
	final TargetMetric targetMetric;

	private CampaignPlan(Builder b) {
		name = b.name;
		currency = b.currency;
		streamIds = b.streamIds;
		productIds = b.productIds;
		segmentIds = b.segmentIds;
		streamCosts = b.streamCosts;
		expectedReachShare = b.expectedReachShare;
		segmentSizes = b.segmentSizes;
		prices = b.prices;
		unitCosts = b.unitCosts;
		commissions = b.commissions;
		capacities = b.capacities;
		rates = List.copyOf(b.rates);
		funnelSlots = b.funnelSlots;
		conversionSlots = b.conversionSlots;
		priceFactors = b.priceFactors;
		purchaseMultipliers = b.purchaseMultipliers;
		offered = b.offered;
		fixedCosts = b.fixedCosts;
		target = b.target;
		targetMetric = b.targetMetric;
	}

	public List<String> streamIds() {
		return List.of(streamIds);
	}

	public List<String> productIds() {
		return List.of(productIds);
	}

	public List<String> segmentIds() {
		return List.of(segmentIds);
	}

	/** Every rate of the plan, each once; the uncertain ones are the forecast's random inputs. */
	public List<RateSpec> rates() {
		return rates;
	}

	public String currency() {
		return currency;
	}

	public double target() {
		return target;
	}

	public TargetMetric targetMetric() {
		return targetMetric;
	}

	/** A product's terms as the forecast uses them; capacity -1 for unlimited. */
	public record ProductTerms(String id, double price, double unitCost, double commission, int capacity) {
	}

	/** The products with their prices (a catalog's where the campaign gives none), unit costs and commissions. */
	public List<ProductTerms> products() {
		List<ProductTerms> terms = new ArrayList<>();
		for (int p = 0; p < productIds.length; p++) {
			terms.add(new ProductTerms(productIds[p], prices[p], unitCosts[p], commissions[p], capacities[p]));
		}
		return terms;
	}

	/** Host fee plus promotion spend of each stream, in plan order. */
	public List<Double> streamCosts() {
		return Arrays.stream(streamCosts).boxed().toList();
	}

	/** People in each target segment, in order. */
	public List<Double> segmentSizes() {
		return Arrays.stream(segmentSizes).boxed().toList();
	}

	public double fixedCosts() {
		return fixedCosts;
	}

	/** Stream costs and fixed costs: what ROI divides by. */
	public double spend() {
		return Arrays.stream(streamCosts).sum() + fixedCosts;
	}

	private static final class Builder {
		String name, currency;
		String[] streamIds, productIds, segmentIds;
		double[] streamCosts, expectedReachShare, segmentSizes, prices, unitCosts, commissions;
		int[] capacities;
		final List<RateSpec> rates = new ArrayList<>();
		final Map<Rate, Integer> slots = new IdentityHashMap<>();
		int[] funnelSlots, conversionSlots;
		double[] priceFactors, purchaseMultipliers;
		boolean[] offered;
		double fixedCosts, target;
		TargetMetric targetMetric;

		int slot(Rate rate, String path) throws CampaignInputException {
			Integer known = slots.get(rate);
			if (known != null) {
				return known;
			}
			rates.add(RateSpec.of(rate, path));
			slots.put(rate, rates.size() - 1);
			return rates.size() - 1;
		}
	}

	/**
	 * Checks the campaign and flattens it.
	 *
	 * @throws CampaignInputException naming the first problem's path: a negative price, cost or size, a rate outside
	 *                                [0, 1] or missing, a share outside [0, 1], a reference to an element that is not
	 *                                part of the campaign, two elements with one id
	 */
	public static CampaignPlan compile(Campaign campaign) throws CampaignInputException {
		Builder b = new Builder();
		b.name = campaign.getName() == null ? campaign.getId() : campaign.getName();
		b.currency = campaign.getCurrency();
		b.fixedCosts = nonNegative(campaign, "fixedCosts", campaign.getFixedCosts());
		b.target = campaign.getTarget();
		b.targetMetric = campaign.getTargetMetric();
		List<CampaignStream> streams = campaign.getPlannedStreams();
		List<CampaignProduct> products = campaign.getProducts();
		List<TargetSegment> segments = campaign.getSegments();
		if (streams.isEmpty()) {
			throw new CampaignInputException("plannedStreams", "the campaign plans no stream");
		}
		if (products.isEmpty()) {
			throw new CampaignInputException("products", "the campaign offers no product");
		}
		if (segments.isEmpty()) {
			throw new CampaignInputException("segments", "the campaign targets no segment");
		}
		int T = streams.size(), P = products.size(), S = segments.size();
		b.streamIds = ids(streams.stream().map(CampaignStream::getId).toList(), streams);
		b.productIds = ids(products.stream().map(CampaignProduct::getId).toList(), products);
		b.segmentIds = ids(segments.stream().map(TargetSegment::getId).toList(), segments);

		b.prices = new double[P];
		b.unitCosts = new double[P];
		b.commissions = new double[P];
		b.capacities = new int[P];
		for (int p = 0; p < P; p++) {
			CampaignProduct product = products.get(p);
			Double price = product.getPrice();
			if (price == null && product.getProduct() != null && !product.getProduct().eIsProxy()) {
				price = product.getProduct().getPrice();
			}
			if (price == null) {
				throw new CampaignInputException(CampaignPaths.of(product, "price"),
						"no price: set price or refer to a catalog product");
			}
			b.prices[p] = nonNegative(product, "price", price);
			if (product.getMargin() != null) {
				double margin = share(product, "margin", product.getMargin());
				b.unitCosts[p] = b.prices[p] * (1 - margin);
			} else {
				b.unitCosts[p] = nonNegative(product, "unitCost", product.getUnitCost());
			}
			b.commissions[p] = share(product, "commission", product.getCommission());
			Integer capacity = product.getCapacity();
			if (capacity != null && capacity < 0) {
				throw new CampaignInputException(CampaignPaths.of(product, "capacity"),
						"capacity must not be negative, got " + capacity);
			}
			b.capacities[p] = capacity == null ? -1 : capacity;
		}

		b.segmentSizes = new double[S];
		double totalSize = 0;
		for (int s = 0; s < S; s++) {
			TargetSegment segment = segments.get(s);
			if (segment.getSize() <= 0) {
				throw new CampaignInputException(CampaignPaths.of(segment, "size"),
						"a target segment needs a positive size, got " + segment.getSize());
			}
			b.segmentSizes[s] = segment.getSize();
			totalSize += segment.getSize();
		}

		Set<EObject> streamSet = new HashSet<>(streams);
		Set<EObject> productSet = new HashSet<>(products);
		Set<EObject> offerSet = new HashSet<>(campaign.getOffers());
		for (CampaignOffer offer : campaign.getOffers()) {
			share(offer, "discount", offer.getDiscount());
			share(offer, "uptake", offer.getUptake());
			if (offer.getBundlePrice() != null) {
				nonNegative(offer, "bundlePrice", offer.getBundlePrice());
			}
			if (offer.getPriceElasticity() < 0) {
				throw new CampaignInputException(CampaignPaths.of(offer, "priceElasticity"),
						"must not be negative (a lower price does not lower sales), got " + offer.getPriceElasticity());
			}
			for (CampaignProduct product : offer.getProducts()) {
				member(productSet, product, offer, "products");
			}
		}
		b.streamCosts = new double[T];
		b.expectedReachShare = new double[T * S];
		b.priceFactors = new double[T * P];
		b.purchaseMultipliers = new double[T * P];
		b.offered = new boolean[T * P];
		Arrays.fill(b.expectedReachShare, Double.NaN);
		for (int t = 0; t < T; t++) {
			CampaignStream stream = streams.get(t);
			b.streamCosts[t] = nonNegative(stream, "hostFee", stream.getHostFee())
					+ nonNegative(stream, "promotionSpend", stream.getPromotionSpend());
			if (stream.getExpectedReach() != null) {
				double reach = nonNegative(stream, "expectedReach", stream.getExpectedReach());
				for (int s = 0; s < S; s++) {
					b.expectedReachShare[t * S + s] = reach * b.segmentSizes[s] / totalSize;
				}
			}
			for (CampaignProduct product : stream.getProducts()) {
				member(productSet, product, stream, "products");
			}
			for (int p = 0; p < P; p++) {
				CampaignProduct product = products.get(p);
				int tp = t * P + p;
				b.offered[tp] = stream.getProducts().isEmpty() || stream.getProducts().contains(product);
				b.priceFactors[tp] = 1;
				b.purchaseMultipliers[tp] = 1;
			}
			for (CampaignOffer offer : stream.getOffers()) {
				member(offerSet, offer, stream, "offers");
				double discount = offer.getDiscount();
				if (offer.getKind() == CampaignOfferKind.BUNDLE && offer.getBundlePrice() != null) {
					double sum = 0;
					for (CampaignProduct product : offer.getProducts()) {
						sum += b.prices[products.indexOf(product)];
					}
					discount = sum > 0 ? Math.max(0, 1 - offer.getBundlePrice() / sum) : 0;
				}
				for (int p = 0; p < P; p++) {
					CampaignProduct product = products.get(p);
					if (!offer.getProducts().isEmpty() && !offer.getProducts().contains(product)) {
						continue;
					}
					int tp = t * P + p;
					double uptake = offer.getUptake();
					// buyers who use the offer pay (1 - discount); the elasticity lifts their purchase rate
					b.priceFactors[tp] *= 1 - uptake * discount;
					double lift = discount < 1 ? Math.pow(1 - discount, -offer.getPriceElasticity()) : 1;
					b.purchaseMultipliers[tp] *= uptake * lift + (1 - uptake);
				}
			}
		}

		b.funnelSlots = new int[T * S * 4];
		b.conversionSlots = new int[T * S * P * 4];
		Arrays.fill(b.funnelSlots, -1);
		Arrays.fill(b.conversionSlots, -1);
		for (int s = 0; s < S; s++) {
			TargetSegment segment = segments.get(s);
			Map<CampaignStream, Funnel> byStream = new HashMap<>();
			Funnel general = null;
			for (Funnel funnel : segment.getFunnels()) {
				if (funnel.getStream() != null && !funnel.getStream().eIsProxy()
						&& funnel.getStream().eContainer() instanceof io.streamwise.model.campaign.Scenario) {
					continue; // the funnel of a stream a scenario adds: not part of this plan
				}
				if (funnel.getStream() == null) {
					if (general != null) {
						throw new CampaignInputException(CampaignPaths.of(funnel),
								"a second funnel without a stream: only one funnel may apply to every stream");
					}
					general = funnel;
				} else {
					member(streamSet, funnel.getStream(), funnel, "stream");
					if (byStream.put(funnel.getStream(), funnel) != null) {
						throw new CampaignInputException(CampaignPaths.of(funnel),
								"a second funnel for stream " + funnel.getStream().getId());
					}
				}
				if (funnel.getWatchMinutes() < 0) {
					throw new CampaignInputException(CampaignPaths.of(funnel, "watchMinutes"),
							"must not be negative, got " + funnel.getWatchMinutes());
				}
			}
			for (int t = 0; t < T; t++) {
				Funnel funnel = byStream.getOrDefault(streams.get(t), general);
				if (funnel == null) {
					continue; // the segment is not reached by this stream
				}
				int ts = t * S + s;
				String fp = CampaignPaths.of(funnel);
				if (Double.isNaN(b.expectedReachShare[ts])) {
					b.funnelSlots[ts * 4 + REACH] = b.slot(funnel.getReach(), fp + "/reach");
				}
				b.funnelSlots[ts * 4 + JOIN] = b.slot(funnel.getJoin(), fp + "/join");
				b.funnelSlots[ts * 4 + WATCH] = b.slot(funnel.getWatch(), fp + "/watch");
				b.funnelSlots[ts * 4 + ENGAGE] = b.slot(funnel.getEngage(), fp + "/engage");
				Map<CampaignProduct, Conversion> byProduct = new HashMap<>();
				Conversion any = null;
				for (Conversion conversion : funnel.getConversions()) {
					if (conversion.getProduct() == null) {
						any = conversion;
					} else {
						member(productSet, conversion.getProduct(), conversion, "product");
						byProduct.put(conversion.getProduct(), conversion);
					}
				}
				for (int p = 0; p < P; p++) {
					Conversion conversion = byProduct.getOrDefault(products.get(p), any);
					if (conversion == null || !b.offered[t * P + p]) {
						continue;
					}
					int base = (ts * P + p) * 4;
					String cp = CampaignPaths.of(conversion);
					b.conversionSlots[base + CLICK] = b.slot(conversion.getClick(), cp + "/click");
					b.conversionSlots[base + CART] = b.slot(conversion.getCart(), cp + "/cart");
					b.conversionSlots[base + PURCHASE] = b.slot(conversion.getPurchase(), cp + "/purchase");
					b.conversionSlots[base + REFUND] = conversion.getRefund() == null ? -1
							: b.slot(conversion.getRefund(), cp + "/refund");
				}
			}
		}
		return new CampaignPlan(b);
	}

	private static String[] ids(List<String> ids, List<? extends EObject> elements) throws CampaignInputException {
		Set<String> seen = new HashSet<>();
		String[] out = new String[ids.size()];
		for (int i = 0; i < out.length; i++) {
			String id = ids.get(i);
			if (id == null || id.isBlank()) {
				throw new CampaignInputException(CampaignPaths.of(elements.get(i), "id"), "the id is missing");
			}
			if (!seen.add(id)) {
				throw new CampaignInputException(CampaignPaths.of(elements.get(i), "id"), "the id " + id
						+ " is used twice");
			}
			out[i] = id;
		}
		return out;
	}

	private static void member(Set<EObject> allowed, EObject target, EObject holder, String feature)
			throws CampaignInputException {
		if (target.eIsProxy() || !allowed.contains(target)) {
			throw new CampaignInputException(CampaignPaths.of(holder, feature),
					"dangling reference: it refers to an element that is not part of this campaign's plan");
		}
	}

	private static double nonNegative(EObject element, String attribute, double v) throws CampaignInputException {
		if (!(v >= 0) || Double.isInfinite(v)) {
			throw new CampaignInputException(CampaignPaths.of(element, attribute), "must not be negative, got " + v);
		}
		return v;
	}

	private static double share(EObject element, String attribute, double v) throws CampaignInputException {
		if (!(v >= 0 && v <= 1)) {
			throw new CampaignInputException(CampaignPaths.of(element, attribute),
					"a share between 0 and 1, got " + v);
		}
		return v;
	}
}
