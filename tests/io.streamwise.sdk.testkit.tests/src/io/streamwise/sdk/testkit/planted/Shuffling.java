package io.streamwise.sdk.testkit.planted;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.api.algorithm.Setting;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;

/**
 * Planted for the kit's tests: a popularity count that breaks ties by shuffling, but only when its setting asks for
 * it (off by default), and with {@code Collections.shuffle(list)}, whose randomness no seed controls. In its own
 * package so that the kit's class scan sees it alone.
 */
public final class Shuffling implements RecommenderFactory<Shuffling.Settings> {

	public record Settings(
			@Setting(key = "shuffleTies", label = "Shuffle ties", description = "Break ties at random.", defaultValue = "false") boolean shuffleTies) {
	}

	@Override
	public AlgorithmInfo info() {
		return new AlgorithmInfo("planted.shuffling", "Shuffling", "Popularity with ties shuffled.", "",
				AlgorithmKind.RECOMMENDER);
	}

	@Override
	public Class<Settings> settingsType() {
		return Settings.class;
	}

	@Override
	public Recommender create(Settings settings) {
		return new Recommender() {
			float[] counts = new float[0];

			@Override
			public void fit(Dataset train, TaskContext context) {
				float[] c = new float[train.log().items().size()];
				for (int r = 0; r < train.log().size(); r++) {
					if ((r & 4095) == 0) {
						context.monitor().checkCancelled();
					}
					if (train.log().item(r) >= 0) {
						c[train.log().item(r)]++;
					}
				}
				if (settings.shuffleTies()) {
					List<Integer> order = new ArrayList<>();
					for (int i = 0; i < c.length; i++) {
						order.add(i);
					}
					Collections.shuffle(order);
					for (int i = 0; i < c.length; i++) {
						c[order.get(i)] += i * 1e-6f;
					}
				}
				counts = c;
			}

			@Override
			public void score(int viewer, float[] scores) {
				System.arraycopy(counts, 0, scores, 0, Math.min(scores.length, counts.length));
			}
		};
	}
}
