// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.campaign;

import io.streamwise.model.campaign.CampaignFactory;
import io.streamwise.model.campaign.Rate;
import io.streamwise.model.campaign.RateSource;

/**
 * A stage rate learned from counts in several streams: x_j of n_j people went on to the stage in stream j.
 *
 * <p>With one stream, or streams that agree within binomial noise, the rate is the Beta posterior of a uniform prior,
 * Beta(1 + Σx, 1 + Σn − Σx), and does not vary by stream. When the streams' rates differ by more than binomial noise
 * explains (between-stream variance τ² = observed variance of x_j/n_j − mean binomial variance > 0), a future stream
 * draws its own rate: the stream concentration is m(1−m)/τ² − 1 (method of moments of a beta-binomial), and the
 * mean's uncertainty is that of an average of k streams, (τ² + binomial variance)/k, never surer than the pooled
 * posterior.
 *
 * @param alpha               alpha of the rate's Beta distribution
 * @param beta                beta
 * @param streamConcentration concentration of the per-stream variation, NaN for none
 * @param streams             streams with n_j > 0
 * @param trials              Σn
 * @param successes           Σx
 */
public record StageFit(double alpha, double beta, double streamConcentration, int streams, long trials,
		long successes) {

	/**
	 * @param x successes per stream
	 * @param n trials per stream (streams with n = 0 are skipped)
	 */
	public static StageFit of(long[] x, long[] n) {
		long sx = 0, sn = 0;
		int k = 0;
		for (int j = 0; j < n.length; j++) {
			if (n[j] > 0) {
				sx += x[j];
				sn += n[j];
				k++;
			}
		}
		double a = 1 + sx, b = 1 + sn - sx;
		double m = a / (a + b);
		if (k < 2) {
			return new StageFit(a, b, Double.NaN, k, sn, sx);
		}
		double mean = 0, binomial = 0;
		for (int j = 0; j < n.length; j++) {
			if (n[j] > 0) {
				mean += (double) x[j] / n[j];
				binomial += m * (1 - m) / n[j];
			}
		}
		mean /= k;
		binomial /= k;
		double observed = 0;
		for (int j = 0; j < n.length; j++) {
			if (n[j] > 0) {
				double d = (double) x[j] / n[j] - mean;
				observed += d * d;
			}
		}
		observed /= k - 1;
		double between = observed - binomial;
		if (!(between > 0) || m <= 0 || m >= 1) {
			return new StageFit(a, b, Double.NaN, k, sn, sx);
		}
		double streamConcentration = Math.max(1, m * (1 - m) / between - 1);
		double varianceOfMean = (between + binomial) / k;
		double concentration = Math.min(a + b, Math.max(2, m * (1 - m) / varianceOfMean - 1));
		return new StageFit(m * concentration, (1 - m) * concentration, streamConcentration, k, sn, sx);
	}

	/** The fit as a learned rate of the campaign model. */
	public Rate toRate(String source) {
		Rate rate = CampaignFactory.eINSTANCE.createRate();
		rate.setSource(RateSource.LEARNED);
		rate.setAlpha(alpha);
		rate.setBeta(beta);
		if (!Double.isNaN(streamConcentration)) {
			rate.setStreamConcentration(streamConcentration);
		}
		rate.setLearnedFrom(String.format(java.util.Locale.ROOT, "%s: %d of %d in %d streams", source, successes,
				trials, streams));
		return rate;
	}

	/** A known rate (a stage the log cannot measure). */
	public static Rate fixed(double value, String note) {
		Rate rate = CampaignFactory.eINSTANCE.createRate();
		rate.setSource(RateSource.ASSUMED);
		rate.setMean(value);
		rate.setLearnedFrom(note);
		return rate;
	}
}
