package io.streamwise.recommenders.knn;

import org.osgi.service.component.annotations.Component;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;

/** Registers {@link UserKnn} under the stable id {@value #ID}. */
@Component(service = RecommenderFactory.class)
public final class UserKnnFactory implements RecommenderFactory<UserKnnSettings> {

	public static final String ID = "userknn";

	private static final AlgorithmInfo INFO = new AlgorithmInfo(ID, "User k-NN",
			"Scores an item by the cosine similarities of the k viewers most like this one who consumed it, "
					+ "on implicit feedback, with shrinkage.",
			"Herlocker, Konstan, Borchers, Riedl: An algorithmic framework for performing collaborative filtering. SIGIR 1999. "
					+ "Resnick, Iacovou, Suchak, Bergstrom, Riedl: GroupLens: an open architecture for collaborative filtering of netnews. CSCW 1994.",
			AlgorithmKind.RECOMMENDER);

	@Override
	public AlgorithmInfo info() {
		return INFO;
	}

	@Override
	public Class<UserKnnSettings> settingsType() {
		return UserKnnSettings.class;
	}

	@Override
	public Recommender create(UserKnnSettings settings) {
		return new UserKnn(settings);
	}
}
