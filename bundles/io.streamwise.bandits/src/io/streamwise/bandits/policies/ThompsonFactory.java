package io.streamwise.bandits.policies;

import java.util.Arrays;

import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateContinuousSampler;
import org.osgi.service.component.annotations.Component;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Policy;
import io.streamwise.api.algorithm.PolicyContext;
import io.streamwise.api.algorithm.PolicyFactory;
import io.streamwise.api.algorithm.PolicySchema;
import io.streamwise.api.algorithm.Setting;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.core.experiment.Seeds;

/**
 * Thompson sampling with a Beta prior on each action's purchase rate. The probability of an action is the posterior
 * probability that it is the best, estimated from {@code draws} joint posterior draws; the draws come from a generator
 * seeded by the policy's seed, the number of updates and the available actions, so that asking twice gives the same
 * answer and asking never changes the policy. The draws are Commons RNG's {@link ChengBetaSampler}s (Cheng's
 * rejection algorithms: a few uniforms per value, with no log-Beta to compute when a sampler is built, which Commons
 * Math's BetaDistribution did for every action of every decision).
 */
@Component(service = PolicyFactory.class)
public final class ThompsonFactory implements PolicyFactory<ThompsonFactory.ThompsonSettings> {

	public static final String ID = "thompson";

	/**
	 * @param alpha prior successes
	 * @param beta  prior failures
	 * @param draws posterior draws per decision
	 */
	public record ThompsonSettings(
			@Setting(key = "alpha", label = "Prior α", description = "Prior successes of every action's Beta prior", defaultValue = "1", min = 1e-6) double alpha,
			@Setting(key = "beta", label = "Prior β", description = "Prior failures of every action's Beta prior", defaultValue = "1", min = 1e-6) double beta,
			@Setting(key = "draws", label = "Posterior draws", description = "Joint posterior draws per decision that estimate each action's probability of being the best", defaultValue = "100", min = 1, max = 100000) int draws) {
	}

	private static final AlgorithmInfo INFO = new AlgorithmInfo(ID, "Thompson sampling",
			"Beta-Bernoulli Thompson sampling: each action with its posterior probability of having the highest purchase rate.",
			"Chapelle and Li: An Empirical Evaluation of Thompson Sampling. NIPS 2011.", AlgorithmKind.POLICY);

	@Override
	public AlgorithmInfo info() {
		return INFO;
	}

	@Override
	public Class<ThompsonSettings> settingsType() {
		return ThompsonSettings.class;
	}

	@Override
	public Policy create(ThompsonSettings settings) {
		return new Policy() {
			private PolicySchema schema;
			private double[] successes, failures;
			private long seed, updates;

			@Override
			public void initialise(PolicySchema s, TaskContext context) {
				schema = s;
				successes = new double[s.actionCount()];
				failures = new double[s.actionCount()];
				seed = context.seed();
				updates = 0;
			}

			@Override
			public double[] probabilities(PolicyContext context) {
				int[] actions = context.actions();
				SeededGenerator random = new SeededGenerator(
						Seeds.combine(seed, updates, Arrays.hashCode(actions)));
				SharedStateContinuousSampler[] posterior = new SharedStateContinuousSampler[actions.length];
				for (int i = 0; i < actions.length; i++) {
					posterior[i] = ChengBetaSampler.of(random, settings.alpha() + successes[actions[i]],
							settings.beta() + failures[actions[i]]);
				}
				double[] wins = new double[actions.length];
				for (int d = 0; d < settings.draws(); d++) {
					int best = 0;
					double top = Double.NEGATIVE_INFINITY;
					for (int i = 0; i < actions.length; i++) {
						double theta = posterior[i].sample();
						if (theta > top) {
							top = theta;
							best = i;
						}
					}
					wins[best]++;
				}
				for (int i = 0; i < wins.length; i++) {
					wins[i] /= settings.draws();
				}
				return wins;
			}

			@Override
			public void update(PolicyContext context, int action, double reward) {
				ArmStatistics.check(schema, action, reward);
				// a reward in [0, 1] counts as a fraction of a success (binary rewards are the usual case)
				double r = Math.max(0, Math.min(1, reward));
				successes[action] += r;
				failures[action] += 1 - r;
				updates++;
			}
		};
	}
}
