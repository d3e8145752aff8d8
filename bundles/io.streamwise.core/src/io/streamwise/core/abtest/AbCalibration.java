// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.abtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.commons.statistics.distribution.NormalDistribution;

import io.streamwise.api.progress.ParallelChunks;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.Seeds;
import io.streamwise.core.simulator.Exposure;
import io.streamwise.core.simulator.LiveStream;
import io.streamwise.core.simulator.SimulatedMarket;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.core.simulator.SimulatorSettings;

/**
 * The calibration bench: thousands of A/A and A/B tests on one simulated market whose every exposure has a known
 * purchase probability, measuring each method's real error rates.
 *
 * <p>The market's first half is the pre-period (its purchases are CUPED's covariate), the second half the test. In
 * each replicate units are assigned to A or B by a fair coin and every test-period exposure's outcome is drawn
 * again from its true probability p, or, for B in an A/B scenario, from p shifted by a known effect on the log-odds:
 * <ul>
 * <li>{@code aa-viewer}: A/A, viewers randomised; the unit is a viewer with an exposure in the test period, the
 * metrics conversion (any purchase) and revenue;</li>
 * <li>{@code aa-stream}: A/A, streams randomised; the unit is a visit (a viewer's exposures in one stream), analysed
 * as if visits were independent and with errors robust to clustering by stream;</li>
 * <li>{@code ab-offer}: B makes an offer where A has none: the simulator's own offer effect δ on the log-odds of
 * exposures without an offer;</li>
 * <li>{@code ab-price}: B is 10 % cheaper: the simulator's price term, γ·s_v·ln(1/0.9) with the viewer's true price
 * sensitivity s_v.</li>
 * </ul>
 * Every replicate draws from a generator seeded by the seed, the scenario and its index only, and writes its own
 * slot, so the results are the same on any number of threads.
 */
public final class AbCalibration {

	public static final List<String> SCENARIOS = List.of("aa-viewer", "aa-stream", "ab-offer", "ab-price");
	/** Methods and what each row of the result measures. */
	public static final List<String> VIEWER_METHODS = List.of("z-pooled", "z-unpooled", "fisher", "welch",
			"welch-revenue", "cuped", "bayesian", "z-pooled-daily-peeking", "msprt-daily-peeking",
			"waudby-smith-daily-peeking");
	public static final List<String> STREAM_METHODS = List.of("z-pooled-ignoring-clusters", "cluster-robust-cr1",
			"cluster-robust", "msprt-cluster-robust-daily-peeking", "waudby-smith-cluster-robust-daily-peeking");

	public record Settings(int replicates, long seed, int threads, String preset, double alpha) {
	}

	/**
	 * One method in one scenario: how often it rejected (type-I error in A/A, power in A/B) with its Monte Carlo
	 * standard error, how often its interval covered the true difference (NaN where it has none), and the mean
	 * estimate against the truth.
	 */
	public record Row(String scenario, String method, int replicates, double rejectionRate, double monteCarloError,
			double coverage, double meanEstimate, double trueEffect, double predictedPower) {
	}

	/** What the bench measured besides the rows. */
	public record Result(Settings settings, int viewerUnits, int visits, int streams, int testDays,
			double controlConversion, double cupedVarianceRatio, double cupedMeanRhoSquared, double srmFalseAlarms,
			Map<String, double[]> peekingByDay, List<Row> rows) {
	}

	/** Keys of the daily-peeking curves in {@link Result#peekingByDay()} (and calibration.json), in their order. */
	public static final String PEEKING_FIXED_HORIZON = "fixedHorizonZ", PEEKING_MSPRT = "msprt",
			PEEKING_CONFIDENCE_SEQUENCE = "waudbySmith";

	private AbCalibration() {
	}

	/** The market's test data, fixed across replicates. */
	static final class Market {
		int units, visits, streams, testDays;
		int[] expUnit, expVisit, expStream, expDay;
		double[] expP, expPrice, offerShift, priceShift;
		int[] unitEntry, visitStream, visitEntry;
		double[] covariate;
	}

