package io.streamwise.recommenders.knn;

import io.streamwise.api.algorithm.Setting;
import io.streamwise.api.feedback.EventWeights;

/**
 * Settings of {@link ItemKnn}.
 *
 * @param events      event types that count as implicit feedback, with optional weights
 * @param similarity  the item-item similarity
 * @param alpha       the asymmetric cosine's exponent split
 * @param neighbours  how many neighbours each item keeps
 * @param shrinkage   damping of similarities supported by few common viewers
 * @param normalise   whether each consumed item votes for its own k neighbours with a total vote of 1
 * @param threads     threads computing the neighbourhoods, 0 for every available processor; never changes results
 */
public record ItemKnnSettings(
		@Setting(key = "events", label = "Events", description = "Comma-separated event types that count as interest in an item, each with an optional weight after a colon (purchase:3,cart:2,click); a viewer's value for an item is the largest weight among its events with it", defaultValue = ItemKnnSettings.DEFAULT_EVENTS) String events,
		@Setting(key = "similarity", label = "Similarity", description = "COSINE, or ASYMMETRIC_COSINE (Aiolli 2013) whose alpha trades the candidate's popularity against the consumed item's", defaultValue = "COSINE") Similarity similarity,
		@Setting(key = "alpha", label = "Alpha", description = "Asymmetric cosine only: sim(i,j) = co(i,j) / (|i|^alpha |j|^(1-alpha)); 0 is the probability of i given j, 0.5 the cosine", defaultValue = "0.2", min = 0, max = 1) double alpha,
		@Setting(key = "neighbours", label = "Neighbours", description = "Number of most similar items kept per candidate item (k)", defaultValue = "50", min = 1, max = 100_000) int neighbours,
		@Setting(key = "shrinkage", label = "Shrinkage", description = "Multiplies a similarity by n/(n+shrinkage), n the number of viewers the two items share, so that pairs seen by few viewers count less", defaultValue = "10", min = 0, max = 1e6) double shrinkage,
		@Setting(key = "normalise", label = "Normalise", description = "Deshpande and Karypis: each consumed item votes for its own k most similar items, with similarities scaled to sum 1, so that it casts a total vote of 1", defaultValue = "false") boolean normalise,
		@Setting(key = "threads", label = "Threads", description = "Threads computing the item neighbourhoods; 0 uses every available processor; never changes results", defaultValue = "0", min = 0, max = 256) int threads) {

	/** Every event type that shows interest in an item, unweighted. */
	public static final String DEFAULT_EVENTS = "purchase,cart,click,rate";

	/** Item-item similarities. */
	public enum Similarity {
		COSINE, ASYMMETRIC_COSINE
	}

	public ItemKnnSettings {
		EventWeights.parse(events); // validates, naming the setting
		if (similarity == null) {
			throw new IllegalArgumentException("similarity must be given");
		}
		if (threads < 0) {
			throw new IllegalArgumentException("threads must be 0 (every processor) or more, was " + threads);
		}
	}

	/** Settings on every available processor. */
	public ItemKnnSettings(String events, Similarity similarity, double alpha, int neighbours, double shrinkage,
			boolean normalise) {
		this(events, similarity, alpha, neighbours, shrinkage, normalise, 0);
	}

	/** The exponent split actually used: the cosine is the asymmetric cosine at 0.5. */
	double effectiveAlpha() {
		return similarity == Similarity.COSINE ? 0.5 : alpha;
	}
}
