// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.abtest;

/**
 * The asymptotic confidence sequence of Waudby-Smith, Arbour, Sinha, Kennedy and Ramdas ("Time-uniform central limit
 * theory and asymptotic confidence sequences", Annals of Statistics 2024; arXiv 2103.06476, 2021), Theorem 2.2 with
 * the Robbins normal-mixture boundary: for an estimate θ̂_t that is a mean of t asymptotically i.i.d. terms with
 * estimated variance σ̂²_t,
 *
 * <pre>
 * C_t = θ̂_t ± σ̂_t · sqrt( 2 (t ρ² + 1) / (t² ρ²) · ln( sqrt(t ρ² + 1) / α ) )
 * </pre>
 *
 * covers θ at every t at once with probability tending to 1 − α. Here t is the units so far in both arms, and the
 * difference of means is such a mean through its influence function, whose variance per unit is t·V with V =
 * σ²_A/n_A + σ²_B/n_B; so σ̂²_t/t = V. ρ is tuned to make the sequence tightest at the planned sample size t* (their
 * section 3.5): ρ² = (−2 ln α + ln(1 − 2 ln α)) / t*.
 *
 * <p>Unlike the mixture SPRT, whose mixture variance τ² is fixed in the metric's units and must be guessed, the
 * mixture here scales with the estimated variance (τ² = σ̂² ρ²), so only the horizon is needed. The always-valid
 * p-value is the smallest level whose sequence excludes 0: sqrt(1 + tρ²) exp(−θ̂² tρ² / (2 V (1 + tρ²))), kept at
 * its running minimum, and the interval is the running intersection.
 */
public final class AsymptoticConfidenceSequence implements SequentialTest {

	private final double alpha;
	private final double rho2;
	private final AlwaysValidRun run;

	/**
	 * @param alpha        the level of the sequence and the test
	 * @param plannedUnits the planned sample size t* (units in both arms) at which the sequence is tightest
	 */
	public AsymptoticConfidenceSequence(double alpha, double plannedUnits) {
		if (!(alpha > 0 && alpha < 1)) {
			throw new IllegalArgumentException("alpha must lie in (0, 1), got " + alpha);
		}
		if (!(plannedUnits >= 1)) {
			throw new IllegalArgumentException("the planned sample size must be at least 1, got " + plannedUnits);
		}
		this.alpha = alpha;
		this.rho2 = optimalRho2(alpha, plannedUnits);
		this.run = new AlwaysValidRun(alpha);
	}

	/** ρ² that minimises the sequence's width at t* units: (−2 ln α + ln(1 − 2 ln α)) / t*. */
	public static double optimalRho2(double alpha, double plannedUnits) {
		double l = -2 * Math.log(alpha);
		return (l + Math.log(1 + l)) / plannedUnits;
	}

	/** The half-width of the (unintersected) sequence at t units for an estimate of variance V. */
	public static double halfWidth(double variance, double units, double rho2, double alpha) {
		double s = units * rho2;
		return Math.sqrt(variance * (1 + s) / s * (2 * Math.log(1 / alpha) + Math.log(1 + s)));
	}

	/** A look whose size t is the units of both arms. */
	@Override
	public Look look(double time, long nA, long nB, double estimate, double variance) {
		return look(time, nA, nB, estimate, variance, nA + nB);
	}

	/**
	 * A look whose size t is given: the number of independent terms the estimate averages (clusters, when units
	 * are correlated within clusters and the variance is cluster-robust), in the unit of the planned size.
	 */
	public Look look(double time, long nA, long nB, double estimate, double variance, double t) {
		if (variance > 0 && Double.isFinite(variance) && t > 0) {
			double s = t * rho2;
			double logP = 0.5 * Math.log1p(s) - estimate * estimate * s / (2 * variance * (1 + s));
			run.add(Math.exp(logP), estimate, halfWidth(variance, t, rho2, alpha));
		}
		return run.look(time, nA, nB, estimate, variance);
	}

	@Override
	public double pValue() {
		return run.pValue();
	}

	public double rho2() {
		return rho2;
	}
}
