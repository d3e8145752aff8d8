package io.streamwise.benchmarks.peers;

import java.util.List;

import org.apache.mahout.cf.taste.common.NoSuchUserException;
import org.apache.mahout.cf.taste.common.Refreshable;
import org.apache.mahout.cf.taste.impl.common.FastByIDMap;
import org.apache.mahout.cf.taste.impl.common.FastIDSet;
import org.apache.mahout.cf.taste.impl.model.GenericBooleanPrefDataModel;
import org.apache.mahout.cf.taste.impl.recommender.AllUnknownItemsCandidateItemsStrategy;
import org.apache.mahout.cf.taste.impl.recommender.GenericBooleanPrefItemBasedRecommender;
import org.apache.mahout.cf.taste.impl.recommender.PreferredItemsNeighborhoodCandidateItemsStrategy;
import org.apache.mahout.cf.taste.impl.similarity.AbstractItemSimilarity;
import org.apache.mahout.cf.taste.impl.similarity.GenericItemSimilarity;
import org.apache.mahout.cf.taste.model.DataModel;
import org.apache.mahout.cf.taste.recommender.RecommendedItem;
import org.apache.mahout.cf.taste.similarity.ItemSimilarity;

/**
 * Apache Mahout Taste 0.13, item-based on boolean data: a {@link GenericBooleanPrefDataModel} of the binary pairs, the
 * cosine of the items' viewer sets precomputed for all item pairs into a {@link GenericItemSimilarity} (the fit), and
 * a {@link GenericBooleanPrefItemBasedRecommender} whose score is the sum of the similarities to the viewer's items,
 * with every unknown item a candidate. Taste has no neighbourhood size for item-based recommendation, so it is
 * compared with Streamwise at k = all items.
 */
final class MahoutItemBased implements TopNSystem {

	private GenericBooleanPrefItemBasedRecommender recommender;

	@Override
	public String name() {
		return "Mahout Taste 0.13 item-based, all pairs";
	}

	@Override
	public void fit(Split split) throws Exception {
		FastByIDMap<FastIDSet> data = new FastByIDMap<>();
		for (int p = 0; p < split.pairViewer.length; p++) {
			long v = split.pairViewer[p];
			FastIDSet items = data.get(v);
			if (items == null) {
				items = new FastIDSet();
				data.put(v, items);
			}
			items.add(split.pairItem[p]);
		}
		DataModel model = new GenericBooleanPrefDataModel(data);
		ItemSimilarity similarity = new GenericItemSimilarity(new BooleanCosine(model), model);
		recommender = new GenericBooleanPrefItemBasedRecommender(model, similarity,
				new AllUnknownItemsCandidateItemsStrategy(), new PreferredItemsNeighborhoodCandidateItemsStrategy());
	}

	@Override
	public int[][] recommendAll(Split split, int k) throws Exception {
		int[][] out = new int[split.testViewers.length][];
		for (int u = 0; u < out.length; u++) {
			List<RecommendedItem> list;
			try {
				list = recommender.recommend(split.testViewers[u], k);
			} catch (NoSuchUserException e) {
				list = List.of(); // no training history
			}
			out[u] = list.stream().mapToInt(r -> (int) r.getItemID()).toArray();
		}
		return out;
	}

	@Override
	public void reset() {
		recommender = null;
	}

	/**
	 * Cosine of two items' viewer sets, |U(a) ∩ U(b)| / sqrt(|U(a)| |U(b)|), from the data model's counts: Taste 0.13
	 * has no cosine for boolean data (its UncenteredCosineSimilarity reads preference values, all 1 here). Pairs
	 * without a common viewer are NaN, which Taste skips.
	 */
	static final class BooleanCosine extends AbstractItemSimilarity {

		BooleanCosine(DataModel model) {
			super(model);
		}

		@Override
		public double itemSimilarity(long a, long b) throws org.apache.mahout.cf.taste.common.TasteException {
			DataModel m = getDataModel();
			int common = m.getNumUsersWithPreferenceFor(a, b);
			if (common == 0) {
				return Double.NaN;
			}
			return common / Math.sqrt((double) m.getNumUsersWithPreferenceFor(a) * m.getNumUsersWithPreferenceFor(b));
		}

		@Override
		public double[] itemSimilarities(long a, long[] others) throws org.apache.mahout.cf.taste.common.TasteException {
			double[] out = new double[others.length];
			for (int i = 0; i < others.length; i++) {
				out[i] = itemSimilarity(a, others[i]);
			}
			return out;
		}

		@Override
		public void refresh(java.util.Collection<Refreshable> alreadyRefreshed) {
		}
	}
}
