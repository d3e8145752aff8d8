package io.streamwise.examples.conversion;

import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.FeatureSchema;

/**
 * Logistic regression learned one row at a time by stochastic gradient descent. Features are squashed with
 * sign(x)·log(1+|x|) so that counts and prices of any size keep the steps stable; missing values count as 0. Weights
 * start at zero, so it needs no random numbers and is deterministic.
 */
public final class OnlineLogistic implements ConversionModel {

	private final OnlineLogisticSettings settings;
	private double[] weights = new double[0];
	private double bias;

	public OnlineLogistic(OnlineLogisticSettings settings) {
		this.settings = settings;
	}

	@Override
	public void initialise(FeatureSchema schema, TaskContext context) {
		weights = new double[schema.size()];
		bias = 0;
	}

	@Override
	public void learn(double[] features, boolean converted) {
		double error = probability(features) - (converted ? 1 : 0);
		double rate = settings.learningRate();
		for (int j = 0; j < weights.length; j++) {
			weights[j] -= rate * (error * squash(features[j]) + settings.l2() * weights[j]);
		}
		bias -= rate * error;
	}

	@Override
	public double predict(double[] features) {
		return probability(features);
	}

	private double probability(double[] features) {
		double z = bias;
		for (int j = 0; j < weights.length; j++) {
			z += weights[j] * squash(features[j]);
		}
		z = Math.max(-35, Math.min(35, z)); // exp stays finite; probabilities stay strictly inside (0, 1)
		return 1 / (1 + Math.exp(-z));
	}

	private static double squash(double x) {
		return Double.isNaN(x) ? 0 : Math.signum(x) * Math.log1p(Math.abs(x));
	}
}
