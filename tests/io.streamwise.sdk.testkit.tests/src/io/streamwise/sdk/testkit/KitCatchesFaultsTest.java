package io.streamwise.sdk.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.FeatureSchema;

/**
 * The kit must fail plugins that break its rules: each faulty algorithm here breaks one, and the matching check
 * (called directly, as this class shares the kit's package) must throw an assertion error.
 */
class KitCatchesFaultsTest {

	record None() {
	}

	interface Fit {
		void fit(Dataset train, TaskContext context, float[] model);
	}

	/** A recommender whose fit fills a per-item model; scoring returns the model. */
	static RecommenderConformanceTest<None> kit(Fit fit, Duration bound) {
		RecommenderFactory<None> factory = new RecommenderFactory<>() {
			@Override
			public AlgorithmInfo info() {
				return new AlgorithmInfo("faulty", "Faulty", "breaks a rule on purpose", "", AlgorithmKind.RECOMMENDER);
			}

			@Override
			public Class<None> settingsType() {
				return None.class;
			}

			@Override
			public Recommender create(None settings) {
				return new Recommender() {
					float[] model;

					@Override
					public void fit(Dataset train, TaskContext context) {
						model = new float[train.log().items().size()];
						fit.fit(train, context, model);
					}

					@Override
					public void score(int viewer, float[] scores) {
						System.arraycopy(model, 0, scores, 0, scores.length);
					}
				};
			}
		};
		return new RecommenderConformanceTest<>() {
			@Override
			protected RecommenderFactory<None> factory() {
				return factory;
			}

			@Override
			protected Duration cancellationBound() {
				return bound;
			}
		};
	}

	/** Leaks on purpose: remembers the largest log any instance was fitted on. */
	static final float[][] SHARED = new float[1][];

	@Test
	void catchesEachBrokenRule() {
		// an honest popularity count passes the checks the faulty variants fail
		Fit honest = (train, c, m) -> {
			for (int r = 0; r < train.log().size(); r++) {
				if (train.log().item(r) >= 0) {
					m[train.log().item(r)]++;
				}
			}
		};
		RecommenderConformanceTest<None> ok = kit(honest, Duration.ofSeconds(5));
		ok.sameSeedGivesBitIdenticalScores();
		ok.coldViewersAndItemsScoreFinitely();
		ok.fitDependsOnTheTrainingRowsAlone();
		ok.cancellationIsHonouredWithinTheBound();

		assertThrows(AssertionError.class, kit((train, c, m) -> {
			m[0] = (float) Math.random(); // not from the seed
		}, Duration.ofSeconds(5))::sameSeedGivesBitIdenticalScores);
		assertThrows(AssertionError.class, kit((train, c, m) -> {
			Arrays.fill(m, Float.NaN); // no data, no score
			honest.fit(train, c, m);
		}, Duration.ofSeconds(5))::coldViewersAndItemsScoreFinitely);
		assertThrows(AssertionError.class, kit((train, c, m) -> {
			synchronized (SHARED) {
				if (SHARED[0] == null || train.log().size() > SHARED[0][0]) {
					SHARED[0] = new float[] { train.log().size() };
				}
				m[0] = SHARED[0][0];
			}
		}, Duration.ofSeconds(5))::fitDependsOnTheTrainingRowsAlone);
		assertThrows(AssertionError.class, kit((train, c, m) -> {
			c.monitor().isCancelled(); // looks, then ignores it
			c.monitor().isCancelled();
		}, Duration.ofSeconds(5))::cancellationIsHonouredWithinTheBound);
		assertThrows(AssertionError.class, kit((train, c, m) -> {
			long end = System.nanoTime() + 3_000_000_000L; // never looks
			while (System.nanoTime() < end) {
				Thread.onSpinWait();
			}
		}, Duration.ofMillis(300))::cancellationIsHonouredWithinTheBound);
	}

	@Test
	void catchesAConversionModelThatLearnsWhilePredicting() {
		ConversionModelFactory<None> factory = new ConversionModelFactory<>() {
			@Override
			public AlgorithmInfo info() {
				return new AlgorithmInfo("drifting", "Drifting", "learns in predict", "", AlgorithmKind.CONVERSION);
			}

			@Override
			public Class<None> settingsType() {
				return None.class;
			}

			@Override
			public ConversionModel create(None settings) {
				return new ConversionModel() {
					int seen;

					@Override
					public void initialise(FeatureSchema schema, TaskContext context) {
					}

					@Override
					public void learn(double[] features, boolean converted) {
					}

					@Override
					public double predict(double[] features) {
						return 1.0 / (2 + seen++);
					}
				};
			}
		};
		ConversionModelConformanceTest<None> kit = new ConversionModelConformanceTest<>() {
			@Override
			protected ConversionModelFactory<None> factory() {
				return factory;
			}
		};
		kit.unfamiliarRowsGetProbabilities();
		assertThrows(AssertionError.class, kit::predictionsDependOnTheTrainingRowsAlone);
	}

	/** Settings whose keys break the rule: a key with a dash and one with a space. */
	record BadKeys(
			@io.streamwise.api.algorithm.Setting(key = "max-depth", label = "Depth", defaultValue = "3") int depth) {
	}

	record SpacedKey(
			@io.streamwise.api.algorithm.Setting(key = "Max depth", label = "Depth", defaultValue = "3") int depth) {
	}

	record GoodKey(
			@io.streamwise.api.algorithm.Setting(key = "maxDepth", label = "Depth", defaultValue = "3") int depth) {
	}

	static <S extends Record> RecommenderConformanceTest<S> keyed(Class<S> type, String id,
			java.util.Set<String> published) {
		RecommenderFactory<S> factory = new RecommenderFactory<>() {
			@Override
			public AlgorithmInfo info() {
				return new AlgorithmInfo(id, "Keyed", "checks its keys", "", AlgorithmKind.RECOMMENDER);
			}

			@Override
			public Class<S> settingsType() {
				return type;
			}

			@Override
			public Recommender create(S settings) {
				throw new UnsupportedOperationException("only the keys are checked");
			}
		};
		return new RecommenderConformanceTest<>() {
			@Override
			protected RecommenderFactory<S> factory() {
				return factory;
			}

			@Override
			protected java.util.Set<String> publishedSettingKeys() {
				return published;
			}
		};
	}

	@Test
	void catchesSettingKeysThatAreNoStableIdentifiers() {
		keyed(GoodKey.class, "keyed", java.util.Set.of("maxDepth")).settingKeysAreStableIdentifiers();
		assertThrows(AssertionError.class,
				keyed(BadKeys.class, "keyed", java.util.Set.of())::settingKeysAreStableIdentifiers);
		assertThrows(AssertionError.class,
				keyed(SpacedKey.class, "keyed", java.util.Set.of())::settingKeysAreStableIdentifiers);
		// a published key that vanished without a rename: files holding it would no longer load
		assertThrows(AssertionError.class,
				keyed(GoodKey.class, "keyed", java.util.Set.of("depth"))::settingKeysAreStableIdentifiers);
		// a published key renamed with a format migration is fine (bpr's regUser is regViewer since format 1.1)
		record Bpr(
				@io.streamwise.api.algorithm.Setting(key = "regViewer", label = "Viewer regularisation", defaultValue = "0") double regViewer) {
		}
		keyed(Bpr.class, "bpr", java.util.Set.of("regUser", "regViewer")).settingKeysAreStableIdentifiers();
		assertThrows(AssertionError.class,
				keyed(Bpr.class, "other", java.util.Set.of("regUser"))::settingKeysAreStableIdentifiers);
	}
}
