package io.streamwise.moa;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.ConversionModelFactory;
import moa.classifiers.Classifier;

/**
 * A MOA classifier with its most useful options as Streamwise settings: the settings become a MOA command line, so
 * that what runs is exactly what MOA would run for that line.
 */
public abstract class MoaLearnerFactory<S extends Record> implements ConversionModelFactory<S> {

	static final String MOA_REFERENCE = "Bifet, Holmes, Kirkby, Pfahringer: MOA: Massive Online Analysis. JMLR 11, 2010.";

	private final AlgorithmInfo info;
	private final Class<S> settingsType;

	protected MoaLearnerFactory(String id, String name, String description, String reference, Class<S> settingsType) {
		this.info = new AlgorithmInfo(id, name, description, reference, AlgorithmKind.CONVERSION);
		this.settingsType = settingsType;
	}

	/** The MOA command line for these settings. */
	public abstract String cli(S settings);

	/** A new, unprepared MOA classifier for these settings. */
	public Classifier classifier(S settings) {
		return MoaLearners.parse(cli(settings));
	}

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
		return new MoaClassifierModel(classifier(settings));
	}

	/** Leaf prediction of Hoeffding trees: majority class, naive Bayes, or whichever of the two has been better. */
	public enum LeafPrediction {
		MC, NB, NBAdaptive
	}

	/** Java's shortest round-trip text of a double, as MOA's float options parse it. */
	static String number(double v) {
		return Double.toString(v);
	}
}
