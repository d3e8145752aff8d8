// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Median;

import io.streamwise.api.progress.ParallelChunks;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.campaign.CampaignFactory;
import io.streamwise.model.campaign.CampaignProduct;
import io.streamwise.model.campaign.CampaignStream;
import io.streamwise.model.campaign.Conversion;
import io.streamwise.model.campaign.Funnel;
import io.streamwise.model.campaign.TargetSegment;

/**
 * Checks the forecast's intervals against simulated markets whose truth is known. Each market has segments of random
 * sizes, products at random prices and, per segment and stage, a true rate that varies from stream to stream (a
 * logit-normal shock per stream, segment and stage, plus a popularity shock per stream shared by every segment's
 * reach, which the forecast does not model). People flow down the funnel as binomial counts. For each cut point k the
 * funnel is learned from the first k streams ({@link StageFit}, as {@code campaign learn} does from a log), the
 * remaining streams are forecast, and their actual revenue is compared with the forecast's P10–P90 interval and
 * median.
 *
 * <p>Every market derives its randomness from the seed and its index; markets run in parallel, each forecast on one
 * thread, so results do not depend on the thread count.
 */
public final class CampaignBacktest {

	/**
	 * @param markets             simulated markets
	 * @param streams             streams per market
	 * @param cuts                the k of "learn from the first k streams", each less than streams
	 * @param draws               forecast draws per case
	 * @param seed                seed of every market and forecast
	 * @param threads             threads, 0 for every processor
	 * @param streamShock         sd of the per-stream logit shock of each segment's rates
	 * @param popularityShock     sd of the per-stream logit shock shared by every segment's reach
	 */
	public record Settings(int markets, int streams, int[] cuts, int draws, long seed, int threads, double streamShock,
			double popularityShock) {

		public static Settings defaults(int markets, long seed) {
			return new Settings(markets, 8, new int[] { 3, 4, 5, 6 }, 2000, seed, 0, 0.25, 0.15);
		}
	}

	/** One market and cut point: the actual revenue of the streams after the cut and its forecast. */
	public record Case(int market, int cut, double actual, double p10, double p50, double p90) {

		public boolean covered() {
			return actual >= p10 && actual <= p90;
		}

		public double absolutePercentageError() {
			return Math.abs(p50 - actual) / actual;
		}
	}

	/** Coverage of the P10–P90 interval and median absolute percentage error of the median, overall and per cut. */
	public record Result(Settings settings, List<Case> cases, double coverage, double mdape, double[] coverageByCut,
			double[] mdapeByCut) {
	}

	private static final int SEGMENTS = 3, PRODUCTS = 3;
	private static final double[] PRICES = { 199, 120, 29 };

	private CampaignBacktest() {
	}

	public static Result run(Settings settings, ProgressMonitor monitor) {
		int cuts = settings.cuts().length;
		Case[][] cases = new Case[settings.markets()][];
		monitor.begin("Backtesting campaign forecasts", settings.markets());
		try (ParallelChunks parallel = new ParallelChunks(settings.threads(), "backtest")) {
			parallel.forEach(settings.markets(), m -> cases[m] = market(m, settings), done -> monitor.worked(1),
					monitor);
		}
		// done
		List<Case> all = new ArrayList<>();
		for (Case[] c : cases) {
			all.addAll(Arrays.asList(c));
		}
		double[] coverageByCut = new double[cuts], mdapeByCut = new double[cuts];
		for (int c = 0; c < cuts; c++) {
			int cut = settings.cuts()[c];
			List<Case> those = all.stream().filter(x -> x.cut() == cut).toList();
			coverageByCut[c] = coverage(those);
			mdapeByCut[c] = mdape(those);
		}
		return new Result(settings, List.copyOf(all), coverage(all), mdape(all), coverageByCut, mdapeByCut);
	}

	private static double coverage(List<Case> cases) {
		return cases.stream().filter(Case::covered).count() / (double) cases.size();
	}

	private static double mdape(List<Case> cases) {
		return new Median().evaluate(cases.stream().mapToDouble(Case::absolutePercentageError).toArray());
	}

