package io.streamwise.algorithms.moa;

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
import moa.classifiers.AbstractClassifier;

/**
 * Runs a MOA classifier as a conversion model: feature rows become MOA instances with a nominal class {no, yes}, and
 * the predicted probability is the classifier's normalised vote for "yes".
 */
public class MoaConversionModel implements ConversionModel {

	private static final int YES = 1;

	private final AbstractClassifier classifier;
	private InstancesHeader header;
	private int classIndex;

	public MoaConversionModel(AbstractClassifier classifier) {
		this.classifier = classifier;
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
		// MOA options take an int seed; fold the 64-bit experiment seed into it
		classifier.setRandomSeed((int) (context.seed() ^ (context.seed() >>> 32)));
		classifier.setModelContext(header);
		classifier.prepareForUse();
		classifier.resetLearning();
	}

	private Instance instance(double[] features, double label) {
		if (header == null) {
			throw new IllegalStateException("initialise() must be called first");
		}
		double[] values = new double[features.length + 1];
		System.arraycopy(features, 0, values, 0, features.length);
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
		double yes = votes.length > YES ? votes[YES] : 0;
		double total = 0;
		for (double v : votes) {
			total += v;
		}
		if (!(total > 0) || !Double.isFinite(total)) {
			return 0.5; // no evidence yet: an uninformed guess rather than a division by zero
		}
		return Math.min(1, Math.max(0, yes / total));
	}
}
