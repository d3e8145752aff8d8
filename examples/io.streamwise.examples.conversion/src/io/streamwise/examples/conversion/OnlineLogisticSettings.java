package io.streamwise.examples.conversion;

import io.streamwise.api.algorithm.Setting;

/**
 * Settings of {@link OnlineLogistic}.
 *
 * @param learningRate step size of each gradient step
 * @param l2           weight decay per step
 */
public record OnlineLogisticSettings(
		@Setting(key = "learningRate", label = "Learning rate", description = "Step size of each stochastic gradient step.", defaultValue = "0.05", min = 1e-6, max = 1) double learningRate,
		@Setting(key = "l2", label = "L2", description = "Weight decay per step; 0 for none.", defaultValue = "0.0001", min = 0, max = 0.1) double l2) {
}
