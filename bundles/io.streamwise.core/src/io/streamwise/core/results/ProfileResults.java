package io.streamwise.core.results;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.annotations.SerializedName;

/**
 * {@code profile.json} of {@code streamwise profile}: the audience segments found by clustering (size and centre over
 * the item categories) and how well a stream learner predicts the category of the next purchase. Field names are
 * those of version 1 (files without {@code format}), snake_case as written then. See docs/stream-learning.md.
 *
 * @param data the data folder or file, absolute
 */
public record ProfileResults(String format, int formatVersion, String data, String method, int k, long seed,
		@SerializedName("viewers_clustered") int viewersClustered,
		@SerializedName("viewers_without_item_interactions") int viewersWithoutItemInteractions,
		List<String> categories, List<Segment> segments, @SerializedName("next_purchase") NextPurchase nextPurchase)
		implements ResultsDocument {

	public static final String FORMAT = "streamwise.profile";
	public static final int VERSION = 1;

	public ProfileResults {
		categories = ResultsJson.list(categories);
		segments = ResultsJson.list(segments);
	}

	public static ProfileResults of(String data, String method, int k, long seed, int viewersClustered,
			int viewersWithoutItemInteractions, List<String> categories, List<Segment> segments,
			NextPurchase nextPurchase) {
		return new ProfileResults(FORMAT, VERSION, data, method, k, seed, viewersClustered,
				viewersWithoutItemInteractions, categories, segments, nextPurchase);
	}

	@Override
	public List<String> metricNames() {
		List<String> names = new ArrayList<>();
		if (nextPurchase != null) {
			names.add(MetricVocabulary.ACCURACY.id());
			names.add(MetricVocabulary.KAPPA_M.id());
		}
		return names;
	}

	/** @param centre the mean category shares of the segment's viewers, in the order of {@code categories} */
	public record Segment(String id, int size, double[] centre) {
	}

	/**
	 * @param purchases             purchases predicted
	 * @param majorityClassAccuracy the accuracy of always predicting the most frequent category so far
	 */
	public record NextPurchase(String learner, long purchases, double accuracy,
			@SerializedName("kappa_m") double kappaM,
			@SerializedName("majority_class_accuracy") double majorityClassAccuracy) {
	}
}
