// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.campaign;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

import io.streamwise.model.campaign.Rate;
import io.streamwise.model.campaign.RateSource;

/**
 * A campaign rate as the forecast uses it: a known value, or a Beta distribution (from mean and concentration, from
 * P10 and P90, or a learned posterior), optionally varying from stream to stream around the drawn value.
 *
 * @param path                where the rate is in the campaign
 * @param alpha               Beta alpha; NaN for a known value
 * @param beta                Beta beta; NaN for a known value
 * @param value               the known value, or the distribution's mean
 * @param streamConcentration concentration of the per-stream variation, NaN for none
 */
public record RateSpec(String path, double alpha, double beta, double value, double streamConcentration) {

	/** A known rate, without uncertainty. */
	public static RateSpec fixed(String path, double value) {
		return new RateSpec(path, Double.NaN, Double.NaN, value, Double.NaN);
	}

	/** Whether the forecast draws this rate. */
	public boolean uncertain() {
		return !Double.isNaN(alpha);
	}

	public boolean variesByStream() {
		return !Double.isNaN(streamConcentration);
	}

	/** The quantile at p: the value itself for a known rate. */
	public double quantile(double p) {
		return uncertain() ? beta(alpha, beta).inverseCumulativeProbability(p) : value;
	}

	/**
	 * A Beta distribution for its quantiles: without the random generator Commons Math otherwise seeds for each one
	 * (a Well19937c, 624 ints of state), which quantiles never use.
	 */
	private static BetaDistribution beta(double alpha, double beta) {
		return new BetaDistribution(null, alpha, beta);
	}

	/**
	 * Reads a rate of the model and checks it.
	 *
	 * @throws CampaignInputException naming the rate's path when it is missing, has a value outside [0, 1] or a
	 *                                concentration that is not positive, or mixes ways of giving it
	 */
	public static RateSpec of(Rate rate, String path) throws CampaignInputException {
		if (rate == null) {
			throw new CampaignInputException(path, "the rate is missing");
		}
		Double streamConcentration = rate.getStreamConcentration();
		double perStream = Double.NaN;
		if (streamConcentration != null) {
			positive(path + "/streamConcentration", streamConcentration);
			perStream = streamConcentration;
		}
		if (rate.getSource() == RateSource.LEARNED || rate.getAlpha() != null || rate.getBeta() != null) {
			if (rate.getAlpha() == null || rate.getBeta() == null) {
				throw new CampaignInputException(path, "a learned rate needs both alpha and beta");
			}
			positive(path + "/alpha", rate.getAlpha());
			positive(path + "/beta", rate.getBeta());
			double a = rate.getAlpha(), b = rate.getBeta();
			return new RateSpec(path, a, b, a / (a + b), perStream);
		}
		if (rate.getP10() != null || rate.getP90() != null) {
			if (rate.getP10() == null || rate.getP90() == null || rate.getMean() != null) {
				throw new CampaignInputException(path, "give p10 and p90 together, without mean");
			}
			double p10 = unit(path + "/p10", rate.getP10());
			double p90 = unit(path + "/p90", rate.getP90());
			if (!(p10 < p90) || p10 <= 0 || p90 >= 1) {
				throw new CampaignInputException(path,
						"p10 " + p10 + " must be below p90 " + p90 + ", both strictly between 0 and 1");
			}
			double[] ab = fitQuantiles(p10, p90);
			return new RateSpec(path, ab[0], ab[1], ab[0] / (ab[0] + ab[1]), perStream);
		}
		if (rate.getMean() == null) {
			throw new CampaignInputException(path, "the rate has no value: give mean (and concentration), p10 and p90,"
					+ " or learn it with 'streamwise campaign learn'");
		}
		double mean = unit(path + "/mean", rate.getMean());
		if (rate.getConcentration() == null) {
			return new RateSpec(path, Double.NaN, Double.NaN, mean, perStream);
		}
		double k = positive(path + "/concentration", rate.getConcentration());
		if (mean <= 0 || mean >= 1) {
			throw new CampaignInputException(path + "/mean",
					"a rate with a concentration needs a mean strictly between 0 and 1, got " + mean);
		}
		return new RateSpec(path, mean * k, (1 - mean) * k, mean, perStream);
	}

	static double unit(String path, double v) throws CampaignInputException {
		if (!(v >= 0 && v <= 1)) {
			throw new CampaignInputException(path, "rate " + v + " is outside [0, 1]");
		}
		return v;
	}

	private static double positive(String path, double v) throws CampaignInputException {
		if (!(v > 0) || Double.isInfinite(v)) {
			throw new CampaignInputException(path, "must be a positive number, got " + v);
		}
		return v;
	}

	/**
	 * The Beta distribution whose 10th and 90th percentiles are p10 and p90: Nelder-Mead on the logit of the mean and
	 * the log of the concentration, minimising the squared quantile errors on the logit scale.
	 */
	static double[] fitQuantiles(double p10, double p90) {
		double target10 = logit(p10), target90 = logit(p90);
		MultivariateFunction error = x -> {
			double mean = 1 / (1 + Math.exp(-x[0]));
			double k = Math.exp(x[1]);
			BetaDistribution d = beta(mean * k, (1 - mean) * k);
			double e10 = logit(clamp(d.inverseCumulativeProbability(0.1))) - target10;
			double e90 = logit(clamp(d.inverseCumulativeProbability(0.9))) - target90;
			return e10 * e10 + e90 * e90;
		};
		double mid = (p10 + p90) / 2;
		double sd = (p90 - p10) / 2.563;
		double k0 = Math.max(1, mid * (1 - mid) / (sd * sd) - 1);
		PointValuePair best = new SimplexOptimizer(1e-12, 1e-14).optimize(new MaxEval(4000),
				new ObjectiveFunction(error), GoalType.MINIMIZE, new InitialGuess(new double[] { logit(mid),
						Math.log(k0) }),
				new NelderMeadSimplex(new double[] { 0.2, 0.3 }));
		double mean = 1 / (1 + Math.exp(-best.getPoint()[0]));
		double k = Math.exp(best.getPoint()[1]);
		return new double[] { mean * k, (1 - mean) * k };
	}

	private static double clamp(double p) {
		return Math.min(1 - 1e-12, Math.max(1e-12, p));
	}

	private static double logit(double p) {
		return Math.log(p / (1 - p));
	}
}
