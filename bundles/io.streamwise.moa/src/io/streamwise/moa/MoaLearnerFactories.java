package io.streamwise.moa;

import org.osgi.service.component.annotations.Component;

import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.Setting;

/**
 * The first-class MOA learners: each its own stable id, with the options that matter most as settings (everything
 * else at MOA's defaults; the generic {@link MoaFactory} reaches every option).
 */
public final class MoaLearnerFactories {

	private MoaLearnerFactories() {
	}

	private static final String HT_REFERENCE = "Domingos, Hulten: Mining high-speed data streams. KDD 2000.";

	/** @see HoeffdingTree */
	public record TreeSettings(
			@Setting(label = "Grace period", defaultValue = "200", min = 1, description = "Instances a leaf observes between split attempts.") int gracePeriod,
			@Setting(label = "Split confidence", defaultValue = "1.0E-7", min = 0, max = 1, description = "Allowed error of a split decision (delta of the Hoeffding bound).") double splitConfidence,
			@Setting(label = "Tie threshold", defaultValue = "0.05", min = 0, max = 1, description = "Below this Hoeffding bound a split is forced to break ties.") double tieThreshold,
			@Setting(label = "Leaf prediction", defaultValue = "NBAdaptive", description = "Majority class, naive Bayes, or adaptive naive Bayes at the leaves.") MoaLearnerFactory.LeafPrediction leafPrediction) {

		String options() {
			return " -g " + gracePeriod + " -c " + MoaLearnerFactory.number(splitConfidence) + " -t "
					+ MoaLearnerFactory.number(tieThreshold) + " -l " + leafPrediction.name();
		}
	}

	/** Hoeffding tree (VFDT). */
	@Component(service = ConversionModelFactory.class)
	public static final class HoeffdingTree extends MoaLearnerFactory<TreeSettings> {
		public HoeffdingTree() {
			super("moa.hoeffding-tree", "Hoeffding tree (MOA)",
					"Incremental decision tree that splits when the Hoeffding bound says the best attribute is best.",
					HT_REFERENCE, TreeSettings.class);
		}

		@Override
		public String cli(TreeSettings s) {
			return "trees.HoeffdingTree" + s.options();
		}
	}

	/** Hoeffding adaptive tree. */
	@Component(service = ConversionModelFactory.class)
	public static final class HoeffdingAdaptiveTree extends MoaLearnerFactory<TreeSettings> {
		public HoeffdingAdaptiveTree() {
			super("moa.hat", "Hoeffding adaptive tree (MOA)",
					"Hoeffding tree with ADWIN at each node, replacing subtrees whose error grows (concept drift).",
					"Bifet, Gavaldà: Adaptive learning from evolving data streams. IDA 2009.", TreeSettings.class);
		}

		@Override
		public String cli(TreeSettings s) {
			return "trees.HoeffdingAdaptiveTree" + s.options();
		}
	}

	/** @see Efdt */
	public record EfdtSettings(
			@Setting(label = "Grace period", defaultValue = "200", min = 1, description = "Instances a leaf observes between split attempts.") int gracePeriod,
			@Setting(label = "Split confidence", defaultValue = "1.0E-7", min = 0, max = 1, description = "Allowed error of a split decision.") double splitConfidence,
			@Setting(label = "Re-evaluation period", defaultValue = "2000", min = 1, description = "Instances an internal node observes between re-evaluations of its split.") int reevaluationPeriod) {
	}

	/** Extremely fast decision tree (Hoeffding anytime tree). */
	@Component(service = ConversionModelFactory.class)
	public static final class Efdt extends MoaLearnerFactory<EfdtSettings> {
		public Efdt() {
			super("moa.efdt", "Extremely fast decision tree (MOA)",
					"Hoeffding tree that splits as soon as a split is useful and revises splits later.",
					"Manapragada, Webb, Salehi: Extremely fast decision tree. KDD 2018.", EfdtSettings.class);
		}

		@Override
		public String cli(EfdtSettings s) {
			return "trees.EFDT -g " + s.gracePeriod() + " -c " + number(s.splitConfidence()) + " -R "
					+ s.reevaluationPeriod();
		}
	}

	/** @see AdaptiveRandomForest */
	public record ArfSettings(
			@Setting(label = "Trees", defaultValue = "100", min = 1, description = "Number of trees.") int ensembleSize,
			@Setting(label = "Features per split (%)", defaultValue = "60", min = 1, max = 100, description = "Share of the features each split considers, in percent.") int featurePercentage,
			@Setting(label = "Lambda", defaultValue = "6.0", min = 1, description = "Poisson parameter of online bagging.") double lambda,
			@Setting(label = "Drift detection", defaultValue = "true", description = "Replace trees whose ADWIN detects drift (with background trees).") boolean driftDetection) {
	}

	/** Adaptive random forest; single-threaded, so that a seed gives one result. */
	@Component(service = ConversionModelFactory.class)
	public static final class AdaptiveRandomForest extends MoaLearnerFactory<ArfSettings> {
		public AdaptiveRandomForest() {
			super("moa.arf", "Adaptive random forest (MOA)",
					"Online bagging of Hoeffding trees on random feature subsets, with drift detection per tree.",
					"Gomes et al.: Adaptive random forests for evolving data stream classification. Machine Learning 106, 2017.",
					ArfSettings.class);
		}