	/** The truth of one market, its counts, and a forecast per cut point. */
	private static Case[] market(int m, Settings settings) {
		SplitMixGenerator rng = new SplitMixGenerator(SplitMixGenerator.drawSeed(settings.seed(), m));
		int T = settings.streams();
		int[] sizes = new int[SEGMENTS];
		double[] prices = new double[PRODUCTS];
		for (int s = 0; s < SEGMENTS; s++) {
			sizes[s] = 3000 + rng.nextInt(27_000);
		}
		for (int p = 0; p < PRODUCTS; p++) {
			prices[p] = Math.round(PRICES[p] * Math.exp(0.2 * rng.nextGaussian()));
		}
		// true mean rates on the logit scale: [segment][stage], stages reach, watch, engage
		double[][] funnel = new double[SEGMENTS][3];
		double[][][] product = new double[SEGMENTS][PRODUCTS][4]; // click, cart, purchase, refund
		double[][] funnelRange = { { 0.05, 0.25 }, { 0.3, 0.7 }, { 0.2, 0.6 } };
		double[][] productRange = { { 0.05, 0.25 }, { 0.2, 0.5 }, { 0.15, 0.5 }, { 0.02, 0.1 } };
		for (int s = 0; s < SEGMENTS; s++) {
			for (int k = 0; k < 3; k++) {
				funnel[s][k] = logit(uniform(rng, funnelRange[k]));
			}
			for (int p = 0; p < PRODUCTS; p++) {
				for (int k = 0; k < 4; k++) {
					product[s][p][k] = logit(uniform(rng, productRange[k]));
				}
			}
		}
		// counts per stream: [stream][segment][stage] with stages joined, watched, engaged; per product clicked,
		// carted, bought, refunded
		long[][][] stage = new long[T][SEGMENTS][3];
		long[][][][] bought = new long[T][SEGMENTS][PRODUCTS][4];
		double[] revenue = new double[T];
		for (int t = 0; t < T; t++) {
			double popularity = settings.popularityShock() * rng.nextGaussian();
			for (int s = 0; s < SEGMENTS; s++) {
				long n = sizes[s];
				for (int k = 0; k < 3; k++) {
					double shock = settings.streamShock() * rng.nextGaussian() + (k == 0 ? popularity : 0);
					n = binomial(rng, n, logistic(funnel[s][k] + shock));
					stage[t][s][k] = n;
				}
				for (int p = 0; p < PRODUCTS; p++) {
					long x = stage[t][s][2];
					for (int k = 0; k < 4; k++) {
						x = binomial(rng, x, logistic(product[s][p][k] + settings.streamShock() * rng.nextGaussian()));
						bought[t][s][p][k] = x;
					}
					revenue[t] += bought[t][s][p][2] * prices[p];
				}
			}
		}
		Case[] cases = new Case[settings.cuts().length];
		for (int c = 0; c < cases.length; c++) {
			int cut = settings.cuts()[c];
			Campaign campaign = learned(cut, T, sizes, prices, stage, bought);
			CampaignPlan plan;
			try {
				plan = CampaignPlan.compile(campaign);
			} catch (CampaignInputException e) {
				throw new IllegalStateException("the backtest built an invalid campaign: " + e.getMessage(), e);
			}
			Forecast f = new CampaignForecaster(plan).run("backtest", new CampaignForecaster.Settings(settings.draws(),
					SplitMixGenerator.drawSeed(settings.seed() ^ 0x5DEECE66DL, (long) m * 64 + c), 1, true),
					ProgressMonitor.NULL);
			double actual = 0;
			for (int t = cut; t < T; t++) {
				actual += revenue[t];
			}
			Forecast.Summary r = f.total().revenue();
			cases[c] = new Case(m, cut, actual, r.p10(), r.p50(), r.p90());
		}
		return cases;
	}

	/** The campaign a consultant would have after learning from the first {@code cut} streams. */
	private static Campaign learned(int cut, int T, int[] sizes, double[] prices, long[][][] stage,
			long[][][][] bought) {
		CampaignFactory f = CampaignFactory.eINSTANCE;
		Campaign campaign = f.createCampaign();
		campaign.setId("backtest");
		List<CampaignProduct> products = new ArrayList<>();
		for (int p = 0; p < PRODUCTS; p++) {
			CampaignProduct product = f.createCampaignProduct();
			product.setId("p" + p);
			product.setPrice(prices[p]);
			campaign.getProducts().add(product);
			products.add(product);
		}
		for (int t = cut; t < T; t++) {
			CampaignStream stream = f.createCampaignStream();
			stream.setId("s" + t);
			campaign.getPlannedStreams().add(stream);
		}
		String source = "first " + cut + " streams";
		for (int s = 0; s < SEGMENTS; s++) {
			TargetSegment segment = f.createTargetSegment();
			segment.setId("g" + s);
			segment.setSize(sizes[s]);
			Funnel funnel = f.createFunnel();
			long[] size = new long[cut];
			Arrays.fill(size, sizes[s]);
			funnel.setReach(StageFit.of(column(stage, s, 0, cut), size).toRate(source));
			funnel.setJoin(StageFit.fixed(1.0, null));
			funnel.setWatch(StageFit.of(column(stage, s, 1, cut), column(stage, s, 0, cut)).toRate(source));
			funnel.setEngage(StageFit.of(column(stage, s, 2, cut), column(stage, s, 1, cut)).toRate(source));
			for (int p = 0; p < PRODUCTS; p++) {
				Conversion conversion = f.createConversion();
				conversion.setProduct(products.get(p));
				long[] engaged = column(stage, s, 2, cut);
				long[] clicked = column(bought, s, p, 0, cut), carted = column(bought, s, p, 1, cut);
				long[] purchased = column(bought, s, p, 2, cut), refunded = column(bought, s, p, 3, cut);
				conversion.setClick(StageFit.of(clicked, engaged).toRate(source));
				conversion.setCart(StageFit.of(carted, clicked).toRate(source));
				conversion.setPurchase(StageFit.of(purchased, carted).toRate(source));
				conversion.setRefund(StageFit.of(refunded, purchased).toRate(source));
				funnel.getConversions().add(conversion);
			}
			segment.getFunnels().add(funnel);
			campaign.getSegments().add(segment);
		}
		return campaign;
	}

	private static long[] column(long[][][] counts, int s, int k, int cut) {
		long[] out = new long[cut];
		for (int t = 0; t < cut; t++) {
			out[t] = counts[t][s][k];
		}
		return out;
	}

	private static long[] column(long[][][][] counts, int s, int p, int k, int cut) {
		long[] out = new long[cut];
		for (int t = 0; t < cut; t++) {
			out[t] = counts[t][s][p][k];
		}
		return out;
	}

	private static long binomial(SplitMixGenerator rng, long n, double p) {
		if (n == 0) {
			return 0;
		}
		return new BinomialDistribution(rng, (int) n, p).sample();
	}

	private static double uniform(SplitMixGenerator rng, double[] range) {
		return range[0] + (range[1] - range[0]) * rng.nextDouble();
	}

	private static double logit(double p) {
		return Math.log(p / (1 - p));
	}

	private static double logistic(double x) {
		return 1 / (1 + Math.exp(-x));
	}
}
