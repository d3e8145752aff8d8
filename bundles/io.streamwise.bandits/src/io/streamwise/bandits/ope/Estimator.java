package io.streamwise.bandits.ope;

import java.util.Locale;

/**
 * The off-policy estimators of a target policy's value V(π) = E_x Σ_a π(a|x) E[r|x,a] from decisions logged by
 * another policy μ. With w_i = π(a_i|x_i) / μ(a_i|x_i), clipped at M when clipping is on (min(w, M)):
 * <ul>
 * <li>replay (Li et al. 2011): the mean reward of the decisions where the target's own draw equals the logged action
 * (unbiased for a uniform logger);</li>
 * <li>IPS: (1/n) Σ w_i r_i;</li>
 * <li>SNIPS: Σ w_i r_i / Σ w_i;</li>
 * <li>DM: (1/n) Σ_i Σ_a π(a|x_i) q̂(x_i, a);</li>
 * <li>DR: DM + (1/n) Σ w_i (r_i − q̂(x_i, a_i));</li>
 * <li>switch-DR (Wang et al. 2017): DM + (1/n) Σ 1[w_i ≤ τ] w_i (r_i − q̂(x_i, a_i)): the model alone where the
 * weight exceeds τ.</li>
 * </ul>
 */
public enum Estimator {
	REPLAY, IPS, SNIPS, DM, DR, SWITCH_DR;

	/** The name the command line and results use: {@code replay}, {@code ips}, … {@code switch-dr}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Estimator parse(String id) {
		for (Estimator e : values()) {
			if (e.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
				return e;
			}
		}
		throw new IllegalArgumentException(
				"unknown estimator '" + id + "'; known: replay, ips, snips, dm, dr, switch-dr");
	}

	/** Whether it needs a reward model. */
	public boolean needsModel() {
		return this == DM || this == DR || this == SWITCH_DR;
	}

	/**
	 * The estimate over the rows selected by {@code weightOf} (a bootstrap resample gives each row a count; null means
	 * every row once).
	 *
	 * @param clip the largest weight (positive infinity for none)
	 * @param tau  switch-DR's threshold
	 */
	public double estimate(OffPolicyData d, double clip, double tau, int[] counts) {
		int n = d.size();
		double num = 0, den = 0;
		for (int i = 0; i < n; i++) {
			int c = counts == null ? 1 : counts[i];
			if (c == 0) {
				continue;
			}
			double w = Math.min(d.target()[i] / d.propensity()[i], clip);
			switch (this) {
			case REPLAY -> {
				if (d.replayMatch()[i]) {
					num += c * d.reward()[i];
					den += c;
				}
			}
			case IPS -> {
				num += c * w * d.reward()[i];
				den += c;
			}
			case SNIPS -> {
				num += c * w * d.reward()[i];
				den += c * w;
			}
			case DM -> {
				num += c * d.modelTarget()[i];
				den += c;
			}
			case DR -> {
				num += c * (d.modelTarget()[i] + w * (d.reward()[i] - d.modelLogged()[i]));
				den += c;
			}
			case SWITCH_DR -> {
				double raw = d.target()[i] / d.propensity()[i];
				num += c * (d.modelTarget()[i] + (raw <= tau ? w * (d.reward()[i] - d.modelLogged()[i]) : 0));
				den += c;
			}
			}
		}
		return den == 0 ? Double.NaN : num / den;
	}
}