	static Market prepare(SimulatedMarket market) {
		SimulatorSettings s = market.settings();
		long start = market.periodStart();
		int days = s.days();
		int testStart = days / 2;
		Map<String, Integer> viewerIndex = new HashMap<>();
		for (int i = 0; i < market.viewers().size(); i++) {
			viewerIndex.put(market.viewers().get(i).id(), i);
		}
		Map<String, Integer> streamIndex = new HashMap<>();
		List<LiveStream> streams = market.streams();
		for (int i = 0; i < streams.size(); i++) {
			streamIndex.put(streams.get(i).id(), i);
		}
		double[] pre = new double[market.viewers().size()];
		Map<Integer, Integer> unitOf = new HashMap<>();
		Map<Long, Integer> visitOf = new HashMap<>();
		List<int[]> rows = new ArrayList<>();
		List<double[]> values = new ArrayList<>();
		List<Integer> unitViewer = new ArrayList<>();
		List<Integer> visitStreams = new ArrayList<>();
		for (Exposure e : market.exposures()) {
			int viewer = viewerIndex.get(e.viewer());
			int day = (int) Math.floorDiv(e.time() - start, 86_400L);
			if (day < testStart) {
				pre[viewer] += e.purchased() ? 1 : 0;
				continue;
			}
			int stream = streamIndex.get(e.stream());
			int unit = unitOf.computeIfAbsent(viewer, v -> {
				unitViewer.add(v);
				return unitViewer.size() - 1;
			});
			int visit = visitOf.computeIfAbsent(((long) viewer << 32) | stream, v -> {
				visitStreams.add(stream);
				return visitStreams.size() - 1;
			});
			double sensitivity = market.latentViewers().get(viewer).priceSensitivity();
			rows.add(new int[] { unit, visit, stream, Math.min(day - testStart, days - testStart - 1) });
			values.add(new double[] { e.probability(), e.price(), e.offered() ? 0 : s.offerEffect(),
					s.priceEffect() * sensitivity * Math.log(1 / 0.9) });
		}
		Market m = new Market();
		int n = rows.size();
		m.units = unitViewer.size();
		m.visits = visitStreams.size();
		m.streams = streams.size();
		m.testDays = days - testStart;
		m.expUnit = new int[n];
		m.expVisit = new int[n];
		m.expStream = new int[n];
		m.expDay = new int[n];
		m.expP = new double[n];
		m.expPrice = new double[n];
		m.offerShift = new double[n];
		m.priceShift = new double[n];
		m.unitEntry = new int[m.units];
		m.visitEntry = new int[m.visits];
		java.util.Arrays.fill(m.unitEntry, Integer.MAX_VALUE);
		java.util.Arrays.fill(m.visitEntry, Integer.MAX_VALUE);
		m.visitStream = visitStreams.stream().mapToInt(Integer::intValue).toArray();
		for (int i = 0; i < n; i++) {
			int[] r = rows.get(i);
			double[] v = values.get(i);
			m.expUnit[i] = r[0];
			m.expVisit[i] = r[1];
			m.expStream[i] = r[2];
			m.expDay[i] = r[3];
			m.expP[i] = v[0];
			m.expPrice[i] = v[1];
			m.offerShift[i] = v[2];
			m.priceShift[i] = v[3];
			m.unitEntry[r[0]] = Math.min(m.unitEntry[r[0]], r[3]);
			m.visitEntry[r[1]] = Math.min(m.visitEntry[r[1]], r[3]);
		}
		m.covariate = new double[m.units];
		for (int u = 0; u < m.units; u++) {
			m.covariate[u] = pre[unitViewer.get(u)];
		}
		return m;
	}

	static double shifted(double p, double shift) {
		if (shift == 0) {
			return p;
		}
		double logit = Math.log(p / (1 - p)) + shift;
		return 1 / (1 + Math.exp(-logit));
	}

	/** Seed of one replicate of one scenario, from the three alone (core's one seed combination). */
	static long replicateSeed(long seed, int scenario, int index) {
		return Seeds.combine(seed, scenario, index);
	}

