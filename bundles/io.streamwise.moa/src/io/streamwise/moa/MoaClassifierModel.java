package io.streamwise.moa;

import java.util.ArrayList;
import java.util.List;

import com.yahoo.labs.samoa.instances.Attribute;
import com.yahoo.labs.samoa.instances.DenseInstance;
import com.yahoo.labs.samoa.instances.Instance;
import com.yahoo.labs.samoa.instances.Instances;
import com.yahoo.labs.samoa.instances.InstancesHeader;

import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.FeatureSchema;
import moa.classifiers.Classifier;

/**
 * Any MOA classifier as a conversion model: feature rows become MOA instances with the class "converted" {no, yes}
 * last, and the probability of conversion is the classifier's normalised vote for "yes". The experiment's seed becomes
 * MOA's random seed.
 */
public final class MoaClassifierModel implements ConversionModel {

	private static final int YES = 1;

	private final Classifier classifier;
	private InstancesHeader header;
	private int classIndex;

	public MoaClassifierModel(Classifier classifier) {
		this.classifier = classifier;
	}

	/** MOA's seeds are {@code int}s: fold the 64-bit seed into one, keeping small seeds unchanged. */
	public static int moaSeed(long seed) {
		return (int) (seed ^ (seed >>> 32));
	}

	@Override
	public void initialise(FeatureSchema schema, TaskContext context) {
		List<Attribute> attributes = new ArrayList<>();
		for (FeatureSchema.Feature f : schema.features()) {
			attributes.add(f.isNominal() ? new Attribute(f.name(), f.values()) : new Attribute(f.name()));
		}
		attributes.add(new Attribute("converted", List.of("no", "yes")));
		Instances data = new Instances(schema.name(), attributes, 0);
		classIndex = attributes.size() - 1;
		data.setClassIndex(classIndex);
		header = new InstancesHeader(data);
		classifier.setRandomSeed(moaSeed(context.seed()));
		classifier.prepareForUse();
		classifier.resetLearning();
		classifier.setModelContext(header);
	}

	private Instance instance(double[] features, double label) {
		if (header == null) {
			throw new IllegalStateException("initialise() must be called first");
		}
		if (features.length != classIndex) {
			throw new IllegalArgumentException("expected " + classIndex + " features, got " + features.length);
		}
		double[] values = new double[classIndex + 1];
		System.arraycopy(features, 0, values, 0, classIndex);
		values[classIndex] = label;
		Instance inst = new DenseInstance(1.0, values);
		inst.setDataset(header);
		return inst;
	}

	@Override
	public void learn(double[] features, boolean converted) {
		classifier.trainOnInstance(instance(features, converted ? YES : 0));
	}

	@Override
	public double predict(double[] features) {
		double[] votes = classifier.getVotesForInstance(instance(features, Double.NaN));
		double total = 0;
		for (double v : votes) {
			total += v;
		}
		if (!(total > 0) || !Double.isFinite(total)) {
			return 0.5; // no evidence yet: an uninformed guess rather than a division by zero
		}
		double yes = votes.length > YES ? votes[YES] : 0;
		return Math.min(1, Math.max(0, yes / total));
	}

	/** The wrapped classifier (for inspection; do not train it directly). */
	public Classifier classifier() {
		return classifier;
	}
}
