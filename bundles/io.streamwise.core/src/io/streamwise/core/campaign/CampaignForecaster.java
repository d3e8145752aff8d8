// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateContinuousSampler;

import io.streamwise.api.progress.ParallelChunks;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.campaign.Forecast.Group;
import io.streamwise.core.campaign.Forecast.Summary;
import io.streamwise.core.campaign.Forecast.TornadoBar;
import io.streamwise.core.campaign.Forecast.VarianceShare;
import io.streamwise.model.campaign.TargetMetric;

/**
 * Seeded Monte Carlo forecast of a {@link CampaignPlan}.
 *
 * <p>Each draw takes every uncertain rate from its Beta distribution (Commons RNG's {@link ChengBetaSampler}: a
 * few uniforms per value, where Commons Math's BetaDistribution cost three quarters of the forecast's CPU), once for the whole
 * campaign; a rate with a stream concentration then varies per stream around the drawn value. People flow down each
 * segment's funnel in each stream (reached, joined, watched at least N minutes, engaged; then per product clicked,
 * carted, bought); purchases get the sampling noise of a binomial count (normal approximation, rounded, at least 0)
 * unless {@link Settings#salesNoise} is off. Capacity caps the units of a product over the whole campaign, in stream
 * order (within a stream, segments in their order). A purchase is one unit, so buyers count purchases.
 *
 * <p>Draw {@code d} reseeds one generator with {@code seed} and {@code d} ({@link SplitMixGenerator#drawSeed}), and the
 * draws are split into chunks of a fixed size whatever the thread count; results are identical for a seed at any
 * thread count. The inner loop allocates nothing (stream-varying rates aside, which build a small Beta sampler per stream).
 */
public final class CampaignForecaster {

	/** Draws per chunk: fixed, so that results never depend on the thread count. */
	static final int CHUNK = 1000;

	static final int VIEWERS = 0, BUYERS = 1, REVENUE = 2, REFUNDS = 3, PROFIT = 4, METRICS = 5;

	/** The funnel's stages as {@link Forecast#funnel()} names them, in order. */
	static final List<String> STAGES = List.of("reached", "joined", "watched", "engaged", "clicked", "carted",
			"bought");

	/** Bins of the target metric's histogram. */
	static final int BINS = 40;

	/**
	 * @param draws      Monte Carlo draws, at least 1
	 * @param seed       seed of every random choice
	 * @param threads    threads, 0 for every processor
	 * @param salesNoise whether purchases get binomial sampling noise (off: expected counts, for checks by hand)
	 */
	public record Settings(int draws, long seed, int threads, boolean salesNoise) {
		public Settings {
			if (draws < 1) {
				throw new IllegalArgumentException("draws must be at least 1, got " + draws);
			}
		}
	}

	private final CampaignPlan plan;
	private final int T, P, S, G;
	private final int[] uncertain; // slots drawn from a distribution
	private final int[] perStream; // slots that vary from stream to stream

	public CampaignForecaster(CampaignPlan plan) {
		this.plan = plan;
		T = plan.streamIds.length;
		P = plan.productIds.length;
		S = plan.segmentIds.length;
		G = T + P + S + 1;
		uncertain = java.util.stream.IntStream.range(0, plan.rates.size()).filter(i -> plan.rates.get(i).uncertain())
				.toArray();
		perStream = java.util.stream.IntStream.range(0, plan.rates.size())
				.filter(i -> plan.rates.get(i).variesByStream()).toArray();
	}

	/** Runs the forecast; the monitor reports chunks done and is checked for cancellation between them. */
	public Forecast run(String scenario, Settings settings, ProgressMonitor monitor) {
		int draws = settings.draws();
		int chunks = (draws + CHUNK - 1) / CHUNK;
		DrawTable samples = new DrawTable(G * METRICS, draws);
		int U = uncertain.length;
		// per chunk: sum x, x^2, x*profit per input; profit, profit^2; people per funnel stage
		double[][] sums = new double[chunks][3 * U + 2 + STAGES.size()];
		monitor.begin("Forecasting " + plan.name + " (" + scenario + ")", chunks);
		// the tornado and the profit at the medians need no draws: item 0, beside the first chunks
		Deterministic[] deterministic = new Deterministic[1];
		try (ParallelChunks parallel = new ParallelChunks(settings.threads(), "campaign")) {
			parallel.forEach(chunks + 1, item -> {
				if (item == 0) {
					deterministic[0] = deterministic();
				} else {
					runChunk(item - 1, settings, samples, sums[item - 1]);
				}
			}, item -> {
				if (item > 0) {
					monitor.worked(1);
				}
			}, monitor);
		}
		// done
		// merged in chunk order: the same sums at any thread count
		double[] total = new double[3 * U + 2 + STAGES.size()];
		for (double[] s : sums) {
			for (int i = 0; i < total.length; i++) {
				total[i] += s[i];
			}
		}
		return summarize(scenario, settings, samples, total, deterministic[0]);
	}

