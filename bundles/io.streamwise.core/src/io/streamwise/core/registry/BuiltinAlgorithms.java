package io.streamwise.core.registry;

import java.util.Map;
import java.util.TreeMap;

/**
 * The ids of the algorithms Streamwise ships, with the bundle that provides each. A plugin must not claim one (the
 * conformance kit checks it; at run time the built-in wins and every command warns). Kept by hand because a plugin's
 * test runtime does not hold the built-in bundles; {@code BuiltinAlgorithmsTest} in the command-line tests fails when
 * it differs from what the product's bundles register.
 */
public final class BuiltinAlgorithms {

	/** Id to the symbolic name of the bundle that provides it. */
	public static final Map<String, String> IDS;

	static {
		Map<String, String> ids = new TreeMap<>();
		for (String id : new String[] { "pop", "random", "base-rate" }) {
			ids.put(id, "io.streamwise.algorithms");
		}
		for (String id : new String[] { "itemknn", "userknn", "content-tfidf" }) {
			ids.put(id, "io.streamwise.recommenders");
		}
		for (String id : new String[] { "bpr", "ials", "ease" }) {
			ids.put(id, "io.streamwise.recommenders.mf");
		}
		for (String id : new String[] { "moa", "moa.naive-bayes", "moa.hoeffding-tree", "moa.hat", "moa.efdt",
				"moa.arf", "moa.leveraging-bag", "moa.oza-bag", "moa.sgd-logistic", "moa.knn", "moa.majority-class",
				"moa.no-change" }) {
			ids.put(id, "io.streamwise.moa");
		}
		for (String id : new String[] { "weka.j48", "weka.logistic", "weka.random-forest" }) {
			ids.put(id, "io.streamwise.weka");
		}
		for (String id : new String[] { "uniform", "eps-greedy", "ucb1", "thompson", "linucb", "softmax",
				"recommender-policy" }) {
			ids.put(id, "io.streamwise.bandits");
		}
		IDS = Map.copyOf(ids);
	}

	private BuiltinAlgorithms() {
	}
}