	public static Result run(Settings settings, ProgressMonitor monitor) {
		SimulatorSettings simulator = SimulatorSettings.Size
				.valueOf(settings.preset().toUpperCase(java.util.Locale.ROOT))
				.settings(Map.of("seed", Long.toString(settings.seed())));
		monitor.subTask("simulating the market");
		Market m = prepare(Simulator.run(simulator, monitor));
		int n = settings.replicates();
		double alpha = settings.alpha();
		// true conversion per unit under A and under each effect
		double[] trueA = trueConversion(m, null), trueOffer = trueConversion(m, m.offerShift),
				truePrice = trueConversion(m, m.priceShift);
		double baseA = mean(trueA);
		double tau2 = Math.pow(0.1 * baseA, 2); // mixture matched to a 10 % relative lift
		int methods = VIEWER_METHODS.size();
		// [scenario][replicate][method][reject, covered, estimate]
		double[][][][] out = new double[SCENARIOS.size()][n][Math.max(methods, STREAM_METHODS.size())][3];
		double[][] cupedVariance = new double[n][3]; // welch estimate, cuped estimate, rho^2
		boolean[] srm = new boolean[n];
		int[][] naiveFirst = new int[n][1], msprtFirst = new int[n][1], csFirst = new int[n][1];
		int testStreams = (int) java.util.Arrays.stream(m.visitStream).distinct().count();
		monitor.begin("calibrating", (long) n * SCENARIOS.size());
		ParallelChunks.forEach(n * SCENARIOS.size(), settings.threads(), chunk -> {
			int scenario = chunk / n, r = chunk % n;
			SplittableRandom rng = new SplittableRandom(replicateSeed(settings.seed(), scenario, r));
			switch (scenario) {
			case 0 -> viewerReplicate(m, rng, null, 0, alpha, tau2, out[0][r], cupedVariance[r], srm, r,
					new int[][] { naiveFirst[r], msprtFirst[r], csFirst[r] });
			case 1 -> streamReplicate(m, rng, alpha, tau2, testStreams, out[1][r]);
			case 2 -> viewerReplicate(m, rng, m.offerShift, mean(trueOffer) - baseA, alpha, tau2, out[2][r], null,
					null, r, null);
			default -> viewerReplicate(m, rng, m.priceShift, mean(truePrice) - baseA, alpha, tau2, out[3][r], null,
					null, r, null);
			}
			monitor.worked(1);
		}, monitor);
		List<Row> rows = new ArrayList<>();
		double[] effects = { 0, 0, mean(trueOffer) - baseA, mean(truePrice) - baseA };
		for (int sc = 0; sc < SCENARIOS.size(); sc++) {
			List<String> names = sc == 1 ? STREAM_METHODS : VIEWER_METHODS;
			for (int k = 0; k < names.size(); k++) {
				double reject = 0, covered = 0, estimate = 0;
				for (int r = 0; r < n; r++) {
					reject += out[sc][r][k][0];
					covered += out[sc][r][k][1];
					estimate += out[sc][r][k][2];
				}
				double rate = reject / n;
				boolean hasInterval = names.get(k).equals("z-unpooled") || names.get(k).equals("welch")
						|| names.get(k).equals("cuped") || names.get(k).startsWith("cluster-robust")
						|| names.get(k).equals("z-pooled-ignoring-clusters");
				double predicted = Double.NaN;
				if (sc >= 2 && (names.get(k).startsWith("z-") || names.get(k).equals("welch"))) {
					double p2 = baseA + effects[sc];
					predicted = AbDesign.power(new AbDesign.Inputs(true, baseA, 0, p2 - baseA, false,
							new double[] { 0.5, 0.5 }, 0, alpha, 0.8, false, 0, 1, 0, 0), m.units);
				}
				rows.add(new Row(SCENARIOS.get(sc), names.get(k), n, rate, Math.sqrt(rate * (1 - rate) / n),
						hasInterval ? covered / n : Double.NaN,
						names.get(k).contains("revenue") ? Double.NaN : estimate / n,
						names.get(k).contains("revenue") ? 0 : effects[sc], predicted));
			}
		}
		double[] welchEst = new double[n], cupedEst = new double[n];
		double rho2 = 0;
		for (int r = 0; r < n; r++) {
			welchEst[r] = cupedVariance[r][0];
			cupedEst[r] = cupedVariance[r][1];
			rho2 += cupedVariance[r][2];
		}
		double srmRate = 0;
		for (boolean b : srm) {
			srmRate += b ? 1 : 0;
		}
		Map<String, double[]> peeking = new java.util.LinkedHashMap<>();
		peeking.put(PEEKING_FIXED_HORIZON, byDay(naiveFirst, m.testDays));
		peeking.put(PEEKING_MSPRT, byDay(msprtFirst, m.testDays));
		peeking.put(PEEKING_CONFIDENCE_SEQUENCE, byDay(csFirst, m.testDays));
		return new Result(settings, m.units, m.visits, m.streams, m.testDays, baseA,
				variance(cupedEst) / variance(welchEst), rho2 / n, srmRate / n, peeking, rows);
	}