	private void runChunk(int chunk, Settings settings, DrawTable samples, double[] sums) {
		Drawer drawer = new Drawer(settings, samples, sums);
		int from = chunk * CHUNK, to = Math.min(settings.draws(), from + CHUNK);
		for (int d = from; d < to; d++) {
			drawer.draw(d);
		}
	}

	/**
	 * One chunk's draws. Each draw is one call of {@link #draw(int)}, made of small steps: the JIT compiles them as
	 * methods called 100,000 times, where one loop over a chunk's draws holding them all was compiled three times over
	 * (twice on stack replacement, at two of its inner loops, then as a method), each compilation taking the Beta
	 * samplers, the funnel and the bookkeeping together.
	 */
	private final class Drawer {
		private final long seed;
		private final SplitMixGenerator rng = new SplitMixGenerator(0);
		private final SplitMixGenerator noise;
		private final SharedStateContinuousSampler[] distributions;
		private final double[] values;
		private final Workspace ws;
		private final float[][] arrays = new float[G * METRICS][];
		private final int[] offsets = new int[G * METRICS];
		private final double[] sums;

		Drawer(Settings settings, DrawTable samples, double[] sums) {
			this.seed = settings.seed();
			this.noise = settings.salesNoise() ? rng : null;
			this.sums = sums;
			List<RateSpec> rates = plan.rates;
			distributions = new SharedStateContinuousSampler[rates.size()];
			values = new double[rates.size()];
			for (int i = 0; i < rates.size(); i++) {
				RateSpec r = rates.get(i);
				values[i] = r.value();
				if (r.uncertain()) {
					distributions[i] = ChengBetaSampler.of(rng, r.alpha(), r.beta());
				}
			}
			ws = new Workspace(rates.size(), G, P);
			for (int k = 0; k < G * METRICS; k++) {
				arrays[k] = samples.array(k);
				offsets[k] = samples.offset(k);
			}
		}

		void draw(int d) {
			rng.setSeed(SplitMixGenerator.drawSeed(seed, d));
			sampleRates();
			simulate(values, noise, ws);
			store(d);
			accumulate();
		}

		private void sampleRates() {
			for (int u : uncertain) {
				values[u] = distributions[u].sample();
			}
		}

		private void store(int d) {
			double[] acc = ws.acc;
			for (int k = 0; k < acc.length; k++) {
				arrays[k][offsets[k] + d] = (float) acc[k];
			}
		}

		/** Adds the draw to its chunk's sums: x, x^2, x * profit per input; profit, profit^2; people per stage. */
		private void accumulate() {
			int U = uncertain.length;
			double profit = ws.acc[(G - 1) * METRICS + PROFIT];
			for (int u = 0; u < U; u++) {
				double x = values[uncertain[u]];
				sums[3 * u] += x;
				sums[3 * u + 1] += x * x;
				sums[3 * u + 2] += x * profit;
			}
			sums[3 * U] += profit;
			sums[3 * U + 1] += profit * profit;
			double[] stages = ws.stages;
			for (int k = 0; k < stages.length; k++) {
				sums[3 * U + 2 + k] += stages[k];
			}
		}
	}

	/**
	 * Every metric's draws, metric k's draw d at {@code array(k)[offset(k) + d]}, in as few arrays as an array's size
	 * allows (one for up to 26 million values). G1 allocates so large an array outside the young generation: 80 arrays
	 * of a metric each, live for the whole forecast, were copied by each of the young collections that their own
	 * allocation caused in a fresh JVM's small heap.
	 */
	static final class DrawTable {
		private final float[][] arrays;
		private final int perArray, draws;

		DrawTable(int metrics, int draws) {
			this(metrics, draws, Integer.MAX_VALUE - 8);
		}

		/** With arrays of at most {@code largest} values where metrics allow (tests). */
		DrawTable(int metrics, int draws, int largest) {
			this.draws = draws;
			perArray = Math.max(1, Math.min(metrics, largest / draws));
			arrays = new float[(metrics + perArray - 1) / perArray][];
			for (int a = 0; a < arrays.length; a++) {
				arrays[a] = new float[Math.min(perArray, metrics - a * perArray) * draws];
			}
		}

