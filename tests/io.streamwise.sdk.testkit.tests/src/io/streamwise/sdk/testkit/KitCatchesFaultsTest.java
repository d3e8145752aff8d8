package io.streamwise.sdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
	static RecommenderConformanceTest<None> kit(Fit fit) {
		return kit("faulty", fit, false);
	}

	/** The same with an id and whether it declares randomness. */
	static RecommenderConformanceTest<None> kit(String id, Fit fit, boolean random) {
		RecommenderFactory<None> factory = new RecommenderFactory<>() {
			@Override
			public AlgorithmInfo info() {
				return new AlgorithmInfo(id, "Faulty", "breaks a rule on purpose", "", AlgorithmKind.RECOMMENDER);
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
			protected boolean usesRandomness() {
				return random;
			}
		};
	}

	/** Leaks on purpose: remembers the largest log any instance was fitted on. */
	static final float[][] SHARED = new float[1][];

	/** An honest popularity count: checks its monitor every 4096 rows. */
	static final Fit HONEST = (train, c, m) -> {
		for (int r = 0; r < train.log().size(); r++) {
			if ((r & 4095) == 0) {
				c.monitor().checkCancelled();
			}
			if (train.log().item(r) >= 0) {
				m[train.log().item(r)]++;
			}
		}
	};

	@Test
	void catchesEachBrokenRule() {
		// an honest popularity count passes the checks the faulty variants fail
		RecommenderConformanceTest<None> ok = kit(HONEST);
		ok.sameSeedGivesBitIdenticalScores();
		ok.coldViewersAndItemsScoreFinitely();
		ok.fitDependsOnTheTrainingRowsAlone();
		ok.fitConsultsTheMonitor();
		ok.cancellationIsHonoured();
		ok.idIsNotABuiltIn();
		ok.theSeedMattersWhenTheAlgorithmDeclaresRandomness();

		assertThrows(AssertionError.class, kit((train, c, m) -> {
			m[0] = (float) Math.random(); // not from the seed
		})::sameSeedGivesBitIdenticalScores);
		assertThrows(AssertionError.class, kit((train, c, m) -> {
			Arrays.fill(m, Float.NaN); // no data, no score
			HONEST.fit(train, c, m);
		})::coldViewersAndItemsScoreFinitely);
		assertThrows(AssertionError.class, kit((train, c, m) -> {
			synchronized (SHARED) {
				if (SHARED[0] == null || train.log().size() > SHARED[0][0]) {
					SHARED[0] = new float[] { train.log().size() };
				}
				m[0] = SHARED[0][0];
			}
		})::fitDependsOnTheTrainingRowsAlone);
		assertThrows(AssertionError.class, kit((train, c, m) -> {
			c.monitor().isCancelled(); // looks, then ignores it
			c.monitor().isCancelled();
		})::cancellationIsHonoured);
	}

	/** A fit that never asks its monitor fails both monitor checks, without any clock. */
	@Test
	void catchesAFitThatNeverConsultsTheMonitor() {
		Fit deaf = (train, c, m) -> {
			for (int r = 0; r < train.log().size(); r++) {
				if (train.log().item(r) >= 0) {
					m[train.log().item(r)]++;
				}
			}
		};
		AssertionError e = assertThrows(AssertionError.class, kit(deaf)::fitConsultsTheMonitor);
		assertTrue(e.getMessage().contains("never consulted context.monitor()"), e.getMessage());
		assertThrows(AssertionError.class, kit(deaf)::cancellationIsHonoured);
		// one that checks and then carries on, catching the exception, is caught too
		AssertionError swallowed = assertThrows(AssertionError.class, kit((train, c, m) -> {
			for (int r = 0; r < 3; r++) {
				try {
					c.monitor().checkCancelled();
				} catch (io.streamwise.api.progress.CancelledException ignored) {
					// carries on as if nothing happened
				}
			}
		})::cancellationIsHonoured);
		assertTrue(swallowed.getMessage().contains("returned normally"), swallowed.getMessage());
	}

	/** An id of a built-in algorithm is refused for a plugin; the built-in itself passes (see the shipped kits). */
	@Test
	void catchesAnIdThatClashesWithABuiltIn() {
		AssertionError e = assertThrows(AssertionError.class, kit("pop", HONEST, false)::idIsNotABuiltIn);
		assertTrue(e.getMessage().contains("'pop'") && e.getMessage().contains("io.streamwise.algorithms"),
				e.getMessage());
		assertThrows(AssertionError.class, kit("moa.naive-bayes", HONEST, false)::idIsNotABuiltIn);
		kit("com.example.pop", HONEST, false).idIsNotABuiltIn();
	}

	/**
	 * An algorithm that declares randomness but whose seed changes nothing: its "random" choices come from a fixed
	 * seed, so the same-seed check alone would pass it.
	 */
	@Test
	void catchesDeclaredRandomnessThatTheSeedDoesNotControl() {
		Fit fixedSeed = (train, c, m) -> {
			HONEST.fit(train, c, m);
			java.util.SplittableRandom random = new java.util.SplittableRandom(42); // not the context's seed
			for (int i = 0; i < m.length; i++) {
				m[i] += (float) random.nextDouble();
			}
		};
		kit("fixed", fixedSeed, false).sameSeedGivesBitIdenticalScores();
		AssertionError e = assertThrows(AssertionError.class,
				kit("fixed", fixedSeed, true)::theSeedMattersWhenTheAlgorithmDeclaresRandomness);
		assertTrue(e.getMessage().contains("seeds 11 and 12"), e.getMessage());
		Fit seeded = (train, c, m) -> {
			HONEST.fit(train, c, m);
			java.util.SplittableRandom random = c.random();
			for (int i = 0; i < m.length; i++) {
				m[i] += (float) random.nextDouble();
			}
		};
		kit("seeded", seeded, true).theSeedMattersWhenTheAlgorithmDeclaresRandomness();
		kit("seeded", seeded, true).sameSeedGivesBitIdenticalScores();
	}

	/**
	 * Unseeded randomness behind a setting that is off by default: no fit of the kit takes that path, so only reading
	 * the plugin's classes finds it.
	 */
	@Test
	void catchesUnseededRandomnessOnAPathTheDefaultsDoNotTake() throws Exception {
		RecommenderConformanceTest<io.streamwise.sdk.testkit.planted.Shuffling.Settings> shuffling = new RecommenderConformanceTest<>() {
			@Override
			protected RecommenderFactory<io.streamwise.sdk.testkit.planted.Shuffling.Settings> factory() {
				return new io.streamwise.sdk.testkit.planted.Shuffling();
			}
		};
		shuffling.sameSeedGivesBitIdenticalScores(); // the defaults never shuffle
		AssertionError e = assertThrows(AssertionError.class, shuffling::noUnseededRandomness);
		assertTrue(e.getMessage().contains("java.util.Collections.shuffle"), e.getMessage());
		assertTrue(e.getMessage().contains("planted.Shuffling"), e.getMessage());
		// the honest count reads no unseeded source
		kit(HONEST).noUnseededRandomness();
	}

	/** Manifests whose API range leaves out the current API, or lets in the next major version. */
	@Test
	void catchesAnApiRangeThatExcludesTheCurrentApi() throws Exception {
		org.osgi.framework.Version api = org.osgi.framework.Version.parseVersion("0.1.0.202611300000");
		java.util.Map<String, org.osgi.framework.Version> packages = java.util.Map.of("io.streamwise.api.algorithm",
				org.osgi.framework.Version.parseVersion("0.1.0"));
		java.util.function.Function<String, java.util.List<String>> problems = header -> {
			try {
				return ApiRequirements.problems(java.util.Map.of("Require-Bundle", header), api, packages);
			} catch (org.osgi.framework.BundleException e) {
				throw new IllegalStateException(e);
			}
		};
		assertEquals(java.util.List.of(), problems.apply("io.streamwise.api;bundle-version=\"[0.1.0,1.0.0)\""));
		assertTrue(problems.apply("io.streamwise.api;bundle-version=\"[0.2.0,1.0.0)\"").get(0)
				.contains("excludes the current API 0.1.0.202611300000"));
		// an exact range leaves out the build qualifier of the released API
		assertTrue(problems.apply("io.streamwise.api;bundle-version=\"[0.1.0,0.1.0]\"").get(0).contains("excludes"));
		assertTrue(problems.apply("io.streamwise.api;bundle-version=\"0.1.0\"").get(0).contains("admits API 1.0.0"));
		assertTrue(problems.apply("io.streamwise.api").get(0).contains("no version range"));
		assertTrue(problems.apply("org.other").get(0).contains("requires neither"));
		java.util.List<String> imports = ApiRequirements.problems(java.util.Map.of("Import-Package",
				"io.streamwise.api.algorithm;version=\"[0.2,1)\",io.streamwise.api.gone;version=\"[0.1,1)\""), api,
				packages);
		assertEquals(2, imports.size(), imports.toString());
		assertTrue(imports.get(0).contains("io.streamwise.api.algorithm") && imports.get(0).contains("excludes"));
		assertTrue(imports.get(1).contains("no such package"));
		// the kit's own manifest, as a plugin's would be read
		kit(HONEST).apiVersionRangeAdmitsTheCurrentApi();
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