	/** Share of replicates whose first rejection came by each day. */
	private static double[] byDay(int[][] first, int days) {
		double[] share = new double[days];
		for (int[] f : first) {
			for (int d = Math.max(0, f[0]); f[0] >= 0 && d < days; d++) {
				share[d] += 1.0 / first.length;
			}
		}
		return share;
	}

	private static double[] trueConversion(Market m, double[] shift) {
		double[] notBuying = new double[m.units];
		java.util.Arrays.fill(notBuying, 1);
		for (int i = 0; i < m.expP.length; i++) {
			notBuying[m.expUnit[i]] *= 1 - (shift == null ? m.expP[i] : shifted(m.expP[i], shift[i]));
		}
		for (int u = 0; u < m.units; u++) {
			notBuying[u] = 1 - notBuying[u];
		}
		return notBuying;
	}

	/**
	 * One viewer-randomised replicate: fixed-horizon tests on all units, and daily looks (units that entered by the
	 * day, converted by the day) with the naive z test, the mixture SPRT and the asymptotic confidence sequence
	 * (tuned to all the test's units). {@code first}, when given, receives the day of each one's first rejection
	 * (−1: none).
	 */
	static void viewerReplicate(Market m, SplittableRandom rng, double[] shift, double trueEffect, double alpha,
			double tau2, double[][] out, double[] cuped, boolean[] srm, int r, int[][] first) {
		int[] arm = new int[m.units];
		for (int u = 0; u < m.units; u++) {
			arm[u] = rng.nextBoolean() ? 1 : 0;
		}
		int[] purchaseDay = new int[m.units];
		java.util.Arrays.fill(purchaseDay, Integer.MAX_VALUE);
		double[] revenue = new double[m.units];
		for (int i = 0; i < m.expP.length; i++) {
			int u = m.expUnit[i];
			double p = arm[u] == 1 && shift != null ? shifted(m.expP[i], shift[i]) : m.expP[i];
			if (rng.nextDouble() < p) {
				purchaseDay[u] = Math.min(purchaseDay[u], m.expDay[i]);
				revenue[u] += m.expPrice[i];
			}
		}
		long[] n = new long[2], x = new long[2];
		double[][] y = new double[2][], cov = new double[2][], rev = new double[2][];
		for (int a = 0; a < 2; a++) {
			int count = 0;
			for (int u = 0; u < m.units; u++) {
				count += arm[u] == a ? 1 : 0;
			}
			y[a] = new double[count];
			cov[a] = new double[count];
			rev[a] = new double[count];
			n[a] = count;
		}
		int[] k = new int[2];
		for (int u = 0; u < m.units; u++) {
			int a = arm[u];
			boolean bought = purchaseDay[u] != Integer.MAX_VALUE;
			y[a][k[a]] = bought ? 1 : 0;
			cov[a][k[a]] = m.covariate[u];
			rev[a][k[a]++] = revenue[u];
			x[a] += bought ? 1 : 0;
		}
		AbStatistics.Estimate zp = AbStatistics.twoProportionZ(x[0], n[0], x[1], n[1], true, alpha);
		AbStatistics.Estimate zu = AbStatistics.twoProportionZ(x[0], n[0], x[1], n[1], false, alpha);
		AbStatistics.Estimate fisher = AbStatistics.fisher(x[0], n[0], x[1], n[1], alpha);
		AbStatistics.Estimate welch = AbStatistics.welch(AbStatistics.Summary.of(y[0]), AbStatistics.Summary.of(y[1]),
				alpha);
		AbStatistics.Estimate welchRevenue = AbStatistics.welch(AbStatistics.Summary.of(rev[0]),
				AbStatistics.Summary.of(rev[1]), alpha);
		AbStatistics.Cuped c = AbStatistics.cuped(y[0], cov[0], y[1], cov[1], alpha);
		double pBA = AbStatistics.probabilityGreater(1 + x[1], 1 + n[1] - x[1], 1 + x[0], 1 + n[0] - x[0]);
		record(out[0], zp, alpha, trueEffect);
		record(out[1], zu, alpha, trueEffect);
		record(out[2], fisher, alpha, trueEffect);
		record(out[3], welch, alpha, trueEffect);
		record(out[4], welchRevenue, alpha, Double.NaN);
		record(out[5], c.estimate(), alpha, trueEffect);
		out[6][0] = pBA > 1 - alpha / 2 || pBA < alpha / 2 ? 1 : 0;
		out[6][2] = zu.estimate();
		if (cuped != null) {
			cuped[0] = welch.estimate();
			cuped[1] = c.estimate().estimate();
			cuped[2] = c.varianceReduction();
			srm[r] = AbStatistics.sampleRatioMismatch(n, new double[] { 0.5, 0.5 }).mismatch();
		}
		// daily looks
		int days = m.testDays;
		long[][] entered = new long[2][days], converted = new long[2][days];
		for (int u = 0; u < m.units; u++) {
			entered[arm[u]][m.unitEntry[u]]++;
			if (purchaseDay[u] != Integer.MAX_VALUE) {
				converted[arm[u]][purchaseDay[u]]++;
			}
		}
		MixtureSprt msprt = new MixtureSprt(tau2, alpha);
		AsymptoticConfidenceSequence cs = new AsymptoticConfidenceSequence(alpha, m.units);
		long[] ne = new long[2], xe = new long[2];
		int naive = -1, sequential = -1, sequence = -1;
		NormalDistribution normal = NormalDistribution.of(0, 1);
		for (int d = 0; d < days; d++) {
			for (int a = 0; a < 2; a++) {
				ne[a] += entered[a][d];
				xe[a] += converted[a][d];
			}
			if (ne[0] < 2 || ne[1] < 2) {
				continue;
			}
			double pa = (double) xe[0] / ne[0], pb = (double) xe[1] / ne[1];
			double v = pa * (1 - pa) / ne[0] + pb * (1 - pb) / ne[1];
			SequentialTest.Look look = msprt.look(d, ne[0], ne[1], pb - pa, v);
			if (look.reject() && sequential < 0) {
				sequential = d;
			}
			if (cs.look(d, ne[0], ne[1], pb - pa, v).reject() && sequence < 0) {
				sequence = d;
			}
			double pooled = (double) (xe[0] + xe[1]) / (ne[0] + ne[1]);
			double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / ne[0] + 1.0 / ne[1]));
			if (se > 0 && 2 * normal.survivalProbability(Math.abs((pb - pa) / se)) < alpha && naive < 0) {
				naive = d;
			}
		}
		out[7][0] = naive >= 0 ? 1 : 0;
		out[8][0] = sequential >= 0 ? 1 : 0;
		out[9][0] = sequence >= 0 ? 1 : 0;
		if (first != null) {
			first[0][0] = naive;
			first[1][0] = sequential;
			first[2][0] = sequence;
		}
	}

	/**
	 * One stream-randomised A/A replicate: visits analysed as independent units and with cluster-robust errors (CR1
	 * and CR2), and looked at daily with both sequential methods on cluster-robust variances (the confidence
	 * sequence counting clusters, tuned to the test period's {@code streams}).
	 */
	static void streamReplicate(Market m, SplittableRandom rng, double alpha, double tau2, int streams,
			double[][] out) {
		int[] streamArm = new int[m.streams];
		for (int s = 0; s < m.streams; s++) {
			streamArm[s] = rng.nextBoolean() ? 1 : 0;
		}
		int[] purchaseDay = new int[m.visits];
		java.util.Arrays.fill(purchaseDay, Integer.MAX_VALUE);
		for (int i = 0; i < m.expP.length; i++) {
			if (rng.nextDouble() < m.expP[i]) {
				purchaseDay[m.expVisit[i]] = Math.min(purchaseDay[m.expVisit[i]], m.expDay[i]);
			}
		}
		int[] arm = new int[m.visits];
		double[] y = new double[m.visits];
		for (int v = 0; v < m.visits; v++) {
			arm[v] = streamArm[m.visitStream[v]];
			y[v] = purchaseDay[v] != Integer.MAX_VALUE ? 1 : 0;
		}
		AbUnits units = AbUnits.of(List.of("A", "B"), arm, y, null, m.visitStream, m.visitEntry, true);
		if (units.count(0) < 2 || units.count(1) < 2) {
			return; // every stream in one arm: no test (counted as no rejection)
		}
		double[] ya = units.metricOf(0), yb = units.metricOf(1);
		long xa = Math.round(java.util.Arrays.stream(ya).sum()), xb = Math.round(java.util.Arrays.stream(yb).sum());
		record(out[0], AbStatistics.twoProportionZ(xa, ya.length, xb, yb.length, true, alpha), alpha, 0);
		record(out[1], AbStatistics.clusterRobustCr1(ya, units.clusterOf(0), yb, units.clusterOf(1), alpha), alpha,
				0);
		record(out[2], AbStatistics.clusterRobust(ya, units.clusterOf(0), yb, units.clusterOf(1), alpha), alpha, 0);
		MixtureSprt msprt = new MixtureSprt(tau2, alpha);
		AsymptoticConfidenceSequence cs = new AsymptoticConfidenceSequence(alpha, streams);
		boolean rejected = false, sequence = false;
		for (int d = 0; d < m.testDays; d++) {
			AbUnits so = units.upToDay(d);
			int ga = distinctClusters(so, 0), gb = distinctClusters(so, 1);
			if (ga < AbMonitor.MIN_CLUSTERS_PER_ARM || gb < AbMonitor.MIN_CLUSTERS_PER_ARM) {
				continue;
			}
			double[] state = AbMonitor.differenceAndVariance(so, 0, 1);
			rejected |= msprt.look(d, so.count(0), so.count(1), state[0], state[1]).reject();
			sequence |= cs.look(d, so.count(0), so.count(1), state[0], state[1], ga + gb).reject();
		}
		out[3][0] = rejected ? 1 : 0;
		out[4][0] = sequence ? 1 : 0;
	}

	private static int distinctClusters(AbUnits u, int a) {
		return (int) java.util.Arrays.stream(u.clusterOf(a)).distinct().count();
	}

	private static void record(double[] slot, AbStatistics.Estimate e, double alpha, double truth) {
		slot[0] = e.pValue() < alpha ? 1 : 0;
		slot[1] = !Double.isNaN(truth) && e.low() <= truth && truth <= e.high() ? 1 : 0;
		slot[2] = e.estimate();
	}

	private static double mean(double[] v) {
		return java.util.Arrays.stream(v).average().orElse(Double.NaN);
	}

	private static double variance(double[] v) {
		double mean = mean(v), s = 0;
		for (double d : v) {
			s += (d - mean) * (d - mean);
		}
		return s / (v.length - 1);
	}
}