		float[] array(int metric) {
			return arrays[metric / perArray];
		}

		int offset(int metric) {
			return metric % perArray * draws;
		}
	}

	/** Per-chunk scratch space, allocated once per chunk. */
	private static final class Workspace {
		final double[] streamValues;
		final double[] acc;
		final double[] capacityLeft;
		final double[] stages = new double[STAGES.size()];

		Workspace(int slots, int groups, int products) {
			streamValues = new double[slots];
			acc = new double[groups * METRICS];
			capacityLeft = new double[products];
		}
	}

	/**
	 * One pass of the campaign with the rates in {@code values}; rng null for expected counts without noise and
	 * without stream-to-stream variation. Results in {@code ws.acc}: [group * METRICS + metric].
	 */
	private void simulate(double[] values, SplitMixGenerator rng, Workspace ws) {
		double[] acc = ws.acc;
		Arrays.fill(acc, 0);
		double[] stages = ws.stages;
		Arrays.fill(stages, 0);
		for (int p = 0; p < P; p++) {
			ws.capacityLeft[p] = plan.capacities[p] < 0 ? Double.POSITIVE_INFINITY : plan.capacities[p];
		}
		// without stream-to-stream variation every stream uses the draw's values as they are
		boolean varying = rng != null && perStream.length > 0;
		double[] sv = varying ? ws.streamValues : values;
		List<RateSpec> rates = plan.rates;
		int total = (G - 1) * METRICS;
		for (int t = 0; t < T; t++) {
			if (varying) {
				System.arraycopy(values, 0, sv, 0, values.length);
				for (int i : perStream) {
					RateSpec r = rates.get(i);
					double v = Math.min(1 - 1e-9, Math.max(1e-9, values[i]));
					sv[i] = ChengBetaSampler.of(rng, v * r.streamConcentration(), (1 - v) * r.streamConcentration())
							.sample();
				}
			}
			int st = t * METRICS;
			for (int s = 0; s < S; s++) {
				int ts = t * S + s;
				int fs = ts * 4;
				if (plan.funnelSlots[fs + CampaignPlan.JOIN] < 0) {
					continue;
				}
				double known = plan.expectedReachShare[ts];
				double reached = Double.isNaN(known) ? plan.segmentSizes[s] * sv[plan.funnelSlots[fs]] : known;
				double joined = reached * sv[plan.funnelSlots[fs + CampaignPlan.JOIN]];
				double watched = joined * sv[plan.funnelSlots[fs + CampaignPlan.WATCH]];
				double engaged = watched * sv[plan.funnelSlots[fs + CampaignPlan.ENGAGE]];
				stages[0] += reached;
				stages[1] += joined;
				stages[2] += watched;
				stages[3] += engaged;
				int sg = (T + P + s) * METRICS;
				acc[st + VIEWERS] += joined;
				acc[sg + VIEWERS] += joined;
				acc[total + VIEWERS] += joined;
				for (int p = 0; p < P; p++) {
					int cs = (ts * P + p) * 4;
					if (plan.conversionSlots[cs] < 0) {
						continue;
					}
					int tp = t * P + p;
					double clicked = engaged * sv[plan.conversionSlots[cs + CampaignPlan.CLICK]];
					double carted = clicked * sv[plan.conversionSlots[cs + CampaignPlan.CART]];
					stages[4] += clicked;
					stages[5] += carted;
					double rate = Math.min(1, sv[plan.conversionSlots[cs + CampaignPlan.PURCHASE]]
							* plan.purchaseMultipliers[tp]);
					double units = carted * rate;
					if (rng != null) {
						units = Math.max(0, Math.rint(units + Math.sqrt(units * (1 - rate)) * rng.nextGaussian()));
					}
					units = Math.min(units, ws.capacityLeft[p]);
					ws.capacityLeft[p] -= units;
					stages[6] += units;
					double paid = plan.prices[p] * plan.priceFactors[tp];
					double revenue = units * paid;
					int rs = plan.conversionSlots[cs + CampaignPlan.REFUND];
					double refunds = rs < 0 ? 0 : revenue * sv[rs];
					double contribution = (revenue - refunds) * (1 - plan.commissions[p]) - units * plan.unitCosts[p];
					int pg = (T + p) * METRICS;
					acc[pg + VIEWERS] += engaged;
					add(acc, st, units, revenue, refunds, contribution);
					add(acc, pg, units, revenue, refunds, contribution);
					add(acc, sg, units, revenue, refunds, contribution);
					add(acc, total, units, revenue, refunds, contribution);
				}
			}
			acc[st + PROFIT] -= plan.streamCosts[t];
			acc[total + PROFIT] -= plan.streamCosts[t];
		}
		acc[total + PROFIT] -= plan.fixedCosts;
	}

