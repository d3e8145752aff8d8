// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.abtest;

/**
 * The mixture sequential probability ratio test of Johari, Koomen, Pekelis and Walsh ("Peeking at A/B tests: why it
 * matters, and what to do about it", KDD 2017; section 4, the two-stream normal case): for the estimate θ̂ of the
 * difference B − A with variance V (σ_A²/n_A + σ_B²/n_B, variances estimated at each look as in their section
 * 5.2) and a normal mixture θ ~ N(0, τ²) over the alternatives, the likelihood ratio is
 *
 * <pre>
 * Λ = sqrt(V / (V + τ²)) · exp(θ̂² τ² / (2 V (V + τ²)))
 * </pre>
 *
 * and p = min over looks so far of min(1, 1/Λ) is an always-valid p-value: stopping at the first look where p ≤ α
 * keeps the type-I error at α however often one looks. Inverting the test gives the confidence sequence θ̂ ±
 * sqrt(V (V + τ²) / τ² · (2 ln(1/α) + ln((V + τ²) / V))). One instance follows one comparison through its looks.
 */
public final class MixtureSprt implements SequentialTest {

	private final double tau2;
	private final double alpha;
	private final AlwaysValidRun run;

	/**
	 * @param tau2  the mixture's variance τ² (in squared units of the difference; Johari et al. suggest the square of
	 *              a plausible effect, here the minimum detectable effect's)
	 * @param alpha the level of the test and of the confidence sequence
	 */
	public MixtureSprt(double tau2, double alpha) {
		if (!(tau2 > 0)) {
			throw new IllegalArgumentException("the mixture variance must be above 0, got " + tau2);
		}
		this.tau2 = tau2;
		this.alpha = alpha;
		this.run = new AlwaysValidRun(alpha);
	}

	/**
	 * Adds a look with the current estimate and its variance. The p-value never rises and the interval is the
	 * running intersection, as always-valid inference allows.
	 */
	@Override
	public Look look(double time, long nA, long nB, double estimate, double variance) {
		if (variance > 0 && Double.isFinite(variance)) {
			double v = variance;
			double logLambda = 0.5 * Math.log(v / (v + tau2)) + estimate * estimate * tau2 / (2 * v * (v + tau2));
			double half = Math.sqrt(v * (v + tau2) / tau2 * (2 * Math.log(1 / alpha) + Math.log((v + tau2) / v)));
			run.add(Math.exp(-logLambda), estimate, half);
		}
		return run.look(time, nA, nB, estimate, variance);
	}

	@Override
	public double pValue() {
		return run.pValue();
	}
}
