package io.streamwise.core.tests;

import java.util.function.Function;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;

/**
 * The factory around a planted test recommender: its description, its settings record and how it is made. The core
 * tests plant many recommenders (an oracle, a shuffler, a faulty one...); each now says only what its recommender does,
 * not the same fifteen lines of factory.
 */
public final class PlantedRecommenders {

	private PlantedRecommenders() {
	}

	/** A recommender's factory named id and name, described as description, with no reference. */
	public static <S extends Record> RecommenderFactory<S> factory(String id, String name, String description,
			Class<S> settingsType, Function<S, Recommender> create) {
		return factory(new AlgorithmInfo(id, name, description, "", AlgorithmKind.RECOMMENDER), settingsType, create);
	}

	/** A factory that describes itself as info and makes each recommender with create, from its settings. */
	public static <S extends Record> RecommenderFactory<S> factory(AlgorithmInfo info, Class<S> settingsType,
			Function<S, Recommender> create) {
		return new RecommenderFactory<>() {
			@Override
			public AlgorithmInfo info() {
				return info;
			}

			@Override
			public Class<S> settingsType() {
				return settingsType;
			}

			@Override
			public Recommender create(S settings) {
				return create.apply(settings);
			}
		};
	}
}
