// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.abtest;

import java.util.ArrayList;
import java.util.List;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.model.abtest.SequentialMethod;

/**
 * Sequential monitoring: one look per day of the log (or at the test's look days), each treatment against the
 * control with an always-valid p-value and confidence sequence (the mixture SPRT of Johari et al., or the asymptotic
 * confidence sequence of Waudby-Smith et al.), and beside it the fixed-horizon test's p-value at the same look,
 * which is not valid when looked at repeatedly (it is there to show why).
 * With k − 1 treatments each is tested at α / (k − 1) (Bonferroni), which keeps the family-wise error under
 * continuous monitoring.
 */
public final class AbMonitor {

	/**
	 * With clusters, no look before each arm has this many: the cluster-robust variance is an asymptotic estimate
	 * that is too small with a handful of clusters, and an always-valid test believes it from the first look on.
	 */
	public static final int MIN_CLUSTERS_PER_ARM = 10;

	/** The methods' names, as results show them. */
	public static final String MSPRT = "mixture SPRT", CONFIDENCE_SEQUENCE = "asymptotic confidence sequence";

	/** A look at one treatment: the day, the sequential test's state, the naive p-value. */
	public record Row(String arm, int day, SequentialTest.Look look, double naiveP) {
	}

	/**
	 * The looks, and per treatment the first day its always-valid p-value fell to the level (−1: never).
	 *
	 * @param method the sequential method, in words ({@link #MSPRT} or {@link #CONFIDENCE_SEQUENCE})
	 * @param tau2   the mixture SPRT's mixture variance τ², or the confidence sequence's ρ²
	 */
	public record Result(String test, String method, String control, double alpha, double tau2, List<Row> rows,
			List<String> arms, int[] decisionDay) {
	}

	private AbMonitor() {
	}

	/** Monitors with the test's sequential method, the confidence sequence tuned to the data's own size. */
	public static Result monitor(AbTestSpec spec, AbUnits units) throws AbInputException {
		return monitor(spec, units, spec.sequentialMethod(), 0);
	}

	/**
	 * @param method      the mixture SPRT (with the test's {@link AbTestSpec#tau2()}) or the asymptotic confidence
	 *                    sequence
	 * @param plannedSize the size at which the confidence sequence is tightest: units in both arms, or clusters
	 *                    when the units have clusters; 0 or below: the data's (all its units or clusters)
	 */
	public static Result monitor(AbTestSpec spec, AbUnits units, SequentialMethod method, double plannedSize)
			throws AbInputException {
		return monitor(spec, units, method, plannedSize, ProgressMonitor.NULL);
	}

	/**
	 * The same, asking {@code monitor} for cancellation at every look of every arm (each look reads all units).
	 *
	 * @throws io.streamwise.api.progress.CancelledException when cancelled
	 */
	public static Result monitor(AbTestSpec spec, AbUnits units, SequentialMethod method, double plannedSize,
			ProgressMonitor monitor) throws AbInputException {
		if (units.day == null) {
			throw new AbInputException(null, 0, "day",
					"monitoring needs the day each unit entered (a timestamp in an event log, or a day column)");
		}
		int lastDay = 0;
		for (int d : units.day) {
			lastDay = Math.max(lastDay, d);
		}
		List<Integer> looks = new ArrayList<>();
		if (spec.lookDays().isEmpty()) {
			for (int d = 0; d <= lastDay; d++) {
				looks.add(d);
			}
		} else {
			for (double d : spec.lookDays()) {
				looks.add((int) Math.ceil(d) - 1); // day 7 means after the seventh day: days 0..6
			}
		}
		int k = spec.arms().size();
		double alpha = k > 2 ? spec.alpha() / (k - 1) : spec.alpha();
		int control = units.arms.indexOf(spec.arms().get(spec.control()));
		List<String> treated = new ArrayList<>();
		List<SequentialTest> tests = new ArrayList<>();
		boolean cs = method == SequentialMethod.CONFIDENCE_SEQUENCE;
		double size = plannedSize > 0 ? plannedSize
				: units.cluster != null ? distinct(units.cluster) : units.size();
		List<Integer> dataArms = new ArrayList<>();
		for (int a = 0; a < k; a++) {
			if (a != spec.control()) {
				treated.add(spec.arms().get(a));
				dataArms.add(units.arms.indexOf(spec.arms().get(a)));
				tests.add(cs ? new AsymptoticConfidenceSequence(alpha, size) : new MixtureSprt(spec.tau2(), alpha));
			}
		}
		int[] decision = new int[treated.size()];
		java.util.Arrays.fill(decision, -1);
		List<Row> rows = new ArrayList<>();
		monitor.begin("monitoring", looks.size());
		for (int day : looks) {
			monitor.checkCancelled();
			AbUnits so = units.upToDay(day);
			for (int t = 0; t < treated.size(); t++) {
				monitor.checkCancelled();
				if (control < 0 || dataArms.get(t) < 0) {
					continue;
				}
				double[] ya = so.metricOf(control), yb = so.metricOf(dataArms.get(t));
				if (ya.length < 2 || yb.length < 2 || so.cluster != null
						&& (distinct(so.clusterOf(control)) < MIN_CLUSTERS_PER_ARM
								|| distinct(so.clusterOf(dataArms.get(t))) < MIN_CLUSTERS_PER_ARM)) {
					continue;
				}
				double[] state = differenceAndVariance(so, control, dataArms.get(t));
				SequentialTest test = tests.get(t);
				SequentialTest.Look look = test instanceof AsymptoticConfidenceSequence a && so.cluster != null
						? a.look(day + 1, ya.length, yb.length, state[0], state[1],
								distinct(so.clusterOf(control)) + distinct(so.clusterOf(dataArms.get(t))))
						: test.look(day + 1, ya.length, yb.length, state[0], state[1]);
				double z = state[1] > 0 ? state[0] / Math.sqrt(state[1]) : 0;
				double naive = 2 * org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1)
						.survivalProbability(Math.abs(z));
				rows.add(new Row(treated.get(t), day + 1, look, naive));
				if (look.reject() && decision[t] < 0) {
					decision[t] = day + 1;
				}
			}
			monitor.worked(1);
		}
		return new Result(spec.name(), cs ? CONFIDENCE_SEQUENCE : MSPRT, spec.arms().get(spec.control()), alpha,
				cs ? AsymptoticConfidenceSequence.optimalRho2(alpha, size) : spec.tau2(), rows, treated, decision);
	}

	private static long distinct(int[] clusters) {
		return java.util.Arrays.stream(clusters).distinct().count();
	}

	/** B − A and its variance: cluster-robust (CR2) when the units have clusters, else σ²_A/n_A + σ²_B/n_B. */
	static double[] differenceAndVariance(AbUnits u, int control, int treated) {
		double[] ya = u.metricOf(control), yb = u.metricOf(treated);
		if (u.cluster != null) {
			AbStatistics.ClusterVariance a = AbStatistics.clusterVariance(ya, u.clusterOf(control));
			AbStatistics.ClusterVariance b = AbStatistics.clusterVariance(yb, u.clusterOf(treated));
			return new double[] { b.mean() - a.mean(), a.variance() + b.variance() };
		}
		AbStatistics.Summary sa = AbStatistics.Summary.of(ya), sb = AbStatistics.Summary.of(yb);
		return new double[] { sb.mean() - sa.mean(), sa.variance() / sa.n() + sb.variance() / sb.n() };
	}
}
