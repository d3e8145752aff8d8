package io.streamwise.examples.recommender;

import java.util.Arrays;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventType;

/**
 * Ranks items by their clicks, carts and (weighted) purchases in the last days of the training data: live-commerce
 * demand moves fast, so last week's hits say more than last year's. The same list for every viewer.
 */
public final class RecentlyPopular implements Recommender {

	private static final long DAY = 86_400L;

	private final RecentlyPopularSettings settings;
	private float[] weights = new float[0];

	public RecentlyPopular(RecentlyPopularSettings settings) {
		this.settings = settings;
	}

	@Override
	public void fit(Dataset train, TaskContext context) {
		EventLog log = train.log();
		float[] counts = new float[log.items().size()];
		if (log.size() > 0) {
			// the log is in time order, so its last row is the latest event
			long since = log.timestamp(log.size() - 1) - settings.days() * DAY;
			context.monitor().begin("counting recent interactions", log.size());
			for (int r = log.size() - 1; r >= 0 && log.timestamp(r) >= since; r--) {
				if ((r & 4095) == 0) {
					context.monitor().checkCancelled();
				}
				int item = log.item(r);
				EventType type = log.type(r);
				if (item >= 0) {
					counts[item] += switch (type) {
					case PURCHASE -> (float) settings.purchasesWeight();
					case CLICK, CART -> 1f;
					default -> 0f;
					};
				}
			}
		}
		weights = counts;
	}

	@Override
	public void score(int viewer, float[] scores) {
		Arrays.fill(scores, 0f);
		System.arraycopy(weights, 0, scores, 0, Math.min(weights.length, scores.length));
	}
}
