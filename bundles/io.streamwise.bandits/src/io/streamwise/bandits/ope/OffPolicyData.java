package io.streamwise.bandits.ope;

import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

import io.streamwise.api.algorithm.LoggedDecision;
import io.streamwise.api.algorithm.Policy;
import io.streamwise.api.algorithm.PolicyContext;
import io.streamwise.api.progress.ProgressMonitor;

/**
 * What every off-policy estimator needs of a log and one target policy, one entry per logged decision: the logger's
 * propensity μ(a_i|x_i), the reward r_i, the target's probability π(a_i|x_i) of the logged action, the reward model's
 * q̂(x_i, a_i) and Σ_a π(a|x_i) q̂(x_i, a), whether the target's own draw matched the logged action (for replay), and
 * the target's probability on actions the logger never took in the whole log. With these columns each estimator is
 * one pass over arrays.
 */
public record OffPolicyData(double[] propensity, double[] reward, double[] target, double[] modelLogged,
		double[] modelTarget, boolean[] replayMatch, double[] unsupported) {

	public int size() {
		return reward.length;
	}

	/**
	 * The columns for a target policy, which is asked about every logged context and does not learn. The replay
	 * draws come from {@code seed}.
	 *
	 * @param model the reward model, or null when no estimator needs it (then its columns are 0)
	 */
	public static OffPolicyData of(List<LoggedDecision> log, Policy target, RewardModel model, long seed,
			ProgressMonitor monitor) {
		return of(log, i -> target.probabilities(log.get(i).context()), model, seed, monitor);
	}

	/**
	 * The columns for a target given by its probabilities for each logged decision ({@code targetOf.apply(i)},
	 * aligned with that decision's available actions): for targets defined by the truth, such as the accuracy
	 * study's.
	 */
	public static OffPolicyData of(List<LoggedDecision> log, IntFunction<double[]> targetOf, RewardModel model,
			long seed, ProgressMonitor monitor) {
		int n = log.size();
		double[] mu = new double[n], r = new double[n], pi = new double[n], ql = new double[n], qt = new double[n],
				unsupported = new double[n];
		boolean[] match = new boolean[n];
		BitSet taken = new BitSet();
		log.forEach(d -> taken.set(d.action()));
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = 0; i < n; i++) {
			if ((i & 1023) == 0) {
				monitor.checkCancelled();
			}
			LoggedDecision d = log.get(i);
			PolicyContext c = d.context();
			double[] p = targetOf.apply(i);
			int at = c.indexOf(d.action());
			mu[i] = d.propensity();
			r[i] = d.reward();
			pi[i] = p[at];
			match[i] = c.actions()[Policy.draw(p, random.nextDouble())] == d.action();
			double sum = 0, off = 0;
			for (int k = 0; k < p.length; k++) {
				if (model != null && p[k] > 0) {
					double q = model.predict(c, c.actions()[k]);
					sum += p[k] * q;
					if (k == at) {
						ql[i] = q;
					}
				}
				if (!taken.get(c.actions()[k])) {
					off += p[k];
				}
			}
			if (model != null && p[at] == 0) {
				ql[i] = model.predict(c, d.action());
			}
			qt[i] = sum;
			unsupported[i] = off;
		}
		return new OffPolicyData(mu, r, pi, ql, qt, match, unsupported);
	}
}
