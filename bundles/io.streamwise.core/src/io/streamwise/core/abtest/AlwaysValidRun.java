// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.abtest;

/**
 * The bookkeeping every always-valid sequential test shares: the p-value kept at its running minimum and the
 * confidence interval kept as the running intersection of the looks' intervals. Each test computes one look's
 * p-value and half-width from its own boundary and hands them here, so the monotone state lives in one place.
 */
final class AlwaysValidRun {

	private final double alpha;
	private double pValue = 1;
	private double low = Double.NEGATIVE_INFINITY, high = Double.POSITIVE_INFINITY;

	/** @param alpha the level at which a look rejects */
	AlwaysValidRun(double alpha) {
		this.alpha = alpha;
	}

	/**
	 * Takes one look's own p-value (capped at 1 here) and its interval estimate ± halfWidth into the running
	 * minimum and intersection.
	 */
	void add(double lookPValue, double estimate, double halfWidth) {
		pValue = Math.min(pValue, Math.min(1, lookPValue));
		low = Math.max(low, estimate - halfWidth);
		high = Math.min(high, estimate + halfWidth);
	}

	/** The look as it stands after the looks added so far. */
	SequentialTest.Look look(double time, long nA, long nB, double estimate, double variance) {
		return new SequentialTest.Look(time, nA, nB, estimate, variance, pValue, low, high, pValue <= alpha);
	}

	double pValue() {
		return pValue;
	}
}
