package io.streamwise.weka;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.FeatureSchema;
import io.streamwise.api.data.FeatureTable;
import io.streamwise.api.progress.ProgressMonitor;
import weka.classifiers.Classifier;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * A Weka batch classifier as a conversion model. Rows become {@code weka.core.Instances} with the class
 * {no, yes} last (nominal features keep their codes; NaN and out-of-range codes are missing values), and the
 * probability of conversion is Weka's class distribution for "yes".
 * <p>
 * Batch first: {@link #fit} adds the table's rows and builds the classifier at once. Online use ({@link #learn}, as in
 * prequential evaluation) buffers rows and rebuilds lazily, at the next {@link #predict} after enough new rows: after
 * as many new rows as the last build had (1, 2, 4, ... rows), but at least every {@code refitEvery} rows. So a stream
 * of n rows costs about n / refitEvery full builds once it is long; predictions between rebuilds use the last build.
 * <p>
 * Until both classes have been seen the model predicts the Laplace-smoothed share of conversions, (yes + 1) / (n + 2):
 * Weka's learners refuse a table with one class or none. Cancellation is checked while the rows are copied and
 * before and after the build; Weka's build itself cannot be interrupted.
 */
public final class WekaConversionModel implements ConversionModel {

	private final String name;
	private final IntFunction<Classifier> maker;
	private final int refitEvery;

	private Instances data;
	private int width;
	private int[] nominalSizes;
	private int seed;
	private Classifier classifier;
	private double constant = 0.5;
	private int rowsAtLastBuild;
	private boolean built;

	/**
	 * @param name       for error messages ("Weka J48")
	 * @param maker      a new, configured, unbuilt classifier for a Weka (int) seed
	 * @param refitEvery at most this many rows learned online between two builds
	 */
	public WekaConversionModel(String name, IntFunction<Classifier> maker, int refitEvery) {
		if (refitEvery < 1) {
			throw new IllegalArgumentException("refitEvery must be at least 1, was " + refitEvery);
		}
		this.name = name;
		this.maker = maker;
		this.refitEvery = refitEvery;
	}

	@Override
	public void initialise(FeatureSchema schema, TaskContext context) {
		ArrayList<Attribute> attributes = new ArrayList<>();
		width = schema.size();
		nominalSizes = new int[width];
		List<String> names = new ArrayList<>();
		for (int c = 0; c < width; c++) {
			FeatureSchema.Feature f = schema.features().get(c);
			nominalSizes[c] = f.values().size();
			attributes.add(
					f.isNominal() ? new Attribute(f.name(), new ArrayList<>(f.values())) : new Attribute(f.name()));
			names.add(f.name());
		}
		String className = "converted";
		while (names.contains(className)) {
			className += "_"; // Weka needs unique attribute names
		}
		attributes.add(new Attribute(className, List.of("no", "yes")));
		data = new Instances(schema.name(), attributes, 0);
		data.setClassIndex(width);
		seed = wekaSeed(context.seed());
		classifier = null;
		constant = 0.5;
		rowsAtLastBuild = 0;
		built = false;
	}

	private Instance instance(double[] features, double label) {
		if (data == null) {
			throw new IllegalStateException(name + ": initialise() must be called first");
		}
		if (features.length != width) {
			throw new IllegalArgumentException(name + ": expected " + width + " features, got " + features.length);
		}
		double[] values = new double[width + 1];
		for (int c = 0; c < width; c++) {
			double v = features[c];
			boolean badCode = nominalSizes[c] > 0 && !(v >= 0 && v < nominalSizes[c] && v == Math.rint(v));
			values[c] = badCode ? weka.core.Utils.missingValue() : v;
		}
		values[width] = label;
		DenseInstance inst = new DenseInstance(1.0, values);
		inst.setDataset(data);
		return inst;
	}

	@Override
	public void learn(double[] features, boolean converted) {
		data.add(instance(features, converted ? 1 : 0));
	}

	@Override
	public void fit(FeatureTable train, TaskContext context) {
		ProgressMonitor monitor = context.monitor();
		monitor.begin("training " + name, train.size() + 1L);
		for (int r = 0; r < train.size(); r++) {
			if ((r & 1023) == 0) {
				monitor.checkCancelled();
				monitor.worked(Math.min(1024, train.size() - r));
			}
			learn(train.rows()[r], train.labels()[r]);
		}
		monitor.checkCancelled();
		build();
		monitor.checkCancelled();
		monitor.worked(1);
	}

	private void build() {
		int n = data.numInstances();
		int yes = 0;
		for (int i = 0; i < n; i++) {
			yes += data.instance(i).classValue() == 1 ? 1 : 0;
		}
		rowsAtLastBuild = n;
		built = true;
		if (yes == 0 || yes == n) {
			classifier = null;
			constant = (yes + 1.0) / (n + 2.0);
			return;
		}
		Classifier c = maker.apply(seed);
		try {
			// a copy: some Weka learners keep references to their training set, which learn() keeps growing
			c.buildClassifier(new Instances(data));
		} catch (Exception e) {
			throw new IllegalStateException(name + ": Weka could not build the classifier on " + n + " rows: "
					+ e.getMessage(), e);
		}
		classifier = c;
	}

	/** Whether rows learned online since the last build call for a rebuild before predicting. */
	private boolean rebuildDue() {
		int fresh = data.numInstances() - rowsAtLastBuild;
		if (fresh <= 0) {
			return false;
		}
		return !built || fresh >= Math.min(refitEvery, Math.max(1, rowsAtLastBuild));
	}

	@Override
	public double predict(double[] features) {
		Instance inst = instance(features, weka.core.Utils.missingValue());
		if (rebuildDue()) {
			build();
		}
		if (classifier == null) {
			return constant;
		}
		double[] dist;
		try {
			dist = classifier.distributionForInstance(inst);
		} catch (Exception e) {
			throw new IllegalStateException(name + ": Weka could not predict: " + e.getMessage(), e);
		}
		double total = dist[0] + dist[1];
		if (!(total > 0) || !Double.isFinite(total) || !Double.isFinite(dist[1])) {
			return constant; // no usable distribution: fall back to the uninformed guess
		}
		return Math.min(1, Math.max(0, dist[1] / total));
	}

	/** Weka's seeds are {@code int}s: the 64-bit seed folded into one as for MOA, small seeds unchanged. */
	public static int wekaSeed(long seed) {
		return (int) (seed ^ (seed >>> 32));
	}

	/** The last built Weka classifier, or null while the model is a constant (for inspection; do not train it). */
	public Classifier classifier() {
		return classifier;
	}
}
