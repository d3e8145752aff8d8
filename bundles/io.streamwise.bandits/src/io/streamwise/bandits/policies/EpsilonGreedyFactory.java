package io.streamwise.bandits.policies;

import org.osgi.service.component.annotations.Component;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Policy;
import io.streamwise.api.algorithm.PolicyContext;
import io.streamwise.api.algorithm.PolicyFactory;
import io.streamwise.api.algorithm.Setting;

/**
 * ε-greedy: the action of highest mean reward so far with probability 1 − ε, any available action with probability ε;
 * ε may decay as ε / (1 + decay · t) after t updates.
 */
@Component(service = PolicyFactory.class)
public final class EpsilonGreedyFactory implements PolicyFactory<EpsilonGreedyFactory.EpsilonGreedySettings> {

	public static final String ID = "eps-greedy";

	/**
	 * @param epsilon the exploration share at the start
	 * @param decay   how fast it shrinks: ε_t = ε / (1 + decay · t); 0 keeps it constant
	 */
	public record EpsilonGreedySettings(
			@Setting(key = "epsilon", label = "Exploration ε", description = "Share of decisions spread evenly over the available actions", defaultValue = "0.1", min = 0, max = 1) double epsilon,
			@Setting(key = "decay", label = "Decay", description = "ε after t updates is ε / (1 + decay · t); 0 keeps ε constant", defaultValue = "0", min = 0) double decay) {
	}

	private static final AlgorithmInfo INFO = new AlgorithmInfo(ID, "ε-greedy",
			"The action of highest mean reward so far, or with probability ε any available action; ε may decay with the number of updates.",
			"Sutton and Barto: Reinforcement Learning: An Introduction, 2nd ed., 2018, section 2.2.",
			AlgorithmKind.POLICY);

	@Override
	public AlgorithmInfo info() {
		return INFO;
	}

	@Override
	public Class<EpsilonGreedySettings> settingsType() {
		return EpsilonGreedySettings.class;
	}

	@Override
	public Policy create(EpsilonGreedySettings settings) {
		return new MeanRewardPolicy() {

			@Override
			public double[] probabilities(PolicyContext context) {
				int[] actions = context.actions();
				double[] means = new double[actions.length];
				for (int i = 0; i < actions.length; i++) {
					means[i] = arms.mean(actions[i], 0);
				}
				double[] p = ArmStatistics.argmax(means);
				double epsilon = settings.epsilon() / (1 + settings.decay() * arms.total);
				for (int i = 0; i < p.length; i++) {
					p[i] = (1 - epsilon) * p[i] + epsilon / p.length;
				}
				return p;
			}
		};
	}
}
