package io.streamwise.algorithms.baseline;

import java.util.SplittableRandom;

import org.osgi.service.component.annotations.Component;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;

/** Ranks items in a random order per viewer, drawn from the experiment's seed: the floor of every ranking metric. */
@Component(service = RecommenderFactory.class)
public final class RandomRecommenderFactory implements RecommenderFactory<RandomRecommenderFactory.NoSettings> {

	public static final String ID = "random";

	/** The random recommender has no settings: its seed comes from the experiment. */
	public record NoSettings() {
	}

	private static final AlgorithmInfo INFO = new AlgorithmInfo(ID, "Random",
			"Scores every item at random, independently per viewer, from the experiment's seed.", "",
			AlgorithmKind.RECOMMENDER);

	@Override
	public AlgorithmInfo info() {
		return INFO;
	}

	@Override
	public Class<NoSettings> settingsType() {
		return NoSettings.class;
	}

	@Override
	public Recommender create(NoSettings settings) {
		return new Recommender() {
			private long seed;

			@Override
			public void fit(Dataset train, TaskContext context) {
				context.monitor().checkCancelled(); // nothing to learn, but a cancelled run stops here too
				seed = context.seed();
			}

			@Override
			public void score(int viewer, float[] scores) {
				// a generator per viewer: the same viewer gets the same list whatever order viewers are asked in
				SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + viewer);
				for (int i = 0; i < scores.length; i++) {
					scores[i] = (float) r.nextDouble();
				}
			}
		};
	}
}
