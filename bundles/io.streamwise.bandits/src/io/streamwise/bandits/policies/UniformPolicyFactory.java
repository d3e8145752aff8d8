package io.streamwise.bandits.policies;

import org.osgi.service.component.annotations.Component;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Policy;
import io.streamwise.api.algorithm.PolicyContext;
import io.streamwise.api.algorithm.PolicyFactory;
import io.streamwise.api.algorithm.PolicySchema;
import io.streamwise.api.algorithm.TaskContext;

/** Every available action with the same probability: the baseline, and the usual logging policy. */
@Component(service = PolicyFactory.class)
public final class UniformPolicyFactory implements PolicyFactory<UniformPolicyFactory.NoSettings> {

	public static final String ID = "uniform";

	/** The uniform policy has no settings. */
	public record NoSettings() {
	}

	private static final AlgorithmInfo INFO = new AlgorithmInfo(ID, "Uniform random",
			"Chooses every available action with the same probability and learns nothing.", "", AlgorithmKind.POLICY);

	@Override
	public AlgorithmInfo info() {
		return INFO;
	}

	@Override
	public Class<NoSettings> settingsType() {
		return NoSettings.class;
	}

	@Override
	public Policy create(NoSettings settings) {
		return new Policy() {
			@Override
			public void initialise(PolicySchema schema, TaskContext context) {
				// nothing to learn
			}

			@Override
			public double[] probabilities(PolicyContext context) {
				return ArmStatistics.uniform(context);
			}

			@Override
			public void update(PolicyContext context, int action, double reward) {
				// nothing to learn
			}
		};
	}
}