	private static void add(double[] acc, int group, double units, double revenue, double refunds,
			double contribution) {
		acc[group + BUYERS] += units;
		acc[group + REVENUE] += revenue;
		acc[group + REFUNDS] += refunds;
		acc[group + PROFIT] += contribution;
	}

	/** Profit of one pass with the given rate values, without noise: for the tornado. */
	private double deterministicProfit(double[] values) {
		Workspace ws = new Workspace(values.length, G, P);
		simulate(values, null, ws);
		return ws.acc[(G - 1) * METRICS + PROFIT];
	}

	/** What the forecast computes without draws: the tornado, and the profit with every rate at its median. */
	private record Deterministic(List<TornadoBar> tornado, double medianProfit) {
	}

	private Deterministic deterministic() {
		double[] medians = new double[plan.rates.size()];
		for (int i = 0; i < medians.length; i++) {
			medians[i] = plan.rates.get(i).quantile(0.5);
		}
		return new Deterministic(tornado(medians), deterministicProfit(medians));
	}

	private Forecast summarize(String scenario, Settings settings, DrawTable samples, double[] sums,
			Deterministic deterministic) {
		int draws = settings.draws();
		int M = G * METRICS;
		Summary[] summaries = new Summary[M];
		// the metrics are independent, so any thread count gives the same; a few per chunk share the scratch space
		int per = 4;
		ParallelChunks.forEach((M + per - 1) / per, settings.threads(), c -> {
			FloatOrderStatistics order = new FloatOrderStatistics();
			for (int k = c * per; k < Math.min(M, c * per + per); k++) {
				summaries[k] = summary(samples.array(k), samples.offset(k), draws, order);
			}
		}, ProgressMonitor.NULL);
		double spend = plan.spend();
		List<Group> streams = new ArrayList<>(), products = new ArrayList<>(), segments = new ArrayList<>();
		Group total = null;
		for (int g = 0; g < G; g++) {
			boolean costed = g < T || g == G - 1;
			double cost = g < T ? plan.streamCosts[g] : spend;
			Summary profit = summaries[g * METRICS + PROFIT];
			Summary roi = costed && cost > 0
					? new Summary(profit.mean() / cost, profit.p10() / cost, profit.p50() / cost, profit.p90() / cost)
					: null;
			Summary buyers = summaries[g * METRICS + BUYERS];
			String id = g < T ? plan.streamIds[g]
					: g < T + P ? plan.productIds[g - T] : g < T + P + S ? plan.segmentIds[g - T - P] : "total";
			Group group = new Group(id, summaries[g * METRICS + VIEWERS], buyers, buyers,
					summaries[g * METRICS + REVENUE], summaries[g * METRICS + REFUNDS], profit, roi);
			if (g == G - 1) {
				total = group;
			} else {
				(g < T ? streams : g < T + P ? products : segments).add(group);
			}
		}
		// cumulative revenue path
		List<Summary> cumulative = new ArrayList<>();
		float[] running = new float[draws];
		FloatOrderStatistics order = new FloatOrderStatistics();
		for (int t = 0; t < T; t++) {
			float[] revenue = samples.array(t * METRICS + REVENUE);
			int from = samples.offset(t * METRICS + REVENUE);
			for (int d = 0; d < draws; d++) {
				running[d] += revenue[from + d];
			}
			cumulative.add(summary(running, 0, draws, order));
		}
		int metric = switch (plan.targetMetric == null ? TargetMetric.PROFIT : plan.targetMetric) {
		case PROFIT -> PROFIT;
		case REVENUE -> REVENUE;
		case BUYERS -> BUYERS;
		};
		float[] totals = samples.array((G - 1) * METRICS + metric);
		int from = samples.offset((G - 1) * METRICS + metric);
		int reached = 0;
		for (int d = from; d < from + draws; d++) {
			if (totals[d] >= plan.target) {
				reached++;
			}
		}
		String targetMetric = (plan.targetMetric == null ? TargetMetric.PROFIT : plan.targetMetric).getLiteral()
				.toLowerCase(java.util.Locale.ROOT);
		int U = uncertain.length;
		List<Forecast.Stage> funnel = new ArrayList<>();
		for (int k = 0; k < STAGES.size(); k++) {
			funnel.add(new Forecast.Stage(STAGES.get(k), sums[3 * U + 2 + k] / draws));
		}
		return new Forecast(scenario, draws, settings.seed(), streams, products, segments, total, cumulative,
				targetMetric, plan.target, reached / (double) draws, spend, deterministic.tornado(),
				varianceShares(sums, draws), deterministic.medianProfit(), histogram(targetMetric, totals, from, draws),
				funnel);
	}

