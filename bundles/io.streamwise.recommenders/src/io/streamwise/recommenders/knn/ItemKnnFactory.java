package io.streamwise.recommenders.knn;

import org.osgi.service.component.annotations.Component;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;

/** Registers {@link ItemKnn} under the stable id {@value #ID}. */
@Component(service = RecommenderFactory.class)
public final class ItemKnnFactory implements RecommenderFactory<ItemKnnSettings> {

	public static final String ID = "itemknn";

	private static final AlgorithmInfo INFO = new AlgorithmInfo(ID, "Item k-NN",
			"Scores an item by the similarities to it of the items the viewer consumed, over its k most similar items; "
					+ "cosine or asymmetric cosine on implicit feedback, with shrinkage.",
			"Deshpande, Karypis: Item-based top-N recommendation algorithms. ACM TOIS 22(1), 2004. "
					+ "Sarwar, Karypis, Konstan, Riedl: Item-based collaborative filtering recommendation algorithms. WWW 2001. "
					+ "Aiolli: Efficient top-N recommendation for very large scale binary rated datasets. RecSys 2013.",
			AlgorithmKind.RECOMMENDER);

	@Override
	public AlgorithmInfo info() {
		return INFO;
	}

	@Override
	public Class<ItemKnnSettings> settingsType() {
		return ItemKnnSettings.class;
	}

	@Override
	public Recommender create(ItemKnnSettings settings) {
		return new ItemKnn(settings);
	}
}
