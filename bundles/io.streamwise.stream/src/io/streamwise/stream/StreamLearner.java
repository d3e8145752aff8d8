package io.streamwise.stream;

import com.yahoo.labs.samoa.instances.Instance;
import com.yahoo.labs.samoa.instances.InstancesHeader;

import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.FeatureSchema;
import moa.classifiers.Classifier;

/**
 * An online classifier as prequential evaluation sees it: votes for an instance, then learns from it once its label
 * is known. MOA classifiers run directly (no copying of instances), so that the evaluation costs what MOA's costs.
 */
public interface StreamLearner {

	/** A short name for tables and result files. */
	String name();

	/** Prepares an untrained learner for instances of this header; called once, before anything else. */
	void prepare(InstancesHeader header, TaskContext context);

	/** One non-negative vote per class (index = class value); need not be normalised, may be empty. */
	double[] votes(Instance instance);

	/** Learns from one labelled instance. */
	void train(Instance instance);

	/**
	 * A MOA classifier. Its random seed is the context's seed folded into MOA's {@code int} option, and it is reset
	 * before use, as MOA's own tasks do.
	 */
	static StreamLearner of(String name, Classifier classifier) {
		return new StreamLearner() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public void prepare(InstancesHeader header, TaskContext context) {
				classifier.setRandomSeed(moaSeed(context.seed()));
				classifier.prepareForUse();
				classifier.resetLearning();
				classifier.setModelContext(header);
			}

			@Override
			public double[] votes(Instance instance) {
				return classifier.getVotesForInstance(instance);
			}

			@Override
			public void train(Instance instance) {
				classifier.trainOnInstance(instance);
			}
		};
	}

	/**
	 * A Streamwise conversion model on a two-class stream: every attribute but the class must be numeric or nominal
	 * (nominal values are passed as their codes), and the model's probability is the vote for class index 1.
	 */
	static StreamLearner of(String name, ConversionModel model) {
		return new StreamLearner() {
			private int classIndex;
			private double[] features;

			@Override
			public String name() {
				return name;
			}

			@Override
			public void prepare(InstancesHeader header, TaskContext context) {
				if (header.numClasses() != 2) {
					throw new IllegalArgumentException(
							name + " predicts two classes; the stream's class has " + header.numClasses());
				}
				classIndex = header.classIndex();
				java.util.List<FeatureSchema.Feature> columns = new java.util.ArrayList<>();
				for (int a = 0; a < header.numAttributes(); a++) {
					if (a != classIndex) {
						var att = header.attribute(a);
						columns.add(att.isNominal()
								? new FeatureSchema.Feature(att.name(), att.getAttributeValues())
								: FeatureSchema.Feature.numeric(att.name()));
					}
				}
				features = new double[columns.size()];
				model.initialise(new FeatureSchema(header.getRelationName(), columns), context);
			}

			private double[] features(Instance instance) {
				int k = 0;
				for (int a = 0; a < instance.numAttributes(); a++) {
					if (a != classIndex) {
						features[k++] = instance.value(a);
					}
				}
				return features;
			}

			@Override
			public double[] votes(Instance instance) {
				double p = model.predict(features(instance));
				return new double[] { 1 - p, p };
			}

			@Override
			public void train(Instance instance) {
				if (!instance.classIsMissing()) {
					model.learn(features(instance), instance.classValue() == 1);
				}
			}
		};
	}

	/** MOA's seeds are {@code int}s: fold the 64-bit Streamwise seed into one, keeping small seeds unchanged. */
	static int moaSeed(long seed) {
		return (int) (seed ^ (seed >>> 32));
	}
}
