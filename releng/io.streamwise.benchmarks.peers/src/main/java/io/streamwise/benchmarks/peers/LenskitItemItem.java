package io.streamwise.benchmarks.peers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;

import org.lenskit.LenskitConfiguration;
import org.lenskit.LenskitRecommender;
import org.lenskit.LenskitRecommenderEngine;
import org.lenskit.api.ItemRecommender;
import org.lenskit.api.ItemScorer;
import org.lenskit.data.dao.EntityCollectionDAO;
import org.lenskit.data.ratings.Rating;
import org.lenskit.knn.NeighborhoodSize;
import org.lenskit.knn.item.ItemItemScorer;
import org.lenskit.knn.item.ModelSize;
import org.lenskit.knn.item.NeighborhoodScorer;
import org.lenskit.knn.item.SimilaritySumNeighborhoodScorer;
import org.lenskit.similarity.CosineVectorSimilarity;
import org.lenskit.similarity.VectorSimilarity;
import org.lenskit.transform.normalize.DefaultUserVectorNormalizer;
import org.lenskit.transform.normalize.IdentityVectorNormalizer;
import org.lenskit.transform.normalize.UserVectorNormalizer;
import org.lenskit.transform.normalize.VectorNormalizer;

/**
 * LensKit 3.0-M3 item-item: the binary pairs as ratings of 1, no normalisation, cosine item similarity, the model
 * truncated to k neighbours per item and the score the sum of the similarities of the viewer's items among them (the
 * same model as Streamwise's ItemKNN at the same k). The fit builds the engine (the similarity model); candidates and
 * exclusions: every item of the dictionary, minus (LensKit's default exclusion) those the viewer rated in
 * training.
 */
final class LenskitItemItem implements TopNSystem {

	private final int neighbours;
	private LenskitRecommender recommender;
	private Set<Long> items;

	LenskitItemItem(int neighbours) {
		this.neighbours = neighbours;
	}

	@Override
	public String name() {
		return "LensKit 3.0-M3 item-item, k=" + neighbours;
	}

	@Override
	public void fit(Split split) throws Exception {
		List<Rating> ratings = new ArrayList<>(split.pairViewer.length);
		for (int p = 0; p < split.pairViewer.length; p++) {
			ratings.add(Rating.create(split.pairViewer[p], split.pairItem[p], 1.0));
		}
		EntityCollectionDAO dao = EntityCollectionDAO.create(ratings);
		LenskitConfiguration config = new LenskitConfiguration();
		config.bind(ItemScorer.class).to(ItemItemScorer.class);
		config.bind(UserVectorNormalizer.class).to(DefaultUserVectorNormalizer.class);
		config.bind(VectorNormalizer.class).to(IdentityVectorNormalizer.class);
		config.bind(NeighborhoodScorer.class).to(SimilaritySumNeighborhoodScorer.class);
		config.bind(VectorSimilarity.class).to(CosineVectorSimilarity.class);
		config.set(NeighborhoodSize.class).to(neighbours);
		config.set(ModelSize.class).to(neighbours);
		LenskitRecommenderEngine engine = LenskitRecommenderEngine.build(config, dao);
		recommender = engine.createRecommender(dao);
		// the DAO holds rating entities only, so the default candidate set (all item entities) would be empty
		LongOpenHashSet all = new LongOpenHashSet();
		for (int i = 0; i < split.items; i++) {
			all.add(i);
		}
		items = all;
	}

	@Override
	public int[][] recommendAll(Split split, int k) {
		ItemRecommender rec = recommender.getItemRecommender();
		int[][] out = new int[split.testViewers.length][];
		for (int u = 0; u < out.length; u++) {
			List<Long> list = rec.recommend(split.testViewers[u], k, items, null);
			out[u] = list.stream().mapToInt(Long::intValue).toArray();
		}
		return out;
	}

	@Override
	public void reset() {
		if (recommender != null) {
			recommender.close();
		}
		recommender = null;
	}
}
