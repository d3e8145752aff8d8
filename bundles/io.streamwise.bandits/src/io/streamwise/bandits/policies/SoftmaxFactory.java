package io.streamwise.bandits.policies;

import org.osgi.service.component.annotations.Component;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Policy;
import io.streamwise.api.algorithm.PolicyContext;
import io.streamwise.api.algorithm.PolicyFactory;
import io.streamwise.api.algorithm.Setting;

/** Softmax (Boltzmann) exploration: P(a) ∝ exp(mean_a / τ); actions never taken count with mean 0. */
@Component(service = PolicyFactory.class)
public final class SoftmaxFactory implements PolicyFactory<SoftmaxFactory.SoftmaxSettings> {

	public static final String ID = "softmax";

	/** @param temperature τ: large spreads the choices evenly, small concentrates them on the best mean */
	public record SoftmaxSettings(
			@Setting(key = "temperature", label = "Temperature τ", description = "P(a) is proportional to exp(mean reward of a / τ); purchase rates are small, so τ should be too", defaultValue = "0.02", min = 1e-6) double temperature) {
	}

	private static final AlgorithmInfo INFO = new AlgorithmInfo(ID, "Softmax",
			"Chooses each available action with probability proportional to exp(mean reward / temperature).",
			"Sutton and Barto: Reinforcement Learning: An Introduction, 2nd ed., 2018, section 2.8.",
			AlgorithmKind.POLICY);

	@Override
	public AlgorithmInfo info() {
		return INFO;
	}

	@Override
	public Class<SoftmaxSettings> settingsType() {
		return SoftmaxSettings.class;
	}

	@Override
	public Policy create(SoftmaxSettings settings) {
		return new MeanRewardPolicy() {

			@Override
			public double[] probabilities(PolicyContext context) {
				int[] actions = context.actions();
				double[] p = new double[actions.length];
				double max = Double.NEGATIVE_INFINITY;
				for (int i = 0; i < actions.length; i++) {
					p[i] = arms.mean(actions[i], 0) / settings.temperature();
					max = Math.max(max, p[i]);
				}
				double sum = 0;
				for (int i = 0; i < p.length; i++) {
					p[i] = Math.exp(p[i] - max); // shifted by the maximum so that nothing overflows
					sum += p[i];
				}
				for (int i = 0; i < p.length; i++) {
					p[i] /= sum;
				}
				return p;
			}
		};
	}
}
