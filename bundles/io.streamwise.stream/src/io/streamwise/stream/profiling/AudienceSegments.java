package io.streamwise.stream.profiling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.streamwise.api.data.IdDictionary;
import io.streamwise.model.audience.Audience;
import io.streamwise.model.audience.AudienceFactory;
import io.streamwise.model.audience.Segment;
import io.streamwise.model.audience.Viewer;

/**
 * Writes clustering results into an {@link Audience}: one {@link Segment} per cluster, its description the centre's
 * strongest categories, and every clustered viewer added to its segment. Segments of an earlier clustering with the
 * same method (rule {@code cluster:<method> ...}) are replaced; other segments (the simulator's ground truth, say)
 * stay. Viewers missing from the audience are added with their id only.
 */
public final class AudienceSegments {

	/** Prefix of the rule of every segment written here. */
	public static final String RULE_PREFIX = "cluster:";

	private AudienceSegments() {
	}

	/** A new, empty audience. */
	public static Audience emptyAudience(String name) {
		Audience a = AudienceFactory.eINSTANCE.createAudience();
		a.setName(name);
		return a;
	}

	/**
	 * @param viewerIds the dictionary of the log that was clustered (the result holds its indices)
	 * @return the segments added, in the result's order
	 */
	public static List<Segment> apply(Audience audience, AudienceClustering.Result result, IdDictionary viewerIds) {
		String rulePrefix = RULE_PREFIX + result.method().label();
		List<Segment> stale = audience.getSegments().stream()
				.filter(s -> s.getRule() != null
						&& (s.getRule().equals(rulePrefix) || s.getRule().startsWith(rulePrefix + " ")))
				.toList();
		for (Viewer v : audience.getViewers()) {
			v.getSegments().removeAll(stale);
		}
		audience.getSegments().removeAll(stale);

		Map<String, Viewer> byId = new HashMap<>();
		for (Viewer v : audience.getViewers()) {
			byId.put(v.getId(), v);
		}
		List<Segment> added = new ArrayList<>();
		String rule = rulePrefix + " k=" + result.k() + " seed=" + result.seed();
		for (int c = 0; c < result.k(); c++) {
			Segment s = AudienceFactory.eINSTANCE.createSegment();
			s.setId("cluster-" + result.method().label() + "-" + (c + 1));
			s.setName("Cluster " + (c + 1) + " (" + result.method().label() + "): " + topCategories(result, c, 2));
			s.setDescription(describe(result, c));
			s.setRule(rule);
			audience.getSegments().add(s);
			added.add(s);
		}
		for (int i = 0; i < result.viewers().length; i++) {
			String id = viewerIds.id(result.viewers()[i]);
			Viewer v = byId.get(id);
			if (v == null) {
				v = AudienceFactory.eINSTANCE.createViewer();
				v.setId(id);
				audience.getViewers().add(v);
				byId.put(id, v);
			}
			v.getSegments().add(added.get(result.segment()[i]));
		}
		return added;
	}

	/** "cooking 48%, fitness 22%": the strongest categories of a centre. */
	static String topCategories(AudienceClustering.Result result, int c, int howMany) {
		double[] centre = result.centres()[c];
		if (result.sizes()[c] == 0) {
			return "empty";
		}
		Integer[] order = new Integer[centre.length];
		java.util.Arrays.setAll(order, i -> i);
		java.util.Arrays.sort(order, (x, y) -> {
			int cmp = Double.compare(centre[y], centre[x]);
			return cmp != 0 ? cmp : Integer.compare(x, y);
		});
		List<String> parts = new ArrayList<>();
		for (int n = 0; n < Math.min(howMany, order.length); n++) {
			parts.add(
					String.format(Locale.ROOT, "%s %.0f%%", result.categories().get(order[n]), 100 * centre[order[n]]));
		}
		return String.join(", ", parts);
	}

	static String describe(AudienceClustering.Result result, int c) {
		return String.format(Locale.ROOT, "%d viewers. Centre (mean share of clicks + %.0f x carts + %.0f x purchases"
				+ " per category): %s. Found by %s with k = %d, seed %d.", result.sizes()[c],
				ViewerProfiles.CART_WEIGHT, ViewerProfiles.PURCHASE_WEIGHT, topCategories(result, c, 4),
				result.method() == AudienceClustering.Method.KMEANS ? "k-means++" : "CluStream + weighted k-means++",
				result.k(), result.seed());
	}
}
