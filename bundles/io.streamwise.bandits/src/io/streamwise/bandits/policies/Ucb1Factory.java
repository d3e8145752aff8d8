package io.streamwise.bandits.policies;

import org.osgi.service.component.annotations.Component;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Policy;
import io.streamwise.api.algorithm.PolicyContext;
import io.streamwise.api.algorithm.PolicyFactory;
import io.streamwise.api.algorithm.Setting;

/**
 * UCB1: an available action never taken first, else the highest mean + c · sqrt(2 ln n / n_a). Deterministic: the
 * probability is 1 on the best (shared by ties).
 */
@Component(service = PolicyFactory.class)
public final class Ucb1Factory implements PolicyFactory<Ucb1Factory.Ucb1Settings> {

	public static final String ID = "ucb1";

	/** @param exploration the factor c of the confidence bonus (1 is Auer et al.'s UCB1) */
	public record Ucb1Settings(
			@Setting(key = "exploration", label = "Exploration c", description = "Factor of the confidence bonus c · sqrt(2 ln n / n_a); 1 is UCB1 as published, smaller suits rare rewards such as purchases", defaultValue = "1", min = 0) double exploration) {
	}

	private static final AlgorithmInfo INFO = new AlgorithmInfo(ID, "UCB1",
			"The action with the highest upper confidence bound of its mean reward; every available action is tried once first.",
			"Auer, Cesa-Bianchi and Fischer: Finite-time Analysis of the Multiarmed Bandit Problem. Machine Learning 47, 2002.",
			AlgorithmKind.POLICY);

	@Override
	public AlgorithmInfo info() {
		return INFO;
	}

	@Override
	public Class<Ucb1Settings> settingsType() {
		return Ucb1Settings.class;
	}

	@Override
	public Policy create(Ucb1Settings settings) {
		return new MeanRewardPolicy() {

			@Override
			public double[] probabilities(PolicyContext context) {
				int[] actions = context.actions();
				double[] bound = new double[actions.length];
				double log = Math.log(Math.max(1, arms.total));
				for (int i = 0; i < actions.length; i++) {
					long n = arms.pulls[actions[i]];
					bound[i] = n == 0 ? Double.POSITIVE_INFINITY
							: arms.mean(actions[i], 0) + settings.exploration() * Math.sqrt(2 * log / n);
				}
				return ArmStatistics.argmax(bound);
			}
		};
	}
}