		@Override
		public String cli(ArfSettings s) {
			return "meta.AdaptiveRandomForest -s " + s.ensembleSize() + " -m "
					+ s.featurePercentage() + " -a " + number(s.lambda()) + " -j 1" + (s.driftDetection() ? "" : " -u");
		}
	}

	/** @see LeveragingBag */
	public record LeveragingBagSettings(
			@Setting(label = "Models", defaultValue = "10", min = 1, description = "Number of Hoeffding trees.") int ensembleSize,
			@Setting(label = "Weight (lambda)", defaultValue = "6.0", min = 0, description = "Poisson parameter of the instance weights.") double weightShrink,
			@Setting(label = "ADWIN delta", defaultValue = "0.002", min = 0, max = 1, description = "Confidence of the ADWIN change detector.") double deltaAdwin) {
	}

	/** Leveraging bagging of Hoeffding trees. */
	@Component(service = ConversionModelFactory.class)
	public static final class LeveragingBag extends MoaLearnerFactory<LeveragingBagSettings> {
		public LeveragingBag() {
			super("moa.leveraging-bag", "Leveraging bagging (MOA)",
					"Online bagging with heavier Poisson weights and ADWIN to reset the worst model on drift.",
					"Bifet, Holmes, Pfahringer: Leveraging bagging for evolving data streams. ECML PKDD 2010.",
					LeveragingBagSettings.class);
		}

		@Override
		public String cli(LeveragingBagSettings s) {
			return "meta.LeveragingBag -s " + s.ensembleSize() + " -w " + number(s.weightShrink()) + " -a "
					+ number(s.deltaAdwin());
		}
	}

	/** @see OzaBag */
	public record EnsembleSettings(
			@Setting(label = "Models", defaultValue = "10", min = 1, description = "Number of Hoeffding trees.") int ensembleSize) {
	}

	/** Oza and Russell's online bagging of Hoeffding trees. */
	@Component(service = ConversionModelFactory.class)
	public static final class OzaBag extends MoaLearnerFactory<EnsembleSettings> {
		public OzaBag() {
			super("moa.oza-bag", "Online bagging (MOA)", "Each model learns each instance k ~ Poisson(1) times.",
					"Oza, Russell: Online bagging and boosting. AISTATS 2001.", EnsembleSettings.class);
		}

		@Override
		public String cli(EnsembleSettings s) {
			return "meta.OzaBag -s " + s.ensembleSize();
		}
	}

	/** @see SgdLogistic */
	public record SgdSettings(
			@Setting(label = "Learning rate", defaultValue = "1.0E-4", min = 0, description = "Step size.") double learningRate,
			@Setting(label = "L2 regularisation", defaultValue = "1.0E-4", min = 0, description = "Lambda of the L2 penalty.") double lambda) {
	}

	/** Logistic regression trained by stochastic gradient descent. */
	@Component(service = ConversionModelFactory.class)
	public static final class SgdLogistic extends MoaLearnerFactory<SgdSettings> {
		public SgdLogistic() {
			super("moa.sgd-logistic", "Logistic regression, SGD (MOA)",
					"Linear model with log loss, one gradient step per instance.", MOA_REFERENCE, SgdSettings.class);
		}

		@Override
		public String cli(SgdSettings s) {
			return "functions.SGD -o LOGLOSS -r " + number(s.learningRate()) + " -l " + number(s.lambda());
		}
	}

	/** @see Knn */
	public record KnnSettings(
			@Setting(label = "Neighbours", defaultValue = "10", min = 1, description = "k.") int k,
			@Setting(label = "Window", defaultValue = "1000", min = 1, description = "Most recent instances kept as neighbours.") int limit) {
	}

	/** k nearest neighbours over a sliding window. */
	@Component(service = ConversionModelFactory.class)
	public static final class Knn extends MoaLearnerFactory<KnnSettings> {
		public Knn() {
			super("moa.knn", "k nearest neighbours (MOA)", "Majority of the k nearest of the last instances.",
					MOA_REFERENCE, KnnSettings.class);
		}

		@Override
		public String cli(KnnSettings s) {
			return "lazy.kNN -k " + s.k() + " -w " + s.limit();
		}
	}

	/** Learners without settings. */
	public record NoSettings() {
	}

	/** The majority class so far: the floor every learner must beat. */
	@Component(service = ConversionModelFactory.class)
	public static final class MajorityClass extends MoaLearnerFactory<NoSettings> {
		public MajorityClass() {
			super("moa.majority-class", "Majority class (MOA)", "Predicts the most frequent class so far.",
					MOA_REFERENCE, NoSettings.class);
		}

		@Override
		public String cli(NoSettings s) {
			return "functions.MajorityClass";
		}
	}

	/** The previous instance's class: the baseline of kappa-temporal. */
	@Component(service = ConversionModelFactory.class)
	public static final class NoChange extends MoaLearnerFactory<NoSettings> {
		public NoChange() {
			super("moa.no-change", "No change (MOA)", "Predicts the class of the previous instance.",
					"Žliobaitė et al.: Evaluation methods and decision theory for classification of streaming data with temporal dependence. Machine Learning 98, 2015.",
					NoSettings.class);
		}

		@Override
		public String cli(NoSettings s) {
			return "functions.NoChange";
		}
	}
}
