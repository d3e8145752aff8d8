package io.streamwise.weka;

import org.osgi.service.component.annotations.Component;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.Setting;

/**
 * Weka's batch classifiers as conversion models ({@link WekaConversionModel}): logistic regression, C4.5 (J48) and
 * random forest, each with its main options as settings and everything else at Weka's defaults. Seeds come from the
 * experiment, folded to Weka's {@code int} as for MOA ({@link WekaConversionModel#wekaSeed}); random forests build their trees on one thread, so that a
 * seed gives one forest.
 */
public final class WekaFactories {

	private WekaFactories() {
	}

	static final String WEKA_REFERENCE = "Hall, Frank, Holmes, Pfahringer, Reutemann, Witten: The WEKA data mining "
			+ "software: an update. SIGKDD Explorations 11(1), 2009.";

	/** The settings each Weka model shares: how often online learning rebuilds it. */
	interface Refitting {
		int refitEvery();
	}

	/** The common part of the three factories. */
	abstract static class WekaFactory<S extends Record & Refitting> implements ConversionModelFactory<S> {
		private final AlgorithmInfo info;
		private final Class<S> settingsType;

		WekaFactory(String id, String name, String description, String reference, Class<S> settingsType) {
			this.info = new AlgorithmInfo(id, name, description, reference, AlgorithmKind.CONVERSION);
			this.settingsType = settingsType;
		}

		/** A new, configured, unbuilt Weka classifier. */
		abstract weka.classifiers.Classifier classifier(S settings, int seed);

		@Override
		public AlgorithmInfo info() {
			return info;
		}

		@Override
		public Class<S> settingsType() {
			return settingsType;
		}

		@Override
		public ConversionModel create(S settings) {
			return new WekaConversionModel(info.name(), seed -> classifier(settings, seed), settings.refitEvery());
		}
	}

	private static final String REFIT_DESCRIPTION = "Online (prequential) use only: rebuild at the latest after this"
			+ " many new rows; batch fits build once.";

	/** @see Logistic */
	public record LogisticSettings(
			@Setting(label = "Ridge", defaultValue = "1.0E-8", min = 0, description = "L2 penalty on the coefficients (Weka's -R).") double ridge,
			@Setting(label = "Maximum iterations", defaultValue = "-1", min = -1, description = "Iterations of the quasi-Newton optimiser; -1 until convergence.") int maxIterations,
			@Setting(label = "Refit every (online)", defaultValue = "1000", min = 1, description = REFIT_DESCRIPTION) int refitEvery)
			implements Refitting {
	}

	/** Multinomial logistic regression with a ridge estimator (le Cessie and van Houwelingen). */
	@Component(service = ConversionModelFactory.class)
	public static final class Logistic extends WekaFactory<LogisticSettings> {
		public Logistic() {
			super("weka.logistic", "Logistic regression (Weka)",
					"Ridge logistic regression fitted in batch by quasi-Newton optimisation; nominal features one-hot,"
							+ " missing values replaced by means.",
					"le Cessie, van Houwelingen: Ridge estimators in logistic regression. Applied Statistics 41, 1992.",
					LogisticSettings.class);
		}

		@Override
		weka.classifiers.Classifier classifier(LogisticSettings s, int seed) {
			weka.classifiers.functions.Logistic c = new weka.classifiers.functions.Logistic();
			c.setRidge(s.ridge());
			c.setMaxIts(s.maxIterations());
			return c; // deterministic: no seed
		}
	}

	/** @see J48 */
	public record J48Settings(
			@Setting(label = "Confidence factor", defaultValue = "0.25", min = 1.0E-6, max = 0.5, description = "Pruning confidence; smaller prunes more; ignored when unpruned (Weka's -C).") double confidenceFactor,
			@Setting(label = "Minimum leaf size", defaultValue = "2", min = 1, description = "Fewest rows per leaf (Weka's -M).") int minLeafSize,
			@Setting(label = "Unpruned", defaultValue = "false", description = "Grow the full tree without pruning (Weka's -U).") boolean unpruned,
			@Setting(label = "Laplace leaves", defaultValue = "false", description = "Smooth leaf probabilities by Laplace's rule, which ranks better (Weka's -A).") boolean laplace,
			@Setting(label = "Refit every (online)", defaultValue = "1000", min = 1, description = REFIT_DESCRIPTION) int refitEvery)
			implements Refitting {
	}

	/** Quinlan's C4.5 decision tree. */
	@Component(service = ConversionModelFactory.class)
	public static final class J48 extends WekaFactory<J48Settings> {
		public J48() {
			super("weka.j48", "C4.5 decision tree (Weka J48)",
					"Decision tree grown by gain ratio and pruned by its pessimistic error estimate.",
					"Quinlan: C4.5: Programs for Machine Learning. Morgan Kaufmann, 1993.", J48Settings.class);
		}

		@Override
		weka.classifiers.Classifier classifier(J48Settings s, int seed) {
			weka.classifiers.trees.J48 c = new weka.classifiers.trees.J48();
			if (!s.unpruned()) {
				c.setConfidenceFactor((float) s.confidenceFactor()); // Weka refuses a confidence for unpruned trees
			}
			c.setMinNumObj(s.minLeafSize());
			c.setUnpruned(s.unpruned());
			c.setUseLaplace(s.laplace());
			return c; // deterministic: the seed matters to reduced-error pruning only, which J48 refuses it without
		}
	}

	/** @see RandomForest */
	public record RandomForestSettings(
			@Setting(label = "Trees", defaultValue = "100", min = 1, description = "Number of trees (Weka's -I).") int trees,
			@Setting(label = "Features per split", defaultValue = "0", min = 0, description = "Features each split considers; 0 for log2(features) + 1 (Weka's -K).") int featuresPerSplit,
			@Setting(label = "Maximum depth", defaultValue = "0", min = 0, description = "Depth limit of each tree; 0 for unlimited (Weka's -depth).") int maxDepth,
			@Setting(label = "Bag size (%)", defaultValue = "100", min = 1, max = 100, description = "Size of each tree's bootstrap sample, in percent of the rows (Weka's -P).") int bagSizePercent,
			@Setting(label = "Refit every (online)", defaultValue = "1000", min = 1, description = REFIT_DESCRIPTION) int refitEvery)
			implements Refitting {
	}

	/** Breiman's random forest, on one thread. */
	@Component(service = ConversionModelFactory.class)
	public static final class RandomForest extends WekaFactory<RandomForestSettings> {
		public RandomForest() {
			super("weka.random-forest", "Random forest (Weka)",
					"Bagged random trees, each split choosing among a random subset of the features.",
					"Breiman: Random forests. Machine Learning 45, 2001.", RandomForestSettings.class);
		}

		@Override
		weka.classifiers.Classifier classifier(RandomForestSettings s, int seed) {
			weka.classifiers.trees.RandomForest c = new weka.classifiers.trees.RandomForest();
			c.setNumIterations(s.trees());
			c.setNumFeatures(s.featuresPerSplit());
			c.setMaxDepth(s.maxDepth());
			c.setBagSizePercent(s.bagSizePercent());
			c.setSeed(seed);
			c.setNumExecutionSlots(1);
			return c;
		}
	}
}
