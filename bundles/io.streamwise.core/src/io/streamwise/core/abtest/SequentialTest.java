// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.abtest;

/**
 * An always-valid sequential test of one treatment against the control, followed through its looks: at each look
 * the estimate of B − A and its variance go in; an always-valid p-value (never rising) and a confidence sequence
 * (the running intersection) come out. Stopping at the first look whose p-value is at most α keeps the type-I error
 * at α however often one looks.
 */
public interface SequentialTest {

	/** One look: its estimate, the always-valid p-value so far and the confidence sequence's interval. */
	record Look(double time, long nA, long nB, double estimate, double variance, double pValue, double low,
			double high, boolean reject) {
	}

	/**
	 * Adds a look.
	 *
	 * @param time     the look's time (day) as shown
	 * @param nA       units in the control so far
	 * @param nB       units in the treatment so far
	 * @param estimate B − A
	 * @param variance the estimate's variance
	 */
	Look look(double time, long nA, long nB, double estimate, double variance);

	/** The always-valid p-value after the looks so far. */
	double pValue();
}
