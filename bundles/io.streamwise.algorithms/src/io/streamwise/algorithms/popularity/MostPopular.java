package io.streamwise.algorithms.popularity;

import java.util.Arrays;
import java.util.Set;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventType;

/**
 * Recommends the items that most viewers interacted with in training, the same list for everyone. The baseline every
 * personalised recommender has to beat.
 */
public final class MostPopular implements Recommender {

	private final MostPopularSettings settings;
	private float[] popularity = new float[0];

	public MostPopular(MostPopularSettings settings) {
		this.settings = settings;
	}

	@Override
	public void fit(Dataset train, TaskContext context) {
		EventLog log = train.log();
		Set<EventType> counted = settings.countedTypes();
		int items = log.items().size();
		float[] counts = new float[items];
		if (settings.distinctViewers()) {
			// count each viewer once per item: sort (item, viewer) pairs and count distinct runs
			long[] pairs = new long[log.size()];
			int n = 0;
			for (int r = 0; r < log.size(); r++) {
				if (log.item(r) >= 0 && counted.contains(log.type(r))) {
					pairs[n++] = ((long) log.item(r) << 32) | log.viewer(r);
				}
			}
			context.monitor().checkCancelled();
			Arrays.sort(pairs, 0, n);
			for (int k = 0; k < n; k++) {
				if (k == 0 || pairs[k] != pairs[k - 1]) {
					counts[(int) (pairs[k] >>> 32)]++;
				}
			}
		} else {
			for (int r = 0; r < log.size(); r++) {
				if (log.item(r) >= 0 && counted.contains(log.type(r))) {
					counts[log.item(r)]++;
				}
			}
		}
		popularity = counts;
	}

	@Override
	public void score(int viewer, float[] scores) {
		Arrays.fill(scores, 0f);
		System.arraycopy(popularity, 0, scores, 0, Math.min(popularity.length, scores.length));
	}

	/** Interaction count per item after fitting (a copy). */
	public float[] popularity() {
		return popularity.clone();
	}

	static Set<EventType> parseTypes(String text) {
		return EventType.parseList(text);
	}
}