	/** {@value #BINS} bins of equal width from the lowest value to the highest. */
	static Forecast.Histogram histogram(String metric, float[] values, int from, int n) {
		double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
		for (int i = from; i < from + n; i++) {
			low = Math.min(low, values[i]);
			high = Math.max(high, values[i]);
		}
		double width = (high - low) / BINS;
		int[] counts = new int[width > 0 ? BINS : 1];
		for (int i = from; i < from + n; i++) {
			counts[width > 0 ? Math.min(BINS - 1, (int) ((values[i] - low) / width)) : 0]++;
		}
		return new Forecast.Histogram(metric, low, width, Arrays.stream(counts).boxed().toList());
	}

	/** The quantiles of {@link Summary}. */
	private static final double[] QUANTILES = { 0.1, 0.5, 0.9 };

	/**
	 * Mean and P10, P50, P90 of the draws: linear interpolation between order statistics (R's type 7). The order
	 * statistics come from {@link FloatOrderStatistics} (linear time, the draws left as they are); the difference is
	 * rounded to float as when the draws were sorted as floats, so the figures are those of a sort.
	 */
	static Summary summary(float[] values, int from, int n, FloatOrderStatistics order) {
		double sum = 0;
		for (int i = from; i < from + n; i++) {
			sum += values[i];
		}
		int[] ranks = new int[2 * QUANTILES.length];
		for (int i = 0; i < QUANTILES.length; i++) {
			int lo = (int) Math.floor((n - 1) * QUANTILES[i]);
			ranks[2 * i] = lo;
			ranks[2 * i + 1] = Math.min(n - 1, lo + 1);
		}
		double[] at = new double[ranks.length];
		order.select(values, from, n, ranks, at);
		double[] q = new double[QUANTILES.length];
		for (int i = 0; i < q.length; i++) {
			double h = (n - 1) * QUANTILES[i];
			q[i] = at[2 * i] + (h - Math.floor(h)) * (float) (at[2 * i + 1] - at[2 * i]);
		}
		return new Summary(sum / n, q[0], q[1], q[2]);
	}

	private List<TornadoBar> tornado(double[] medians) {
		List<RateSpec> rates = plan.rates;
		List<TornadoBar> bars = new ArrayList<>();
		for (int u : uncertain) {
			RateSpec r = rates.get(u);
			double lo = r.quantile(0.1), hi = r.quantile(0.9);
			double[] values = medians.clone();
			values[u] = lo;
			double profitLo = deterministicProfit(values);
			values[u] = hi;
			double profitHi = deterministicProfit(values);
			bars.add(new TornadoBar(r.path(), lo, hi, profitLo, profitHi));
		}
		bars.sort(Comparator.comparingDouble(TornadoBar::swing).reversed().thenComparing(TornadoBar::input));
		return bars;
	}

	private List<VarianceShare> varianceShares(double[] sums, int draws) {
		int U = uncertain.length;
		double n = draws;
		double sy = sums[3 * U], syy = sums[3 * U + 1];
		double varY = syy / n - (sy / n) * (sy / n);
		List<VarianceShare> shares = new ArrayList<>();
		for (int u = 0; u < U; u++) {
			double sx = sums[3 * u], sxx = sums[3 * u + 1], sxy = sums[3 * u + 2];
			double varX = sxx / n - (sx / n) * (sx / n);
			double cov = sxy / n - (sx / n) * (sy / n);
			double r2 = varX > 0 && varY > 0 ? cov * cov / (varX * varY) : 0;
			shares.add(new VarianceShare(plan.rates.get(uncertain[u]).path(), Math.min(1, r2)));
		}
		shares.sort(Comparator.comparingDouble(VarianceShare::share).reversed().thenComparing(VarianceShare::input));
		return shares;
	}
}
